/**
 * Every story in every other theme, left to right (the storybook project runs each once, light); right to left in
 * rtl.test.ts (two files, so that Vitest can run them side by side). Axe at 'error' as in the story's own test, and
 * the whole canvas painted in the theme (.storybook/canvas.ts, preview.css).
 */
import { canvasCheck, stories, storyTests, THEMES } from './story-matrix.js';

storyTests(
  stories(),
  THEMES.filter((theme) => theme !== 'light').map((theme) => ({ theme, dir: 'ltr' })),
  canvasCheck,
);
