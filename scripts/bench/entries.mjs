// Benchmark candidates: each entry defines `globalThis.bench = { name, render(root, n, value), ready(root) }`.
// render() puts n read-only ratings into root in one batch; ready() resolves when they are rendered.
// `framework` lists what the "without framework" size excludes (Lit for the Lit-based elements, React for the
// React components). Sources are written to a temporary folder and bundled by esbuild.

const values = 'const VALUES = [4.3, 3.7, 5, 2.5, 4.8, 1, 3, 4.1, 0.5, 4.6];';

const LIT = ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*'];
const REACT = ['react', 'react/*', 'react-dom', 'react-dom/*', 'scheduler'];

/** A Lit-based custom element candidate: imports its module, then creates `tag` elements with `attrs` (and the value). */
const customElement = (id, label, pkg, module, tag, attrs) => ({
  id,
  label,
  package: pkg,
  framework: LIT,
  frameworkName: 'Lit',
  source: `import '${module}';
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

/** The review list, 10 vs 10,000 reviews (only when the element exists). */
export const REVIEW_LIST = {
  id: 'trust-review-list',
  source: `import 'trust-signals/trust-review-list.js';
globalThis.benchList = {
  async render(root, n) {
    const reviews = Array.from({ length: n }, (_, i) => ({
      id: 'r' + i, rating: 1 + (i % 5), title: 'Review ' + i, body: 'Body of review ' + i + '. '.repeat(3), author: 'Reviewer ' + i, date: '2026-01-12',
    }));
    const el = document.createElement('trust-review-list');
    el.data = { subject: { name: 'Bench product', type: 'Product' }, reviews };
    root.append(el);
    for (let i = 0; i < 4; i++) await el.updateComplete;
    return el;
  },
};`,
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
