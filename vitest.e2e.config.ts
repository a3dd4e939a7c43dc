import { defineConfig } from 'vitest/config';

// End-to-end tests: the production build in Debian's Chromium (see test/e2e/README.md).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
