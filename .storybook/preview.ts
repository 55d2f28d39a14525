import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../packages/elements/custom-elements.json';
import '../packages/core/src/themes.css';
import { withCanvas } from './canvas.js';
import { argTypesFor, withElementRows, type TypeValues } from './docs-table.js';
import { locales } from './locales.js';
import './preview.css';

/** Set by .storybook/main.ts (type-values.ts); absent where the preview is bundled without it (the CSP stories page). */
declare const __TRUST_TYPE_VALUES__: TypeValues | undefined;
const typeValues: TypeValues = typeof __TRUST_TYPE_VALUES__ === 'undefined' ? {} : __TRUST_TYPE_VALUES__;

// Stories show what visitors see: no note for the page author next to an unavailable state, though Storybook runs on
// localhost (author mode, packages/core/src/author-note.ts). The story that shows the note sets `debug` itself.
document.documentElement.setAttribute('debug', 'off');

// Element descriptions on the docs pages; the args tables come from argTypesFor (docs-table.ts) below.
setCustomElementsManifest(manifest);
const rows = new Map<string, ReturnType<typeof argTypesFor>>();
function rowsOf(tagName: unknown) {
  if (typeof tagName !== 'string') return null;
  if (!rows.has(tagName)) rows.set(tagName, argTypesFor(manifest, tagName, typeValues));
  return rows.get(tagName)!;
}

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
    // Every shipped locale (locales.ts finds them); right to left for the ones whose table says so.
    locale: {
      description: 'Locale (and with it the direction)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: locales.map((l) => ({ value: l.code, title: l.name, right: l.dir === 'rtl' ? `${l.code}, RTL` : l.code })),
      },
    },
    // No toolbar: the direction is the locale's, so right-to-left text is always a right-to-left language (English
    // forced right to left put its full stops on the wrong side). The story tests set it, to run every story mirrored.
    dir: { description: 'Direction: `auto` (the locale’s), `ltr` or `rtl`' },
  },
  initialGlobals: { theme: 'light', locale: 'en', dir: 'auto' },
  decorators: [withCanvas],
  argTypesEnhancers: [({ argTypes, component, initialArgs }) => withElementRows(argTypes, rowsOf(component), initialArgs)],
  parameters: {
    // The canvas is the theme's (canvas.ts); the story's wrapper keeps the margin.
    layout: 'fullscreen',
    controls: { expanded: true },
    docs: { extractArgTypes: rowsOf },
    // Axe runs on every story; a violation fails the story's test.
    a11y: { test: 'error' },
  },
};

export default preview;
