import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { cspStyleMap } from '@trust-signals/core';
import 'trust-signals/trust-star-rating.js';

/**
 * A deliberately inaccessible story: it proves the accessibility gate bites. It is tagged `a11y-broken`, left out
 * of the normal test run and of the sidebar, and test/a11y-gate.mjs asserts that running it fails on axe.
 * The review count's colour is set far below 4.5:1 contrast, inside the element's shadow root.
 */
const meta: Meta = {
  title: 'Internal/A11y gate',
  component: 'trust-star-rating',
  tags: ['!dev', '!autodocs', 'a11y-broken'],
};
export default meta;

export const LowContrastCount: StoryObj = {
  render: () =>
    html`<trust-star-rating value="4" count="12" style=${cspStyleMap({ '--trust-color-text-muted': '#eeeeee' })}></trust-star-rating>`,
};
