import { describe, expect, it } from 'vitest';
import { FIXTURE_NAMES, fixtureOptions, type BadgeFixture } from '../../../../test/helpers/badge-fixtures.js';
import { verifyCredential } from './index.js';

/** The committed fixture files (test/fixtures/badge/*.json), as browser tests and stories load them. */
const files = import.meta.glob<unknown>('../../../../test/fixtures/badge/*.json', { eager: true, import: 'default' });
const byName = new Map(Object.entries(files).map(([path, value]) => [path.slice(path.lastIndexOf('/') + 1, -'.json'.length), value]));

describe('test/fixtures/badge (written by npm run fixtures:badge)', () => {
  it('holds one file per fixture, the public key set and the test keys', () => {
    expect([...byName.keys()].sort()).toEqual([...FIXTURE_NAMES, 'issuer.jwks', 'test-keys.private'].sort());
  });

  it.each(FIXTURE_NAMES.map((name) => [name]))('%s.json still produces its expected status', async (name) => {
    const fixture = byName.get(name) as BadgeFixture;
    expect(fixture.name).toBe(name);
    const result = await verifyCredential(fixture.jws, fixtureOptions(fixture));
    expect(result.status).toBe(fixture.expected);
  });

  it('only the test-keys file holds private key material', () => {
    for (const [name, value] of byName) {
      const text = JSON.stringify(value);
      expect(/"d":/.test(text), name).toBe(name === 'test-keys.private');
    }
  });

  it('the verified fixtures stay valid until 2099', async () => {
    const at = new Date('2099-12-31T00:00:00Z');
    for (const name of ['valid-es256', 'valid-eddsa'] as const) {
      const fixture = byName.get(name) as BadgeFixture;
      expect((await verifyCredential(fixture.jws, fixtureOptions(fixture, { now: at }))).status, name).toBe('verified');
    }
  });
});
