/**
 * Entry of the self-contained bundle `trust-signals/trust-signals.bundle.js` (built from this module's output by
 * scripts/bundle.mjs): registers every element, like all.js, and also exports the translation registry that the
 * bundle carries. A page without a build step adds a language with the bundle's locale files
 * (`trust-signals.bundle.<lang>.js`, which import `registerTranslation` from the bundle) or registers a table of
 * its own: `import { registerTranslation } from './trust-signals.bundle.js'`.
 */
export * from './all.js';
export { registerTranslation } from '@trust-signals/core';
export type { Translation } from '@trust-signals/core';
