/**
 * Every story right to left (themes.test.ts runs them left to right in the other themes): the layout mirrored with
 * the stories' own English texts, which their play functions check. In the light theme and in the darkest one (high
 * contrast dark), which between them cover the mirrored layout and the colours; every theme right to left would
 * double the suite's time for the same layout. Axe at 'error' as in the story's own test, and the whole canvas
 * painted in the theme and right to left.
 */
import { canvasCheck, stories, storyTests } from './story-matrix.js';

storyTests(
  stories(),
  (['light', 'high-contrast-dark'] as const).map((theme) => ({ theme, dir: 'rtl' })),
  canvasCheck,
);
