// How the cross-cutting browser tests (fuzz, XSS, memory, child script, waiting) feed <trust-badge>. Collected into
// FEEDS by test/helpers/element-feeds.ts; a tag without feeds fails them. Test data: not built, shipped or in the manifest.
import validBadge from '../../../../../test/fixtures/badge/valid-eddsa.json';
import type { Feed } from '../../../../../test/helpers/feed-kit.js';

/**
 * A genuine badge credential (test fixture) and its issuer keys, given as page-supplied test keys so that the
 * badge makes no request (the certifier's origin does not exist); on the test page's origin it is "wrong origin".
 */
export const feeds: Feed[] = [
  {
    attributes: {
      credential: validBadge.jws,
      'test-keys': JSON.stringify(validBadge.keys),
      'trusted-issuers': 'https://certifier.example',
      label: 'Secure checkout',
      'issuer-name': 'Example Certifier',
      'logo-src': '/logo.svg',
      'record-url': 'https://certifier.example/records/1',
    },
    allowErrors: 'the credential is made for https://shop.example, not for the test page: "wrong origin" is reported',
  },
];
