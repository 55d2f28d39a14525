/**
 * Stories as tests under other globals. The storybook Vitest project runs every story once, in the preview's
 * initial globals (light theme, English, left to right); the files of test/storybook/ run them again, each under
 * other globals, as Storybook's own test does it (@storybook/addon-vitest's testStory): the story composed with the
 * project annotations of .storybook/preview.ts and those globals, then run (loaders, render into a fresh canvas,
 * play function, and the a11y addon's axe check at 'error', with the same configuration). The network-silence check
 * of the project's setup file applies to each run, as to a story's own test.
 *
 * themes.test.ts and rtl.test.ts (every story in every theme and direction) replace the per-theme and right-to-left
 * copies of stories the sidebar used to have; locales.test.ts (each element's stories tagged `main`, in every
 * shipped locale) the per-locale copies.
 */
import { isExportStory } from 'storybook/internal/csf';
import { composeStory } from 'storybook/preview-api';
import { describe, expect, test } from 'vitest';
import { locales } from '../../.storybook/locales.js';

interface Meta {
  title?: string;
  includeStories?: string[] | RegExp;
  excludeStories?: string[] | RegExp;
}
type StoryModule = Record<string, unknown> & { default: Meta };

/** Every stories file of the published Storybook (not stories/gate/: its story fails on purpose). */
const modules = import.meta.glob<StoryModule>(['../../stories/**/*.stories.ts', '!../../stories/gate/**'], { eager: true });

/** The tags the storybook project leaves out (vite.config.ts), and the one it needs. */
const EXCLUDED = ['a11y-broken', 'skip-test'];

export const THEMES = ['light', 'dark', 'high-contrast', 'high-contrast-dark'] as const;
/** The surface each theme paints the canvas with: the high-contrast themes' token (themes.css), else the elements' default. */
export const SURFACE: Record<(typeof THEMES)[number], string> = {
  light: 'rgb(255, 255, 255)',
  dark: 'rgb(13, 17, 23)',
  'high-contrast': 'rgb(255, 255, 255)',
  'high-contrast-dark': 'rgb(0, 0, 0)',
};
/** Every shipped locale, as the locale toolbar lists them (.storybook/locales.ts). */
export { locales };

export interface StoryEntry {
  file: string;
  title: string;
  exportName: string;
  /** The story's tags, as composed (project, meta and story). */
  tags: string[];
  compose: (globals: Record<string, string>) => ReturnType<typeof composeStory>;
}

/** Every story that the storybook project tests, in file order. */
export function stories(): StoryEntry[] {
  const found: StoryEntry[] = [];
  for (const [file, mod] of Object.entries(modules).sort(([a], [b]) => a.localeCompare(b))) {
    const { default: meta, ...exports } = mod;
    for (const [exportName, story] of Object.entries(exports)) {
      if (!isExportStory(exportName, meta)) continue;
      const compose = (globals: Record<string, string>) =>
        composeStory(story as Parameters<typeof composeStory>[0], meta, { initialGlobals: globals }, undefined, exportName);
      const { tags } = compose({});
      if (!tags.includes('test') || EXCLUDED.some((t) => tags.includes(t))) continue;
      found.push({ file, title: meta.title ?? file, exportName, tags, compose });
    }
  }
  return found;
}

/** After a story in `theme` and `dir`: the whole canvas is painted in the theme, `<html>` has its class and direction. */
export function canvasCheck({ theme, dir }: Record<string, string>): void {
  expect(getComputedStyle(document.body).backgroundColor).toBe(SURFACE[theme as (typeof THEMES)[number]]);
  expect(document.documentElement.classList.contains(`trust-theme-${theme}`)).toBe(true);
  expect(document.documentElement.dir).toBe(dir);
}

interface Report {
  type: string;
  status: string;
  result?: { error?: unknown; violations?: { id: string; nodes: { target: unknown[] }[] }[] };
}

/**
 * The a11y addon's afterEach reports axe's result (it throws only under Storybook's own Vitest plugin): a failed
 * report is a violation, `rule: target, …`, or an error of axe itself.
 */
export function axeFailures(reports: readonly unknown[]): string[] {
  return (reports as Report[])
    .filter((r) => r.type === 'a11y' && r.status === 'failed')
    .flatMap((r) =>
      r.result?.violations?.length
        ? r.result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)
        : [`axe failed: ${String(r.result?.error)}`],
    );
}

/**
 * Defines one test per story and set of globals: `story [globals]`, grouped by the story's title. `check` runs
 * after the story (its play function and axe passed).
 */
export function storyTests(
  entries: StoryEntry[],
  variants: Record<string, string>[],
  check?: (globals: Record<string, string>) => void | Promise<void>,
): void {
  const byTitle = new Map<string, StoryEntry[]>();
  for (const e of entries) byTitle.set(e.title, [...(byTitle.get(e.title) ?? []), e]);
  for (const [title, group] of byTitle) {
    describe(title, () => {
      for (const entry of group) {
        for (const globals of variants) {
          test(`${entry.exportName} [${Object.values(globals).join(', ')}]`, async () => {
            const story = entry.compose(globals);
            await story.run();
            expect(axeFailures(story.reporting.reports), 'axe violations (a11y test: error)').toEqual([]);
            await check?.(globals);
          });
        }
      }
    });
  }
}
