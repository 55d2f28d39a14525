/**
 * @trust-signals/core: everything the elements share. Registers no custom element.
 *
 * The root entry is the base, `@trust-signals/core/base`, and nothing more: what every element needs (the base
 * element, events, issues, formatting, translations, styles). Each family's models and strings have their own
 * entry: `/reviews`, `/topics` (review topics and search), `/badges`, `/badge` (credential verification, with jose),
 * `/notices`, `/donations`, `/surveys`. What no entry exports is internal (`src/internal/`, and the unexported names
 * of the modules behind the entries); packages/core/api-report.md records the public surface and
 * test/unit/api-report.test.ts guards it.
 * The root keeps the base so that `declare module '@trust-signals/core'` augmentations of `TrustEventDetailMap`
 * and `TrustSubmitDetailByTag` (how an element types its events) keep their short, stable module name.
 */
export * from './api/base.js';
