import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@labour-left/source"] },
  ssr: { resolve: { conditions: ["@labour-left/source"] } },
  test: {
    // Verbose, so that a skipped test shows why it was skipped.
    reporters: ["verbose"],
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
    testTimeout: 20_000,
  },
});
