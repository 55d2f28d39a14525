// One tag module alone types every event of its element: read `detail` without narrowing or casting.
import 'trust-signals/trust-badge-group.js';

const el = document.createElement('trust-badge-group');
el.addEventListener('trust-error', (e) => {
  const tag: string = e.detail.element;
  const path: string | undefined = e.detail.issues[0]?.path;
  void [tag, path];
});
document.addEventListener('trust-error', (e) => void (e.detail.element satisfies string));
