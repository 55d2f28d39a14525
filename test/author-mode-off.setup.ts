/**
 * Setup of the browser project: its test pages run on localhost, where elements show a note for the page author
 * next to their unavailable state (packages/core/src/author-note.ts). The tests see what a visitor sees: author
 * mode is off (`<html debug="off">`) before each test, and a test that checks the note turns it on itself.
 */
import { beforeEach } from 'vitest';

beforeEach(() => {
  document.documentElement.setAttribute('debug', 'off');
});
