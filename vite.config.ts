/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vite';
import type { BrowserCommandContext } from 'vitest/node';

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

/** Request logs of test pages, for `recordRequests` / `takeRequests`. */
const requestLogs = new WeakMap<object, string[]>();

/** Browser commands the tests call through `commands` from 'vitest/browser' (declared in test/helpers/commands.d.ts). */
const commands = {
  emulateMedia: async (
    ctx: BrowserCommandContext,
    media: { forcedColors?: 'active' | 'none'; colorScheme?: 'light' | 'dark'; reducedMotion?: 'reduce' | 'no-preference' },
  ) => {
    await (ctx as unknown as { page: import('playwright').Page }).page.emulateMedia(media);
  },
  /** Forces garbage collection (CDP HeapProfiler.collectGarbage, twice) and returns the JS heap in use, in bytes. */
  heapUsage: async (ctx: BrowserCommandContext) => {
    const page = (ctx as unknown as { page: import('playwright').Page }).page;
    const cdp = await page.context().newCDPSession(page);
    try {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
      return { usedSize, totalSize };
    } finally {
      await cdp.detach();
    }
  },
  /** Starts logging every request of the test page (all frames, Playwright `page.on('request')`), once per page. */
  recordRequests: async (ctx: BrowserCommandContext) => {
    const page = (ctx as unknown as { page: import('playwright').Page }).page;
    if (!requestLogs.has(page)) {
      const log: string[] = [];
      requestLogs.set(page, log);
      page.on('request', (request) => log.push(request.url()));
    }
  },
  /** The URLs requested since the last call (the log is emptied). */
  takeRequests: async (ctx: BrowserCommandContext) => requestLogs.get((ctx as unknown as { page: object }).page)?.splice(0) ?? [],
  /**
   * The test frame's accessibility tree as Chromium computes it (CDP `Accessibility.getFullAXTree`), flattened to
   * the nodes that are not ignored: role, accessible name and description, and the other AX properties by name.
   */
  axTree: async (ctx: BrowserCommandContext) => {
    const { page, frame } = ctx as unknown as { page: import('playwright').Page; frame: () => Promise<import('playwright').Frame> };
    const url = (await frame()).url();
    const cdp = await page.context().newCDPSession(page);
    try {
      type Tree = { frame: { id: string; url: string }; childFrames?: Tree[] };
      const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: Tree };
      const find = (t: Tree): string | undefined => (t.frame.url === url ? t.frame.id : t.childFrames?.map(find).find(Boolean));
      const frameId = find(frameTree);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree', frameId ? { frameId } : {});
      return nodes
        .filter((n) => !n.ignored)
        .map((n) => ({
          role: String(n.role?.value ?? ''),
          name: String(n.name?.value ?? ''),
          description: String(n.description?.value ?? ''),
          properties: Object.fromEntries((n.properties ?? []).map((p) => [p.name, p.value.value])),
        }));
    } finally {
      await cdp.detach();
    }
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

/**
 * Source, not build output, in tests and Storybook: `@trust-signals/core` resolves to packages/core/src, each
 * subpath entry (`@trust-signals/core/reviews`, …) to its module in packages/core/src/api/.
 */
const alias = [
  { find: /^@trust-signals\/core$/, replacement: here('./packages/core/src/index.ts') },
  { find: /^@trust-signals\/core\/locales\/(.*)\.js$/, replacement: here('./packages/core/src/locales/$1.ts') },
  { find: /^@trust-signals\/core\/([a-z-]+)$/, replacement: here('./packages/core/src/api/$1.ts') },
  { find: /^trust-signals\/(.*)\.js$/, replacement: here('./packages/elements/src/$1.ts') },
];

/**
 * The no-build files (packages/elements/dist: the loader and its chunks) load chunks with `import()`. Vitest's
 * browser server rewrites every `import()` it serves into a call on its test runner, which a plain page in an
 * iframe (test/browser/donation-snippet.test.ts and others) does not have; this gives such a page a runner that
 * just imports (and, prepended first, makes Vitest leave the file's imports as they are).
 */
const noBuildFilesInFrames = {
  name: 'trust-signals:no-build-files-in-frames',
  enforce: 'post' as const,
  transform(code: string, id: string) {
    if (!id.includes('/packages/elements/dist/') || !/\bimport\s*\(/.test(code)) return undefined;
    return `globalThis.__vitest_browser_runner__ ??= { wrapDynamicImport: (f) => f() };\n${code}`;
  },
};

const storybookProject = (name: string, tags: { include?: string[]; exclude?: string[] }) => ({
  extends: true as const,
  plugins: [storybookTest({ configDir: here('./.storybook'), tags: { skip: [], ...tags } })],
  // Network silence: every story's requests are checked (test/storybook-network.setup.ts).
  test: { name, browser: browser(name), setupFiles: [here('./test/storybook-network.setup.ts')] },
});

export default defineConfig({
  resolve: { alias },
  // jose too: <trust-badge> imports it, and a late discovery reloads the test page mid-run (axe-core: a browser test's).
  optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js', 'jose', 'axe-core'] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['packages/core/src/**/*.test.ts', 'packages/issuer/src/**/*.test.ts', 'test/unit/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
          // The unit tests share two cores with three Chromium projects in CI: a check of about 1 s alone (a property
          // test, a generated-file comparison, the CLI run end to end) took 3–5 s there, at the default 5 s limit.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        plugins: [noBuildFilesInFrames],
        test: {
          name: 'browser',
          include: ['packages/elements/src/**/*.test.ts', 'packages/core/src/**/*.browser.test.ts', 'test/browser/**/*.test.ts'],
          browser: browser('browser'),
          // Certifier and attacker origins on loopback for the badge forgery suite (inject('issuerHosts')).
          globalSetup: [here('./test/issuer-hosts.setup.ts')],
          // The visitor's view: no notes for the page author, though the test pages run on localhost.
          setupFiles: [here('./test/author-mode-off.setup.ts')],
        },
      },
      // Every story again under every other theme and direction, each element's main stories in every other locale
      // (test/storybook/: portable stories, the preview's annotations, axe at 'error', network silence).
      {
        extends: true,
        optimizeDeps: {
          include: ['@storybook/web-components-vite', '@storybook/addon-a11y/preview', 'storybook/preview-api', 'storybook/test'],
        },
        test: {
          name: 'storybook-matrix',
          include: ['test/storybook/**/*.test.ts'],
          browser: browser('storybook-matrix'),
          setupFiles: [here('./test/storybook/setup.ts'), here('./test/storybook-network.setup.ts')],
        },
      },
      // Every story is a test, with axe at 'error'. The deliberately inaccessible story is excluded here…
      storybookProject('storybook', { exclude: ['a11y-broken', 'skip-test'] }),
      // …and run only by test/a11y-gate.mjs, which asserts that this project fails.
      ...(process.env.TRUST_A11Y_GATE ? [storybookProject('a11y-gate', { include: ['a11y-broken'] })] : []),
    ],
  },
});
