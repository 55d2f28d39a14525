/**
 * What the no-build loader (`trust-signals.bundle.js`, entry src/bundle.ts) knows about the files it loads. The
 * build of the no-build files (scripts/bundle.mjs) replaces this module's `plan` with the measured figures of that
 * build; compiled as it is here (for the npm modules and the type declarations) there is no plan, and the loader
 * imports each tag's own file.
 */
export interface NoBuildPlan {
  /** Per tag: the brotli size of its own file(s), without the shared chunk, in hundreds of bytes. */
  readonly weights: Readonly<Record<string, number>>;
  /** Per tag that renders other tags: those tags, which its file defines too. */
  readonly needs: Readonly<Record<string, readonly string[]>>;
  /**
   * One file holding the classes of every element but those `without` (tags that bring a library of their own, such
   * as the badge and jose), defining nothing by itself: the loader defines the tags the page uses from it when that
   * costs fewer bytes than the tags' own files (a page with many different elements). `url` is relative to the
   * loader; `weight` as in `weights`.
   */
  readonly dense: { readonly url: string; readonly weight: number; readonly without: readonly string[] };
}

// Written as a `let` so that no compiler folds the `undefined` into the loader: the build replaces this module.
export let plan: NoBuildPlan | undefined;
