import type { DataIssue } from './errors.js';

/**
 * The note for the page author: when an element cannot show its data, it says why inside the element, next to
 * its "unavailable" state, but only where the page's author is the one looking (author mode). Author mode is:
 *
 * - a `debug` attribute on the element or on an ancestor (`<html debug>`): on, whatever the page's address;
 *   `debug="off"` turns it off (the nearest `debug` wins, so `<html debug="off">` with `<trust-… debug>` shows the
 *   note for that element only);
 * - else the page's address: a file opened from disk (`file:`) or a loopback host (`localhost`, `*.localhost`,
 *   `127.0.0.0/8`, `[::1]`). Any other host, a LAN address (`192.168.…`, `10.…`) included, is a real visitor's
 *   until a `debug` attribute says otherwise: an intranet or a kiosk has real visitors too.
 *
 * The note's look and content (author-note-view.ts) load on demand, the first time a note shows: a visitor's page
 * never fetches them.
 *
 * The note is English only: it speaks to the author, who reads the docs (and the console message) in English.
 */

/** What the rule reads of the page's address (`location`, or a `URL` in tests). */
export type PageAddress = Pick<Location, 'protocol' | 'hostname'>;

/** The page's address as the rule reads it; a test puts another address here to see a production page. */
export const page = { address: (): PageAddress | undefined => globalThis.location };

/**
 * Author mode, for `debug`, the value of the nearest `debug` attribute (`null` when there is none; see above): on
 * for any value but `off`; without one, on for `file:` pages and loopback hosts only.
 */
export function authorMode(debug: string | null): boolean {
  const where = page.address();
  return debug === null
    ? where?.protocol === 'file:' || /^(localhost|127(\.\d+){3}|\[::1\])$|\.localhost$/.test(where?.hostname as string)
    : debug !== 'off';
}

/** Where an issue is: `program attribute` when the author wrote the value in an attribute, else its field path. */
export const issuePlace = (i: DataIssue): string => (i.attribute ? `${i.attribute} attribute` : i.path || '(root)');
