/**
 * Setup of the storybook Vitest projects: network silence. Every request of the test page (Playwright
 * `page.on('request')`, all frames, through the `recordRequests`/`takeRequests` commands) and every Resource
 * Timing entry is checked after each story: any request to another origin that the story did not configure (no
 * fonts, icons, analytics or telemetry) fails the story.
 */
import { afterEach, expect } from 'vitest';
import { commands } from 'vitest/browser';
import { foreignRequests, foreignResourceEntries } from './helpers/network.js';

await commands.recordRequests();
performance.setResourceTimingBufferSize(100_000);

afterEach(async () => {
  // Let late requests (lazy images, fetches started by the story) be issued before looking.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const requested = foreignRequests(await commands.takeRequests());
  const timed = foreignResourceEntries();
  performance.clearResourceTimings();
  expect([...new Set([...requested, ...timed])], 'requests to other origins (network silence: private by default)').toEqual([]);
});
