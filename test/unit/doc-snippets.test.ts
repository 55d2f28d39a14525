/**
 * How the docs' HTML snippets are found (test/helpers/doc-snippets.ts), and what can be checked of them without a
 * browser. test/consumers/doc-snippets.test.ts runs each one in Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docFiles, docSnippets, fencedBlocks, inlineHtmlSources, ROOT, SNIPPET_META } from '../helpers/doc-snippets.js';

describe('fencedBlocks', () => {
  it('finds html blocks with their line, meta words and code, indented or not, and skips other languages', () => {
    const text = [
      '# Title', // 1
      '```html', // 2
      '<p>one</p>',
      '```',
      '```js', // 5
      "const html = '```html';",
      '```',
      '- a list item:', // 8
      '',
      '  ```html expect-error fragment', // 10
      '  <trust-star-rating value="x"></trust-star-rating>',
      '    <span>deeper</span>',
      '  ```',
      '~~~~html', // 14
      '```',
      '<b>inside a longer fence</b>',
      '~~~~',
      '```htmlbars', // 18
      '{{x}}',
      '```',
    ].join('\n');
    expect(fencedBlocks(text)).toEqual([
      { line: 2, meta: [], code: '<p>one</p>' },
      { line: 10, meta: ['expect-error', 'fragment'], code: '<trust-star-rating value="x"></trust-star-rating>\n  <span>deeper</span>' },
      { line: 14, meta: [], code: '```\n<b>inside a longer fence</b>' },
    ]);
  });

  it('reads an unclosed fence to the end of the file', () => {
    expect(fencedBlocks('```html\n<p>a</p>\n')).toEqual([{ line: 1, meta: [], code: '<p>a</p>\n' }]);
  });
});

describe('inlineHtmlSources', () => {
  it('finds a <Source language="html"> whose code is written inline, not one that shows a snippet file', () => {
    const text = [
      "import snippet from './snippets/a.html?raw';",
      '<Source code={snippet} language="html" />',
      '<Source',
      '  language="html"',
      '  code={`<trust-star-rating value="4"></trust-star-rating>`}',
      '/>',
      '<Source language="css" code={`a {}`} />',
    ].join('\n');
    expect(inlineHtmlSources(text)).toEqual([3]);
  });
});

describe('the docs', () => {
  const snippets = docSnippets();

  it('are read from docs/ (Markdown and MDX, recursively), README.md and CONTRIBUTING.md, and docs/snippets/*.html', () => {
    expect(docFiles()).toEqual(expect.arrayContaining(['docs/embedding-a-badge.mdx', 'README.md', 'CONTRIBUTING.md']));
    const files = new Set(snippets.map((s) => s.file));
    for (const file of [
      'docs/embedding-a-badge.mdx',
      'docs/frameworks-plain-html.mdx',
      'README.md',
      'docs/snippets/donation-use-banner.html',
    ])
      expect(files).toContain(file);
    expect(new Set(snippets.map((s) => s.id)).size).toBe(snippets.length);
  });

  it('show HTML in fenced blocks or snippet files only, where the test finds it', () => {
    const inline = docFiles().flatMap((file) => inlineHtmlSources(readFileSync(join(ROOT, file), 'utf8')).map((line) => `${file}:${line}`));
    expect(inline).toEqual([]);
  });

  it('mark blocks only with the meta words CONTRIBUTING.md lists', () => {
    const contributing = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    for (const word of Object.keys(SNIPPET_META)) expect(contributing).toContain(`\`${word}\``);
    expect(snippets.flatMap((s) => s.meta.filter((m) => !(m in SNIPPET_META)).map((m) => `${s.id}: ${m}`))).toEqual([]);
  });

  it('keep framework templates (Angular, Vue, Svelte bindings) out of html blocks', () => {
    // `[value]=`, `(trust-submit)=`, `*ngIf=`, `@click=`, `:value=`, `v-if=`, `on:click=`, `bind:value=`, `attr={x}`, `{{ x }}`.
    const template = /<[a-z][\w-]*\b[^>]*?\s(?:[[(*@:][\w.-]+[\])]?=|v-[\w-]+=|(?:on|bind):[\w-]+=|[\w-]+=\{)|\{\{/;
    expect(snippets.filter((s) => template.test(s.code)).map((s) => s.id)).toEqual([]);
    expect(template.test('<trust-star-rating [value]="rating"></trust-star-rating>')).toBe(true);
    expect(template.test('<trust-nps-survey @trust-submit="send" />')).toBe(true);
    expect(template.test('<trust-star-rating value="4.3" count="1234"></trust-star-rating>')).toBe(false);
  });

  it('load the self-contained bundle (or its language files) without a build step, never a per-tag module', () => {
    // dist/trust-<tag>.js and the other modules import Lit by name: a browser cannot load them without a bundler.
    const loads = snippets.flatMap((s) =>
      [...s.code.matchAll(/(?:src=["']|from\s+["'])([^"']*\/(?:assets|dist)\/[^"']+\.js)["']/g)].map((m) => ({ id: s.id, url: m[1]! })),
    );
    expect(loads.length).toBeGreaterThan(5);
    expect(loads.filter(({ url }) => !/\/trust-signals\.bundle(\.[a-z]{2,3}(-[a-z0-9]+)?)?\.js$/i.test(url))).toEqual([]);
  });
});
