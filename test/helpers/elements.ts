/**
 * Every element of the library, discovered rather than listed: each registering module
 * `packages/elements/src/trust-<tag>.ts` is imported, and the tag its file is named after must then be defined.
 * A new element is picked up by the cross-cutting browser tests (fuzz, XSS, memory) as soon as its module exists.
 */
const modules = import.meta.glob('/packages/elements/src/trust-*.ts', { eager: true });

/** Tags of every registering module, sorted. */
export const MODULE_TAGS: readonly string[] = Object.keys(modules)
  .map((path) => /\/(trust-[a-z0-9-]+)\.ts$/.exec(path)?.[1])
  .filter((tag): tag is string => !!tag)
  .sort();

/** Tags whose module did not define them (a bug in the module, reported by the tests). */
export const UNDEFINED_TAGS: readonly string[] = MODULE_TAGS.filter((tag) => !customElements.get(tag));

/** Registered tags, sorted. */
export const TAGS: readonly string[] = MODULE_TAGS.filter((tag) => customElements.get(tag));

/** Waits until `el` (and any custom element inside it, light or shadow DOM) has finished updating. */
export async function settleAll(root: Element): Promise<void> {
  for (let i = 0; i < 4; i++) {
    const els = [root, ...root.querySelectorAll('*'), ...(root.shadowRoot ? root.shadowRoot.querySelectorAll('*') : [])];
    await Promise.all(els.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete).filter(Boolean));
  }
}

/** One task later (lets async work such as badge verification and image errors happen). */
export const nextTask = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
