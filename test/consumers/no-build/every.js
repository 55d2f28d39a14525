import { knownTags } from '/packages/elements/dist/trust-signals.bundle.js';

const without = new URLSearchParams(location.search).getAll('without');
const main = document.getElementById('all');
for (const tag of knownTags.filter((t) => !without.includes(t))) {
  const el = document.createElement(tag);
  el.textContent = tag;
  main.append(el);
}
document.body.dataset.ready = 'true';
