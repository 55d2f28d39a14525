import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../packages/elements/custom-elements.json';
import '../packages/core/src/themes.css';
import './preview.css';
// Every shipped locale, so the locale toolbar can switch between them.
import 'trust-signals/locales/es.js';
import 'trust-signals/locales/de.js';
import 'trust-signals/locales/fr.js';
import 'trust-signals/locales/ar.js';
import 'trust-signals/locales/tl.js';
import 'trust-signals/locales/ja.js';

interface Declaration {
  cssParts?: { name: string }[];
  members?: { name: string; privacy?: string }[];
}

/**
 * Storybook's args table keys every row by name, so a part called `value` would hide the `value` attribute.
 * Show parts as `::part(value)` (which is how they are used) and leave private members out of the docs.
 */
function forDocs(m: typeof manifest): typeof manifest {
  const copy = structuredClone(m);
  for (const mod of copy.modules) {
    for (const d of (mod.declarations ?? []) as Declaration[]) {
      d.cssParts = d.cssParts?.map((p) => ({ ...p, name: `::part(${p.name})` }));
      d.members = d.members?.filter((x) => x.privacy !== 'private' && x.privacy !== 'protected' && !x.name.startsWith('#'));
    }
  }
  return copy;
}

setCustomElementsManifest(forDocs(manifest));

const RTL = new Set(['ar']);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
          { value: 'high-contrast-dark', title: 'High contrast (dark)' },
          { value: 'auto', title: 'Follow the system' },
        ],
      },
    },
    locale: {
      description: 'Locale',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
          { value: 'de', title: 'Deutsch' },
          { value: 'fr', title: 'Français' },
          { value: 'ar', title: 'العربية' },
          { value: 'tl', title: 'Tagalog' },
          { value: 'ja', title: '日本語' },
        ],
      },
    },
    dir: {
      description: 'Direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        dynamicTitle: true,
        items: [
          { value: 'auto', title: 'From locale' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', dir: 'auto' },
  decorators: [
    (story, { globals }) => {
      const locale = String(globals.locale ?? 'en');
      const dir = globals.dir === 'ltr' || globals.dir === 'rtl' ? globals.dir : RTL.has(locale) ? 'rtl' : 'ltr';
      return html`<div class="trust-story trust-theme-${globals.theme ?? 'light'}" lang=${locale} dir=${dir}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    // Axe runs on every story; a violation fails the story's test.
    a11y: { test: 'error' },
  },
};

export default preview;
