import { base64url } from 'jose';
import { describe, expect, it } from 'vitest';
import { createBitstring, decodeStatusList, encodeStatusList, parseStatusListCredential, readBit } from './status-list.js';

const gzip = async (bytes: Uint8Array) => {
  const stream = new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(bytes), c.close()) }).pipeThrough(
    new CompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>,
  );
  return new Uint8Array(await new Response(stream).arrayBuffer());
};

describe('bitstrings', () => {
  it('puts index 0 in the left-most bit of the first byte', () => {
    expect([...createBitstring(16, [0])]).toEqual([0b1000_0000, 0]);
    expect([...createBitstring(16, [7, 8, 15])]).toEqual([0b0000_0001, 0b1000_0001]);
  });

  it('rounds the size up to whole bytes', () => {
    expect(createBitstring(9).length).toBe(2);
  });

  it('reads back what was set, and nothing else', () => {
    const bits = createBitstring(131_072, [0, 42, 131_071]);
    const set = [];
    for (let i = 0; i < 131_072; i++) if (readBit(bits, i)) set.push(i);
    expect(set).toEqual([0, 42, 131_071]);
  });

  it('has no bit outside the list', () => {
    const bits = createBitstring(16);
    expect(readBit(bits, 16)).toBeUndefined();
    expect(readBit(bits, -1)).toBeUndefined();
    expect(readBit(bits, 1.5)).toBeUndefined();
    expect(() => createBitstring(16, [16])).toThrow('status list index 16 is outside a list of 16 entries');
  });
});

describe('encodeStatusList / decodeStatusList', () => {
  it('round-trips through multibase base64url GZIP', async () => {
    const bits = createBitstring(131_072, [3, 94_567]);
    const encoded = await encodeStatusList(bits);
    expect(encoded).toMatch(/^u[A-Za-z0-9_-]+$/);
    expect(encoded.length).toBeLessThan(400);
    const decoded = await decodeStatusList(encoded);
    expect(decoded.ok && [...decoded.value]).toEqual([...bits]);
  });

  it('decodes the example of the specification shape (gzip made independently)', async () => {
    const bits = new Uint8Array(16_384);
    bits[0] = 0b0100_0000; // index 1
    const encoded = `u${base64url.encode(await gzip(bits))}`;
    const decoded = await decodeStatusList(encoded);
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.errors));
    expect(readBit(decoded.value, 0)).toBe(false);
    expect(readBit(decoded.value, 1)).toBe(true);
  });

  it.each([
    [
      'no multibase prefix',
      'H4sIAAAAAAAAA2NgGAWjgF4AAI8yNqYAAQAA',
      'must be multibase base64url ("u" followed by base64url), got "H4sIAAAAAAAAA2NgGAWjgF4AAI8yNqYAAQAA"',
    ],
    ['standard base64', 'uH4sI+/=', 'must be multibase base64url ("u" followed by base64url), got "uH4sI+/="'],
    ['not GZIP', `u${base64url.encode('plain bytes, not gzip')}`, 'is not valid GZIP data'],
    ['a number', 42, 'must be multibase base64url ("u" followed by base64url), got 42'],
  ])('refuses %s', async (_, input, message) => {
    expect(await decodeStatusList(input)).toEqual({
      ok: false,
      errors: [{ path: 'credentialSubject.encodedList', message, severity: 'error' }],
    });
  });

  it('stops decompressing past 16 MiB (a GZIP bomb)', async () => {
    const bomb = `u${base64url.encode(await gzip(new Uint8Array(17 * 1024 * 1024)))}`;
    expect(bomb.length).toBeLessThan(40_000);
    expect(await decodeStatusList(bomb)).toEqual({
      ok: false,
      errors: [{ path: 'credentialSubject.encodedList', message: 'decompresses to more than 16777216 bytes', severity: 'error' }],
    });
  });
});

describe('parseStatusListCredential', () => {
  const list = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: 'https://c.example/status/1',
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: 'https://c.example',
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: {
      id: 'https://c.example/status/1#list',
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: 'uH4sI',
    },
  };

  it('reads a status list credential', () => {
    expect(parseStatusListCredential(list)).toEqual({
      ok: true,
      value: {
        issuer: 'https://c.example',
        validFrom: new Date('2025-01-01T00:00:00Z'),
        statusPurpose: ['revocation'],
        encodedList: 'uH4sI',
      },
      warnings: [],
    });
    const withObjectIssuer = parseStatusListCredential({
      ...list,
      issuer: { id: 'https://c.example' },
      credentialSubject: { ...list.credentialSubject, statusPurpose: ['revocation', 'suspension'] },
    });
    expect(withObjectIssuer.ok && withObjectIssuer.value.statusPurpose).toEqual(['revocation', 'suspension']);
  });

  it('names every problem', () => {
    const result = parseStatusListCredential({
      ...list,
      type: ['VerifiableCredential'],
      issuer: undefined,
      validUntil: 'soon',
      credentialSubject: { type: 'StatusList2021', encodedList: 5 },
    });
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual([
      'type',
      'issuer',
      'validUntil',
      'credentialSubject.type',
      'credentialSubject.statusPurpose',
      'credentialSubject.encodedList',
    ]);
  });
});
