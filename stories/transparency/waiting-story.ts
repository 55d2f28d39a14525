import { html, unsafeStatic } from 'lit/static-html.js';
import { expect } from 'storybook/test';

/**
 * The state of a data-bearing element before the page has set its data (fetch, then set `data`): it shows the
 * fallback inside its tag, says nothing is wrong, and `waiting` is true. One story per element, built here.
 */
export function waitingStory(tag: string, fallback: string) {
  const name = unsafeStatic(tag);
  return {
    name: 'Waiting for data (fallback shown, nothing reported)',
    render: () => html`<${name}><p>${fallback}</p></${name}>`,
    play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
      const el = canvasElement.querySelector(tag) as HTMLElement & { waiting: boolean; updateComplete: Promise<unknown> };
      await el.updateComplete;
      await expect(el.waiting).toBe(true);
      await expect(el.querySelector('p')!.assignedSlot).not.toBeNull();
      await expect(el.shadowRoot!.textContent).not.toMatch(/unavailable/i);
    },
  };
}
