/**
 * What `trust-signals/autoloader.js` (for bundlers) and the no-build loader `trust-signals.bundle.js` share: finding
 * the `trust-*` tags of a page that are not defined yet and loading each tag once, in the document and in open
 * shadow roots. Importing this module does nothing; `createAutoloader()` starts nothing until `observe()`.
 *
 * Open shadow roots. A MutationObserver on the document does not see inside shadow roots, and the DOM has no event
 * for a new one, so tags rendered by a page's own web component would be missed. Three things cover it:
 * - a root that exists when a subtree is looked at (a declarative shadow root from the server, an element created
 *   before the loader ran) is found by `discover()`, which visits the open `shadowRoot` of every element it meets;
 * - a root attached later (an element upgraded after the loader ran, a component rendering on demand) is reported by
 *   a wrapper around `Element.prototype.attachShadow`, installed once per page, which calls the original and hands
 *   the new open root to every autoloader;
 * - closed roots are private by design and are never looked into: their owner calls `observe(root)`.
 * The wrapper is the trade-off: it touches a built-in prototype (it always calls and returns the original, and it
 * is installed once even when two autoloaders are on a page), in exchange for working with components that were
 * written without knowing about us. Our own elements' roots are skipped: their modules import what they render.
 */

/** Tag → function that imports the tag's module and resolves once the tag is defined. */
export type Loaders = Readonly<Record<string, () => Promise<unknown>>>;

/** Anything that can hold elements: the document, a shadow root, or an element (its subtree). */
export type Root = Document | ShadowRoot | Element;

export interface Autoloader {
  /** Imports the module of `tag` once (if it is a trust-signals tag); resolves when it has loaded. */
  load(tag: string): Promise<unknown> | undefined;
  /** Loads every undefined `trust-*` element in `root` (and `root` itself), also inside open shadow roots in it. */
  discover(root: Root): void;
  /** `discover(root)`, and from now on every `trust-*` tag added to `root` too. */
  observe(root: Root): void;
  /** The tags this autoloader knows. */
  readonly knownTags: readonly string[];
}

type AttachShadow = Element['attachShadow'] & { [ROOT_LISTENERS]?: Array<(root: ShadowRoot) => void> };
const ROOT_LISTENERS = Symbol.for('trust-signals.shadow-root-listeners');
const isOurs = (el: Element) => el.localName.startsWith('trust-');

/** Calls `listener` with every open shadow root attached from now on (except our own elements'). */
function onNewShadowRoot(listener: (root: ShadowRoot) => void): void {
  if (typeof Element === 'undefined') return;
  const current = Element.prototype.attachShadow as AttachShadow;
  const listeners = current[ROOT_LISTENERS];
  if (listeners) {
    listeners.push(listener);
    return;
  }
  const all = [listener];
  const attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
    const root = current.call(this, init);
    if (init.mode === 'open' && !isOurs(this)) for (const l of all) l(root);
    return root;
  } as AttachShadow;
  attachShadow[ROOT_LISTENERS] = all;
  Element.prototype.attachShadow = attachShadow;
}

export function createAutoloader(loaders: Loaders): Autoloader {
  const requested = new Map<string, Promise<unknown>>();
  const watched = new WeakSet<Node>();

  function load(tag: string): Promise<unknown> | undefined {
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

  function discover(root: Root): void {
    const all: Element[] = root instanceof Element ? [root, ...root.querySelectorAll('*')] : [...root.querySelectorAll('*')];
    for (const el of all) {
      if (isOurs(el)) {
        if (!customElements.get(el.localName)) void load(el.localName);
      } else if (el.shadowRoot) observe(el.shadowRoot);
    }
  }

  const observer =
    typeof MutationObserver === 'undefined'
      ? undefined
      : new MutationObserver((records) => {
          for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
        });

  function observe(root: Root): void {
    discover(root);
    if (watched.has(root)) return;
    watched.add(root);
    observer?.observe(root, { childList: true, subtree: true });
  }

  onNewShadowRoot(observe);
  return { load, discover, observe, knownTags: Object.keys(loaders) };
}
