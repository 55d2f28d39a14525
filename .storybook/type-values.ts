/**
 * The allowed values of the string-literal type aliases in the sources, for the docs tables' select controls
 * (docs-table.ts): the manifest names an attribute's type (`ReviewSort`) but not its values. Read with the
 * TypeScript parser, no type checker: `type A = 'x' | 'y'`, unions of such aliases, and
 * `type A = (typeof LIST)[number]` over `const LIST = ['x', 'y'] as const`, anywhere in the scanned folders.
 * Node only: .storybook/main.ts hands the result to the preview as a compile-time constant.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

type Values = Record<string, string[]>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f));
}

/** Alias name → allowed values, for every alias in `dirs` that is made only of string literals. */
export function stringUnionTypes(dirs: string[]): Values {
  const lists = new Map<string, string[]>(); // `const X = ['a', 'b'] as const`
  const aliases = new Map<string, ts.TypeNode>();
  const ambiguous = new Set<string>();
  for (const file of dirs.flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('type ')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    for (const statement of source.statements) {
      if (ts.isTypeAliasDeclaration(statement) && !statement.typeParameters) {
        const name = statement.name.text;
        // Two aliases of one name in different modules: which one an attribute means is unknown, so neither.
        if (aliases.has(name)) ambiguous.add(name);
        aliases.set(name, statement.type);
      }
      if (ts.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations) {
          let init = d.initializer;
          if (init && ts.isAsExpression(init)) init = init.expression;
          if (ts.isIdentifier(d.name) && init && ts.isArrayLiteralExpression(init) && init.elements.every(ts.isStringLiteral)) {
            lists.set(
              d.name.text,
              init.elements.map((e) => (e as ts.StringLiteral).text),
            );
          }
        }
      }
    }
  }
  const resolved: Values = {};
  const resolving = new Set<string>();
  const valuesOf = (node: ts.TypeNode): string[] | undefined => {
    if (ts.isParenthesizedTypeNode(node)) return valuesOf(node.type);
    if (ts.isLiteralTypeNode(node)) return ts.isStringLiteral(node.literal) ? [node.literal.text] : undefined;
    if (ts.isUnionTypeNode(node)) {
      const all = node.types.map(valuesOf);
      return all.every(Boolean) ? (all.flat() as string[]) : undefined;
    }
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && !node.typeArguments) return resolve(node.typeName.text);
    // (typeof LIST)[number]
    if (ts.isIndexedAccessTypeNode(node) && node.indexType.kind === ts.SyntaxKind.NumberKeyword) {
      let object = node.objectType;
      if (ts.isParenthesizedTypeNode(object)) object = object.type;
      if (ts.isTypeQueryNode(object) && ts.isIdentifier(object.exprName)) return lists.get(object.exprName.text);
    }
    return undefined;
  };
  const resolve = (name: string): string[] | undefined => {
    if (name in resolved) return resolved[name];
    const node = aliases.get(name);
    if (!node || ambiguous.has(name) || resolving.has(name)) return undefined;
    resolving.add(name);
    const values = valuesOf(node);
    resolving.delete(name);
    if (values) resolved[name] = [...new Set(values)];
    return values;
  };
  for (const name of aliases.keys()) resolve(name);
  return resolved;
}
