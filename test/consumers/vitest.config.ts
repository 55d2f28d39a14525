// The consumer tests: real apps built with their own toolchains (build.mjs), served with a strict CSP
// (server.mjs) and driven in Chromium by Playwright from Node. Run by `npm test` as its own step:
//   node node_modules/vitest/vitest.mjs run --config test/consumers/vitest.config.ts
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'consumers',
    environment: 'node',
    include: ['test/consumers/**/*.test.ts'],
    globalSetup: ['test/consumers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
