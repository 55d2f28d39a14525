/**
 * A small, strict, non-validating XML reader for untrusted files (an IRS e-file return a visitor picks), the same
 * in browsers and in Node: no DOMParser, no dependency. It reads one document into a tree of elements and refuses,
 * with an issue rather than an exception, anything it would have to trust:
 *   - DOCTYPE and ENTITY declarations (so no entity is ever defined, let alone expanded: no "billion laughs", no
 *     external entity); the only references decoded are XML's five predefined entities (`&lt;` `&gt;` `&amp;`
 *     `&quot;` `&apos;`) and numeric character references (`&#233;`, `&#xE9;`);
 *   - input over a size limit (measured in UTF-8 bytes, as the file was on disk), nesting deeper than a limit, and
 *     more than 64 attributes on one element;
 *   - anything not well-formed: unclosed or mismatched tags, a second root, text outside the root, duplicate
 *     attributes, undeclared namespace prefixes, characters XML does not allow.
 * Comments, processing instructions and the XML declaration are skipped; CDATA sections are text. Names are kept
 * as local names (the prefix dropped) with the namespace they resolve to. The scan is one pass with `indexOf` and
 * per-character checks (the few regular expressions are simple, with nothing to backtrack into), so its time grows
 * linearly with the input.
 * Internal: form-990.ts uses it; no entry point exports it.
 */
import { fail, issue, ok, type DataIssue, type ParseResult } from '../errors.js';

/** One element: its local name and namespace, its attributes (as written, prefixes kept), children and text. */
export interface XmlElement {
  /** The local name: `IRS990` for both `<IRS990>` and `<efile:IRS990>`. */
  readonly name: string;
  /** The namespace URI the element's prefix (or the default namespace) resolves to; `''` for none. */
  readonly namespace: string;
  /** Attribute values by qualified name (`returnVersion`, `xmlns`, `xsi:schemaLocation`), entities decoded. */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  /** The character data directly inside (CDATA included), entities decoded, not trimmed. */
  text: string;
}

export interface XmlLimits {
  /** The largest input accepted, in UTF-8 bytes. */
  readonly maxBytes: number;
  /** The deepest nesting accepted (the root is depth 1). Default 64. */
  readonly maxDepth?: number;
}

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/** UTF-8 length of `text`, counting no further than `limit + 1` (so a huge string is not walked to its end). */
export function utf8Length(text: string, limit = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isNameStart = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a || c >= 0xc0;
const isNameChar = (c: number) => isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e || c === 0xb7;

/** A character XML 1.0 does not allow in a document: C0 controls other than tab, LF and CR; U+FFFE, U+FFFF. */
const isForbiddenChar = (c: number) => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff;

/** Thrown inside the reader only, and turned into an issue by `readXmlTree`: never escapes. */
class XmlError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

/** `line L, column C` of offset `at` in `text` (1-based). */
function position(text: string, at: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${at - lineStart + 1}`;
}

/** Longest entity reference looked at: `&#x10FFFF;` and `&quot;` fit; a bare `&` is not searched to the end. */
const MAX_REFERENCE = 10;
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const hex = (c: number) => c.toString(16).toUpperCase().padStart(4, '0');

/** Refuses a character XML does not allow in `raw` (which starts at offset `start`). */
function checkChars(raw: string, start: number): void {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isForbiddenChar(c)) throw new XmlError(`has a character XML does not allow (U+${hex(c)})`, start + i);
  }
}

/** `raw` (text or an attribute value starting at offset `start`) with its references decoded. */
function decode(raw: string, start: number): string {
  checkChars(raw, start);
  let amp = raw.indexOf('&');
  if (amp === -1) return raw;
  let out = '';
  let from = 0;
  while (amp !== -1) {
    const semi = raw.slice(amp + 1, amp + 2 + MAX_REFERENCE).indexOf(';');
    if (semi === -1) throw new XmlError('has an "&" that starts no reference (write it as &amp;)', start + amp);
    const name = raw.slice(amp + 1, amp + 1 + semi);
    out += raw.slice(from, amp) + reference(name, start + amp);
    from = amp + semi + 2;
    amp = raw.indexOf('&', from);
  }
  return out + raw.slice(from);
}

function reference(name: string, at: number): string {
  const predefined = PREDEFINED[name];
  if (predefined !== undefined && Object.hasOwn(PREDEFINED, name)) return predefined;
  // A decimal or hexadecimal character reference (`name` is at most MAX_REFERENCE characters long).
  const code = /^#[0-9]+$/.test(name) ? Number(name.slice(1)) : /^#x[0-9a-fA-F]+$/.test(name) ? parseInt(name.slice(2), 16) : undefined;
  if (code === undefined) {
    throw new XmlError(`uses the entity &${name}; which is not one of XML's five predefined entities: no other entity is expanded`, at);
  }
  const valid = code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) && !isForbiddenChar(code) && code !== 0;
  if (!valid) throw new XmlError(`has the character reference &${name}; to a character XML does not allow`, at);
  return String.fromCodePoint(code);
}

/** The reader's state: the text and a cursor. */
class Scanner {
  pos = 0;
  constructor(readonly text: string) {}

  startsWith(s: string): boolean {
    return this.text.startsWith(s, this.pos);
  }

  /** Moves past the next `end` (searching from the cursor); `what` names the construct left open. */
  skipPast(end: string, what: string): number {
    const at = this.text.indexOf(end, this.pos);
    if (at === -1) throw new XmlError(`has ${what} that is never closed`, this.pos);
    const from = this.pos;
    this.pos = at + end.length;
    return from;
  }

  skipSpace(): boolean {
    const from = this.pos;
    while (this.pos < this.text.length && isSpace(this.text.charCodeAt(this.pos))) this.pos++;
    return this.pos > from;
  }

  name(): string {
    const from = this.pos;
    if (!isNameStart(this.text.charCodeAt(this.pos))) throw new XmlError('has a "<" that starts no tag (write it as &lt;)', from);
    while (this.pos < this.text.length && isNameChar(this.text.charCodeAt(this.pos))) this.pos++;
    return this.text.slice(from, this.pos);
  }
}

/** An element whose start tag was read, with what its end tag and its content need. */
interface Open {
  readonly element: XmlElement;
  readonly qname: string;
  /** Prefix → namespace in scope for this element's content. */
  readonly scope: ReadonlyMap<string, string>;
  /** Closed by its start tag ("/>"): it has no content and no end tag. */
  readonly empty: boolean;
}

/** The most attributes one element may have (an e-file element has a handful): more is refused, not read. */
const MAX_ATTRIBUTES = 64;

/** The attributes of every element that has none (most of a return's): one shared, never-written map. */
const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

/** Reads a start tag after its "<". */
function startTag(s: Scanner, parentScope: ReadonlyMap<string, string>): Open {
  const at = s.pos - 1;
  const qname = s.name();
  let attributes: Map<string, string> | undefined;
  for (;;) {
    const spaced = s.skipSpace();
    if (s.startsWith('/>') || s.startsWith('>')) break;
    if (s.pos >= s.text.length) throw new XmlError(`has the tag <${qname}> that is never closed`, at);
    if (!spaced) throw new XmlError(`has attributes without a space between them in <${qname}>`, s.pos);
    const nameAt = s.pos;
    const name = s.name();
    s.skipSpace();
    if (!s.startsWith('=')) throw new XmlError(`has the attribute ${name} without a value in <${qname}>`, nameAt);
    s.pos++;
    s.skipSpace();
    const quote = s.text[s.pos];
    if (quote !== '"' && quote !== "'") throw new XmlError(`has the value of ${name} without quotes in <${qname}>`, s.pos);
    s.pos++;
    const valueAt = s.pos;
    const end = s.text.indexOf(quote, s.pos);
    if (end === -1) throw new XmlError(`has the value of ${name} never closed in <${qname}>`, valueAt);
    const raw = s.text.slice(valueAt, end);
    const lt = raw.indexOf('<');
    if (lt !== -1) throw new XmlError(`has a "<" in the value of ${name} (write it as &lt;)`, valueAt + lt);
    s.pos = end + 1;
    attributes ??= new Map();
    if (attributes.size >= MAX_ATTRIBUTES) throw new XmlError(`has more than ${MAX_ATTRIBUTES} attributes in <${qname}>`, nameAt);
    if (attributes.has(name)) throw new XmlError(`has the attribute ${name} twice in <${qname}>`, nameAt);
    // Attribute-value normalization: each tab, line feed or carriage return becomes a space (before decoding).
    attributes.set(name, decode(raw.replace(/[\t\n\r]/g, ' '), valueAt));
  }
  const empty = s.startsWith('/>');
  s.pos += empty ? 2 : 1;
  let scope = parentScope;
  for (const [name, value] of attributes ?? NO_ATTRIBUTES) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      if (scope === parentScope) scope = new Map(parentScope);
      (scope as Map<string, string>).set(name === 'xmlns' ? '' : name.slice(6), value);
    }
  }
  const colon = qname.indexOf(':');
  const prefix = colon === -1 ? '' : qname.slice(0, colon);
  const name = colon === -1 ? qname : qname.slice(colon + 1);
  if (colon === 0 || !name || name.includes(':')) throw new XmlError(`has the malformed name "${qname}"`, at);
  const namespace = scope.get(prefix);
  if (namespace === undefined) throw new XmlError(`uses the namespace prefix "${prefix}" in <${qname}> without declaring it`, at);
  const element: XmlElement = { name, namespace, attributes: attributes ?? NO_ATTRIBUTES, children: [], text: '' };
  return { element, qname, scope, empty };
}

/**
 * Reads `text` as one XML document: its root element, or an issue (at `path`, `''` by default) saying where and
 * why it was refused. Never throws for bad input.
 */
export function readXmlTree(text: string, limits: XmlLimits, path = ''): ParseResult<XmlElement> {
  const bytes = utf8Length(text, limits.maxBytes);
  if (bytes > limits.maxBytes) {
    return fail([issue(path, `is larger than ${limits.maxBytes.toLocaleString('en')} bytes, the most that is read`)]);
  }
  const s = new Scanner(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  try {
    return ok(readDocument(s, limits.maxDepth ?? 64));
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    const found: DataIssue = issue(path, `is not a well-formed XML file: it ${error.message} (${position(s.text, error.at)})`);
    return fail([found]);
  }
}

function readDocument(s: Scanner, maxDepth: number): XmlElement {
  const { text } = s;
  const stack: Open[] = [];
  let root: XmlElement | undefined;
  const initialScope: ReadonlyMap<string, string> = new Map([
    ['', ''],
    ['xml', XML_NAMESPACE],
  ]);
  while (s.pos < text.length) {
    const lt = text.indexOf('<', s.pos);
    const end = lt === -1 ? text.length : lt;
    if (end > s.pos) characters(s, end, stack);
    if (lt === -1) break;
    s.pos = lt + 1;
    if (s.startsWith('!--')) {
      s.pos += 3;
      s.skipPast('-->', 'a comment');
    } else if (s.startsWith('![CDATA[')) {
      if (!stack.length) throw new XmlError('has a CDATA section outside the root element', lt);
      s.pos += 8;
      const from = s.skipPast(']]>', 'a CDATA section');
      const data = text.slice(from, s.pos - 3);
      checkChars(data, from);
      stack[stack.length - 1]!.element.text += data;
    } else if (s.startsWith('!')) {
      const what = s.startsWith('!DOCTYPE')
        ? 'a DOCTYPE declaration'
        : s.startsWith('!ENTITY')
          ? 'an ENTITY declaration'
          : 'a "<!" declaration';
      throw new XmlError(`has ${what}, which is refused: declarations could define entities, and none is ever expanded here`, lt);
    } else if (s.startsWith('?')) {
      s.pos += 1;
      s.skipPast('?>', 'a processing instruction');
    } else if (s.startsWith('/')) {
      s.pos += 1;
      const qname = s.name();
      s.skipSpace();
      if (!s.startsWith('>')) throw new XmlError(`has the end tag </${qname} never closed`, lt);
      s.pos += 1;
      const open = stack.pop();
      if (!open) throw new XmlError(`has the end tag </${qname}> without a start tag`, lt);
      if (open.qname !== qname) throw new XmlError(`has the end tag </${qname}> where </${open.qname}> was expected`, lt);
    } else {
      if (!stack.length && root) throw new XmlError('has a second root element (a document has exactly one)', lt);
      if (stack.length >= maxDepth) throw new XmlError(`nests elements more than ${maxDepth} deep`, lt);
      const parent = stack[stack.length - 1];
      const open = startTag(s, parent?.scope ?? initialScope);
      if (parent) parent.element.children.push(open.element);
      else root = open.element;
      if (!open.empty) stack.push(open);
    }
  }
  if (stack.length) throw new XmlError(`ends before the element <${stack[stack.length - 1]!.qname}> is closed`, text.length);
  if (!root) throw new XmlError('has no root element', text.length);
  return root;
}

/** Character data from the cursor to `end`: the open element's text, or only white space outside the root. */
function characters(s: Scanner, end: number, stack: Open[]): void {
  const raw = s.text.slice(s.pos, end);
  const open = stack[stack.length - 1];
  if (!open) {
    for (let i = 0; i < raw.length; i++) {
      if (!isSpace(raw.charCodeAt(i))) throw new XmlError('has text outside the root element', s.pos + i);
    }
  } else {
    const cdataEnd = raw.indexOf(']]>');
    if (cdataEnd !== -1) throw new XmlError('has "]]>" in text (write it as ]]&gt;)', s.pos + cdataEnd);
    open.element.text += decode(raw, s.pos);
  }
  s.pos = end;
}
