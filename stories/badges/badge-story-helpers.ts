/**
 * Real verification in stories. The committed fixtures are issued for https://shop.example, and a story runs on
 * the Storybook page's origin, where a genuine fixture is (rightly) "wrong-origin". So the loaders below sign
 * credentials at story time for `location.origin` with the published TEST keys (test/fixtures/badge), using the
 * issuer CLI's own signing code; `<trust-badge>` then verifies them in the browser exactly as on a merchant's
 * page. Nothing here sets a status: every status shown is the verifier's.
 *
 * The certifier's web server is simulated for a few URLs under https://certifier.example/story/ (a key set, a
 * status list, a server that never answers, one that is down): fetch to those URLs is answered here, everything
 * else goes to the network as usual. The signatures on what is served are checked for real.
 */
import type { BadgeStatus } from '@trust-signals/core/badge';
import type { TrustBadge } from 'trust-signals/trust-badge.js';
import { expect, waitFor } from 'storybook/test';
import { ISSUER_KEYS_JSON, signForPage, signStatusList, type OriginCredential } from '../../test/helpers/badge-browser.js';

export { ISSUER_KEYS_JSON, badgeFixture } from '../../test/helpers/badge-browser.js';

export const STORY_SERVER = 'https://certifier.example/story';
export const KEYS_URL = `${STORY_SERVER}/keys.json`;
export const PENDING_KEYS_URL = `${STORY_SERVER}/keys-slow.json`;
export const DOWN_KEYS_URL = `${STORY_SERVER}/keys-down.json`;
export const STATUS_LIST_URL = `${STORY_SERVER}/status/1`;
/** Index of a revoked credential in the story status list. */
export const REVOKED_INDEX = 42;

let statusList: Promise<string> | undefined;

const realFetch = globalThis.fetch.bind(globalThis);
if (!(globalThis as { __trustStoryServer?: boolean }).__trustStoryServer) {
  (globalThis as { __trustStoryServer?: boolean }).__trustStoryServer = true;
  globalThis.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(`${STORY_SERVER}/`)) return realFetch(input, init);
    if (url === KEYS_URL) return new Response(ISSUER_KEYS_JSON, { headers: { 'content-type': 'application/jwk-set+json' } });
    if (url === STATUS_LIST_URL) return new Response(await (statusList ??= signStatusList(STATUS_LIST_URL, [REVOKED_INDEX])));
    if (url === PENDING_KEYS_URL) return new Promise<Response>(() => {});
    throw new TypeError('Failed to fetch');
  };
}

/** A loader that signs a credential for this page: `loaded.jws`. */
export const signed =
  (options: OriginCredential = {}) =>
  async () => ({ jws: await signForPage(options) });

/** A play function: waits for the badge's real status and checks what it says. */
export const expectStatus =
  (status: BadgeStatus | 'checking' | 'self-declared', text: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const badges = [...canvasElement.querySelectorAll<TrustBadge>('trust-badge')];
    await expect(badges.length).toBeGreaterThan(0);
    for (const badge of badges) {
      await waitFor(() => expect(badge.status).toBe(status), { timeout: 5000 });
      await badge.updateComplete;
      const seal = badge.shadowRoot!.querySelector('[part~="base"]')!;
      await expect(seal.textContent).toContain(text);
    }
  };

/** A play function: waits for the status, then opens the details (so axe checks the open dialog too). */
export const openDetails =
  (status: BadgeStatus | 'checking' | 'self-declared', text: string) =>
  async (context: { canvasElement: HTMLElement }) => {
    await expectStatus(status, text)(context);
    const badge = context.canvasElement.querySelector<TrustBadge>('trust-badge')!;
    (badge.shadowRoot!.querySelector('[part~="base"]') as HTMLButtonElement).click();
    await waitFor(() => expect(badge.shadowRoot!.querySelector('dialog')!.open).toBe(true));
  };
