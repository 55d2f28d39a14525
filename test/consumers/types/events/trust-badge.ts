// One tag module alone types every event of its element: read `detail` without narrowing or casting.
import 'trust-signals/trust-badge.js';

const el = document.createElement('trust-badge');
el.addEventListener('trust-verified', (e) => {
  const { issuer, revocation, reason, checkedAt, keyId } = e.detail;
  void [
    issuer.host satisfies string,
    revocation satisfies 'checked' | 'none',
    reason satisfies string,
    checkedAt satisfies Date,
    keyId satisfies string | undefined,
  ];
});
el.addEventListener('trust-error', (e) => void (e.detail.element satisfies string));
