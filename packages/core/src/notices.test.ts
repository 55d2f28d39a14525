import { describe, expect, it } from 'vitest';
import * as dataNotice from './data-notice.js';
import * as dismissal from './dismissal.js';
import type { ParseResult } from './errors.js';
import * as incident from './incident-notice.js';
import * as notices from './notices.js';
import * as privacyLabel from './privacy-label.js';

const paths = (r: ParseResult<unknown>) => (r.ok ? [] : r.errors.map((e) => e.path));

describe('notices (the modules gathered for the /notices entry)', () => {
  it('re-exports every name of the data notice, privacy label, incident notice and dismissal modules', () => {
    for (const module of [dataNotice, privacyLabel, incident, dismissal]) {
      for (const [name, value] of Object.entries(module)) expect(notices[name as keyof typeof notices], name).toBe(value);
    }
    expect(Object.keys(notices).sort()).toEqual(
      [
        ...new Set([
          ...Object.keys(dataNotice),
          ...Object.keys(privacyLabel),
          ...Object.keys(incident),
          ...Object.keys(dismissal),
          'parseJsonText',
        ]),
      ].sort(),
    );
  });

  it("names the path of invalid JSON (parseJsonText, for the notices' child scripts)", () => {
    const { parseJsonText } = notices;
    expect(parseJsonText('{"a":1}', 's')).toEqual({ ok: true, value: { a: 1 }, warnings: [] });
    expect(paths(parseJsonText('{ nope', 's'))).toEqual(['s']);
  });
});
