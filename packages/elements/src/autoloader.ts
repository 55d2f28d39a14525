/**
 * `trust-signals/autoloader.js`: defines any `trust-*` tag on first sight by importing only its module.
 *
 * Put it on a page once; every `<trust-…>` already in the document, added later, or created by a framework is
 * registered when it appears (call `observe(shadowRoot)` for your own shadow roots). A tag this version does not
 * know is left alone. The tag → module map is generated from the registering entries at build time.
 */
import { loaders } from './generated/autoload-map.js';

const requested = new Map<string, Promise<unknown>>();

/** Imports the module of `tag` once (if it is a trust-signals tag) and resolves when the tag is defined. */
export function load(tag: string): Promise<unknown> | undefined {
  const name = tag.toLowerCase();
  const loader = loaders[name];
  if (!loader) return undefined;
  let pending = requested.get(name);
  if (!pending) {
    pending = loader().catch((error: unknown) => {
      requested.delete(name);
      console.error(`[trust-signals] autoloader could not load <${name}>: ${(error as Error).message}`);
    });
    requested.set(name, pending);
  }
  return pending;
}

/** Loads every undefined `trust-*` element in `root` (and in `root` itself when it is one). */
export function discover(root: Element | Document | ShadowRoot): void {
  const found: Element[] = root instanceof Element && root.localName.startsWith('trust-') ? [root] : [];
  found.push(...root.querySelectorAll(':not(:defined)'));
  for (const el of found) if (el.localName.startsWith('trust-') && !customElements.get(el.localName)) void load(el.localName);
}

const observer =
  typeof MutationObserver === 'undefined'
    ? undefined
    : new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
      });

/** Starts watching `root` for new `trust-*` tags (the document is watched from the start). */
export function observe(root: Document | ShadowRoot | Element): void {
  discover(root);
  observer?.observe(root, { childList: true, subtree: true });
}

/** The tags the autoloader knows. */
export const knownTags: readonly string[] = Object.keys(loaders);

if (typeof document !== 'undefined') observe(document);
