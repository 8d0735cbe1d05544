import { ExportError } from "./errors";

/** Exit codes of a run stopped by a signal: 128 + the signal's number, as shells report them. */
const EXIT_CODES = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

type StopSignal = keyof typeof EXIT_CODES;

/** An abort signal that Ctrl-C (SIGINT), SIGTERM or SIGHUP trips, while listening. */
export interface SignalStop {
  readonly signal: AbortSignal;
  /** The exit code for the signal that stopped the run, if one did. */
  readonly exitCode: number | undefined;
  stopListening(): void;
}

/**
 * Listens for SIGINT, SIGTERM and SIGHUP, so that an export stopped by them can remove what it staged before the
 * process ends. The first trips the signal; later ones (a second Ctrl-C) are caught too, so that the clean-up
 * finishes instead of being cut short.
 * @example const stop = stopOnSignals(outDir); try { await exportDataset({ outDir, signal: stop.signal }) } finally { stop.stopListening() }
 */
export function stopOnSignals(outDir: string): SignalStop {
  const controller = new AbortController();
  let stoppedBy: StopSignal | undefined;
  const handlers = (Object.keys(EXIT_CODES) as StopSignal[]).map((name) => {
    const handler = (): void => {
      if (stoppedBy !== undefined) return;
      stoppedBy = name;
      controller.abort(new ExportError(`stopped by ${name}; nothing was changed in ${outDir}`));
    };
    process.on(name, handler);
    return [name, handler] as const;
  });
  return {
    signal: controller.signal,
    get exitCode() {
      return stoppedBy && EXIT_CODES[stoppedBy];
    },
    stopListening() {
      for (const [name, handler] of handlers) process.off(name, handler);
    },
  };
}
