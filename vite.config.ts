/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { BrowserCommandContext } from 'vitest/node';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Debian's Chromium; point CHROMIUM_PATH elsewhere to use another build. No tool downloads a browser. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Browser commands the tests call through `commands` from 'vitest/browser' (declared in test/helpers/commands.d.ts). */
const commands = {
  emulateMedia: async (
    ctx: BrowserCommandContext,
    media: { forcedColors?: 'active' | 'none'; colorScheme?: 'light' | 'dark'; reducedMotion?: 'reduce' | 'no-preference' },
  ) => {
    await (ctx as unknown as { page: import('playwright').Page }).page.emulateMedia(media);
  },
};

const browser = (name: string) => ({
  commands,
  enabled: true,
  headless: true,
  screenshotFailures: false,
  provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
  instances: [{ browser: 'chromium' as const, name: `${name} (chromium)` }],
});

/** Source, not build output, in tests and Storybook: `@trust-signals/core` resolves to packages/core/src. */
const alias = [
  { find: /^@trust-signals\/core$/, replacement: here('./packages/core/src/index.ts') },
  { find: /^@trust-signals\/core\/badge$/, replacement: here('./packages/core/src/badge/index.ts') },
  { find: /^@trust-signals\/core\/locales\/(.*)\.js$/, replacement: here('./packages/core/src/locales/$1.ts') },
  { find: /^trust-signals\/(.*)\.js$/, replacement: here('./packages/elements/src/$1.ts') },
];

const storybookProject = (name: string, tags: { include?: string[]; exclude?: string[] }) => ({
  extends: true as const,
  plugins: [storybookTest({ configDir: here('./.storybook'), tags: { skip: [], ...tags } })],
  test: { name, browser: browser(name) },
});

export default defineConfig({
  resolve: { alias },
  optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js'] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['packages/core/src/**/*.test.ts', 'packages/issuer/src/**/*.test.ts', 'test/unit/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['packages/elements/src/**/*.test.ts', 'packages/core/src/**/*.browser.test.ts', 'test/browser/**/*.test.ts'],
          browser: browser('browser'),
        },
      },
      // Every story is a test, with axe at 'error'. The deliberately inaccessible story is excluded here…
      storybookProject('storybook', { exclude: ['a11y-broken', 'skip-test'] }),
      // …and run only by test/a11y-gate.mjs, which asserts that this project fails.
      ...(process.env.TRUST_A11Y_GATE ? [storybookProject('a11y-gate', { include: ['a11y-broken'] })] : []),
    ],
  },
});
