import { ExportError } from "./errors";

/** Exit codes of a run stopped by a signal: 128 + the signal's number, as shells report them. */
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

type StopSignal = keyof typeof EXIT_CODES;

/** An abort signal that Ctrl-C (SIGINT) or SIGTERM trips, while listening. */
export interface SignalStop {
  readonly signal: AbortSignal;
  /** The exit code for the signal that stopped the run, if one did. */
  readonly exitCode: number | undefined;
  stopListening(): void;
}

/**
 * Listens for SIGINT and SIGTERM, so that an export stopped by them can remove what it staged before the process
 * ends. Only the first is caught: a second ends the process at once, as it would have anyway.
 * @example const stop = stopOnSignals(outDir); try { await exportDataset({ outDir, signal: stop.signal }) } finally { stop.stopListening() }
 */
export function stopOnSignals(outDir: string): SignalStop {
  const controller = new AbortController();
  let stoppedBy: StopSignal | undefined;
  const stop = (name: StopSignal): void => {
    stopListening();
    stoppedBy = name;
    controller.abort(new ExportError(`stopped by ${name}; nothing was changed in ${outDir}`));
  };
  const onInterrupt = (): void => stop("SIGINT");
  const onTerminate = (): void => stop("SIGTERM");
  const stopListening = (): void => {
    process.off("SIGINT", onInterrupt);
    process.off("SIGTERM", onTerminate);
  };
  process.on("SIGINT", onInterrupt);
  process.on("SIGTERM", onTerminate);
  return {
    signal: controller.signal,
    get exitCode() {
      return stoppedBy && EXIT_CODES[stoppedBy];
    },
    stopListening,
  };
}
