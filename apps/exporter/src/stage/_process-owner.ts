import { hostname } from "node:os";
import { randomHex } from "./_random-hex";

/** This process's mark on what it holds: its host, its pid, and a token no other holder shares. */
const TOKEN = randomHex(8);

/** `host\npid\ntoken\n`: who holds a lock or made a staging folder. */
export const ownerText = (): string => `${hostname()}\n${process.pid}\n${TOKEN}\n`;

/** Whether an owner text names this process (its token too: a pid is reused). */
export const isMine = (owner: string | undefined): boolean => owner === ownerText();

/** Whether a text is an owner text at all: what the exporter writes, and nothing a user would. */
export const isOwnerText = (owner: string | undefined): boolean =>
  owner !== undefined && /^[^\n]+\n[1-9]\d*\n[0-9a-f]{16}\n$/.test(owner);

/**
 * Whether the process named by an owner text is gone: only a process on this host can be seen to be gone.
 * An owner of another host (a shared disk), or text that names no process, counts as alive.
 */
export function ownerIsGone(owner: string | undefined): boolean {
  const [host, pid] = owner?.split("\n") ?? [];
  if (host !== hostname() || pid === undefined) return false;
  const number = Number(pid);
  if (!Number.isInteger(number) || number <= 0) return false;
  try {
    process.kill(number, 0);
    return false;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/** "process 123 on host-a" */
export function describeOwner(owner: string | undefined): string {
  const [host, pid] = owner?.split("\n") ?? [];
  return host && pid ? `process ${pid} on ${host}` : "an unknown process";
}
