import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@labour-left/source"] },
  ssr: { resolve: { conditions: ["@labour-left/source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
    testTimeout: 20_000,
  },
});
