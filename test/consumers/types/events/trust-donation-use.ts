// One tag module alone types every event of its element: read `detail` without narrowing or casting.
import 'trust-signals/trust-donation-use.js';

const el = document.createElement('trust-donation-use');
el.addEventListener('trust-error', (e) => {
  const tag: string = e.detail.element;
  const path: string | undefined = e.detail.issues[0]?.path;
  void [tag, path];
});
document.addEventListener('trust-error', (e) => void (e.detail.element satisfies string));
