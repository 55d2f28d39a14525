import { render, type TemplateResult } from 'lit';
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

const containers = new Set<HTMLElement>();

afterEach(() => {
  for (const c of containers) c.remove();
  containers.clear();
  document.documentElement.removeAttribute('dir');
  document.documentElement.lang = 'en';
});

/** Renders a template into a fresh container in the document and waits for every Lit element in it to settle. */
export async function fixture<T extends Element = HTMLElement>(template: TemplateResult, attrs: Record<string, string> = {}): Promise<T> {
  const container = document.createElement('div');
  for (const [k, v] of Object.entries(attrs)) container.setAttribute(k, v);
  document.body.append(container);
  containers.add(container);
  render(template, container);
  await settle(container);
  return container.firstElementChild as T;
}

/** Waits until every custom element under `root` has finished updating. */
export async function settle(root: ParentNode = document.body): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const pending = [...root.querySelectorAll('*')]
      .map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete)
      .filter(Boolean);
    await Promise.all(pending);
  }
}

/** The element's shadow root as a query container for @testing-library/dom's `within`. */
export function shadow(el: Element): HTMLElement {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot as unknown as HTMLElement;
}

/**
 * Silences and records `console.error` for each test of the calling suite (elements log bad data once); returns
 * a getter for the current test's spy.
 */
export function recordConsoleErrors(): () => MockInstance<typeof console.error> {
  let spy: MockInstance<typeof console.error>;
  beforeEach(() => {
    spy = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => spy.mockRestore());
  return () => spy;
}
