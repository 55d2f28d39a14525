/**
 * The story tests here read axe's verdict from the a11y addon's report (story-matrix.ts, axeFailures): the
 * deliberately inaccessible story (stories/gate/, left out of everything else) must fail that check.
 */
import { composeStory } from 'storybook/preview-api';
import { expect, it } from 'vitest';
import meta, { LowContrastCount } from '../../stories/gate/a11y-gate.stories.js';
import { axeFailures } from './story-matrix.js';

it('the gate story fails on axe colour contrast', async () => {
  const story = composeStory(LowContrastCount, meta, {}, undefined, 'LowContrastCount');
  await story.run();
  expect(axeFailures(story.reporting.reports).join('\n')).toMatch(/^color-contrast: /);
});
