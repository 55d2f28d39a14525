// The house rules of CONTRIBUTING.md that can be checked from the source text, checked on every element and core
// module (tests excluded): a lifecycle override calls the method it overrides; user text is never parsed as HTML;
// render() only renders what willUpdate() parsed (no core parse* call, no dynamic import, in render() or a
// render* helper). Sources are read with the TypeScript parser, so comments and strings do not count. And no line
// of a shipped source is longer than 140 characters (Prettier's printWidth, which Prettier cannot enforce on long
// strings, template text or comments).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const CORE = join(root, 'packages/core/src');
const ELEMENTS = join(root, 'packages/elements/src');
const ISSUER = join(root, 'packages/issuer/src');

/** Every .ts source under `dir`, tests, test data (feeds.ts) and declaration files excluded, relative to the repository. */
function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(
      (d) => d.isFile() && d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') && d.name !== 'feeds.ts' && !d.name.endsWith('.d.ts'),
    )
    .map((d) => relative(root, join(d.parentPath, d.name)))
    .sort();
}

const coreFiles = sources(CORE);
const elementFiles = sources(ELEMENTS);
// packages/react/src is generated at build time and not committed, so it is not checked here.
const issuerFiles = sources(ISSUER);

const parsed = new Map<string, ts.SourceFile>();
function parse(file: string): ts.SourceFile {
  let sf = parsed.get(file);
  if (!sf) {
    sf = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    parsed.set(file, sf);
  }
  return sf;
}

function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

const line = (sf: ts.SourceFile, node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
const where = (file: string, sf: ts.SourceFile, node: ts.Node) => `${file}:${line(sf, node)}`;

/** Methods (and arrow-function properties) of classes, with their name and body. */
function methods(sf: ts.SourceFile): { name: string; node: ts.Node; body: ts.Node }[] {
  const found: { name: string; node: ts.Node; body: ts.Node }[] = [];
  walk(sf, (n) => {
    if (!ts.isClassLike(n)) return;
    for (const member of n.members) {
      if (!member.name || !(ts.isIdentifier(member.name) || ts.isPrivateIdentifier(member.name))) continue;
      if (ts.isMethodDeclaration(member) && member.body) found.push({ name: member.name.text, node: member, body: member.body });
      if (
        ts.isPropertyDeclaration(member) &&
        member.initializer &&
        (ts.isArrowFunction(member.initializer) || ts.isFunctionExpression(member.initializer))
      )
        found.push({ name: member.name.text, node: member, body: member.initializer.body });
    }
  });
  return found;
}

const LIFECYCLE = ['willUpdate', 'updated', 'firstUpdated', 'connectedCallback', 'disconnectedCallback'];

/** `file:line name()` for each lifecycle override whose body never calls `super.name(…)`. */
function missingSuper(file: string): string[] {
  const sf = parse(file);
  return methods(sf)
    .filter((m) => LIFECYCLE.includes(m.name))
    .filter((m) => {
      let calls = false;
      walk(m.body, (n) => {
        if (
          ts.isCallExpression(n) &&
          ts.isPropertyAccessExpression(n.expression) &&
          n.expression.expression.kind === ts.SyntaxKind.SuperKeyword &&
          n.expression.name.text === m.name
        )
          calls = true;
      });
      return !calls;
    })
    .map((m) => `${where(file, sf, m.node)} ${m.name}()`);
}

/** `file:line what` for each use of unsafeHTML / unsafeSVG, or assignment to innerHTML / outerHTML, or insertAdjacentHTML. */
function htmlFromText(file: string): string[] {
  const sf = parse(file);
  const found: string[] = [];
  walk(sf, (n) => {
    if (ts.isIdentifier(n) && /^unsafe(HTML|SVG)$/.test(n.text)) found.push(`${where(file, sf, n)} ${n.text}`);
    if (ts.isPropertyAccessExpression(n) && n.name.text === 'insertAdjacentHTML') found.push(`${where(file, sf, n)} insertAdjacentHTML`);
    if (
      ts.isBinaryExpression(n) &&
      n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
      n.operatorToken.kind <= ts.SyntaxKind.LastAssignment &&
      ts.isPropertyAccessExpression(n.left) &&
      /^(innerHTML|outerHTML)$/.test(n.left.name.text)
    )
      found.push(`${where(file, sf, n)} ${n.left.name.text} =`);
  });
  return found;
}

/** Names a module imports from core (`@trust-signals/core…`, or a relative path inside core). */
function coreImports(file: string): Set<string> {
  const sf = parse(file);
  const inCore = file.startsWith('packages/core/');
  const names = new Set<string>();
  for (const stmt of sf.statements) {
    if (!ts.isImportDeclaration(stmt) || !ts.isStringLiteral(stmt.moduleSpecifier)) continue;
    const from = stmt.moduleSpecifier.text;
    if (!(from.startsWith('@trust-signals/core') || (inCore && from.startsWith('.')))) continue;
    const bindings = stmt.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) for (const el of bindings.elements) names.add(el.name.text);
  }
  return names;
}

/** Whether `node` contains a dynamic `import(…)`. */
function importsIn(node: ts.Node): boolean {
  let found = false;
  walk(node, (n) => {
    if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword) found = true;
  });
  return found;
}

/** Module-level functions (declarations and `const f = () => …`) that start a dynamic import. */
function importingFunctions(sf: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const stmt of sf.statements) {
    if (ts.isFunctionDeclaration(stmt) && stmt.name && stmt.body && importsIn(stmt.body)) names.add(stmt.name.text);
    if (ts.isVariableStatement(stmt))
      for (const d of stmt.declarationList.declarations)
        if (
          ts.isIdentifier(d.name) &&
          d.initializer &&
          (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer)) &&
          importsIn(d.initializer)
        )
          names.add(d.name.text);
  }
  return names;
}

/**
 * `file:line what` for each piece of parsing or loading inside render() or a render* helper: a call of a core
 * parse* function, a property parsed by hand (`Number(this.x)`, `parseInt(this.x)`, `parseFloat(this.x)`), a
 * dynamic import, or a call of a function of the module that starts one.
 */
function workInRender(file: string): string[] {
  const sf = parse(file);
  const fromCore = coreImports(file);
  const loaders = importingFunctions(sf);
  const found: string[] = [];
  for (const m of methods(sf).filter((m) => /^#?render/.test(m.name))) {
    walk(m.body, (n) => {
      if (!ts.isCallExpression(n)) return;
      const at = `${where(file, sf, n)} ${m.name}()`;
      if (n.expression.kind === ts.SyntaxKind.ImportKeyword) found.push(`${at} imports a module`);
      const callee = ts.isIdentifier(n.expression) ? n.expression.text : undefined;
      if (!callee) return;
      if (/^parse/.test(callee) && fromCore.has(callee)) found.push(`${at} calls ${callee}()`);
      if (loaders.has(callee)) found.push(`${at} imports a module (${callee}())`);
      const arg = n.arguments[0];
      if (
        /^(Number|parseInt|parseFloat)$/.test(callee) &&
        arg &&
        ts.isPropertyAccessExpression(arg) &&
        arg.expression.kind === ts.SyntaxKind.ThisKeyword
      )
        found.push(`${at} parses this.${arg.name.text} by hand`);
    });
  }
  return found;
}

/**
 * `file:line module` for each registering module (`src/trust-<name>.ts`) a class module imports for its effect:
 * importing a class must register nothing, so a class names the tags it uses by type only (`import type {}`),
 * and its registering module, which the generator writes, imports theirs.
 */
function registersOnImport(file: string): string[] {
  if (!/^packages\/elements\/src\/[^/]+\/[^/]+\//.test(file)) return [];
  const sf = parse(file);
  return sf.statements
    .filter(
      (s): s is ts.ImportDeclaration => ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) && !s.importClause?.isTypeOnly,
    )
    .filter((s) => /^[./]*\/trust-[a-z-]+\.js$/.test((s.moduleSpecifier as ts.StringLiteral).text))
    .filter((s) =>
      join(file, '..', (s.moduleSpecifier as ts.StringLiteral).text)
        .replace(/\\/g, '/')
        .match(/^packages\/elements\/src\/trust-[a-z-]+\.js$/),
    )
    .map((s) => `${where(file, sf, s)} ${(s.moduleSpecifier as ts.StringLiteral).text}`);
}

const MAX_LINE = 140;

/**
 * `file:line (n characters)` for each line longer than MAX_LINE characters. Characters are code points, not UTF-8
 * bytes, so a line of Japanese or Arabic text counts one per character.
 */
function longLines(file: string): string[] {
  return parse(file)
    .text.split(/\r?\n/)
    .flatMap((text, i) => {
      const length = [...text].length;
      return length > MAX_LINE ? [`${file}:${i + 1} (${length} characters)`] : [];
    });
}

/**
 * Known breaks, by file, until their owners fix them. Keep this list as short as the truth allows: a file listed
 * here that no longer breaks the rule fails the test, so an entry goes away with its fix.
 */
const KNOWN: Record<'missingSuper' | 'workInRender' | 'registersOnImport', readonly string[]> = {
  missingSuper: [],
  workInRender: [],
  registersOnImport: [],
};

/** The breaks of `check` over `files`, outside the known files; and the known files that no longer break. */
function judge(files: readonly string[], check: (file: string) => string[], known: readonly string[]) {
  const breaks = files.flatMap((file) => check(file).map((b) => ({ file, b })));
  return {
    unexpected: breaks.filter(({ file }) => !known.includes(file)).map(({ b }) => b),
    fixed: known.filter((file) => files.includes(file) && !breaks.some((x) => x.file === file)),
  };
}

describe('house rules (CONTRIBUTING.md), checked in the sources', () => {
  // Parsing every source is setup, not a check: done once here, with room for a loaded CI machine (the first check
  // that parsed them took 5.1 s once and timed out), so that each check's time is its own.
  beforeAll(() => {
    for (const file of [...coreFiles, ...elementFiles, ...issuerFiles]) parse(file);
  }, 60_000);

  it('finds the sources', () => {
    expect(elementFiles).toContain('packages/elements/src/reviews/star-rating/trust-star-rating.ts');
    expect(coreFiles).toContain('packages/core/src/base-element.ts');
    expect(elementFiles.some((f) => f.endsWith('.test.ts'))).toBe(false);
  });

  it('every lifecycle override calls super', () => {
    const { unexpected, fixed } = judge([...coreFiles, ...elementFiles], missingSuper, KNOWN.missingSuper);
    expect(unexpected, 'add the super.<method>(…) call').toEqual([]);
    expect(fixed, 'these files follow the rule now: take them off KNOWN.missingSuper').toEqual([]);
  });

  it('no element turns text into HTML (unsafeHTML, innerHTML =, insertAdjacentHTML)', () => {
    expect(elementFiles.flatMap(htmlFromText)).toEqual([]);
  });

  it('render() only renders: no core parse* call and no dynamic import in render() or its render* helpers', () => {
    const { unexpected, fixed } = judge([...coreFiles, ...elementFiles], workInRender, KNOWN.workInRender);
    expect(unexpected, 'parse in willUpdate(), import outside render()').toEqual([]);
    expect(fixed, 'these files follow the rule now: take them off KNOWN.workInRender').toEqual([]);
  });

  it('importing an element class registers nothing: no class module imports a registering module', () => {
    const { unexpected, fixed } = judge(elementFiles, registersOnImport, KNOWN.registersOnImport);
    expect(unexpected, "name the tag's type with `import type {} from '../<name>/trust-<name>.js'`").toEqual([]);
    expect(fixed, 'these files follow the rule now: take them off KNOWN.registersOnImport').toEqual([]);
  });

  it(`no shipped source line is longer than ${MAX_LINE} characters`, () => {
    expect(issuerFiles).toContain('packages/issuer/src/issuer.ts');
    const found = [...coreFiles, ...elementFiles, ...issuerFiles].flatMap(longLines);
    expect(found, "split the string ('…' + '…'), rewrap the comment, or break the template between attributes").toEqual([]);
  });

  // The checks themselves: each catches the break it is for.
  describe('the checks', () => {
    const check = (text: string, fn: (file: string) => string[], file = 'packages/elements/src/x/trust-x.ts') => {
      parsed.set(file, ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS));
      try {
        return fn(file);
      } finally {
        parsed.delete(file);
      }
    };

    it('see a lifecycle override without super, and not one with it', () => {
      const src = `class A extends B {
        protected override willUpdate(c) { this.x = 1; }
        protected override updated(c) { super.updated(c); }
        override connectedCallback() { super.disconnectedCallback(); }
        disconnectedCallback = () => { super.disconnectedCallback(); };
      }`;
      expect(check(src, missingSuper)).toEqual([
        'packages/elements/src/x/trust-x.ts:2 willUpdate()',
        'packages/elements/src/x/trust-x.ts:4 connectedCallback()',
      ]);
    });

    it('see HTML from text', () => {
      const src = `import { unsafeHTML } from 'lit/directives/unsafe-html.js';
        el.innerHTML = text; el.innerHTML += text; const s = el.innerHTML; el.insertAdjacentHTML('beforeend', t); // innerHTML = x`;
      expect(check(src, htmlFromText)).toEqual([
        'packages/elements/src/x/trust-x.ts:1 unsafeHTML',
        'packages/elements/src/x/trust-x.ts:2 innerHTML =',
        'packages/elements/src/x/trust-x.ts:2 innerHTML =',
        'packages/elements/src/x/trust-x.ts:2 insertAdjacentHTML',
      ]);
    });

    it('see a class module importing a registering module, and not a type import or a class import', () => {
      const src = `import '../../trust-star-rating.js';
        import type {} from '../star-rating/trust-star-rating.js';
        import { TrustStarRating } from '../star-rating/trust-star-rating.js';
        import { x } from './trust-x.styles.js';`;
      const file = 'packages/elements/src/reviews/x/trust-x.ts';
      expect(check(src, registersOnImport, file)).toEqual(['packages/elements/src/reviews/x/trust-x.ts:1 ../../trust-star-rating.js']);
    });

    it('see a line longer than 140 characters, and not one of 140, counting characters rather than bytes', () => {
      const src = [`const a = '${'x'.repeat(127)}';`, `// ${'y'.repeat(138)}`, `const j = '${'確'.repeat(127)}';`].join('\n');
      expect(check(src, longLines)).toEqual(['packages/elements/src/x/trust-x.ts:2 (141 characters)']);
    });

    it('see parsing and imports in render(), and not in willUpdate()', () => {
      const src = `import { parseRating, formatNumber } from '@trust-signals/core';
        import { parseLocal } from './local.js';
        const load = () => import('./c.js');
        class A { willUpdate() { parseRating(1); import('./b.js'); load(); Number(this.size); }
          render() { return [parseRating(this.v), parseLocal(1), formatNumber(1), Number(this.size), Number(1)]; }
          renderRow(r) { void import('./dialog.js'); return r; }
          #renderMore() { void load(); return parseInt(this.level); } }`;
      expect(check(src, workInRender)).toEqual([
        'packages/elements/src/x/trust-x.ts:5 render() calls parseRating()',
        'packages/elements/src/x/trust-x.ts:5 render() parses this.size by hand',
        'packages/elements/src/x/trust-x.ts:6 renderRow() imports a module',
        'packages/elements/src/x/trust-x.ts:7 #renderMore() imports a module (load())',
        'packages/elements/src/x/trust-x.ts:7 #renderMore() parses this.level by hand',
      ]);
    });
  });
});
