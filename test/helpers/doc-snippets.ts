/**
 * Every HTML snippet the documentation shows a reader, read from the files in Node (no browser): the fenced
 * ```html blocks of docs/**\/*.md(x), README.md and CONTRIBUTING.md, and each file of docs/snippets/ (which a docs
 * page shows whole with `<Source code={…}>`). test/consumers/doc-snippets.test.ts runs each one in Chromium exactly
 * as written; test/unit/doc-snippets.test.ts checks what is found here.
 *
 * A fence may carry words after `html` (its "meta"), the only way a snippet tells the test what to expect (see
 * CONTRIBUTING.md, "HTML snippets in the docs"):
 * - `expect-error`: the snippet shows data an element reports (a placeholder credential, a value that is wrong on
 *   purpose); it must log at least one `[trust-signals]` console error, and no other error.
 * - `fragment`: part of a page that already loads the bundle, as the same docs page shows earlier; it runs after
 *   `<script type="module" src="/assets/trust-signals.bundle.js"></script>`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');

/** The meta words a fenced html block may carry, and what each means. */
export const SNIPPET_META = {
  'expect-error': 'logs at least one [trust-signals] console error (and no other error)',
  fragment: 'runs in a page that already loads the bundle',
} as const;
export type SnippetMeta = keyof typeof SNIPPET_META;

export interface DocSnippet {
  /** `docs/embedding-a-badge.mdx:48`: the file (from the repository root) and the line of the opening fence. */
  readonly id: string;
  readonly file: string;
  readonly line: number;
  /** The words after `html` on the fence line. */
  readonly meta: readonly string[];
  /** The block's text, as the reader copies it (the fence's own indentation removed). */
  readonly code: string;
}

/** Fenced code blocks of one language in Markdown or MDX text: opening line (1-based), meta words and code. */
export function fencedBlocks(text: string, language = 'html'): Array<{ line: number; meta: string[]; code: string }> {
  const lines = text.split(/\r?\n/);
  const blocks: Array<{ line: number; meta: string[]; code: string }> = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const [, indent = '', fence = '', info = '', rest = ''] = open;
    const close = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    let end = i + 1;
    while (end < lines.length && !close.test(lines[end]!)) end++;
    if (info === language) {
      const body = lines.slice(i + 1, end).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()));
      blocks.push({ line: i + 1, meta: rest.trim().split(/\s+/).filter(Boolean), code: body.join('\n') });
    }
    i = end;
  }
  return blocks;
}

/**
 * `<Source … language="html" … code={`…`} />` elements of MDX text whose code is written inline: HTML a reader sees
 * that no fence marks. Docs show HTML in a fence, or a whole file of docs/snippets/ (`code={snippet}`).
 */
export function inlineHtmlSources(text: string): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(/<Source\b[^>]*?>/gs)) {
    const tag = m[0];
    if (/language=["']html["']/.test(tag) && /code=\{\s*[`'"]/.test(tag)) found.push(text.slice(0, m.index).split('\n').length);
  }
  return found;
}

function walk(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .map((f) => `${dir}/${f.split('\\').join('/')}`)
    .filter(keep)
    .sort();
}

/** The Markdown and MDX files whose html blocks are snippets: docs/ (recursively), README.md, CONTRIBUTING.md. */
export function docFiles(): string[] {
  return [...walk('docs', (f) => /\.mdx?$/.test(f)), 'README.md', 'CONTRIBUTING.md'];
}

/** Every snippet, in file order. */
export function docSnippets(): DocSnippet[] {
  const snippets: DocSnippet[] = [];
  for (const file of docFiles()) {
    for (const block of fencedBlocks(readFileSync(join(ROOT, file), 'utf8'))) {
      snippets.push({ id: `${file}:${block.line}`, file, ...block });
    }
  }
  for (const file of walk('docs/snippets', (f) => f.endsWith('.html'))) {
    snippets.push({ id: `${file}:1`, file, line: 1, meta: [], code: readFileSync(join(ROOT, file), 'utf8') });
  }
  return snippets;
}

/** Repository-relative path (for messages). */
export const fromRoot = (path: string): string => relative(ROOT, path).split('\\').join('/');
