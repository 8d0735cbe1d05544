// Reading a pipe without ever blocking a thread: a read or an open waiting in libuv's thread pool on a pipe that no
// one writes to keeps the process alive past process.exit, so that a stopped export could not end.
import { closeSync, constants, open, readSync } from "node:fs";
import { Socket } from "node:net";
import type { Readable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { ExportError } from "../errors";

const openFile = promisify(open);

/** How often a FIFO is looked at while no one has opened it to write. */
const WRITER_POLL_MS = 20;

/** The descriptor a path names when it is one this process already holds: `/dev/stdin`, `/dev/fd/3`, `/proc/self/fd/3`. */
function heldDescriptor(path: string): number | undefined {
  if (path === "/dev/stdin") return 0;
  const match = /^\/(?:dev\/fd|proc\/(?:self|(\d+))\/fd)\/(\d+)$/.exec(path);
  if (match === null || (match[1] !== undefined && Number(match[1]) !== process.pid)) return undefined;
  return Number(match[2]);
}

/**
 * The first bytes of a FIFO opened without blocking, once a writer has opened it: until then a read finds nothing
 * (as it would at the end), so it is tried again every few milliseconds. Empty when the writer is there but has
 * written nothing yet.
 */
async function firstBytes(fd: number, name: string, signal: AbortSignal | undefined): Promise<Buffer> {
  const buffer = Buffer.alloc(64 * 1024);
  for (;;) {
    signal?.throwIfAborted();
    try {
      const read = readSync(fd, buffer);
      if (read > 0) return buffer.subarray(0, read);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EAGAIN") return Buffer.alloc(0);
      throw new ExportError(`cannot read ${name}: ${(error as Error).message}`);
    }
    await sleep(WRITER_POLL_MS, undefined, signal ? { signal } : {});
  }
}

/**
 * A stream of what a pipe holds: standard input, a descriptor this process holds (a shell's `<(...)`), or a named
 * FIFO, read through the event loop. `prefix` holds bytes already read from it.
 */
export async function openPipe(
  path: string,
  name: string,
  signal: AbortSignal | undefined,
): Promise<{ prefix: Buffer; stream: Readable }> {
  if (path === "-") return { prefix: Buffer.alloc(0), stream: process.stdin };
  const held = heldDescriptor(path);
  if (held === 0) return { prefix: Buffer.alloc(0), stream: process.stdin };
  if (held !== undefined) return { prefix: Buffer.alloc(0), stream: new Socket({ fd: held, readable: true }) };
  const fd = await openFile(path, constants.O_RDONLY | constants.O_NONBLOCK).catch((error: Error) => {
    throw new ExportError(`cannot read ${name}: ${error.message}`);
  });
  try {
    const prefix = await firstBytes(fd, name, signal);
    return { prefix, stream: new Socket({ fd, readable: true, writable: false }) };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}
