// Puts the sample of ?tag= into the page with reserve.css (unless ?reserve=0), then waits for the test to load the
// element script; layout shifts are recorded from then on.
import { samples } from '../shared/samples.js';

const params = new URLSearchParams(location.search);
if (params.get('reserve') !== '0') {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/packages/elements/dist/reserve.css';
  document.head.append(link);
  await new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
}
document.getElementById('slot').innerHTML = samples[params.get('tag')] ?? '';
// Let the inserted markup lay out first: inserting it moves the text below it, which is the page's doing, not the
// element's. Only shifts after that are recorded.
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
await frames();
window.layoutShifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.layoutShifts.push(entry.value);
}).observe({ type: 'layout-shift', buffered: false });
await frames();
document.body.dataset.ready = 'true';
