import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../docs/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Private by default, Storybook included: no telemetry, no update checks.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  docs: { defaultName: 'Docs' },
  viteFinal: (vite) =>
    mergeConfig(vite, {
      // One copy of Lit: @storybook/web-components imports lit/directive-helpers.js, which Vite does not pre-bundle.
      optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js'] },
    }),
};
export default config;
