import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@labour-left/source"] },
  ssr: { resolve: { conditions: ["@labour-left/source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Verbose, so that a skipped test shows why it was skipped.
    reporters: ["verbose"],
    testTimeout: 60_000,
  },
});
