// The docs pages' args tables (.storybook/docs-table.ts) over the real manifest (packages/elements/custom-elements.json,
// written by `npm run build:cem`, which the build step of `npm test` runs) and the real type aliases of the sources.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { argTypesFor, CATEGORY, withElementRows, type Manifest } from '../../.storybook/docs-table.js';
import { stringUnionTypes } from '../../.storybook/type-values.js';

const root = join(import.meta.dirname, '../..');
const manifestPath = join(root, 'packages/elements/custom-elements.json');
if (!existsSync(manifestPath)) throw new Error('no custom-elements.json: run `npm run build:cem` first');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
const aliases = stringUnionTypes([join(root, 'packages/core/src'), join(root, 'packages/elements/src')]);

const tags = manifest.modules
  .flatMap((m) => (m.declarations ?? []) as { tagName?: string }[])
  .flatMap((d) => (d.tagName ? [d.tagName] : []));
const table = (tag: string) => argTypesFor(manifest, tag, aliases)!;
const rowsIn = (tag: string, category: string) => Object.entries(table(tag)).filter(([, r]) => r.table?.category === category);

describe('docs tables', () => {
  it('covers every element of the manifest', () => {
    expect(tags.length).toBeGreaterThanOrEqual(16);
    for (const tag of tags) expect(Object.keys(table(tag)).length, tag).toBeGreaterThan(0);
  });

  it('shows a slot named like an attribute apart from the attribute (review list `verification`)', () => {
    const rows = table('trust-review-list');
    const verification = Object.entries(rows).filter(([, r]) => r.name === 'verification');
    expect(verification).toHaveLength(1);
    expect(verification[0]![1]).toMatchObject({ table: { category: CATEGORY.attributes }, control: { type: 'text' } });
    expect(rows['slot:verification']).toMatchObject({ name: 'slot="verification"', control: false, table: { category: CATEGORY.slots } });
  });

  it('has one row per attribute/property: keyed by the property, named by the attribute', () => {
    for (const tag of tags) {
      const rows = table(tag);
      const names = Object.values(rows).map((r) => r.name);
      expect(new Set(names).size, `${tag}: a name shown twice`).toBe(names.length);
      for (const [key, row] of Object.entries(rows)) {
        if (row.table?.category !== CATEGORY.attributes) continue;
        // No kebab-case key next to its camelCase property (`show-value` and `showValue`).
        const camel = key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
        if (camel !== key) expect(rows[camel], `${tag}: ${key} twice`).toBeUndefined();
      }
    }
    expect(table('trust-star-rating').showValue).toMatchObject({ name: 'show-value', control: { type: 'boolean' } });
    expect(table('trust-star-rating')['show-value']).toBeUndefined();
  });

  it('leaves out protected, private and static members', () => {
    const shown = (tag: string) => Object.keys(table(tag));
    for (const hidden of ['showInvalid', 'hover', 'slottedLabel', 'externalLabel', 'interactive']) {
      expect(shown('trust-rating-input')).not.toContain(hidden);
    }
    for (const hidden of ['phase', 'failed', 'errors', 'restored', 'countNews']) expect(shown('trust-review-form')).not.toContain(hidden);
    for (const hidden of ['index', 'stopped', 'hovered', 'reducedMotion']) expect(shown('trust-testimonials')).not.toContain(hidden);
    expect(shown('trust-badge')).not.toContain('state');
    expect(shown('trust-badge-group')).not.toContain('shadowRootOptions');
    for (const tag of tags) for (const key of Object.keys(table(tag))) expect(key.startsWith('#'), `${tag} ${key}`).toBe(false);
  });

  it('gives slots, events, parts and custom properties no control, except a colour control for a colour', () => {
    for (const tag of tags) {
      for (const category of [CATEGORY.slots, CATEGORY.events, CATEGORY.cssParts]) {
        for (const [key, row] of rowsIn(tag, category)) expect(row.control, `${tag} ${key}`).toBe(false);
      }
      for (const [key, row] of rowsIn(tag, CATEGORY.cssProperties)) {
        expect([false, 'color'], `${tag} ${key}`).toContain(row.control === false ? false : (row.control as { type: string }).type);
      }
    }
    expect(table('trust-star-rating')['--trust-star-rating-color']?.control).toEqual({ type: 'color' });
    expect(table('trust-incident-notice')['--trust-incident-notice-accent']?.control).toEqual({ type: 'color' });
    expect(table('trust-star-rating')['--trust-star-rating-size']?.control).toBe(false);
    expect(table('trust-review-list')['part:verification']).toMatchObject({ name: '::part(verification)', control: false });
    expect(table('trust-review-list')['event:trust-filter']).toMatchObject({ name: 'trust-filter', control: false });
  });

  it('derives controls from the types: number, boolean, select of the allowed values, text', () => {
    expect(table('trust-star-rating').max?.control).toEqual({ type: 'number' });
    expect(table('trust-review-list').starFilter?.control).toEqual({ type: 'number' });
    expect(table('trust-rating-input').disabled?.control).toEqual({ type: 'boolean' });
    expect(table('trust-badge').issuerName).toMatchObject({ name: 'issuer-name', control: { type: 'text' } });
    // A union of string literals, through a type alias (`ReviewSort` = `(typeof REVIEW_SORTS)[number]`)…
    expect(table('trust-review-list').sort).toMatchObject({
      control: { type: 'select' },
      options: ['newest', 'oldest', 'highest', 'lowest', 'helpful'],
      table: { type: { summary: "'newest' | 'oldest' | 'highest' | 'lowest' | 'helpful'" } },
    });
    // …an alias of literals…
    expect(table('trust-badge').variant).toMatchObject({ control: { type: 'select' }, options: ['compact', 'standard', 'with-details'] });
    // …or one joined with `string`.
    expect(table('trust-testimonials').layout).toMatchObject({ control: { type: 'select' }, options: ['carousel', 'grid'] });
    expect(table('trust-incident-notice').dismissStorage).toMatchObject({ options: ['none', 'session', 'local'] });
    // Data given as a property only: an object; a read-only property: no control.
    expect(table('trust-review-list').data).toMatchObject({ control: { type: 'object' }, table: { category: CATEGORY.properties } });
    expect(table('trust-star-rating').accessibleName?.control).toBe(false);
  });

  it('keeps the element rows named as the table names them once a story adds its own argTypes', () => {
    const rows = table('trust-star-rating');
    const storyArgTypes = {
      showValue: { name: 'showValue', control: 'boolean' as const },
      size: { name: 'size', control: 'text' as const },
    };
    const merged = withElementRows(storyArgTypes, rows, { showValue: true, size: '2rem', logo: true });
    expect(merged.showValue).toMatchObject({ name: 'show-value', control: 'boolean' });
    expect(merged.size).toMatchObject({ name: 'size', table: { category: 'story' } });
    // An arg the story gives no argType (Storybook infers its row after this).
    expect(merged.logo).toMatchObject({ name: 'logo', table: { category: 'story' } });
  });
});
