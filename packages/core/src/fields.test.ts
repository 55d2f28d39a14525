import { describe, expect, it, vi } from 'vitest';
import { fail, issue, ok, parseNumber, type ParseResult } from './errors.js';
import { Collector, isRecord, parseBoolean, parseChoice, parseDate, parseList, parseRecord, parseText, parseUrl } from './fields.js';

/** The single issue of a failed result, or a test failure if the result was ok or had several issues. */
function onlyIssue<T>(result: ParseResult<T>) {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  expect(result.errors).toHaveLength(1);
  return result.errors[0]!;
}

/** The ISO form of a parsed date, or a test failure. */
function isoOf(result: ParseResult<Date | undefined>): string {
  if (!result.ok) throw new Error(`expected a date, got ${JSON.stringify(result.errors)}`);
  expect(result.warnings).toEqual([]);
  expect(result.value).toBeInstanceOf(Date);
  return result.value!.toISOString();
}

describe('isRecord', () => {
  it.each([{}, { a: 1 }, Object.create(null) as object])('is true for the object %j', (value) => {
    expect(isRecord(value)).toBe(true);
  });

  it.each([null, undefined, [], [1], 'x', 1, true])('is false for %j', (value) => {
    expect(isRecord(value)).toBe(false);
  });
});

describe('parseText', () => {
  it('trims the text', () => {
    expect(parseText('  Great kettle \n', 'title')).toEqual({ ok: true, value: 'Great kettle', warnings: [] });
    expect(parseText('\tBoils  fast. ', 'body')).toEqual(ok('Boils  fast.'));
  });

  it('keeps text that is not HTML as it is, markup and all', () => {
    expect(parseText('<b>bold</b> & "quoted"', 'body')).toEqual(ok('<b>bold</b> & "quoted"'));
  });

  it.each([undefined, null, '', '   ', '\n\t '])('requires a value: %j', (raw) => {
    expect(parseText(raw, 'reviews[2].body')).toEqual({
      ok: false,
      errors: [{ path: 'reviews[2].body', message: 'is required but missing', severity: 'error' }],
    });
  });

  it.each([undefined, null, '', '   '])('turns %j into undefined when optional', (raw) => {
    expect(parseText(raw, 'title', { optional: true })).toEqual({ ok: true, value: undefined, warnings: [] });
  });

  it.each([
    [5, 'must be text, got 5'],
    [true, 'must be text, got a boolean'],
    [{ text: 'hi' }, 'must be text, got an object'],
    [['hi'], 'must be text, got an array of 1'],
  ])('rejects the non-string %j', (raw, message) => {
    expect(onlyIssue(parseText(raw, 'author'))).toEqual({ path: 'author', message, severity: 'error' });
    // Optional does not excuse a value of the wrong type.
    expect(onlyIssue(parseText(raw, 'author', { optional: true }))).toEqual({ path: 'author', message, severity: 'error' });
  });

  it('accepts 20,000 characters by default and refuses 20,001', () => {
    expect(parseText('x'.repeat(20_000), 'body')).toEqual(ok('x'.repeat(20_000)));
    expect(onlyIssue(parseText('x'.repeat(20_001), 'body'))).toEqual({
      path: 'body',
      message: 'is 20001 characters long; at most 20000 are accepted',
      severity: 'error',
    });
  });

  it('measures the trimmed text against a given max', () => {
    expect(parseText('abcde', 'lang', { max: 5 })).toEqual(ok('abcde'));
    expect(parseText('  abcde  ', 'lang', { max: 5 })).toEqual(ok('abcde'));
    expect(onlyIssue(parseText('abcdef', 'lang', { max: 5 }))).toEqual({
      path: 'lang',
      message: 'is 6 characters long; at most 5 are accepted',
      severity: 'error',
    });
    expect(onlyIssue(parseText('abcdef', 'lang', { max: 5, optional: true })).message).toBe('is 6 characters long; at most 5 are accepted');
  });
});

describe('parseDate', () => {
  it.each([
    ['2026-11-23', '2026-11-23T00:00:00.000Z'],
    ['2026-11-23T09:30:00Z', '2026-11-23T09:30:00.000Z'],
    ['2026-11-23T09:30:00.123Z', '2026-11-23T09:30:00.123Z'],
    ['2026-11-23T09:30:00+02:00', '2026-11-23T07:30:00.000Z'],
    ['2026-11-23T09:30:00+0200', '2026-11-23T07:30:00.000Z'],
    ['2026-11-23T09:30:00-05:00', '2026-11-23T14:30:00.000Z'],
    ['  2026-11-23  ', '2026-11-23T00:00:00.000Z'],
    ['2028-02-29', '2028-02-29T00:00:00.000Z'],
    ['2000-02-29', '2000-02-29T00:00:00.000Z'],
    ['2026-12-31', '2026-12-31T00:00:00.000Z'],
  ])('reads %j as %s', (raw, expected) => {
    expect(isoOf(parseDate(raw, 'date'))).toBe(expected);
  });

  it('reads a date and time without an offset as local time, with T or a space', () => {
    const local = new Date(2026, 10, 23, 9, 30).getTime();
    expect(parseDate('2026-11-23T09:30', 'date')).toEqual(ok(new Date(local)));
    expect(parseDate('2026-11-23 09:30', 'date')).toEqual(ok(new Date(local)));
    expect(parseDate('2026-11-23T09:30:15', 'date')).toEqual(ok(new Date(local + 15_000)));
  });

  it('reads a timestamp in milliseconds', () => {
    expect(isoOf(parseDate(0, 'date'))).toBe('1970-01-01T00:00:00.000Z');
    expect(isoOf(parseDate(Date.UTC(2026, 10, 23, 9, 30), 'date'))).toBe('2026-11-23T09:30:00.000Z');
    expect(isoOf(parseDate(-86_400_000, 'date'))).toBe('1969-12-31T00:00:00.000Z');
  });

  it('copies a Date, so that changing the given one later does not change the result', () => {
    const given = new Date('2026-11-23T09:30:00Z');
    const result = parseDate(given, 'date');
    given.setUTCFullYear(2000);
    if (!result.ok) throw new Error('expected a date');
    expect(result.value).not.toBe(given);
    expect(result.value!.toISOString()).toBe('2026-11-23T09:30:00.000Z');
  });

  it.each([
    ['2026-13-45', 'must be an ISO 8601 date, got "2026-13-45"'],
    ['yesterday', 'must be an ISO 8601 date, got "yesterday"'],
    ['23/11/2026', 'must be an ISO 8601 date, got "23/11/2026"'],
    ['November 23, 2026', 'must be an ISO 8601 date, got "November 23, 2026"'],
    ['2026-1-5', 'must be an ISO 8601 date, got "2026-1-5"'],
    ['2026-00-10', 'must be an ISO 8601 date, got "2026-00-10"'],
    ['2026-11-00', 'must be an ISO 8601 date, got "2026-11-00"'],
    ['2026-11-32', 'must be an ISO 8601 date, got "2026-11-32"'],
    ['2026-11-23T25:00:00Z', 'must be an ISO 8601 date, got "2026-11-23T25:00:00Z"'],
    ['2026-11-23T09:60Z', 'must be an ISO 8601 date, got "2026-11-23T09:60Z"'],
    ['2026-11-23T09:30:00+2', 'must be an ISO 8601 date, got "2026-11-23T09:30:00+2"'],
    ['2026-11-23Tnoon', 'must be an ISO 8601 date, got "2026-11-23Tnoon"'],
    ['1795425000000', 'must be an ISO 8601 date, got "1795425000000"'],
    [NaN, 'must be an ISO 8601 date, got NaN'],
    [Infinity, 'must be an ISO 8601 date, got Infinity'],
    [true, 'must be an ISO 8601 date, got a boolean'],
    [{ year: 2026 }, 'must be an ISO 8601 date, got an object'],
    [new Date('nonsense'), 'must be an ISO 8601 date, got an object'],
  ])('rejects %j', (raw, message) => {
    expect(parseDate(raw, 'reviews[1].date')).toEqual({ ok: false, errors: [{ path: 'reviews[1].date', message, severity: 'error' }] });
  });

  it.each([
    ['2026-02-29', 'must be an ISO 8601 date, got "2026-02-29"'],
    ['2026-02-30', 'must be an ISO 8601 date, got "2026-02-30"'],
    ['2026-04-31', 'must be an ISO 8601 date, got "2026-04-31"'],
    ['2026-06-31T10:00:00Z', 'must be an ISO 8601 date, got "2026-06-31T10:00:00Z"'],
    ['1900-02-29', 'must be an ISO 8601 date, got "1900-02-29"'],
  ])('rejects the day %j its month does not have, rather than rolling it into the next month', (raw, message) => {
    expect(onlyIssue(parseDate(raw, 'date'))).toEqual({ path: 'date', message, severity: 'error' });
  });

  it.each([undefined, null, ''])('requires a value: %j', (raw) => {
    expect(onlyIssue(parseDate(raw, 'reply.date'))).toEqual({ path: 'reply.date', message: 'is required but missing', severity: 'error' });
  });

  it.each([undefined, null, ''])('turns %j into undefined when optional', (raw) => {
    expect(parseDate(raw, 'date', { optional: true })).toEqual({ ok: true, value: undefined, warnings: [] });
  });

  it('still validates an optional date that is present', () => {
    expect(onlyIssue(parseDate('soon', 'date', { optional: true })).message).toBe('must be an ISO 8601 date, got "soon"');
  });
});

describe('parseUrl', () => {
  it.each([
    'https://example.com/a?b=1#c',
    'http://example.com',
    'HTTPS://Example.COM/Path',
    'mailto:hello@example.com',
    'MAILTO:hello@example.com',
    '/a',
    'a/b',
    '?q',
    '#x',
    '//cdn.example/x',
    './photo.jpg',
    '../photo.jpg',
    '/wiki/Special:Random',
    'a/b:c',
  ])('accepts %j as it is', (url) => {
    expect(parseUrl(url, 'url')).toEqual({ ok: true, value: url, warnings: [] });
  });

  it('trims surrounding spaces and returns nothing else changed', () => {
    expect(parseUrl('  https://example.com/a b \n', 'url')).toEqual(ok('https://example.com/a b'));
    // Spaces alone are missing, not a link to the page itself.
    expect(parseUrl('   ', 'url')).toEqual({ ok: false, errors: [{ path: 'url', message: 'is required but missing', severity: 'error' }] });
    expect(parseUrl(' \t ', 'url', { optional: true })).toEqual(ok(undefined));
  });

  it.each([
    ['javascript:alert(1)', '"javascript:alert(1)"'],
    ['JAVASCRIPT:alert(1)', '"JAVASCRIPT:alert(1)"'],
    ['jAvAsCrIpT:alert(1)', '"jAvAsCrIpT:alert(1)"'],
    ['   javascript:alert(1)', '"javascript:alert(1)"'],
    ['\n\t javascript:alert(1)', '"javascript:alert(1)"'],
    ['\u00a0javascript:alert(1)', '"javascript:alert(1)"'],
    ['java\tscript:alert(1)', '"java\\tscript:alert(1)"'],
    ['java\nscript:alert(1)', '"java\\nscript:alert(1)"'],
    ['java\rscript:alert(1)', '"java\\rscript:alert(1)"'],
    ['\u0001javascript:alert(1)', '"\\u0001javascript:alert(1)"'],
    ['\u0000javascript:alert(1)', '"\\u0000javascript:alert(1)"'],
    ['javascript://%0aalert(1)', '"javascript://%0aalert(1)"'],
    ['https://example.com/\u0007', '"https://example.com/\\u0007"'],
    ['https://example.com/\u007f', '"https://example.com/\u007f"'],
    ['data:text/html;base64,PHNjcmlwdD4=', '"data:text/html;base64,PHNjcmlwdD4="'],
    ['DATA:image/png;base64,AAAA', '"DATA:image/png;base64,AAAA"'],
    ['vbscript:msgbox(1)', '"vbscript:msgbox(1)"'],
    ['file:///etc/passwd', '"file:///etc/passwd"'],
    ['ftp://example.com/x', '"ftp://example.com/x"'],
    ['blob:https://example.com/1', '"blob:https://example.com/1"'],
    ['tel:+441234', '"tel:+441234"'],
  ])('rejects %j', (raw, shown) => {
    expect(parseUrl(raw, 'reviews[0].photos[1].url')).toEqual({
      ok: false,
      errors: [
        { path: 'reviews[0].photos[1].url', message: `must be an http(s), mailto or relative URL, got ${shown}`, severity: 'error' },
      ],
    });
  });

  it('rejects a long bad URL quoting only its first 40 characters', () => {
    const url = `javascript:${'a'.repeat(100)}`;
    expect(onlyIssue(parseUrl(url, 'url')).message).toBe(`must be an http(s), mailto or relative URL, got "javascript:${'a'.repeat(29)}…"`);
  });

  it('rejects mailto: when mailto is false, and says so', () => {
    expect(parseUrl('mailto:hello@example.com', 'photo.url', { mailto: false })).toEqual({
      ok: false,
      errors: [{ path: 'photo.url', message: 'must be an http(s) or relative URL, got "mailto:hello@example.com"', severity: 'error' }],
    });
    expect(onlyIssue(parseUrl('javascript:alert(1)', 'photo.url', { mailto: false })).message).toBe(
      'must be an http(s) or relative URL, got "javascript:alert(1)"',
    );
    expect(parseUrl('https://img.example/1.jpg', 'photo.url', { mailto: false })).toEqual(ok('https://img.example/1.jpg'));
    expect(parseUrl('/1.jpg', 'photo.url', { mailto: false })).toEqual(ok('/1.jpg'));
  });

  it('accepts mailto: when mailto is true', () => {
    expect(parseUrl('mailto:a@example.com', 'url', { mailto: true })).toEqual(ok('mailto:a@example.com'));
  });

  it.each([
    [42, 'must be a URL, got 42'],
    [true, 'must be a URL, got a boolean'],
    [{ href: 'https://example.com' }, 'must be a URL, got an object'],
    [['https://example.com'], 'must be a URL, got an array of 1'],
  ])('rejects the non-string %j', (raw, message) => {
    expect(onlyIssue(parseUrl(raw, 'link'))).toEqual({ path: 'link', message, severity: 'error' });
    expect(onlyIssue(parseUrl(raw, 'link', { optional: true }))).toEqual({ path: 'link', message, severity: 'error' });
  });

  it.each([undefined, null, ''])('requires a value: %j', (raw) => {
    expect(onlyIssue(parseUrl(raw, 'link'))).toEqual({ path: 'link', message: 'is required but missing', severity: 'error' });
  });

  it.each([undefined, null, ''])('turns %j into undefined when optional', (raw) => {
    expect(parseUrl(raw, 'link', { optional: true })).toEqual({ ok: true, value: undefined, warnings: [] });
  });
});

describe('parseBoolean', () => {
  it.each([
    [true, true],
    ['true', true],
    [false, false],
    ['false', false],
  ])('reads %j as %s', (raw, expected) => {
    expect(parseBoolean(raw, 'verified')).toEqual({ ok: true, value: expected, warnings: [] });
  });

  it.each([
    ['yes', 'must be true or false, got "yes"'],
    ['TRUE', 'must be true or false, got "TRUE"'],
    [' true', 'must be true or false, got " true"'],
    [1, 'must be true or false, got 1'],
    [0, 'must be true or false, got 0'],
    [{}, 'must be true or false, got an object'],
  ])('rejects %j', (raw, message) => {
    expect(onlyIssue(parseBoolean(raw, 'reviews[0].verified'))).toEqual({ path: 'reviews[0].verified', message, severity: 'error' });
  });

  it('is required unless optional', () => {
    expect(onlyIssue(parseBoolean(undefined, 'verified')).message).toBe('is required but missing');
    expect(parseBoolean(undefined, 'verified', { optional: true })).toEqual(ok(undefined));
    expect(parseBoolean(null, 'verified', { optional: true })).toEqual(ok(undefined));
    expect(parseBoolean('', 'verified', { optional: true })).toEqual(ok(undefined));
  });
});

describe('parseChoice', () => {
  const layouts = ['list', 'grid', 'carousel'] as const;

  it('accepts each choice', () => {
    expect(parseChoice('list', 'layout', layouts)).toEqual({ ok: true, value: 'list', warnings: [] });
    expect(parseChoice('carousel', 'layout', layouts)).toEqual(ok('carousel'));
  });

  it.each([
    ['Grid', 'must be one of list, grid, carousel, got "Grid"'],
    [' grid', 'must be one of list, grid, carousel, got " grid"'],
    ['table', 'must be one of list, grid, carousel, got "table"'],
    [1, 'must be one of list, grid, carousel, got 1'],
  ])('rejects %j', (raw, message) => {
    expect(onlyIssue(parseChoice(raw, 'layout', layouts))).toEqual({ path: 'layout', message, severity: 'error' });
  });

  it('is required unless optional', () => {
    expect(onlyIssue(parseChoice('', 'layout', layouts)).message).toBe('is required but missing');
    expect(parseChoice(undefined, 'layout', layouts, { optional: true })).toEqual(ok(undefined));
  });
});

describe('parseRecord', () => {
  it('returns the object itself', () => {
    const raw = { a: 1 };
    const result = parseRecord(raw, 'subject');
    expect(result).toEqual({ ok: true, value: { a: 1 }, warnings: [] });
    expect(result.ok && result.value).toBe(raw);
  });

  it.each([
    [[], 'must be an object, got an array of 0'],
    [null, 'must be an object, got null'],
    [undefined, 'must be an object, got nothing'],
    ['x', 'must be an object, got "x"'],
    [3, 'must be an object, got 3'],
  ])('rejects %j', (raw, message) => {
    expect(parseRecord(raw, 'aggregate')).toEqual({ ok: false, errors: [{ path: 'aggregate', message, severity: 'error' }] });
  });
});

describe('parseList', () => {
  const count = (value: unknown, path: string) => parseNumber(value, path, { min: 0, integer: true });

  it('reads every item with its index path', () => {
    const seen: string[] = [];
    const result = parseList([3, '4', 0], 'counts', (value, path) => {
      seen.push(path);
      return count(value, path);
    });
    expect(result).toEqual({ ok: true, value: { items: [3, 4, 0], dropped: 0 }, warnings: [] });
    expect(seen).toEqual(['counts[0]', 'counts[1]', 'counts[2]']);
  });

  it('reads an empty list', () => {
    expect(parseList([], 'counts', count)).toEqual({ ok: true, value: { items: [], dropped: 0 }, warnings: [] });
  });

  it('leaves bad items out as warnings with their index paths and counts them', () => {
    expect(parseList([1, 'x', 3, null, -2], 'counts', count)).toEqual({
      ok: true,
      value: { items: [1, 3], dropped: 3 },
      warnings: [
        { path: 'counts[1]', message: 'must be a number, got "x" (item left out)', severity: 'warning' },
        { path: 'counts[3]', message: 'is required but missing (item left out)', severity: 'warning' },
        { path: 'counts[4]', message: 'must be at least 0, got -2 (item left out)', severity: 'warning' },
      ],
    });
  });

  it('turns every error of a bad item into a warning with its nested path', () => {
    const pair = (value: unknown, path: string): ParseResult<[string, string]> => {
      const r = value as Record<string, unknown>;
      const a = parseText(r.a, `${path}.a`);
      const b = parseText(r.b, `${path}.b`);
      if (a.ok && b.ok) return ok([a.value!, b.value!]);
      return fail([...(a.ok ? [] : a.errors), ...(b.ok ? [] : b.errors)]);
    };
    expect(parseList([{ a: 'x', b: 'y' }, { a: 1 }], 'reviews', pair)).toEqual({
      ok: true,
      value: { items: [['x', 'y']], dropped: 1 },
      warnings: [
        { path: 'reviews[1].a', message: 'must be text, got 1 (item left out)', severity: 'warning' },
        { path: 'reviews[1].b', message: 'is required but missing (item left out)', severity: 'warning' },
      ],
    });
  });

  it('keeps the warnings of good items as they are', () => {
    const flagged = (value: unknown, path: string) => ok(value, value === 'odd' ? [issue(`${path}.kind`, 'looks odd', 'warning')] : []);
    expect(parseList(['fine', 'odd'], 'things', flagged)).toEqual({
      ok: true,
      value: { items: ['fine', 'odd'], dropped: 0 },
      warnings: [{ path: 'things[1].kind', message: 'looks odd', severity: 'warning' }],
    });
  });

  it('reports all items dropped', () => {
    expect(parseList(['a', 'b'], 'counts', count)).toEqual({
      ok: true,
      value: { items: [], dropped: 2 },
      warnings: [
        { path: 'counts[0]', message: 'must be a number, got "a" (item left out)', severity: 'warning' },
        { path: 'counts[1]', message: 'must be a number, got "b" (item left out)', severity: 'warning' },
      ],
    });
  });

  it.each([
    [{ 0: 1 }, 'must be a list, got an object'],
    ['1,2,3', 'must be a list, got "1,2,3"'],
    [7, 'must be a list, got 7'],
  ])('rejects the non-list %j as an error', (raw, message) => {
    expect(parseList(raw, 'reviews', count)).toEqual({ ok: false, errors: [{ path: 'reviews', message, severity: 'error' }] });
  });

  it('is required unless optional', () => {
    expect(parseList(undefined, 'reviews', count)).toEqual({
      ok: false,
      errors: [{ path: 'reviews', message: 'is required but missing', severity: 'error' }],
    });
    expect(parseList(null, 'photos', count, { optional: true })).toEqual({ ok: true, value: { items: [], dropped: 0 }, warnings: [] });
  });

  it('refuses more than max items as an error, before reading any', () => {
    const item = vi.fn(count);
    expect(parseList([1, 2, 3], 'photos', item, { max: 2 })).toEqual({
      ok: false,
      errors: [{ path: 'photos', message: 'has 3 items; at most 2 are accepted', severity: 'error' }],
    });
    expect(item).not.toHaveBeenCalled();
    expect(parseList([1, 2], 'photos', item, { max: 2 })).toEqual(ok({ items: [1, 2], dropped: 0 }));
  });

  it('accepts 100,000 items by default and refuses 100,001', () => {
    const accept = (value: unknown) => ok(value);
    const max = parseList(new Array(100_000).fill(0), 'reviews', accept);
    expect(max.ok && max.value.items.length).toBe(100_000);
    expect(parseList(new Array(100_001).fill(0), 'reviews', accept)).toEqual({
      ok: false,
      errors: [{ path: 'reviews', message: 'has 100001 items; at most 100000 are accepted', severity: 'error' }],
    });
  });
});

describe('Collector', () => {
  it('returns the values of good fields and keeps their warnings', () => {
    const c = new Collector();
    expect(c.take(ok('Ana'))).toBe('Ana');
    expect(c.take(ok(4, [issue('count', 'was rounded', 'warning')]))).toBe(4);
    expect(c.errors).toEqual([]);
    expect(c.warnings).toEqual([{ path: 'count', message: 'was rounded', severity: 'warning' }]);
    expect(c.done(() => ({ name: 'Ana' }))).toEqual({
      ok: true,
      value: { name: 'Ana' },
      warnings: [{ path: 'count', message: 'was rounded', severity: 'warning' }],
    });
  });

  it('gathers every error of every field, in order, and does not build the value', () => {
    const c = new Collector();
    expect(c.take(parseText(undefined, 'author'))).toBeUndefined();
    expect(c.take(parseUrl('javascript:alert(1)', 'link'))).toBeUndefined();
    expect(c.take(parseText('Fine', 'title'))).toBe('Fine');
    expect(c.take(parseDate('yesterday', 'date'))).toBeUndefined();
    c.warn('title', 'is shouty');
    const build = vi.fn(() => 'built');
    expect(c.done(build)).toEqual({
      ok: false,
      errors: [
        { path: 'author', message: 'is required but missing', severity: 'error' },
        { path: 'link', message: 'must be an http(s), mailto or relative URL, got "javascript:alert(1)"', severity: 'error' },
        { path: 'date', message: 'must be an ISO 8601 date, got "yesterday"', severity: 'error' },
      ],
    });
    expect(build).not.toHaveBeenCalled();
  });

  it('records its own warnings and errors', () => {
    const c = new Collector();
    c.warn('photos', '1 photo(s) could not be shown');
    expect(c.done(() => 1)).toEqual({
      ok: true,
      value: 1,
      warnings: [{ path: 'photos', message: '1 photo(s) could not be shown', severity: 'warning' }],
    });
    c.error('distribution', 'is empty but count is 3');
    expect(c.done(() => 1)).toEqual({
      ok: false,
      errors: [{ path: 'distribution', message: 'is empty but count is 3', severity: 'error' }],
    });
  });

  it('returns a value of undefined from a good optional field', () => {
    const c = new Collector();
    expect(c.take(parseText('', 'title', { optional: true }))).toBeUndefined();
    expect(c.done(() => 'ok')).toEqual({ ok: true, value: 'ok', warnings: [] });
  });
});
