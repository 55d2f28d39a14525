// The dependency-free ZIP writer of the web distribution (scripts/zip.mjs): what it writes reads back, entry by
// entry, with its own reader and, where the machine has one, with Info-ZIP's `unzip` (an independent reader).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzip, zip } from '../../scripts/zip.mjs';

const entries = [
  { name: 'folder/README.txt', data: 'Upload this folder.\n'.repeat(50) }, // compressible: DEFLATE
  { name: 'folder/chunks/random.bin', data: Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 7919) % 251)) },
  { name: 'folder/empty.txt', data: '' },
  { name: 'folder/ünïcödé — العربية.txt', data: 'UTF-8 name' },
];
const hasUnzip = spawnSync('unzip', ['-v'], { encoding: 'utf8' }).status === 0;

describe('scripts/zip.mjs', () => {
  it('reads back what it wrote: names, bytes, order', () => {
    const archive = zip(entries);
    const back = unzip(archive);
    expect(back.map((e) => e.name)).toEqual(entries.map((e) => e.name));
    for (const [i, e] of back.entries()) expect(e.data.equals(Buffer.from(entries[i]!.data))).toBe(true);
    // The compressible entry was deflated; the archive is smaller than its contents.
    expect(archive.length).toBeLessThan(entries.reduce((n, e) => n + Buffer.byteLength(e.data), 0));
  });

  it('writes the same bytes for the same files (a fixed date)', () => {
    expect(zip(entries).equals(zip(entries))).toBe(true);
  });

  it('notices a corrupted entry (CRC-32)', () => {
    const archive = zip([{ name: 'a.txt', data: 'abcdefgh' }]); // too short to deflate: stored
    const corrupt = Buffer.from(archive);
    const at = 30 + 'a.txt'.length; // first byte of the stored data
    corrupt[at] = corrupt[at]! ^ 0xff;
    expect(() => unzip(corrupt)).toThrow(/CRC mismatch in a\.txt/);
  });

  it.skipIf(!hasUnzip)('passes `unzip -t` and extracts the same bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trust-zip-'));
    try {
      const file = join(dir, 'test.zip');
      writeFileSync(file, zip(entries));
      const test = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
      expect(test.stdout).toContain('No errors detected');
      expect(spawnSync('unzip', ['-q', file, '-d', join(dir, 'out')]).status).toBe(0);
      for (const e of entries) expect(readFileSync(join(dir, 'out', e.name)).equals(Buffer.from(e.data)), e.name).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
