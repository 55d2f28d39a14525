/**
 * The network-silence check of the story tests (test/storybook-network.setup.ts) bites: requests to other origins
 * are seen by both witnesses (Playwright's request log and Resource Timing) and reported; the page's own files and
 * URLs the page configured are not.
 */
import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { foreignRequests, foreignResourceEntries } from '../helpers/network.js';

describe('network-silence checks', () => {
  it('report a font, an image beacon and a fetch to other origins, and nothing of our own origin', async () => {
    await commands.recordRequests();
    await commands.takeRequests();
    const style = document.createElement('style');
    style.textContent = `@font-face { font-family: Probe; src: url(https://fonts.invalid/probe.woff2); } .probe { font-family: Probe; }`;
    document.head.append(style);
    const p = document.createElement('p');
    p.className = 'probe';
    p.textContent = 'probe';
    document.body.append(p);
    new Image().src = 'https://analytics.invalid/pixel.gif?e=view';
    await fetch('https://telemetry.invalid/v1').catch(() => undefined);
    await fetch(`${location.origin}/favicon.ico`).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const requested = foreignRequests(await commands.takeRequests(), location.origin, []);
    expect(requested).toEqual(
      expect.arrayContaining([
        'https://telemetry.invalid/v1',
        'https://analytics.invalid/pixel.gif?e=view',
        'https://fonts.invalid/probe.woff2',
      ]),
    );
    expect(requested.some((u) => u.startsWith(location.origin))).toBe(false);
    expect(foreignResourceEntries()).toEqual(expect.arrayContaining(['https://telemetry.invalid/v1']));
    style.remove();
    p.remove();
  });

  it('allow a URL the page configured in an attribute', () => {
    expect(foreignRequests(['https://issuer.invalid/jwks.json'], location.origin, ['https://issuer.invalid/jwks.json'])).toEqual([]);
    expect(foreignRequests(['https://issuer.invalid/other'], location.origin, ['https://issuer.invalid/jwks.json'])).toEqual([
      'https://issuer.invalid/other',
    ]);
  });
});
