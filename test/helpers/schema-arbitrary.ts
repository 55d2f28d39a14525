/**
 * fast-check arbitraries read from a JSON Schema (the subset the data-format schemas use): values of the schema's
 * shape, mostly valid, and near-misses of them. Used by test/unit/data-formats.test.ts to check each schema against
 * its parser in both directions; the schema validator (not this module) says which values are valid.
 *
 * Generation follows `type`, `properties`/`required`, `items`, `enum`/`const`, `anyOf`, ranges, lengths, simple
 * patterns, maps (`additionalProperties` with `propertyNames` of an enum or an anchored `pattern`), and the shared
 * definitions by name (`#/$defs/date`, `instant`, `url`, `webUrl`); it ignores the conditions (`allOf`/`if`/`then`,
 * `not`, `contains`), so some values break a rule that ties two fields together.
 *
 * Near-misses (`mutate: true`): at each value, now and then, one of: a value of the wrong kind, a value just out of
 * range, a text too long or blank, a list too long or empty, a field left out, an unknown field added. Only in the
 * canonical spelling: never a number written as text ("4"), "true"/"false" for a boolean, a timestamp for a date, or
 * "" for an absent number or list. Core's parsers read those as the canonical value on purpose; the schemas do not
 * accept them (so that data stays in one form) and the test checks that they mean the same instead.
 */
import fc from 'fast-check';

type Schema = Record<string, unknown>;

export interface SchemaArbitraryOptions {
  /** Near-misses: one in `1 / rate` values is replaced by one. 0 (default): none. */
  mutate?: number;
  /**
   * Whether a value matches a (sub)schema; given, an object's conditions (`allOf` of `if`/`then`/`else`) are followed:
   * the fields a condition that holds requires or restricts are generated again from the restricted schema, so that
   * most values meet the rules that tie two fields together. (Conditions are read on the value first generated.)
   */
  matches?: (schema: Schema, value: unknown) => boolean;
}

const isPlain = (v: unknown): v is Schema => !!v && typeof v === 'object' && !Array.isArray(v);

/** `b` laid over `a`, objects merged key by key (`a`'s reference resolved first), lists of objects item by item. */
function deepMerge(a: unknown, b: unknown, root: Schema): unknown {
  if (isPlain(a) && isPlain(b)) {
    const base = resolve(a, root);
    // A fixed set of values is the whole answer; a type picks the branches of an `anyOf` it can be.
    if ('enum' in b || 'const' in b) return b;
    if (Array.isArray(base.anyOf) && !('anyOf' in b)) {
      const { anyOf, ...rest } = base;
      const branches = (anyOf as unknown[])
        .map((br) => (isPlain(br) ? resolve(br, root) : br))
        .filter((br) => !b.type || (isPlain(br) && (br.type === b.type || (br.type === 'integer' && b.type === 'number'))))
        .map((br) => deepMerge(br, b, root));
      return branches.length === 1 ? { ...rest, ...(branches[0] as Schema) } : { ...rest, anyOf: branches };
    }
    const out: Schema = { ...base };
    for (const [k, v] of Object.entries(b)) out[k] = k in base ? deepMerge(base[k], v, root) : v;
    delete out.$ref;
    return out;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every(isPlain) && b.every(isPlain))
    return a.map((x, i) => deepMerge(x, b[i], root));
  return b;
}

/** A character of the Basic Multilingual Plane (no surrogate halves): controls, spaces, any script. */
const BMP = fc
  .integer({ min: 0, max: 0xffff })
  .filter((c) => c < 0xd800 || c > 0xdfff)
  .map((c) => String.fromCharCode(c));

/** Text: everyday words, any characters of the Basic Multilingual Plane, and texts at their maximum length. */
function textArb(maxLength: number | undefined, notBlank: boolean): fc.Arbitrary<string> {
  const max = maxLength ?? 20_000;
  const short = fc.oneof(
    fc.constantFrom('Warm and light', 'Example Shop', 'clean-water projects', 'Ja', 'Café crème', 'قهوة', '日本語のレビュー'),
    fc.string({ maxLength: Math.min(max, 30), unit: BMP }),
  );
  const long = fc.constantFrom(max, max - 1).map((n) => 'x'.repeat(Math.max(1, n)));
  const text = fc.oneof({ arbitrary: short, weight: 9 }, { arbitrary: long, weight: 1 }).map((s) => (s.length > max ? s.slice(0, max) : s));
  return notBlank ? text.map((s) => (s.trim() ? s : `${s}x`.slice(-max))) : text;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A valid ISO day, date-time or instant, in the forms the schemas accept. */
function dateArb(time: boolean): fc.Arbitrary<string> {
  const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });
  const zone = fc.constantFrom('Z', '+01:00', '-05:30', '');
  return fc.tuple(day, fc.nat(2), zone).map(([d, form, z]) => {
    const iso = d.toISOString();
    const ymd = iso.slice(0, 10);
    if (!time && form === 0) return ymd;
    const hm = `${ymd}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    return `${form === 1 ? hm : iso.slice(0, 23)}${z}`;
  });
}

const urlArb = (mailto: boolean) =>
  fc.constantFrom(
    'https://shop.example/privacy',
    'http://shop.example/a?b=c#d',
    'HTTPS://SHOP.EXAMPLE/',
    '/reports/2024.pdf',
    'reports/2024.pdf',
    '//cdn.example/p.jpg',
    '#top',
    ...(mailto ? ['mailto:privacy@shop.example'] : []),
  );

/** Values of the wrong kind for a node, in the canonical spelling (see the module comment). */
function wrongKinds(schema: Schema, root: Schema): unknown[] {
  const types = typesOf(schema, root);
  const out: unknown[] = [];
  if (!types.has('null')) out.push(null);
  if (!types.has('string')) out.push('abc', '4 stars', 'Infinity');
  if (!types.has('number') && !types.has('integer')) out.push(42, -1, 0.5);
  if (!types.has('boolean')) out.push(true, false);
  if (!types.has('object')) out.push({});
  if (!types.has('array')) out.push([], ['x']);
  // A number for a date is a timestamp (read as a date on purpose); a number for a boolean is just wrong.
  if (isDate(schema, root)) return out.filter((v) => typeof v !== 'number');
  if (types.has('boolean')) out.push('yes', 1, 0);
  return out;
}

const refName = (schema: Schema) => (typeof schema.$ref === 'string' ? schema.$ref.replace('#/$defs/', '') : undefined);
function resolve(schema: Schema, root: Schema): Schema {
  const name = refName(schema);
  if (!name) return schema;
  const { $ref: _ref, ...rest } = schema;
  return { ...((root.$defs as Record<string, Schema>)[name] ?? {}), ...rest };
}
/** A node whose values are not objects or lists. */
const scalar = (schema: Schema, root: Schema): boolean => {
  const types = typesOf(schema, root);
  return !types.has('object') && !types.has('array');
};
const isDate = (schema: Schema, root: Schema): boolean =>
  ['date', 'instant'].includes(refName(schema) ?? '') || ((schema.anyOf as Schema[] | undefined) ?? []).some((s) => isDate(s, root));

/** The JSON types a node allows (through references and `anyOf`). */
function typesOf(schema: Schema, root: Schema): Set<string> {
  const s = resolve(schema, root);
  const out = new Set<string>();
  if (Array.isArray(s.type)) s.type.forEach((t) => out.add(String(t)));
  else if (typeof s.type === 'string') out.add(s.type);
  for (const v of [...((s.enum as unknown[] | undefined) ?? []), ...('const' in s ? [s.const] : [])])
    out.add(v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  for (const branch of (s.anyOf as Schema[] | undefined) ?? []) typesOf(branch, root).forEach((t) => out.add(t));
  if (out.has('integer')) out.add('number');
  return out;
}

/**
 * Near-misses of a node: values of the wrong kind (for the node as a whole, through its `anyOf`), and for each of its
 * forms (the node, or each branch of its `anyOf`): out of range, too long, blank, a near-miss of a date or a link,
 * a list one item too long or empty.
 */
function nearMisses(schema: Schema, root: Schema, arbitraryOf: (schema: Schema) => fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const misses: unknown[] = [...wrongKinds(schema, root)];
  const arbs: fc.Arbitrary<unknown>[] = [];
  const top = resolve(schema, root);
  const forms = [schema, ...((top.anyOf as Schema[] | undefined) ?? [])];
  for (const form of forms) {
    const s = resolve(form, root);
    const name = refName(form);
    if (name === 'date' || name === 'instant')
      misses.push('2026-02-29', '2026-02-30', '2026-04-31', '1900-02-29', '2026-13-01', '2026-00-10', '2026-01-01T25:00Z', 'yesterday');
    if (name === 'instant') misses.push('2026-03-02', '2026-03-02T09:40:00+25:00');
    if (name === 'url' || name === 'webUrl')
      misses.push(
        'javascript:alert(1)',
        ' javascript:alert(1)',
        'JavaScript:alert(1)',
        'data:text/html,x',
        'https://a.example/\nx',
        'mailto:a@b.example',
      );
    if (typeof s.maxLength === 'number') misses.push('y'.repeat(s.maxLength + 1));
    // Blank text where text is required. (Not for links: core's parseUrl reads "  " as "", a quirk the schema does
    // not copy; a blank link is not canonical data.)
    if (typeof s.pattern === 'string' && s.pattern.startsWith('[')) misses.push('', '   ', '\u00a0');
    // A map that must have a key, empty.
    if (s.type === 'object' && typeof s.minProperties === 'number' && s.minProperties > 0) misses.push({});
    if (Array.isArray(s.enum))
      misses.push(...s.enum.filter((v): v is string => typeof v === 'string' && v !== '').flatMap((v) => [v.toUpperCase(), `${v} `]));
    if (s.type === 'number' || s.type === 'integer') {
      for (const k of ['minimum', 'maximum', 'exclusiveMinimum'] as const) {
        const bound = s[k];
        if (typeof bound === 'number') misses.push(bound - 1, bound + 1, bound - 0.001, bound + 0.001, bound);
      }
      if (s.type === 'integer') misses.push(2.5, 1e21, Number.MAX_SAFE_INTEGER + 2);
    }
    if (s.type === 'array' && s.items) {
      const max = s.maxItems;
      if (typeof max === 'number' && max <= 20)
        arbs.push(fc.array(arbitraryOf(s.items as Schema), { minLength: max + 1, maxLength: max + 1 }));
      if (typeof s.minItems === 'number') arbs.push(fc.constant([]));
    }
  }
  return fc.oneof(fc.constantFrom(...misses), ...arbs);
}

/** Keys a mutation adds: unknown to every parser, JSON-LD's keywords, and names that live on Object.prototype. */
const EXTRA_KEYS = ['extra', 'notes', '@type', '@context', 'constructor', 'toString', '$schema'];

/** An arbitrary of values of `schema`'s shape (`root` holds its `$defs`). */
export function schemaArbitrary(root: Schema, options: SchemaArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const rate = options.mutate ?? 0;
  const cache = new Map<Schema, fc.Arbitrary<unknown>>();

  const node = (schema: Schema): fc.Arbitrary<unknown> => {
    const cached = cache.get(schema);
    if (cached) return cached;
    const valid = validOf(schema);
    const arb = rate
      ? fc.oneof({ arbitrary: valid, weight: rate - 1 }, { arbitrary: nearMisses(schema, root, validOf), weight: 1 })
      : valid;
    cache.set(schema, arb);
    return arb;
  };

  const validOf = (schema: Schema): fc.Arbitrary<unknown> => {
    const name = refName(schema);
    if (name === 'date' || name === 'instant') return dateArb(name === 'instant');
    if (name === 'url' || name === 'webUrl') return urlArb(name === 'url');
    const s = resolve(schema, root);
    if ('const' in s) return fc.constant(s.const);
    if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
    // The branches of a scalar's `anyOf` (a date or null) are not mutated on their own: the node's near-misses know
    // all of its forms (a number is a near-miss of null, not of "a date or null").
    if (Array.isArray(s.anyOf)) return fc.oneof(...(s.anyOf as Schema[]).map((b) => (scalar(b, root) ? validOf(b) : node(b))));
    if (Array.isArray(s.type)) return fc.oneof(...s.type.map((t) => (t === 'null' ? fc.constant(null) : validOf({ ...s, type: t }))));
    switch (s.type) {
      case 'string':
        if (typeof s.pattern === 'string' && s.pattern.startsWith('[')) return textArb(s.maxLength as number | undefined, true); // not blank
        if (typeof s.pattern === 'string') return fc.stringMatching(new RegExp(s.pattern));
        return textArb(s.maxLength as number | undefined, false);
      case 'integer':
      case 'number': {
        const min = (s.minimum as number | undefined) ?? (s.exclusiveMinimum as number | undefined) ?? -1e6;
        const max = Math.min((s.maximum as number | undefined) ?? Math.max(min + 1e6, 1e6), Number.MAX_SAFE_INTEGER);
        // Conditions merged into one schema can leave no room (a scale from 5 to 2): any value then breaks one.
        if (max < min) return fc.constant(min);
        const bounds = fc.constantFrom(...[s.minimum, s.maximum].filter((b): b is number => typeof b === 'number'), min + 1);
        const cents = fc
          .integer({ min: Math.ceil(Math.max(min, -1e12) * 100), max: Math.floor(Math.min(max, 1e12) * 100) })
          .map((n) => n / 100);
        const inner =
          s.type === 'integer'
            ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
            : fc.oneof(fc.double({ min, max, noNaN: true, noDefaultInfinity: true }), cents);
        const value = fc.oneof({ arbitrary: inner, weight: 4 }, { arbitrary: bounds, weight: 1 });
        const above = s.exclusiveMinimum;
        return typeof above === 'number' ? value.map((n) => (n > above ? n : above + 1)) : value;
      }
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array': {
        const items = s.items ? node(s.items as Schema) : fc.constant(1);
        const minLength = (s.minItems as number | undefined) ?? 0;
        return fc.array(items, { minLength, maxLength: Math.max(minLength, Math.min((s.maxItems as number | undefined) ?? 4, 4)) });
      }
      case 'object':
        return objectOf(s);
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  };

  const objectOf = (s: Schema): fc.Arbitrary<unknown> => {
    const props = (s.properties as Record<string, Schema> | undefined) ?? {};
    let arb: fc.Arbitrary<Record<string, unknown>>;
    const names = (s.propertyNames as Schema | undefined)?.enum as string[] | undefined;
    const keyPattern = (s.propertyNames as Schema | undefined)?.pattern;
    if (names && s.additionalProperties) {
      // A map with known keys (a rating distribution): some of the keys, each with a value.
      const value = node(s.additionalProperties as Schema);
      arb = fc
        .subarray(names)
        .chain((keys) => fc.tuple(...keys.map((k) => value.map((v) => [k, v] as const))))
        .map((entries) => Object.fromEntries(entries));
    } else if (typeof keyPattern === 'string' && keyPattern.startsWith('^') && isPlain(s.additionalProperties)) {
      // A map whose keys follow a pattern (texts per language tag): `minProperties` to 3 keys, each with a value.
      const value = node(s.additionalProperties);
      const minLength = (s.minProperties as number | undefined) ?? 0;
      arb = fc
        .uniqueArray(fc.stringMatching(new RegExp(keyPattern)), { minLength, maxLength: Math.max(minLength, 3) })
        .chain((keys) => fc.tuple(...keys.map((k) => value.map((v) => [k, v] as const))))
        .map((entries) => Object.fromEntries(entries));
    } else {
      const required = (s.required as string[] | undefined) ?? [];
      arb = fc.record(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, node(v)])), {
        requiredKeys: required.filter((k) => k in props),
      });
    }
    const rules = ((s.allOf as Schema[] | undefined) ?? []).filter((r) => r.if);
    if (rules.length && options.matches) arb = arb.chain((o) => followRules(o, rules, props));
    if (!rate) return arb;
    // Near-misses of the object as a whole: a field left out, an unknown field added.
    const dropped = arb.chain((o) => {
      const keys = Object.keys(o);
      return keys.length
        ? fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(o).filter(([key]) => key !== k)))
        : fc.constant(o);
    });
    const added = fc.tuple(arb, fc.constantFrom(...EXTRA_KEYS), fc.jsonValue({ maxDepth: 1 })).map(([o, k, v]) => {
      const copy = { ...o };
      // A plain data property even for names that live on Object.prototype, as JSON.parse makes it.
      Object.defineProperty(copy, k, { value: v, enumerable: true, writable: true, configurable: true });
      return copy;
    });
    return fc.oneof({ arbitrary: arb, weight: rate }, { arbitrary: dropped, weight: 1 }, { arbitrary: added, weight: 1 });
  };

  /** The fields of `o` that the conditions holding for it require or restrict, generated again where they fail. */
  const followRules = (
    o: Record<string, unknown>,
    rules: Schema[],
    props: Record<string, Schema>,
  ): fc.Arbitrary<Record<string, unknown>> => {
    const matches = options.matches!;
    const restrict: Record<string, unknown> = {};
    const required = new Set<string>();
    for (const rule of rules) {
      const branch = (matches(rule.if as Schema, o) ? rule.then : rule.else) as Schema | undefined;
      if (!branch) continue;
      for (const k of (branch.required as string[] | undefined) ?? []) required.add(k);
      for (const [k, v] of Object.entries((branch.properties as Schema | undefined) ?? {}))
        restrict[k] = k in restrict ? deepMerge(restrict[k], v, root) : v;
    }
    const again: Record<string, fc.Arbitrary<unknown>> = {};
    for (const k of new Set([...required, ...Object.keys(restrict)])) {
      if (!props[k]) continue;
      const schema = (k in restrict ? deepMerge(props[k], restrict[k], root) : props[k]) as Schema;
      const present = k in o && o[k] !== null && o[k] !== '';
      if ((required.has(k) && !present) || (k in o && !matches(schema, o[k]))) again[k] = validOf(schema);
    }
    return Object.keys(again).length ? fc.record(again).map((fresh) => ({ ...o, ...fresh })) : fc.constant(o);
  };

  return node(root);
}
