// One tag module alone types every event of its element: read `detail` without narrowing or casting.
import 'trust-signals/trust-incident-notice.js';

const el = document.createElement('trust-incident-notice');
el.addEventListener('trust-dismiss', (e) => {
  const { id, remembered } = e.detail;
  void [id satisfies string, remembered satisfies boolean, e.detail.state satisfies string];
  e.preventDefault();
});
el.addEventListener('trust-error', (e) => void (e.detail.element satisfies string));
