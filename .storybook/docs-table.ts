/**
 * The docs pages' args tables and the Controls panel, from the custom elements manifest (custom-elements.json,
 * `npm run build:cem`). Storybook's own reading of the manifest keys every row by name, so it showed each property
 * twice (`showValue` from the class field, `show-value` from the attribute), let a slot hide the attribute of the
 * same name (`verification` on the review list), listed protected and private reactive fields as attributes, and
 * gave events, parts and custom properties "Set object" controls. Here:
 *
 * - one row per attribute/property, keyed by the property name (the key the stories' args use), named by the
 *   attribute; property-only fields (`data`) get their own category; protected, private and static members are
 *   left out, read-only ones have no control;
 * - controls follow the type: number, boolean, a select of the allowed values for a union of string literals (or a
 *   type alias of one, resolved from the sources by type-values.ts), text for other strings, object for data;
 * - slots (`slot="name"`), events, parts (`::part(name)`) and CSS custom properties have rows of their own, keyed
 *   so that none hides an attribute, and no control, except a colour control for a custom property that takes a
 *   colour: the preview's decorator applies a colour picked there to the story (canvas.ts).
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import type { StrictArgTypes } from 'storybook/internal/types';

interface Item {
  name: string;
  description?: string;
  default?: string;
  type?: { text?: string };
}
interface Attribute extends Item {
  fieldName?: string;
}
interface Member extends Item {
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Attribute[];
  members?: Member[];
  slots?: Item[];
  events?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
}
export interface Manifest {
  modules: { declarations?: unknown[] }[];
}
/** Type alias name → its allowed string values (`ReviewSort` → `['newest', 'oldest', …]`). */
export type TypeValues = Readonly<Record<string, readonly string[]>>;

export const CATEGORY = {
  attributes: 'attributes',
  properties: 'properties',
  slots: 'slots',
  events: 'events',
  cssProperties: 'css custom properties',
  cssParts: 'css shadow parts',
} as const;

/** HTML's boolean attributes, for attributes the manifest gives no type (`disabled` of the form controls). */
const BOOLEAN_ATTRIBUTES = new Set(['disabled', 'required', 'readonly', 'hidden', 'open']);

const camelCase = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The parts of a type's text: `number | string | undefined` → `['number', 'string']` (nullish parts dropped). */
function typeParts(text: string | undefined): string[] {
  return (text ?? '')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined' && p !== 'null');
}

/** The allowed values of a type: every part a string literal or an alias of string literals (`string` may join). */
function allowedValues(parts: string[], aliases: TypeValues): string[] | undefined {
  const values: string[] = [];
  let literal = false;
  for (const part of parts) {
    const quoted = part.match(/^(['"])(.*)\1$/);
    if (quoted) values.push(quoted[2]!);
    else if (aliases[part]) values.push(...aliases[part]);
    else if (part !== 'string') return undefined;
    else continue;
    literal = true;
  }
  return literal ? [...new Set(values)] : undefined;
}

/** The type as the table shows it: aliases of string literals spelled out. */
function typeSummary(text: string | undefined, aliases: TypeValues): string | undefined {
  if (!text) return undefined;
  return text
    .split('|')
    .map((p) => p.trim())
    .map((p) => (aliases[p] ? aliases[p].map((v) => `'${v}'`).join(' | ') : p))
    .join(' | ');
}

type Control = NonNullable<ArgTypes[string]['control']>;

/** The control for a property or attribute of this type; `attribute` says whether it can be set as text. */
function controlFor(
  name: string,
  text: string | undefined,
  attribute: boolean,
  aliases: TypeValues,
): { control: Control; options?: string[] } {
  const parts = typeParts(text);
  if (!text) return { control: { type: BOOLEAN_ATTRIBUTES.has(name) ? 'boolean' : 'text' } };
  if (parts.length === 1 && parts[0] === 'boolean') return { control: { type: 'boolean' } };
  if (parts.includes('number') && parts.every((p) => p === 'number' || p === 'string')) return { control: { type: 'number' } };
  const options = allowedValues(parts, aliases);
  if (options) return { control: { type: 'select' }, options };
  if (parts.length === 1 && parts[0] === 'string') return { control: { type: 'text' } };
  return { control: { type: attribute && parts.includes('string') ? 'text' : 'object' } };
}

/** Whether a CSS custom property takes a colour: named so (`-color`, `-background`, `-accent`) or described so. */
export function isColourProperty(item: Item): boolean {
  const prose = (item.description ?? '').replace(/`[^`]*`/g, '');
  return /-(colou?r|background|accent)(-\d+)?$/.test(item.name) || /\bcolou?r\b/i.test(prose);
}

const isPublic = (m: Member) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#');

function declarationOf(manifest: Manifest, tagName: string): Declaration | undefined {
  for (const mod of manifest.modules) {
    for (const d of (mod.declarations ?? []) as Declaration[]) if (d.tagName === tagName) return d;
  }
  return undefined;
}

/** The args table of one element (its rows, keyed), or `null` if the manifest does not have it. */
export function argTypesFor(manifest: Manifest, tagName: string, aliases: TypeValues = {}): ArgTypes | null {
  const d = declarationOf(manifest, tagName);
  if (!d) return null;
  const rows: ArgTypes = {};
  const members = new Map((d.members ?? []).map((m) => [m.name, m]));

  for (const a of d.attributes ?? []) {
    const field = a.fieldName ? members.get(a.fieldName) : undefined;
    // Reactive state declared in `static properties` (`showInvalid: { state: true }`) reaches the manifest as an
    // attribute of a protected or private field: not part of the element's API.
    if (field && !isPublic(field)) continue;
    const key = a.fieldName ?? camelCase(a.name);
    const text = a.type?.text ?? field?.type?.text;
    const property = key !== a.name ? `Property \`${key}\`. ` : '';
    rows[key] = {
      name: a.name,
      description: `${property}${a.description ?? field?.description ?? ''}`.trim(),
      ...controlFor(a.name, text, true, aliases),
      table: {
        category: CATEGORY.attributes,
        type: { summary: typeSummary(text, aliases) ?? '' },
        defaultValue: a.default !== undefined ? { summary: a.default } : undefined,
      },
    };
  }

  for (const m of d.members ?? []) {
    if (!isPublic(m) || rows[m.name] || m.attribute) continue;
    const text = m.type?.text;
    rows[m.name] = {
      name: m.name,
      description: `${m.readonly ? 'Read-only. ' : ''}${m.description ?? ''}`.trim(),
      ...(m.readonly ? { control: false as const } : controlFor(m.name, text, false, aliases)),
      table: {
        category: CATEGORY.properties,
        type: { summary: typeSummary(text, aliases) ?? '' },
        defaultValue: m.default !== undefined ? { summary: m.default } : undefined,
      },
    };
  }

  const noControl = (key: string, name: string, item: Item, category: string) => {
    rows[key] = { name, description: item.description ?? '', control: false, table: { category } };
  };
  for (const s of d.slots ?? []) noControl(`slot:${s.name}`, s.name ? `slot="${s.name}"` : '(default slot)', s, CATEGORY.slots);
  for (const e of d.events ?? []) noControl(`event:${e.name}`, e.name, e, CATEGORY.events);
  for (const p of d.cssParts ?? []) noControl(`part:${p.name}`, `::part(${p.name})`, p, CATEGORY.cssParts);
  for (const c of d.cssProperties ?? []) {
    if (!isColourProperty(c)) noControl(c.name, c.name, c, CATEGORY.cssProperties);
    else
      rows[c.name] = {
        name: c.name,
        description: c.description ?? '',
        control: { type: 'color' },
        table: { category: CATEGORY.cssProperties },
      };
  }
  return rows;
}

/**
 * Storybook merges a story's own argTypes and args over the extracted rows, and names each row by its key again
 * (`showValue`): give the element's rows back their names, and group the story's own controls (a container width,
 * a demo outcome) apart from the element's API.
 */
export function withElementRows(argTypes: StrictArgTypes, rows: ArgTypes | null, args: Record<string, unknown> = {}): StrictArgTypes {
  const out: StrictArgTypes = {};
  // An arg without an argType (Storybook infers its row later) is the story's own too.
  const all: StrictArgTypes = { ...Object.fromEntries(Object.keys(args).map((key) => [key, { name: key }])), ...argTypes };
  for (const [key, argType] of Object.entries(all)) {
    const row = rows?.[key];
    out[key] = row
      ? { ...argType, name: row.name ?? key }
      : { ...argType, table: { ...argType.table, category: argType.table?.category ?? STORY_CATEGORY } };
  }
  return out;
}
export const STORY_CATEGORY = 'story';
