// Output written straight to the file descriptors, synchronously and whole. process.stdout costs a start-up of its
// own (Node's stream machinery, 2-3 ms of a 20 ms command) and, into a pipe, may still hold data when the process
// ends; a synchronous write of everything has neither problem.
import { fstatSync, writeSync } from "node:fs";

const STDOUT = 1;
const STDERR = 2;

/** For waiting a millisecond without a timer: a pipe whose reader is slow says "try again" (EAGAIN). */
const pause = new Int32Array(new SharedArrayBuffer(4));

/** Writes all of `text` to `fd`. A reader that has gone (`| head`) ends the writing quietly, as a closed pipe should. */
function writeAll(fd: number, text: string): void {
  let bytes = Buffer.from(text);
  while (bytes.length > 0) {
    try {
      bytes = bytes.subarray(writeSync(fd, bytes));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") Atomics.wait(pause, 0, 0, 1);
      else if (code === "EPIPE") return;
      else throw error;
    }
  }
}

export const writeOut = (text: string): void => writeAll(STDOUT, text);
export const writeErr = (text: string): void => writeAll(STDERR, text);

/**
 * Whether standard output is a terminal, as far as a file's kind tells: a character device (a terminal, or
 * /dev/null, where colour does no harm). Asking Node's tty module would load the stream machinery.
 */
export function stdoutIsTerminal(): boolean {
  try {
    return fstatSync(STDOUT).isCharacterDevice();
  } catch {
    return false;
  }
}
