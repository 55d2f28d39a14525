/**
 * Setup of the storybook-matrix Vitest project (test/storybook/): the project annotations Storybook's preview
 * uses, composed as the storybook project's plugin composes them: the web-components renderer, the a11y addon
 * (its axe check runs after every story, configured by the story's `a11y` parameters) and .storybook/preview.ts.
 */
import * as a11yAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import { beforeAll } from 'vitest';
import preview from '../../.storybook/preview.js';

const annotations = setProjectAnnotations([a11yAnnotations, preview]);
beforeAll(annotations.beforeAll);
