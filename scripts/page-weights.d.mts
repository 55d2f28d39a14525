export interface FetchedFile {
  /** The path the page requested, under the served dist folder (`/chunks/…`). */
  path: string;
  bytes: number;
  brotli: number;
  /** How many times the page fetched it. */
  fetches: number;
}
export interface PageWeight {
  page: string;
  files: FetchedFile[];
  bytes: number;
  brotli: number;
  budget: number;
  /** Issue 15's target for the page. */
  target: number;
  ok: boolean;
  problems: string[];
}
export const DIST: string;
export const PAGE_BUDGETS: Record<string, number>;
export const PAGE_TARGETS: Record<string, number>;
export const CHROMIUM_ARGS: string[];
export function brotli(buffer: Buffer): number;
export function pageWeights(options?: { dist?: string }): Promise<PageWeight[]>;
export function formatPageWeights(results: PageWeight[]): string;
export function pageWeightsOk(results: PageWeight[]): boolean;
