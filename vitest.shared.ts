import { fileURLToPath } from "node:url";

// What every package's tests share: they run on src/ through the source condition, the verbose reporter shows
// why a test was skipped, and their temporary folders are removed when the run ends. Plain data, so that each
// package merges it with its own vitest.
// Budgets fit a slow machine whose cores are busy with other work: heavy tests (packed tarballs, type-checking
// consumers, browsers) run once and may take minutes there; a test that hangs still fails, in the end.
const TEST_BUDGET_MS = 600_000;
export const sharedTestConfig = {
  resolve: { conditions: ["@labour-left/source"] },
  ssr: { resolve: { conditions: ["@labour-left/source"] } },
  test: {
    reporters: ["verbose"],
    globalSetup: [fileURLToPath(new URL("./vitest.temp-root.ts", import.meta.url))],
    testTimeout: TEST_BUDGET_MS,
    hookTimeout: TEST_BUDGET_MS,
  },
};
