// What the published Storybook holds (.storybook/main.ts), found with Storybook's own matcher: the stories folders
// but not the accessibility gate's deliberately failing story, which only test/a11y-gate.mjs runs; and stories for
// states and variants, not copies per theme, locale or direction (the story tests run those: test/storybook/).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { normalizeStories } from 'storybook/internal/common';
import { StoryIndexGenerator } from 'storybook/internal/core-server';
import { describe, expect, it } from 'vitest';
import config, { storyGlobs } from '../../.storybook/main.js';

const root = join(import.meta.dirname, '../..');
const configDir = join(root, '.storybook');

async function matched(globs: string[]): Promise<string[]> {
  const specifiers = normalizeStories(globs, { configDir, workingDir: root });
  const found = await StoryIndexGenerator.findMatchingFilesForSpecifiers(specifiers, root);
  return found.flatMap(([, files]) => Object.keys(files)).map((f) => relative(root, f).split('\\').join('/'));
}

const storyFiles = readdirSync(join(root, 'stories'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.stories.ts'))
  .map((f) => `stories/${f.split('\\').join('/')}`);

describe('the published Storybook', () => {
  it('has every stories file but the accessibility gate’s', async () => {
    expect(config.stories).toEqual(storyGlobs(false)); // TRUST_A11Y_GATE is not set here
    const published = await matched(storyGlobs(false));
    expect(published.filter((f) => f.startsWith('stories/')).sort()).toEqual(
      storyFiles.filter((f) => !f.startsWith('stories/gate/')).sort(),
    );
    expect(published.some((f) => f.startsWith('docs/') && f.endsWith('.mdx'))).toBe(true);
  });

  it('gives test/a11y-gate.mjs (TRUST_A11Y_GATE) the gate story alone', async () => {
    expect(await matched(storyGlobs(true))).toEqual(['stories/gate/a11y-gate.stories.ts']);
    expect(readFileSync(join(root, 'test/a11y-gate.mjs'), 'utf8')).toMatch(/TRUST_A11Y_GATE: '1'/);
  });

  it('has no copies of stories per theme, locale or direction (no story sets globals)', () => {
    for (const file of storyFiles.filter((f) => !f.startsWith('stories/gate/'))) {
      const source = readFileSync(join(root, file), 'utf8');
      expect(source, file).not.toMatch(/\bglobals\s*:/);
      expect(source, file).not.toMatch(/RTL \(English text\)/);
    }
  });
});
