// Runs in the browser on the server-rendered page. The hydrate support must load before Lit and the elements, and
// the elements' properties must be the ones the server rendered with, so they are set before the tags are defined:
// each element then hydrates its declarative shadow root in place instead of rendering it again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { describeEvent, loadScene } from '../shared/scene.js';

for (const { tag, props } of await loadScene()) Object.assign(document.querySelector(`#scene ${tag}`), props);
document.addEventListener('trust-submit', (event) => {
  const li = document.createElement('li');
  li.textContent = describeEvent(event);
  document.getElementById('events').append(li);
});
await import('trust-signals/all.js');
document.body.dataset.ready = 'true';
