// End-to-end tests: the built site, served by `vite preview` under a sub-path, driven in
// Debian's Chromium by playwright-core. The global setup builds and serves; each test file
// opens its own browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/support/server.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
