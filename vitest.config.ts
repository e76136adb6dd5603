import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Only the suites at the top of test/: the held-out corpora below hold test files of their own.
    include: ["test/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
