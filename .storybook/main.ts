import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';
import { mergeConfig } from 'vite';
import { stringUnionTypes } from './type-values.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The published Storybook: the docs pages and every stories folder but stories/gate/, whose deliberately
 * inaccessible story only proves that the accessibility gate bites. test/a11y-gate.mjs sets TRUST_A11Y_GATE to
 * run that story alone (the `a11y-gate` Vitest project); it is never in a build.
 */
export const storyGlobs = (gate: boolean): string[] =>
  gate ? ['../stories/gate/*.stories.ts'] : ['../docs/**/*.mdx', '../stories/!(gate)/**/*.stories.ts'];

const config: StorybookConfig = {
  stories: storyGlobs(Boolean(process.env.TRUST_A11Y_GATE)),
  addons: [
    // GitHub-flavoured Markdown in the docs pages: their tables (MDX alone leaves them as `|` text).
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Private by default, Storybook included: no telemetry, no update checks.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  docs: { defaultName: 'Docs' },
  viteFinal: (vite) =>
    mergeConfig(vite, {
      // One copy of Lit: @storybook/web-components imports lit/directive-helpers.js, which Vite does not pre-bundle.
      optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js'] },
      // The allowed values of the type aliases the manifest names (`ReviewSort`), for the docs tables' selects.
      define: {
        __TRUST_TYPE_VALUES__: JSON.stringify(stringUnionTypes([here('../packages/core/src'), here('../packages/elements/src')])),
      },
    }),
};
export default config;
