// The server half: renders the page in Node with @lit-labs/ssr (declarative shadow DOM), from the same scene and
// with the same properties the browser sets before hydration. Run after the client build (writes dist/index.html).
//
// Strict CSP: Lit SSR writes each element's styles as a <style> inside its shadow root, which
// `style-src 'self'` blocks (and hydration does not adopt the styles again). So each distinct style block is moved
// to a same-origin stylesheet, linked from the shadow root, which the policy allows.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'trust-signals/all.js';
import { loadScene } from '../shared/scene.js';

const here = import.meta.dirname;
const root = join(here, '../../..');
const dist = join(here, 'dist');

/** `<tag .a=${a} .b=${b}></tag>` for any tag and props: a template built from strings, as a tagged literal would. */
function element(tag, props) {
  const keys = Object.keys(props);
  const strings = [`<${tag}`, ...keys.map((k, i) => `${i ? '' : ''} .${k}=`)];
  const parts = keys.length ? [`<${tag} .${keys[0]}=`, ...keys.slice(1).map((k) => ` .${k}=`), `></${tag}>`] : [`<${tag}></${tag}>`];
  void strings;
  return html(Object.assign(parts, { raw: parts }), ...keys.map((k) => props[k]));
}

const scene = await loadScene(async (path) => JSON.parse(readFileSync(join(root, path), 'utf8')));
const body = await collectResult(render(html`${scene.map(({ tag, props }) => element(tag, props))}`));

mkdirSync(join(dist, 'styles'), { recursive: true });
const sheets = new Map();
const ssr = body.replace(/<style>([\s\S]*?)<\/style>/g, (_, css) => {
  const name = createHash('sha256').update(css).digest('hex').slice(0, 16) + '.css';
  if (!sheets.has(name)) writeFileSync(join(dist, 'styles', name), css);
  sheets.set(name, true);
  return `<link rel="stylesheet" href="./styles/${name}">`;
});

writeFileSync(
  join(dist, 'index.html'),
  `<!doctype html>
<html lang="en" debug="off">
  <head>
    <meta charset="utf-8" />
    <title>Server-rendered consumer (@lit-labs/ssr)</title>
${[...sheets.keys()].map((name) => `    <link rel="stylesheet" href="./styles/${name}" />`).join('\n')}
    <script type="module" src="./client.js"></script>
  </head>
  <body>
    <main>
      <h1>Server-rendered</h1>
      <div id="scene">${ssr}</div>
      <h2>Events</h2>
      <ul id="events"></ul>
    </main>
  </body>
</html>
`,
);
console.log(`ssr: rendered ${scene.length} elements, ${sheets.size} stylesheets moved out of <style> for CSP`);
