/**
 * A script that starts listening after the elements have reported still learns what they reported (issue 14,
 * item 4). `trust-error` fires once, when an element meets bad data, which is often before a page's later module
 * has run; so every element keeps what it reports in its read-only `issues`, and `reportedIssues()` (exported by
 * `trust-signals`, `@trust-signals/core` and the bundle) lists them for the document, or for any root.
 */
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import '../../packages/elements/src/trust-donation-use.js';
import '../../packages/elements/src/trust-star-rating.js';
import { reportedIssues, type DataIssue, type TrustErrorDetail } from '../../packages/elements/src/index.js';
import { fixture, settle } from '../helpers/fixture.js';

type Reporting = HTMLElement & { issues: readonly DataIssue[]; updateComplete: Promise<unknown> };

let errors: MockInstance<typeof console.error>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => errors.mockRestore());

describe('issues reported before anyone listened', () => {
  it('are still there for a listener added afterwards: on each element, and for the whole document', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <trust-star-rating value="four"></trust-star-rating>
        <trust-star-rating value="4.5"></trust-star-rating>
        <trust-donation-use percent="100" purpose="clean-water projects" last-updated="2025-01-15"></trust-donation-use>
      </div>`,
    );
    const [bad, good] = page.querySelectorAll<Reporting>('trust-star-rating');
    const banner = page.querySelector<Reporting>('trust-donation-use')!;
    expect(errors).toHaveBeenCalledTimes(2); // each reported once, before the late script below

    // The page's later module: its listener hears nothing, because the events have already gone by…
    const heard: TrustErrorDetail[] = [];
    document.addEventListener('trust-error', (e) => heard.push(e.detail));
    await settle(page);
    expect(heard).toEqual([]);
    // …but what they said can be read.
    expect(bad!.issues).toEqual([{ path: 'value', attribute: 'value', message: 'must be a number, got "four"', severity: 'error' }]);
    expect(good!.issues).toEqual([]);
    expect(banner.issues.map((i) => i.path)).toEqual(['scope']);
    const mine = () => reportedIssues(page).map(({ target, element, issues }) => ({ target, element, paths: issues.map((i) => i.path) }));
    expect(mine()).toEqual([
      { target: bad, element: 'trust-star-rating', paths: ['value'] },
      { target: banner, element: 'trust-donation-use', paths: ['scope'] },
    ]);
    expect(reportedIssues().filter((r) => page.contains(r.target))).toEqual(reportedIssues(page));

    // Fixed data is no longer listed, and a removed element is not listed at all.
    bad!.setAttribute('value', '4');
    await bad!.updateComplete;
    expect(bad!.issues).toEqual([]);
    banner.remove();
    expect(mine()).toEqual([]);
    expect(heard).toEqual([]); // a fix is not an error
  });
});
