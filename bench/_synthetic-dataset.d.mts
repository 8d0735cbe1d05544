// Types for the synthetic dataset, which tests use too.

/** How many records the dataset holds at `scale`. */
export function recordCount(scale: number): number;

/** The dataset in memory: `scale` x (1,000 people, 10,000 memberships). */
export function syntheticDataset(scale: number): Record<string, unknown>;

/** The same dataset written to a JSON file one record at a time. */
export function writeSyntheticDataset(path: string, scale: number): Promise<void>;
