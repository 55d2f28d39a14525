/**
 * Every module of @trust-signals/core's sources, public and internal, as one namespace: the fuzz test discovers
 * the parsers from it (every `parse*` / `read*` export), so a parser added to any module is found, whether or not
 * an entry point exports it. Add a module here when core gains one with parsers.
 */
export * from '../../packages/core/src/errors.js';
export * from '../../packages/core/src/fields.js';
export * from '../../packages/core/src/rating.js';
export * from '../../packages/core/src/reviews.js';
export * from '../../packages/core/src/questions.js';
export * from '../../packages/core/src/jsonld.js';
export * from '../../packages/core/src/summary.js';
export * from '../../packages/core/src/breakdown.js';
export * from '../../packages/core/src/donation.js';
export * from '../../packages/core/src/form-990.js';
export * from '../../packages/core/src/price-breakdown.js';
export * from '../../packages/core/src/guarantee.js';
export * from '../../packages/core/src/notices.js';
export * from '../../packages/core/src/survey.js';
export * from '../../packages/core/src/draft.js';
export * from '../../packages/core/src/source.js';
export * from '../../packages/core/src/submit.js';
export * from '../../packages/core/src/converters.js';
