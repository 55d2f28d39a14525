// No build step: the page's own script sets data by property and listens with addEventListener.
import { describeEvent, loadScene } from '../shared/scene.js';

const host = document.getElementById('scene');
for (const { tag, props } of await loadScene()) {
  const el = host.querySelector(tag) ?? host.appendChild(document.createElement(tag));
  Object.assign(el, props);
}
document.addEventListener('trust-submit', (event) => {
  const li = document.createElement('li');
  li.textContent = describeEvent(event);
  document.getElementById('events').append(li);
});
document.body.dataset.ready = 'true';
