// Shared helpers for benchmarks: each prints ratios against a baseline measured in the same run.
import { spawnSync } from "node:child_process";

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The environment users run in: without NODE_EXTRA_CA_CERTS, which some machines set and which makes every Node
 * start read a certificate bundle (about 36 ms here), hiding what a package adds.
 */
export const USER_ENV = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => name !== "NODE_EXTRA_CA_CERTS"),
);

/** Wall time of one process, in milliseconds. */
export function timeProcess(command, args, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, stdio: "ignore", env: USER_ENV });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${result.status}`);
  return elapsed;
}

/** Runs every case once per round, interleaved so that machine noise falls on all alike; returns medians. */
export function compareProcesses(cases, { rounds, cwd }) {
  const samples = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, [command, args]] of Object.entries(cases)) samples[name].push(timeProcess(command, args, cwd));
  }
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
}

export function printTable(rows) {
  const widths = Object.keys(rows[0]).map((key) => Math.max(key.length, ...rows.map((row) => String(row[key]).length)));
  const line = (cells) => cells.map((cell, index) => String(cell).padEnd(widths[index])).join("  ");
  console.log(line(Object.keys(rows[0])));
  for (const row of rows) console.log(line(Object.values(row)));
}
