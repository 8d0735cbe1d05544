// What every package's tests share: they run on src/ through the source condition, and the verbose reporter shows
// why a test was skipped. Plain data, so that each package merges it with its own vitest.
export const sharedTestConfig = {
  resolve: { conditions: ["@labour-left/source"] },
  ssr: { resolve: { conditions: ["@labour-left/source"] } },
  test: { reporters: ["verbose"] },
};
