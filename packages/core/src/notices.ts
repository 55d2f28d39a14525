/**
 * Transparency notices: the data models of `<trust-data-notice>` (a just-in-time GDPR Art. 13 notice),
 * `<trust-privacy-label>` (data categories × how they are used) and `<trust-incident-notice>` (candid incident and
 * maintenance communication), their parsers, and the opt-in storage of a dismissed notice. Pure functions, no DOM;
 * bad input is a data error with a field path, never a thrown exception and never a half-true notice.
 *
 * One module per model (`data-notice.ts`, `privacy-label.ts`, `incident-notice.ts`) plus the dismissal storage
 * (`dismissal.ts`); this module gathers them for the `/notices` entry and older importers.
 */
export * from './data-notice.js';
export * from './privacy-label.js';
export * from './incident-notice.js';
export * from './dismissal.js';
export { parseJsonText } from './errors.js';
