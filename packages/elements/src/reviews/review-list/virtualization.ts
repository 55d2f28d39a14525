import type { virtualize, VirtualizerHostElement, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';

/** Above this many rendered reviews, the list is virtualized: only the reviews near the viewport are in the DOM. */
export const VIRTUALIZE_AT = 100;

interface VirtualizerModule {
  virtualize: typeof virtualize;
  virtualizerRef: typeof virtualizerRef;
}
let loaded: VirtualizerModule | undefined;
let loading: Promise<VirtualizerModule> | undefined;

/** `@lit-labs/virtualizer`, once it has loaded; `undefined` before (a list past the threshold renders plainly till then). */
export const virtualizer = (): VirtualizerModule | undefined => loaded;

/**
 * Loads `@lit-labs/virtualizer` when a list of `count` reviews needs it (past {@link VIRTUALIZE_AT}); paged lists
 * (the default) never do, so they never load it when the page's bundler splits code. Resolves once it is there;
 * `undefined` when nothing is (or needs to be) loaded. Called from `willUpdate()` and from event handlers, never
 * from `render()`.
 */
export function loadVirtualizerFor(count: number): Promise<VirtualizerModule> | undefined {
  if (count <= VIRTUALIZE_AT || loaded) return undefined;
  return (loading ??= import('@lit-labs/virtualizer/virtualize.js').then((m) => (loaded = m)));
}

/**
 * Focus in a virtualized list: moving it to a newly shown review (`reveal`), and keeping it in the list when the
 * review holding it is dropped (`onListFocus` and `onRange` are the list's `focusin` and `rangeChanged` handlers).
 */
export class VirtualFocus {
  /** The index of the virtualized review that holds focus (see `onRange`). */
  #focused: number | undefined;

  readonly #root: () => ParentNode;

  constructor(root: () => ParentNode) {
    this.#root = root;
  }

  /**
   * After "Show more" or "Show all": moves focus to the first newly shown review (`index`) and keeps the reader's
   * place, so that review starts where the button was (`top`, in the viewport) instead of wherever the new render
   * left the page. A plain list has the review at once. A virtualized list (the one that replaced the plain list
   * at the threshold holds no reviews until it has laid out, and only the reviews near the viewport afterwards) is
   * first asked to bring the review in (pinned, so its estimated sizes cannot move it away), then the page is
   * scrolled by what is left; focus moves without scrolling again.
   */
  async reveal(index: number, top: number): Promise<void> {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const root = this.#root();
    const list = root.querySelector<HTMLElement & VirtualizerHostElement>('.list');
    const module = virtualizer();
    const virtual = module && list?.[module.virtualizerRef];
    const find = () => root.querySelector<HTMLElement>(`[data-index="${index}"] article`);
    // A virtualizer renders its first reviews once it has laid out; then it can bring the review in.
    for (let i = 0; virtual && !find() && i < 60; i++) {
      if (list!.querySelector('li.review')) virtual.element(index)?.scrollIntoView({ block: 'start' });
      await frame();
    }
    let article = find();
    if (!article) return;
    article.focus({ preventScroll: true });
    // Where the button was, but never above the viewport, nor so low that the review's start is not seen.
    const place = Math.max(0, Math.min(top, innerHeight - 3 * parseFloat(getComputedStyle(article).fontSize)));
    // The virtualizer measures the reviews it just rendered and places them again: follow until all is still.
    for (let still = 0, i = 0; still < 3 && i < 60 && article; i++) {
      const off = article.getBoundingClientRect().top - place;
      if (Math.abs(off) < 1) still++;
      else {
        still = 0;
        const y = scrollY;
        window.scrollBy(0, off);
        // The page cannot scroll (further), or the list sits in a scroller of its own: nothing more to follow.
        if (scrollY === y) break;
      }
      if (!virtual) break;
      await frame();
      article = find();
    }
  }

  onListFocus = (event: FocusEvent): void => {
    const item = (event.target as Element).closest?.('li[data-index]');
    this.#focused = item ? Number(item.getAttribute('data-index')) : undefined;
  };

  /**
   * A virtualized list drops the reviews far from the viewport. When the visitor scrolls (with the mouse, say) so
   * far that the review holding focus is dropped, focus would fall to the document's body and the next Tab would
   * start from the top of the page: it moves to the list instead, so the next Tab goes on from the reviews now on
   * screen.
   */
  onRange = (event: Event & { first?: number; last?: number }): void => {
    const index = this.#focused;
    if (index === undefined || (index >= (event.first ?? 0) && index <= (event.last ?? Infinity))) return;
    const list = event.currentTarget as HTMLElement;
    requestAnimationFrame(() => {
      if (this.#focused !== index || !list.isConnected) return;
      this.#focused = undefined;
      // Only when focus was lost: nothing (or the body) has it, across shadow roots. Focus the visitor moved
      // elsewhere stays where it is.
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      if (!active || active === document.body) list.focus({ preventScroll: true });
    });
  };
}
