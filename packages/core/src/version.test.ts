import { describe, expect, it } from 'vitest';
import elementsPkg from '../../elements/package.json' with { type: 'json' };
import corePkg from '../package.json' with { type: 'json' };
import { VERSION } from './internal/version.js';

describe('VERSION', () => {
  it('is a semantic version', () => {
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
  });

  it('equals the version of @trust-signals/core', () => {
    expect(corePkg.name).toBe('@trust-signals/core');
    expect(VERSION).toBe(corePkg.version);
  });

  it('equals the version of trust-signals (the elements are released together with the core)', () => {
    expect(elementsPkg.name).toBe('trust-signals');
    expect(VERSION).toBe(elementsPkg.version);
  });
});
