/**
 * A small description language for the data formats of the data-bearing elements, and what is written from one
 * description: the JSON Schema (draft 2020-12) shipped as `trust-signals/schemas/<tag>.json`, the TypeScript input
 * types of `@trust-signals/core`, and the tables of docs/data-formats.mdx. See scripts/data-formats.mjs.
 *
 * Each field kind stands for one field parser of core (packages/core/src/fields.ts and friends) and emits the
 * schema that accepts exactly what that parser accepts, in the canonical spelling (numbers as numbers, dates as
 * ISO 8601 strings, no surrounding spaces); test/unit/data-formats.test.ts checks schema and parser against each
 * other. What a schema cannot say (sums, the order of two dates, what the browser's Intl knows) is stated in
 * the descriptions and listed in `checks`.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Schema = { [key: string]: Json };

/** What JSON's `\s` means to core's parsers: String.prototype.trim's set (ECMAScript WhiteSpace and LineTerminator). */
export const SPACE = '\\t\\n\\u000b\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
/** Text that is not blank: at least one character that `trim()` keeps. */
export const NOT_BLANK = `[^${SPACE}]`;

/** `YYYY-MM-DD`, a day the month has (leap years included), years 0000 to 9999. */
const DAY =
  '[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))' +
  '|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[048]|[2468][048]|[13579][26])00)-02-29';
/** `THH:mm`, `THH:mm:ss` or `THH:mm:ss.sss`, then `Z`, an offset `±HH:mm`, or nothing (the visitor's time zone). */
const TIME = 'T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,3})?)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])?';
export const DATE_PATTERN = `^(?:${DAY})(?:${TIME})?$`;
export const INSTANT_PATTERN = `^(?:${DAY})${TIME}$`;
export const DAY_PATTERN = `(?:${DAY})`;

/** A URL core's parseUrl accepts: relative, or one of the schemes; no control character; no leading space. */
const urlPattern = (schemes: string) => `^(?![${SPACE}])(?:(?![A-Za-z][A-Za-z0-9+.-]*:)|${schemes})[^\\u0000-\\u001f\\u007f]*$`;
export const URL_PATTERN = urlPattern('[Hh][Tt][Tt][Pp][Ss]?:|[Mm][Aa][Ii][Ll][Tt][Oo]:');
export const WEB_URL_PATTERN = urlPattern('[Hh][Tt][Tt][Pp][Ss]?:');

/** The shared definitions a schema refers to by name (`#/$defs/date`), so editors and the docs show one description. */
export const SHARED_DEFS: Record<string, Schema & { description: string }> = {
  date: {
    title: 'Date',
    description:
      'An ISO 8601 date (`2026-03-02`), or a date and time (`2026-03-02T09:40:00Z`; without `Z` or an offset such as ' +
      '`+01:00` the time is read in the visitor’s time zone). The day must exist (no 30 February).',
    type: 'string',
    pattern: DATE_PATTERN,
    examples: ['2026-03-02', '2026-03-02T09:40:00Z'],
  },
  instant: {
    title: 'Date and time',
    description:
      'An ISO 8601 date and time of day, `2026-03-02T09:40:00Z` or `2026-03-02T10:40+01:00`. Give `Z` or an offset: ' +
      'without one the time is read in the visitor’s time zone.',
    type: 'string',
    pattern: INSTANT_PATTERN,
    examples: ['2026-03-02T09:40:00Z'],
  },
  url: {
    title: 'Link',
    description:
      'An `https:`, `http:` or `mailto:` URL, or a relative one (`/privacy`). Any other scheme (`javascript:`, `data:`) is refused.',
    type: 'string',
    pattern: URL_PATTERN,
    examples: ['https://shop.example/privacy', 'mailto:privacy@shop.example', '/privacy'],
  },
  webUrl: {
    title: 'Web link',
    description: 'An `https:` or `http:` URL, or a relative one (`/reports/2024.pdf`). Any other scheme is refused.',
    type: 'string',
    pattern: WEB_URL_PATTERN,
    examples: ['https://shop.example/reports/2024.pdf', '/reports/2024.pdf'],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// The description language

export type Node =
  | { kind: 'text'; max: number }
  | { kind: 'number'; integer: boolean; min?: number; max?: number; exclusiveMin?: number }
  | { kind: 'boolean' }
  | { kind: 'date'; time: boolean }
  | { kind: 'url'; mailto: boolean }
  | { kind: 'pattern'; pattern: string; max?: number; doc: string; blankIsAbsent?: boolean }
  | { kind: 'choice'; values: readonly string[] }
  | { kind: 'list'; item: Node; min?: number; max?: number; extra?: Schema }
  | ObjectNode
  | { kind: 'union'; of: Node[]; doc?: string }
  | { kind: 'raw'; schema: Schema; ts: string; doc: string };

export interface Prop {
  node: Node;
  description: string;
  /** Always required. A field required only in some cases is optional here and named in a rule. */
  required?: boolean;
  /** `null` (and for text, dates, links and choices also `""`) means "not given", as the parser reads it. */
  nullable?: boolean;
  examples?: Json[];
  default?: Json;
}

/** A condition on the other fields: `if` holds, then `require` are required (present, not null, not blank) / `then` holds. */
export interface Rule {
  if: Schema;
  require?: string[];
  then?: Schema;
  else?: Schema;
  /** The rule in words, for the docs. */
  doc: string;
}

export interface ObjectNode {
  kind: 'object';
  /** `$defs` key and, with `Input` appended, the TypeScript interface name. */
  name: string;
  title: string;
  description: string;
  props: Record<string, Prop>;
  rules?: Rule[];
  /** More keywords of the object's schema (`not`, `contains`). */
  extra?: Schema;
}

export const text = (max: number): Node => ({ kind: 'text', max });
/** Text that must be given (an item of a list, one branch of a union): not blank, at most `max` characters. */
export const nonBlank = (max: number): Node => ({
  kind: 'pattern',
  pattern: NOT_BLANK,
  max,
  doc: `text, not blank, at most ${count(max)} characters`,
});
export const int = (min?: number, max?: number): Node => ({ kind: 'number', integer: true, min, max });
export const num = (range: { min?: number; max?: number; exclusiveMin?: number } = {}): Node => ({
  kind: 'number',
  integer: false,
  ...range,
});
export const bool: Node = { kind: 'boolean' };
export const date: Node = { kind: 'date', time: false };
export const instant: Node = { kind: 'date', time: true };
export const url: Node = { kind: 'url', mailto: true };
export const webUrl: Node = { kind: 'url', mailto: false };
export const choice = (values: readonly string[]): Node => ({ kind: 'choice', values });
export const list = (item: Node, range: { min?: number; max?: number } = {}, extra?: Schema): Node => ({
  kind: 'list',
  item,
  ...range,
  extra,
});
export const object = (o: Omit<ObjectNode, 'kind'>): ObjectNode => ({ kind: 'object', ...o });
export const union = (...of: Node[]): Node => ({ kind: 'union', of });

// Conditions for rules.
export const is = (key: string, value: Json): Schema => ({ required: [key], properties: { [key]: { const: value } } });
export const isOneOf = (key: string, values: readonly string[]): Schema => ({
  required: [key],
  properties: { [key]: { enum: [...values] } },
});
export const isObject = (key: string): Schema => ({ required: [key], properties: { [key]: { type: 'object' } } });

/** One data format: the element tags it serves, its root node, examples, and the checks beyond the schema. */
export interface Format {
  /** The elements whose `data` (child script, `src`) reads this format; one schema file each. */
  tags: string[];
  /**
   * The schema's file name without `.json`, for a format that is not an element's `data` and so cannot be named
   * after the tag alone: `trust-review-list.topics` for the `topics` of `<trust-review-list>`. Only with one tag.
   */
  schemaFile?: string;
  /** What reads the format, in words for the docs, when it is not the tags' `data`: "the `topics` of `<trust-review-list>`". */
  subject?: string;
  /** TypeScript name of the root input type (without the `Input` of object nodes). */
  root: Node;
  rootName: string;
  title: string;
  description: string;
  /** Complete, valid examples: the first one is the docs page's example. */
  examples: Json[];
  /** Rules the elements check that no JSON Schema can express: each `{ path, doc }` (path as in issue paths). */
  checks: Array<{ path: string; doc: string }>;
  /** The shape of a root that is not one object, in words, for the docs. */
  shape?: string;
  /** How the element takes the data, for the docs (one paragraph, Markdown). */
  usage: string;
  /** The core entry that exports the input types. */
  entry: string;
}

/** The schema file names (without `.json`) of a format, one per tag: the tag, or the format's own `schemaFile`. */
export function schemaNames(format: Format): string[] {
  if (format.schemaFile === undefined) return format.tags;
  if (format.tags.length !== 1) throw new Error(`data formats: ${format.schemaFile} names one file for ${format.tags.length} tags`);
  return [format.schemaFile];
}

/** Where the format's schemas ship, as Markdown: "`trust-signals/schemas/trust-review-list.json`, …". */
export const schemaPaths = (format: Format): string =>
  schemaNames(format)
    .map((n) => `\`trust-signals/schemas/${n}.json\``)
    .join(', ');

// ---------------------------------------------------------------------------------------------------------------
// JSON Schema

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const count = (n: number) => n.toLocaleString('en-US');

interface Ctx {
  defs: Record<string, Json>;
}

function schemaOf(node: Node, ctx: Ctx): Schema {
  switch (node.kind) {
    case 'text':
      return { type: 'string', maxLength: node.max };
    case 'number': {
      const s: Schema = { type: node.integer ? 'integer' : 'number' };
      const min = node.min ?? (node.integer && node.exclusiveMin === undefined ? -MAX_SAFE : undefined);
      const max = node.max ?? (node.integer ? MAX_SAFE : undefined);
      if (min !== undefined) s.minimum = min;
      if (node.exclusiveMin !== undefined) s.exclusiveMinimum = node.exclusiveMin;
      if (max !== undefined) s.maximum = max;
      return s;
    }
    case 'boolean':
      return { type: 'boolean' };
    case 'date':
      return ref(node.time ? 'instant' : 'date', ctx);
    case 'url':
      return ref(node.mailto ? 'url' : 'webUrl', ctx);
    case 'pattern':
      return { type: 'string', pattern: node.pattern, ...(node.max === undefined ? {} : { maxLength: node.max }) };
    case 'choice':
      return { type: 'string', enum: [...node.values] };
    case 'list': {
      const s: Schema = { type: 'array', items: schemaOf(node.item, ctx) };
      if (node.min !== undefined) s.minItems = node.min;
      if (node.max !== undefined) s.maxItems = node.max;
      return { ...s, ...node.extra };
    }
    case 'object':
      if (!(node.name in ctx.defs)) {
        ctx.defs[node.name] = null; // reserved first: an object may refer to itself
        ctx.defs[node.name] = objectSchema(node, ctx);
      }
      return { $ref: `#/$defs/${node.name}` };
    case 'union':
      return { anyOf: node.of.map((n) => schemaOf(n, ctx)) };
    case 'raw':
      return node.schema;
  }
}

function ref(name: string, ctx: Ctx): Schema {
  ctx.defs[name] ??= SHARED_DEFS[name] as Json;
  return { $ref: `#/$defs/${name}` };
}

/** A string kind: "" is how a form or a CMS says "not given", and the parser reads it so when the field is optional. */
const stringKind = (node: Node): boolean =>
  ['text', 'date', 'url', 'pattern', 'choice'].includes(node.kind) || (node.kind === 'union' && node.of.some(stringKind));

/** The schema of a field as given (optional or required), with its description. */
function propSchema(prop: Prop, ctx: Ctx): Schema {
  let s = schemaOf(prop.node, ctx);
  if (prop.required) s = present(prop, ctx);
  else if (prop.nullable) {
    if (prop.node.kind === 'text') s = { ...s, type: ['string', 'null'] };
    else if (prop.node.kind === 'url') s = { anyOf: [s, { type: 'null' }] };
    else if (prop.node.kind === 'pattern' && prop.node.blankIsAbsent)
      s = { anyOf: [s, { type: 'string', pattern: `^[${SPACE}]*$` }, { type: 'null' }] };
    else s = { anyOf: [...((s.anyOf as Schema[] | undefined) ?? [s]), stringKind(prop.node) ? { enum: ['', null] } : { type: 'null' }] };
  }
  return meta(s, prop);
}

/** The schema of a field that must be given: text that is not blank, a link that is not empty. */
function present(prop: Prop, ctx: Ctx): Schema {
  const s = schemaOf(prop.node, ctx);
  if (prop.node.kind === 'text') return { ...s, pattern: NOT_BLANK };
  if (prop.node.kind === 'url') return { ...s, minLength: 1 };
  return s;
}

function meta(s: Schema, prop: { description: string; examples?: Json[]; default?: Json }): Schema {
  return {
    ...s,
    description: prop.description,
    ...(prop.default === undefined ? {} : { default: prop.default }),
    ...(prop.examples ? { examples: prop.examples } : {}),
  };
}

function objectSchema(node: ObjectNode, ctx: Ctx): Schema {
  const required = Object.entries(node.props)
    .filter(([, p]) => p.required)
    .map(([k]) => k);
  const properties = Object.fromEntries(Object.entries(node.props).map(([k, p]) => [k, propSchema(p, ctx)]));
  const rules = (node.rules ?? []).map((r) => {
    const then: Schema = { ...r.then };
    if (r.require) {
      then.required = r.require;
      then.properties = {
        ...(then.properties as Schema | undefined),
        ...Object.fromEntries(r.require.map((k) => [k, present(node.props[k]!, ctx)])),
      };
    }
    return { ...(r.doc ? { $comment: r.doc } : {}), if: r.if, then, ...(r.else ? { else: r.else } : {}) };
  });
  return {
    type: 'object',
    title: node.title,
    description: node.description,
    ...(required.length ? { required } : {}),
    properties,
    ...(rules.length ? { allOf: rules } : {}),
    ...node.extra,
  };
}

/** The JSON Schema of one element's data (or of its other format: `schemaFile`). */
export function toJsonSchema(format: Format, tag: string): Schema {
  const name = schemaNames(format)[format.tags.indexOf(tag)] ?? tag;
  const ctx: Ctx = { defs: {} };
  let root = schemaOf(format.root, ctx);
  // The root object is the document itself, not a reference to one of its definitions.
  if (format.root.kind === 'object') {
    root = ctx.defs[format.root.name] as Schema;
    delete ctx.defs[format.root.name];
  }
  const { title: _t, description: _d, ...body } = root;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:trust-signals:schema:${name}`,
    title: `${format.title} (<${tag}>)`,
    description: format.description,
    ...body,
    examples: format.examples,
    ...(Object.keys(ctx.defs).length ? { $defs: ctx.defs } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// TypeScript

function tsOf(node: Node): string {
  switch (node.kind) {
    case 'text':
    case 'url':
    case 'pattern':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'date':
      return 'string | Date';
    case 'choice':
      return node.values.map((v) => `'${v}'`).join(' | ');
    case 'list': {
      const item = tsOf(node.item);
      return /[|&]/.test(item) ? `readonly (${item})[]` : `readonly ${item}[]`;
    }
    case 'object':
      return `${node.name}Input`;
    case 'union':
      return node.of.map(tsOf).join(' | ');
    case 'raw':
      return node.ts;
  }
}

/** Every object node reachable from `node`, each once, in the order they are first met. */
function objects(node: Node, out: ObjectNode[] = []): ObjectNode[] {
  if (node.kind === 'object') {
    if (out.includes(node)) return out;
    out.push(node);
    for (const p of Object.values(node.props)) objects(p.node, out);
  } else if (node.kind === 'list') objects(node.item, out);
  else if (node.kind === 'union') node.of.forEach((n) => objects(n, out));
  return out;
}

const jsdoc = (lines: string[], indent = '') => {
  const wrapped = lines.flatMap((l) => wrap(l, 112 - indent.length));
  return `${indent}/**\n${wrapped.map((l) => `${indent} *${l ? ` ${l}` : ''}`).join('\n')}\n${indent} */\n`;
};

function wrap(line: string, width: number): string[] {
  if (line === '') return [''];
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  out.push(current);
  return out;
}

/** The TypeScript input types of some formats: interfaces for the objects, an alias for a root that is not one. */
export function toTypeScript(formats: Format[]): string {
  const done = new Set<ObjectNode>();
  let out = '';
  for (const format of formats) {
    if (format.root.kind !== 'object') {
      out += jsdoc([format.description, '', `JSON Schema: ${schemaPaths(format)}.`]);
      out += `export type ${format.rootName} = ${tsOf(format.root)};\n\n`;
    }
    for (const o of objects(format.root)) {
      if (done.has(o)) continue;
      done.add(o);
      const isRoot = o === format.root;
      const head = [o.description];
      if (isRoot) head.push('', `JSON Schema: ${schemaPaths(format)}.`);
      out += jsdoc(head);
      out += `export interface ${o.name}Input {\n`;
      for (const [key, p] of Object.entries(o.props)) {
        const rule = (o.rules ?? []).filter((r) => r.require?.includes(key)).map((r) => r.doc);
        out += jsdoc([p.description, ...(rule.length ? [`Required ${rule.join('; ')}.`] : []), `${constraint(p)}.`], '  ');
        const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`;
        // "" is a string for texts, dates and links already; a choice lists it.
        const absent = p.nullable ? (p.node.kind === 'choice' ? " | '' | null" : ' | null') : '';
        out += `  ${name}${p.required ? '' : '?'}: ${tsOf(p.node)}${absent};\n`;
      }
      out += '}\n\n';
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Words (TypeScript doc comments and the docs page)

/** What a value of `node` is, in words: "text, at most 200 characters". */
export function describeNode(node: Node): string {
  switch (node.kind) {
    case 'text':
      return `text, at most ${count(node.max)} characters`;
    case 'number': {
      const what = node.integer ? 'whole number' : 'number';
      const { min, max, exclusiveMin } = node;
      if (exclusiveMin !== undefined)
        return `${what}, more than ${count(exclusiveMin)}${max === undefined ? '' : ` and at most ${count(max)}`}`;
      if (min !== undefined && max !== undefined) return `${what} from ${count(min)} to ${count(max)}`;
      if (min !== undefined) return `${what}, at least ${count(min)}`;
      return what;
    }
    case 'boolean':
      return '`true` or `false`';
    case 'date':
      return node.time ? 'date and time (ISO 8601)' : 'date (ISO 8601), optionally with a time';
    case 'url':
      return node.mailto ? 'link: https, http, mailto or relative' : 'link: https, http or relative';
    case 'pattern':
      return node.doc;
    case 'choice':
      return `one of ${node.values.map((v) => `\`${v}\``).join(', ')}`;
    case 'list': {
      const range =
        node.min && node.max
          ? `, ${node.min} to ${count(node.max)} items`
          : node.min
            ? `, at least ${node.min}`
            : node.max
              ? `, at most ${count(node.max)} items`
              : '';
      return `list${range} of: ${describeNode(node.item)}`;
    }
    case 'object':
      return `${node.title} (an object)`;
    case 'union':
      return node.doc ?? node.of.map(describeNode).join('; or ');
    case 'raw':
      return node.doc;
  }
}

/** A field's kind and what "not given" may look like: "Text, at most 200 characters; null or "" means not given". */
export function constraint(p: Prop): string {
  const what = describeNode(p.node);
  const absent = p.nullable ? (stringKind(p.node) ? '; `null` or `""` means not given' : '; `null` means not given') : '';
  const blank = p.node.kind === 'text' && p.required ? ', not blank' : '';
  return `${what[0]!.toUpperCase()}${what.slice(1)}${blank}${absent}`;
}

export { objects };
