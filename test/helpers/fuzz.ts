/**
 * Fuzzing helpers shared by the parser fuzz tests (Node) and the element fuzz tests (Chromium): hostile values,
 * arbitrary JSON, and structured near-misses of a valid sample (one to three fields replaced by a hostile value,
 * deleted, or the whole thing nested deep), plus generic checks of parse results. No DOM here.
 */
import fc from 'fast-check';

/** How deep the deep-nesting values go: deeper than any recursive reader should follow. */
export const DEEP = 5_000;

/** `[[[…]]]` or `{a:{a:…}}`, `depth` levels deep, built without recursion. */
export function deepNest(depth: number, kind: 'array' | 'object' = 'array'): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value, '@graph': [value] };
  // fast-check prints a failing input recursively: give it a short description instead.
  return Object.defineProperty(value as object, fc.toStringMethod, { value: () => `<${kind} nested ${depth} deep>`, enumerable: false });
}

/** Values that have broken parsers elsewhere: non-finite and out-of-range numbers, numeric near-misses, huge texts. */
export const HOSTILE_CONSTANTS: readonly unknown[] = [
  NaN,
  Infinity,
  -Infinity,
  -1,
  -0,
  0,
  0.5,
  4.5,
  11,
  101,
  -101,
  1e308,
  -1e308,
  5e-324,
  Number.MAX_SAFE_INTEGER + 2,
  '',
  ' ',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e3',
  '0x10',
  '-1',
  '4,5',
  ' 4 ',
  '1_000',
  '٤',
  'true',
  'null',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '+275760-09-13',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  null,
  undefined,
  true,
  false,
  'x'.repeat(100_001),
  '9'.repeat(400),
  '\u0000\u202e\ufeff',
];

/** Hostile objects, made fresh for each use (a shared one would be mutated by later near-misses and grow). */
const HOSTILE_OBJECTS: ReadonlyArray<() => unknown> = [
  () => [],
  () => ({}),
  () => [null],
  () => [NaN, Infinity],
  () => ({ toString: 'x', valueOf: 'y' }),
  () => JSON.parse('{"__proto__":{"polluted":1}}') as unknown,
];

/** One hostile value: a fixed one, deep nesting, or something arbitrary of the wrong shape. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_CONSTANTS) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_OBJECTS).map((make) => make()) },
  { weight: 1, arbitrary: fc.constantFrom<'array' | 'object'>('array', 'object').map((kind) => deepNest(DEEP, kind)) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
);

/** Hostile values without deep nesting (for renderers: the parsers' nesting is fuzzed in Node). */
export const hostileShallow: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_CONSTANTS) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_OBJECTS).map((make) => make()) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/**
 * Arbitrary JSON, arbitrary JS values, and hostile values: the "anything at all" input. (No sparse arrays: JSON
 * cannot make them, and one of length 2^32 − 1 only measures how long serializing four billion holes takes.)
 */
export const anyInput: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 5 }),
  fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withDate: true, withTypedArray: true }),
  hostile,
);

/** A plain object (not null, not an array). */
export const isRecordLike = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type Path = readonly (string | number)[];

/** Every path into `value` (the root included), breadth first, without recursion. */
export function pathsOf(value: unknown): Path[] {
  const out: Path[] = [[]];
  const queue: Array<[unknown, Path]> = [[value, []]];
  while (queue.length) {
    const [v, p] = queue.shift()!;
    if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        const path = [...p, Array.isArray(v) ? Number(k) : k];
        out.push(path);
        queue.push([child, path]);
      }
    }
  }
  return out;
}

/** Every path to a string in `value`: the text and URL fields of a sample. */
export function stringPaths(value: unknown): Path[] {
  return pathsOf(value).filter((p) => typeof getAt(value, p) === 'string');
}

export function getAt(value: unknown, path: Path): unknown {
  let v = value;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined;
  return v;
}

/** `value` with the thing at `path` replaced (or deleted, for `DELETE`); the root path replaces the whole value. */
export const DELETE = Symbol('delete');
export function setAt(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next === DELETE ? undefined : next;
  const parent = getAt(value, path.slice(0, -1));
  if (!parent || typeof parent !== 'object') return value;
  const key = path[path.length - 1]!;
  if (next === DELETE) {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete (parent as Record<string | number, unknown>)[key];
  } else (parent as Record<string | number, unknown>)[key] = next;
  return value;
}

/** A deep copy of plain JSON-like data (Dates kept). */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

/**
 * Near-misses of a valid `sample`: one to three of its fields (at any depth, the root included, but mostly
 * leaves) replaced by a hostile value, deleted, or, for lists, emptied or repeated.
 */
export function nearMiss(sample: unknown, bad: fc.Arbitrary<unknown> = hostile): fc.Arbitrary<unknown> {
  const paths = pathsOf(sample);
  const mutation = fc.record({
    at: fc.nat({ max: Math.max(0, paths.length - 1) }),
    change: fc.oneof(
      { weight: 8, arbitrary: bad },
      { weight: 2, arbitrary: fc.constant<unknown>(DELETE) },
      { weight: 1, arbitrary: fc.constant<unknown>('repeat') },
    ),
  });
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((changes) => {
    let value = clone(sample);
    for (const { at, change } of changes) {
      const path = paths[at]!;
      const current = getAt(value, path);
      if (change === 'repeat') {
        if (Array.isArray(current))
          value = setAt(
            value,
            path,
            Array.from({ length: 60 }, () => current[0]),
          );
        else value = setAt(value, path, [current, current]);
      } else value = setAt(value, path, change);
    }
    return value;
  });
}

/** Valid samples, near-misses of them and arbitrary input: what a parser or element is fed. */
export function fuzzInput(samples: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...samples.map((s) => clone(s))) },
    { weight: 6, arbitrary: fc.oneof(...samples.map((s) => nearMiss(s))) },
    { weight: 3, arbitrary: anyInput },
  );
}

export interface IssueLike {
  path: unknown;
  message: unknown;
  severity: unknown;
}

/** Why `issue` is not a field-path issue `{ path, message, severity }`, or '' when it is one. */
export function badIssue(issue: unknown): string {
  if (!issue || typeof issue !== 'object') return `not an object: ${String(issue)}`;
  const { path, message, severity } = issue as IssueLike;
  if (typeof path !== 'string') return `path is not a string: ${String(path)}`;
  if (typeof message !== 'string' || message.trim() === '') return `message is empty: ${JSON.stringify(issue)}`;
  if (severity !== 'error' && severity !== 'warning') return `severity is ${String(severity)}`;
  return '';
}

/**
 * Checks a `ParseResult`: `ok` is a boolean; a failure lists at least one error and every entry is a field-path
 * issue; a success lists field-path warnings. Returns the problems found (empty when all is well).
 */
export function checkResult(result: unknown, options: { finite?: boolean } = {}): string[] {
  const problems: string[] = [];
  if (!result || typeof result !== 'object') return [`result is not an object: ${String(result)}`];
  const r = result as { ok?: unknown; errors?: unknown; warnings?: unknown; value?: unknown };
  if (r.ok === true) {
    if (!Array.isArray(r.warnings)) problems.push('ok result without a warnings list');
    else for (const w of r.warnings) if (badIssue(w)) problems.push(`warning: ${badIssue(w)}`);
    if (options.finite !== false) problems.push(...checkFinite(r.value, 'value'));
  } else if (r.ok === false) {
    if (!Array.isArray(r.errors) || r.errors.length === 0) problems.push('failed result without errors');
    else {
      for (const e of r.errors) if (badIssue(e)) problems.push(`error: ${badIssue(e)}`);
      if (!r.errors.some((e: IssueLike) => e.severity === 'error')) problems.push('failed result whose issues are all warnings');
    }
  } else problems.push(`ok is ${String(r.ok)}`);
  return problems;
}

/** Every number in `value` is finite and every Date valid (nothing parsed may carry NaN or Infinity). */
export function checkFinite(value: unknown, label = 'value'): string[] {
  const problems: string[] = [];
  const seen = new Set<unknown>();
  const stack: Array<[unknown, string]> = [[value, label]];
  while (stack.length) {
    const [v, p] = stack.pop()!;
    if (typeof v === 'number' && !Number.isFinite(v)) problems.push(`${p} is ${v}`);
    else if (v instanceof Date) {
      if (Number.isNaN(v.getTime())) problems.push(`${p} is an invalid Date`);
    } else if (v && typeof v === 'object' && !seen.has(v) && !ArrayBuffer.isView(v)) {
      seen.add(v);
      for (const [k, child] of Object.entries(v)) stack.push([child, `${p}.${k}`]);
    }
  }
  return problems;
}

/** The seed of every run unless FUZZ_SEED says otherwise. */
const FIXED_SEED = 20261123;

/** Runs fast-check with the suite's settings (seed from FUZZ_SEED to replay a failure). */
export function fuzzParams(numRuns: number): fc.Parameters<unknown> {
  // A fixed seed by default, so that every run (and CI) tests the same inputs and a failure is reproducible;
  // FUZZ_SEED=<n> replays a printed seed, FUZZ_SEED=random explores new inputs.
  const raw = typeof process !== 'undefined' ? process.env?.FUZZ_SEED : undefined;
  const seed = raw === 'random' ? undefined : raw ? Number(raw) : FIXED_SEED;
  return { numRuns, ...(seed === undefined ? {} : { seed }), endOnFailure: true };
}
