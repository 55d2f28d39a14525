// Every Storybook story under `Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'`
// (issue 7). Storybook's own iframe.html needs inline scripts, so it cannot be served with that header; instead
// build.mjs bundles every stories file (found by glob, as .storybook/main.ts finds them) with esbuild into the
// stories page (stories/index.html, stories/main.ts), served by the consumers' strict-CSP server. The page composes
// each story with Storybook's portable-stories API (args, argTypes, decorators, globals, loaders, the project
// annotations of .storybook/preview.ts), renders it as Storybook's web-components renderer does and runs its play
// function. Stories run one after another in each page, several pages side by side; what each one causes is charged
// to it.
//
// A story fails on any CSP violation (story id, directive, blocked URI, sample), any uncaught error or unhandled
// rejection, a failed render or play function, and any console error, with one exception, decided here:
//   A `[trust-signals] <tag> …` console error is the library's documented report of bad data (principle 4: the
//   element shows its unavailable state, logs one console error naming itself and dispatches `trust-error`). Many
//   stories show that state on purpose (invalid data, a badge that does not verify on this origin), so such an error
//   is accepted, in any story, only together with the `trust-error` event of the element it names, in that story.
//   A console error without that prefix, or with it but without the event, fails. CSP violations are never accepted.
// Chromium reports a style attribute written in a Lit template once per page, when the template is first prepared:
// the story charged is the first one of its page to use that template (the others share the fix).
//
// Not checked here: axe (the storybook Vitest project runs it on every story; axe itself writes inline styles) and
// network silence (test/storybook-network.setup.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyFiles } from './build.mjs';
import { setupHarness } from './harness.js';
import type { StoriesPage, StoryResult } from './stories/main.js';

/**
 * Stories that cannot run outside Storybook, by id, with the reason. None today; keep it that way or short: a
 * listed story is not rendered here, so its template is not checked against the policy.
 */
const CANNOT_RUN: Record<string, string> = {};

/**
 * Pages side by side, each running story after story (most of a story's time is waiting: Storybook waits at least
 * 100 ms for animations after each one), fed tasks of a few stories each so that they finish together.
 */
const PAGES = 6;
const PER_TASK = 6;

const root = join(import.meta.dirname, '../..');
let h: Awaited<ReturnType<typeof setupHarness>>;
beforeAll(async () => {
  h = await setupHarness();
});
afterAll(async () => h?.close());

/** The harness's csp() includes every report posted to the server meanwhile; pages run side by side: keep this page's. */
function ownReports(url: string, found: string[]): string[] {
  return found.filter((v) => {
    try {
      return (JSON.parse(v) as { 'csp-report'?: { 'document-uri'?: string } })['csp-report']?.['document-uri'] === url;
    } catch {
      return true; // an event or a console message of this page
    }
  });
}

/** Opens the stories page; `name` makes its address (the document-uri of its reports) its own. */
async function openStories(name: string) {
  const opened = await h.open(`/test/consumers/stories/?${name}`, { allowDataErrors: true });
  await opened.page.waitForSelector('body[data-ready]', { state: 'attached', timeout: 30_000 });
  return opened;
}

describe('every Storybook story under the strict CSP', () => {
  let index: Record<string, string[]> = {};

  it('the stories page holds every stories file, as Storybook finds them, and every story of each', async () => {
    // The glob build.mjs mirrors is the one Storybook uses.
    expect(readFileSync(join(root, '.storybook/main.ts'), 'utf8')).toContain("'../stories/!(gate)/**/*.stories.ts'");
    const { page, csp, errors } = await openStories('index');
    index = await page.evaluate(() => (window as unknown as StoriesPage).storyIndex());
    expect(await page.evaluate(() => (window as unknown as StoriesPage).storyOutside)).toEqual([]);
    expect(Object.keys(index), 'stories files in the build (rebuild with node test/consumers/build.mjs)').toEqual(storyFiles());
    const ids = Object.values(index).flat();
    expect(new Set(ids).size, 'story ids are unique').toBe(ids.length);
    for (const [file, list] of Object.entries(index)) expect(list.length, `${file} has stories`).toBeGreaterThan(0);
    expect(Object.keys(CANNOT_RUN).length, 'stories that cannot run outside Storybook: keep the list short').toBeLessThanOrEqual(3);
    for (const id of Object.keys(CANNOT_RUN)) expect(ids, `${id} (listed in CANNOT_RUN) exists`).toContain(id);
    expect(ownReports(page.url(), await csp())).toEqual([]);
    expect(errors).toEqual([]);
  });

  it(
    'renders every story and runs its play function: no CSP violation, page error or unexpected console error',
    { timeout: 120_000 },
    async () => {
      expect(Object.keys(index).length, 'the index test ran first').toBeGreaterThan(0);
      const t0 = performance.now();
      const tasks: Array<{ file: string; from: number; to: number }> = [];
      for (const [file, ids] of Object.entries(index))
        for (let from = 0; from < ids.length; from += PER_TASK) tasks.push({ file, from, to: Math.min(from + PER_TASK, ids.length) });
      const results: StoryResult[] = [];
      const problems: string[] = [];
      const worker = async (_: unknown, n: number) => {
        const { page, csp, errors } = await openStories(`page=${n}`);
        const ran: StoryResult[] = [];
        for (let task = tasks.shift(); task; task = tasks.shift()) {
          const { file, from, to } = task;
          const skip = index[file]!.slice(from, to).filter((id) => id in CANNOT_RUN);
          ran.push(
            ...(await page.evaluate(([f, a, b, s]) => (window as unknown as StoriesPage).runStories(f, a, b, s), [
              file,
              from,
              to,
              skip,
            ] as const)),
          );
        }
        results.push(...ran);
        for (const o of await page.evaluate(() => (window as unknown as StoriesPage).storyOutside))
          problems.push(`outside any story: ${o}`);
        // The browser's own view (events, console, posted reports, page errors) as a backstop: anything it saw in a
        // page where the page charged no story with anything is reported too.
        const pageCsp = ownReports(page.url(), await csp());
        if (pageCsp.length > 0 && ran.every((r) => r.csp.length === 0))
          problems.push(`CSP violations no story was charged with: ${pageCsp.join(' | ')}`);
        if (errors.length > 0 && ran.every((r) => r.errors.length === 0))
          problems.push(`errors no story was charged with: ${errors.join(' | ')}`);
      };
      await Promise.all(Array.from({ length: PAGES }, worker));

      for (const r of results) {
        for (const v of r.csp) problems.push(`${r.id}: CSP ${v}`);
        for (const e of r.errors) problems.push(`${r.id}: ${e}`);
        const events = [...r.trustErrors];
        for (const message of r.dataErrors) {
          const tag = message.match(/^\[trust-signals\] <([a-z-]+)>/)?.[1];
          const i = events.indexOf(tag ?? '');
          if (i >= 0) events.splice(i, 1);
          else problems.push(`${r.id}: console error without its element's trust-error event: ${message}`);
        }
      }
      expect(problems).toEqual([]);

      const expected = Object.values(index)
        .flat()
        .filter((id) => !(id in CANNOT_RUN));
      expect(results.map((r) => r.id).sort(), 'every story ran').toEqual([...expected].sort());
      const plays = results.filter((r) => r.play).length;
      const loaders = results.filter((r) => r.loaders).length;
      const unavailable = results.filter((r) => r.dataErrors.length > 0).length;
      console.log(
        `stories under the strict CSP: ${results.length} stories from ${Object.keys(index).length} files rendered (${plays} play functions run, ${loaders} with loaders; ${unavailable} show an unavailable or unverified state on purpose), ${Object.keys(CANNOT_RUN).length} not runnable outside Storybook, in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
      // States and variants only since the per-theme, per-locale and right-to-left copies went (221 then).
      expect(results.length).toBeGreaterThanOrEqual(200);
    },
  );
});
