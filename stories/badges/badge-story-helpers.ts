/**
 * Real verification in stories. The committed fixtures are issued for https://shop.example, and a story runs on
 * the Storybook page's origin, where a genuine fixture is (rightly) "wrong-origin". So the loaders below sign
 * credentials at story time for `location.origin` with the published TEST keys (test/fixtures/badge), using the
 * issuer CLI's own signing code; `<trust-badge>` then verifies them in the browser exactly as on a merchant's
 * page. Nothing here sets a status: every status shown is the verifier's.
 *
 * The certifier's web server is simulated: https://certifier.example answers its key set at the well-known path
 * (`/.well-known/trust-badge/jwks.json`) and the story status lists (serveCertifier), and two more certifiers
 * exist only to fail: one whose key set never answers, one that is down. Everything else goes to the network as
 * usual. The signatures on what is served are checked for real.
 */
import { expect, waitFor } from 'storybook/test';
import type { BadgeStatus } from '@trust-signals/core/badge';
import type { TrustBadge } from 'trust-signals/trust-badge.js';
import { serveCertifier, signForPage, signStatusList, type OriginCredential } from '../../test/helpers/badge-browser.js';

export { ISSUER_KEYS_JSON, badgeFixture } from '../../test/helpers/badge-browser.js';

/** A revocation list and a suspension list of the certifier, each with {@link MARKED_INDEX} set. */
export const REVOCATION_LIST_URL = 'https://certifier.example/status/story-revocation';
export const SUSPENSION_LIST_URL = 'https://certifier.example/status/story-suspension';
/** Index of the revoked (or suspended) credential in the story status lists; index 7 is clear. */
export const MARKED_INDEX = 42;
/** A certifier whose key set never answers (the badge gives up after its `timeout`). */
export const SILENT_ISSUER = 'https://silent-certifier.example';
/** A certifier whose server is down. */
export const DOWN_ISSUER = 'https://down-certifier.example';

serveCertifier({
  [REVOCATION_LIST_URL]: () => signStatusList(REVOCATION_LIST_URL, [MARKED_INDEX]),
  [SUSPENSION_LIST_URL]: () => signStatusList(SUSPENSION_LIST_URL, [MARKED_INDEX], 'suspension'),
});

const flag = globalThis as { __trustStoryCertifiers?: boolean };
if (!flag.__trustStoryCertifiers) {
  flag.__trustStoryCertifiers = true;
  const next = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.startsWith(`${SILENT_ISSUER}/`)) return new Promise<Response>(() => {});
    if (url.startsWith(`${DOWN_ISSUER}/`)) throw new TypeError('Failed to fetch');
    return next(input, init);
  };
}

/** A loader that signs a credential for this page: `loaded.jws`. */
export const signed =
  (options: OriginCredential = {}) =>
  async () => ({ jws: await signForPage(options) });

type Shown = BadgeStatus | 'checking' | 'self-declared';
interface PlayContext {
  canvasElement: HTMLElement;
  globals?: Record<string, unknown>;
}
/** The texts below are the English ones: under another locale (the locale story tests) only the status is checked. */
const inEnglish = ({ globals }: PlayContext) => !globals?.locale || String(globals.locale).split('-')[0] === 'en';

/** A play function: waits for the badge's real status and checks what its seal says (and, given, the reason code). */
export const expectStatus = (status: Shown, text: string, code?: string) => async (context: PlayContext) => {
  const badges = [...context.canvasElement.querySelectorAll<TrustBadge>('trust-badge')];
  await expect(badges.length).toBeGreaterThan(0);
  for (const badge of badges) {
    await waitFor(() => expect(badge.status).toBe(status), { timeout: 5000 });
    await badge.updateComplete;
    if (code) await expect(badge.verification?.code).toBe(code);
    const seal = badge.shadowRoot!.querySelector('[part="status"]')!;
    if (inEnglish(context)) await expect(seal.textContent?.replace(/\s+/g, ' ').trim()).toBe(text);
  }
};

/** A play function: waits for the status, then opens the details (so axe checks the open dialog too) and checks the explanation. */
export const openDetails = (status: Shown, text: string, explanation: string) => async (context: PlayContext) => {
  await expectStatus(status, text)(context);
  const badge = context.canvasElement.querySelector<TrustBadge>('trust-badge')!;
  (badge.shadowRoot!.querySelector('[part~="base"]') as HTMLButtonElement).click();
  const dialog = badge.shadowRoot!.querySelector('dialog')!;
  await waitFor(() => expect(dialog.open).toBe(true));
  if (inEnglish(context)) await expect(dialog.querySelector('.explain')?.textContent).toBe(explanation);
};
