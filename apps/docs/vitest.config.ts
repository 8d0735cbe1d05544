import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Verbose, so that a skipped test shows why it was skipped.
    reporters: ["verbose"],
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
