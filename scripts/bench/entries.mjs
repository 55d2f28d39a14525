// Benchmark candidates: each entry defines `globalThis.bench = { name, render(root, n, value), ready(root) }`.
// render() puts n read-only ratings into root in one batch; ready() resolves when they are rendered.
// `framework` lists what the "without framework" size excludes (Lit for the Lit-based elements, React for the
// React components). Sources are written to a temporary folder and bundled by esbuild.

const values = 'const VALUES = [4.3, 3.7, 5, 2.5, 4.8, 1, 3, 4.1, 0.5, 4.6];';

const LIT = ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*'];
const REACT = ['react', 'react/*', 'react-dom', 'react-dom/*', 'scheduler'];

/**
 * `<bare-rating>`, the floor of Lit: a bare LitElement that renders the same shadow DOM as `<trust-star-rating value
 * count>` (same styles, same template shape and bindings, a fixed English name) and does none of our work: no locale,
 * parsing, formatting or issue reporting. Module source; it defines the tag. The bench's reference row and
 * profile.mjs `--vs-lit` both use it.
 */
export const BARE_RATING = `import { TrustStarRating } from 'trust-signals/trust-star-rating.js';
import { LitElement, html } from 'lit';
import { starRowPath } from '@trust-signals/core/reviews';
const D = starRowPath(5);
class BareRating extends LitElement {
  static styles = TrustStarRating.elementStyles;
  static properties = { value: { type: Number }, count: { type: Number } };
  render() {
    const size = ((this.value / 5) * 136).toFixed(3);
    return html\`<span part="base" role="img" aria-label=\${'Rated ' + this.value + ' out of 5, ' + this.count + ' reviews'}
      >\${''}<svg part="stars" viewBox=\${'0 0 136 24'} aria-hidden="true"><path d=\${D}></path
      ><svg class="fill" y="-1" width=\${size} height="26" viewBox=\${'0 -1 ' + size + ' 26'}><path d=\${D}></path></svg></svg
      >\${html\`<span class="figures"><span part="count">\${'(' + this.count + ')'}</span></span>\`}</span>\`;
  }
}
customElements.define('bare-rating', BareRating);`;

/**
 * A Lit-based custom element candidate: imports its module (or runs `setup`, module source that defines `tag`), then
 * creates `tag` elements with `attrs` (and the value).
 */
const customElement = (id, label, pkg, module, tag, attrs, setup = `import '${module}';`) => ({
  id,
  label,
  package: pkg,
  framework: LIT,
  frameworkName: 'Lit',
  source: `${setup}
${values}
const ATTRS = ${JSON.stringify(attrs)};
globalThis.bench = {
  render(root, n) {
    const frag = document.createDocumentFragment();
    for (let i = 0; i < n; i++) {
      const el = document.createElement('${tag}');
      el.setAttribute('value', String(VALUES[i % 10]));
      for (const [name, value] of ATTRS) el.setAttribute(name, value.replace('{i}', String(100 + i)));
      frag.append(el);
    }
    root.append(frag);
  },
  ready: (root) => Promise.all([...root.children].map((el) => el.updateComplete)),
};`,
});

/**
 * A React component candidate: renders n `component` elements from `pkg` with `props` (a JS object expression over
 * `i` and `VALUES`) into a React root, synchronously; `css` is the package's stylesheet, when it needs one.
 */
const reactComponent = (id, pkg, component, props, css) => ({
  id,
  label: pkg,
  package: pkg,
  framework: REACT,
  frameworkName: 'React',
  ...(css && { css }),
  source: `import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { ${component} } from '${pkg}';
${values}
let reactRoot;
globalThis.bench = {
  render(root, n) {
    reactRoot = createRoot(root);
    const items = Array.from({ length: n }, (_, i) => h(${component}, { key: i, ...${props} }));
    flushSync(() => reactRoot.render(items));
  },
  ready: () => Promise.resolve(),
};`,
});

export const CANDIDATES = [
  customElement('trust-star-rating', '<trust-star-rating>', 'trust-signals', 'trust-signals/trust-star-rating.js', 'trust-star-rating', [
    ['count', '{i}'],
  ]),
  customElement(
    'sl-rating',
    'Shoelace <sl-rating>',
    '@shoelace-style/shoelace',
    '@shoelace-style/shoelace/dist/components/rating/rating.js',
    'sl-rating',
    [
      ['readonly', ''],
      ['precision', '0.1'],
      ['label', 'Rating'],
    ],
  ),
  customElement(
    'wa-rating',
    'Web Awesome <wa-rating>',
    '@awesome.me/webawesome',
    '@awesome.me/webawesome/dist/components/rating/rating.js',
    'wa-rating',
    [
      ['readonly', ''],
      ['precision', '0.1'],
      ['label', 'Rating'],
    ],
  ),
  reactComponent(
    'smastrom-react-rating',
    '@smastrom/react-rating',
    'Rating',
    '{ value: VALUES[i % 10], readOnly: true, style: { maxWidth: 120 } }',
    '@smastrom/react-rating/dist/style.css',
  ),
  reactComponent('fluentui-react-rating', '@fluentui/react-rating', 'RatingDisplay', '{ value: VALUES[i % 10], count: 100 + i }'),
  // Not a peer: the floor of Lit (BARE_RATING above). What ours needs above it is ours; what it needs above the control
  // is what any Lit element with a shadow root costs. Its weight is not a candidate's and is not reported.
  {
    ...customElement(
      'lit-floor',
      'bare LitElement, same shadow DOM (floor of Lit)',
      'lit',
      null,
      'bare-rating',
      [['count', '{i}']],
      BARE_RATING,
    ),
    reference: true,
  },
  {
    id: 'control',
    label: 'plain DOM + inline SVG (control)',
    package: null,
    framework: [],
    frameworkName: null,
    source: `${values}
const NS = 'http://www.w3.org/2000/svg';
const STAR = 'M12 .6l3.5 7.2 7.9 1.1-5.7 5.6 1.4 7.9L12 18.7l-7.1 3.7 1.4-7.9L.6 8.9l7.9-1.1z';
const row = (fill) => {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 136 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('fill', fill);
  for (let s = 0; s < 5; s++) {
    const p = document.createElementNS(NS, 'path');
    p.setAttribute('d', STAR);
    p.setAttribute('transform', 'translate(' + s * 28 + ' 0)');
    svg.append(p);
  }
  return svg;
};
globalThis.bench = {
  render(root, n) {
    const frag = document.createDocumentFragment();
    for (let i = 0; i < n; i++) {
      const v = VALUES[i % 10];
      const span = document.createElement('span');
      span.setAttribute('role', 'img');
      span.setAttribute('aria-label', 'Rated ' + v + ' out of 5, ' + (100 + i) + ' reviews');
      span.style.cssText = 'display:inline-grid;inline-size:5.7em;block-size:1em';
      const empty = row('#ccc');
      empty.style.cssText = 'grid-area:1/1;inline-size:100%';
      const fillBox = document.createElement('span');
      fillBox.style.cssText = 'grid-area:1/1;overflow:hidden;inline-size:' + (v / 5) * 100 + '%';
      const full = row('#e8a400');
      full.style.cssText = 'inline-size:5.7em';
      fillBox.append(full);
      span.append(empty, fillBox);
      frag.append(span);
    }
    root.append(frag);
  },
  ready: () => Promise.resolve(),
};`,
  },
];

/**
 * The review list (only when the element exists). `render(root, n)`: n reviews, paged (10 vs 10,000 for the first
 * screen). `render(root, n, { showAll: true })`: every review shown, the list virtualized (scrolling to the end of
 * 10,000); `{ searchable: true }`: with the search field (typing at 10,000). Each review's body also carries one of
 * five words, so that a search narrows the list instead of emptying it.
 */
export const REVIEW_LIST = {
  id: 'trust-review-list',
  source: `import 'trust-signals/trust-review-list.js';
const WORDS = ['quiet', 'sturdy', 'heavy', 'small', 'noisy'];
globalThis.benchList = {
  async render(root, n, options = {}) {
    const reviews = Array.from({ length: n }, (_, i) => ({
      id: 'r' + i, rating: 1 + (i % 5), title: 'Review ' + i, body: 'Body of review ' + i + '. '.repeat(3) + (options.words ? WORDS[i % 5] + '.' : ''),
      author: 'Reviewer ' + i, date: '2026-01-12',
    }));
    const el = document.createElement('trust-review-list');
    if (options.showAll) el.setAttribute('show-all', '');
    if (options.searchable) el.setAttribute('searchable', '');
    el.data = { subject: { name: 'Bench product', type: 'Product' }, reviews };
    root.append(el);
    for (let i = 0; i < 4; i++) await el.updateComplete;
    return el;
  },
};`,
};

const GRID_CARDS = 48;

/** The grid's control ratings: the ratings control's DOM (above), with the card's value, and its count shown. */
const GRID_CONTROL = `const NS = 'http://www.w3.org/2000/svg';
const STAR = 'M12 .6l3.5 7.2 7.9 1.1-5.7 5.6 1.4 7.9L12 18.7l-7.1 3.7 1.4-7.9L.6 8.9l7.9-1.1z';
const row = (fill) => {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 136 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('fill', fill);
  for (let s = 0; s < 5; s++) {
    const p = document.createElementNS(NS, 'path');
    p.setAttribute('d', STAR);
    p.setAttribute('transform', 'translate(' + s * 28 + ' 0)');
    svg.append(p);
  }
  return svg;
};
for (const holder of document.querySelectorAll('span.rating')) {
  const { value, count } = holder.dataset;
  holder.setAttribute('role', 'img');
  holder.setAttribute('aria-label', 'Rated ' + value + ' out of 5, ' + count + ' reviews');
  const stars = document.createElement('span');
  stars.style.cssText = 'display:inline-grid;inline-size:5.7em;block-size:1em;vertical-align:middle';
  const empty = row('#ccc');
  empty.style.cssText = 'grid-area:1/1;inline-size:100%';
  const fillBox = document.createElement('span');
  fillBox.style.cssText = 'grid-area:1/1;overflow:hidden;inline-size:' + (value / 5) * 100 + '%';
  const full = row('#e8a400');
  full.style.cssText = 'inline-size:5.7em';
  fillBox.append(full);
  stars.append(empty, fillBox);
  const text = document.createElement('span');
  text.textContent = ' (' + count + ')';
  holder.append(stars, text);
}`;
const GRID_VALUES = [4.3, 3.7, 5, 2.5, 4.8, 1, 3, 4.1, 0.5, 4.6];

/**
 * The product-grid page: a header with one rating summary and one badge, then 48 product cards, each with a name,
 * a price and a star rating with its review count. `ours`: the cards hold `<trust-star-rating value count>` in the
 * HTML; `control`: the same cards with an empty placeholder that the control's plain DOM + inline SVG fills (the
 * builder of the ratings control above). Both pages load the summary and the badge (which load the star rating's
 * module too: the summary draws stars), so the difference between them is the 48 ratings alone.
 *
 * The page's module resolves `globalThis.benchGrid` with `ratingsReady` (ms from navigation start until the 48
 * ratings are rendered), `ready` (until every element is: the ratings and the summary rendered, the badge
 * verified) and `blocking` (total blocking time until then: the sum over long tasks of their time beyond 50 ms).
 */
export const GRID = {
  cards: GRID_CARDS,
  html(kind, jws) {
    const cards = Array.from({ length: GRID_CARDS }, (_, i) => {
      const value = GRID_VALUES[i % 10];
      const count = 3 + ((i * 37) % 1400);
      const rating =
        kind === 'ours'
          ? `<trust-star-rating value="${value}" count="${count}"></trust-star-rating>`
          : `<span class="rating" data-value="${value}" data-count="${count}"></span>`;
      return `<article class="card"><div class="photo"></div><h3>Product ${i + 1}</h3><p>$${(9.99 + i * 3).toFixed(2)}</p>${rating}</article>`;
    }).join('');
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<script>
globalThis.BADGE_JWS = ${JSON.stringify(jws)};
globalThis.longTasks = [];
new PerformanceObserver((list) => globalThis.longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask', buffered: true });
</script>
<style>
body { font: 16px/1.4 system-ui, sans-serif; margin: 0; }
header { display: flex; gap: 2rem; align-items: start; padding: 1rem; }
main { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 1rem; padding: 1rem; }
.card { border: 1px solid #ddd; border-radius: 8px; padding: 0.75rem; }
.photo { aspect-ratio: 4 / 3; background: #eee; border-radius: 4px; }
h3 { font-size: 1rem; margin: 0.5rem 0 0.25rem; }
p { margin: 0 0 0.25rem; }
</style></head><body>
<header><trust-rating-summary></trust-rating-summary><trust-badge></trust-badge></header>
<main>${cards}</main>
<script type="module" src="/grid-${kind}.js"></script>
</body></html>`;
  },
  source(kind) {
    return `import 'trust-signals/trust-rating-summary.js';
import 'trust-signals/trust-badge.js';
${kind === 'ours' ? "import 'trust-signals/trust-star-rating.js';" : GRID_CONTROL}
const summary = document.querySelector('trust-rating-summary');
summary.data = {
  subject: { name: 'Shop', type: 'Organization' },
  aggregate: { average: 4.2, count: 500, distribution: { 5: 310, 4: 80, 3: 50, 2: 30, 1: 30 } },
  reviews: [],
};
const badge = document.querySelector('trust-badge');
const verified = new Promise((resolve, reject) => {
  badge.addEventListener('trust-verified', resolve, { once: true });
  badge.addEventListener('trust-error', (event) => reject(new Error(event.detail.issues.map((i) => i.message).join('; '))), { once: true });
});
badge.credential = globalThis.BADGE_JWS;
const ratings = [...document.querySelectorAll('main trust-star-rating')];
globalThis.benchGrid = (async () => {
  await Promise.all(ratings.map((el) => el.updateComplete));
  const ratingsReady = performance.now();
  await Promise.all([summary.updateComplete, verified]);
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const ready = performance.now();
  // Long tasks are reported after they end: one more task for the last one to arrive.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const blocking = globalThis.longTasks.filter((t) => t.start < ready).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
  return { ratingsReady, ready, blocking, longest: Math.max(0, ...globalThis.longTasks.filter((t) => t.start < ready).map((t) => t.duration)) };
})();`;
  },
};

/** `<trust-badge>` for the verification timing: `verify(jws)` resolves with the milliseconds until "Verified". */
export const BADGE = {
  id: 'trust-badge',
  source: `import 'trust-signals/trust-badge.js';
globalThis.benchBadge = {
  async verify(jws) {
    const el = document.createElement('trust-badge');
    const done = new Promise((resolve, reject) => {
      el.addEventListener('trust-verified', resolve, { once: true });
      el.addEventListener('trust-error', (event) => reject(new Error(event.detail.issues.map((i) => i.message).join('; '))), { once: true });
    });
    const t0 = performance.now();
    el.credential = jws;
    document.body.append(el);
    await done;
    const ms = performance.now() - t0;
    el.remove();
    return ms;
  },
};`,
};
