// Every registered element (from the generated web-types.json), each bare and, when the scene has data for it,
// with that data: rendering must cause no CSP violation.
import { loadScene } from '../shared/scene.js';

const { contributions } = await fetch('/packages/elements/dist/web-types.json').then((r) => r.json());
const scene = new Map((await loadScene()).map((item) => [item.tag, item.props]));
const main = document.getElementById('all');
for (const { name } of contributions.html.elements) {
  const bare = document.createElement(name);
  bare.textContent = name;
  main.append(bare);
  if (scene.has(name)) main.append(Object.assign(document.createElement(name), scene.get(name)));
}
await Promise.all(contributions.html.elements.map(({ name }) => customElements.whenDefined(name)));
document.body.dataset.ready = contributions.html.elements.map((e) => e.name).join(' ');
