type FinderModule = typeof import('./finder.js');

let loaded: FinderModule | undefined;
let loading: Promise<FinderModule> | undefined;

/** The topics-and-search module (`finder.ts`), once it has loaded; `undefined` before. */
export const finder = (): FinderModule | undefined => loaded;

/**
 * Loads the topics-and-search module: called from `willUpdate()` when the page defines topics or sets `searchable`,
 * never from `render()`, so a plain list never loads it (when the page's bundler splits code). Until it is there
 * the list renders without topic buttons and search field.
 */
export const loadFinder = (): Promise<FinderModule> => (loading ??= import('./finder.js').then((m) => (loaded = m)));
