import type { DataIssue } from '../errors.js';

/**
 * No issues: one shared, frozen empty list for every parse result without warnings and every element without
 * issues, instead of a new array each time (a page may hold 1,000 ratings, each parsed on every change).
 *
 * A module of its own, not in errors.ts: the base element uses it, and the no-build build shares by module
 * (scripts/bundle.mjs), so errors.ts there would put every parser helper into the chunk every page fetches.
 */
export const NO_ISSUES: readonly DataIssue[] = Object.freeze([]);
