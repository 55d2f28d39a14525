/**
 * `trust-signals/autoloader.js`: defines any `trust-*` tag on first sight by importing only its module.
 *
 * Put it on a page once; every `<trust-…>` already in the document, added later, or created by a framework is
 * registered when it appears, also inside open shadow roots (see autoload-core.ts: call `observe(root)` for a
 * closed one). A tag this version does not know is left alone. The tag → module map is generated from the
 * registering entries at build time.
 */
import { createAutoloader } from './autoload-core.js';
import { loaders } from './generated/autoload-map.js';

const autoloader = createAutoloader(loaders);

/** Imports the module of `tag` once (if it is a trust-signals tag) and resolves when the tag is defined. */
export const load = autoloader.load;

/** Loads every undefined `trust-*` element in `root` (and in `root` itself when it is one), open shadow roots included. */
export const discover = autoloader.discover;

/** Starts watching `root` for new `trust-*` tags (the document is watched from the start). */
export const observe = autoloader.observe;

/** The tags the autoloader knows. */
export const knownTags: readonly string[] = autoloader.knownTags;

if (typeof document !== 'undefined') observe(document);
