/**
 * Checks of what an element rendered, shadow roots included, shared by the element fuzz and XSS tests (Chromium).
 */

/** Every element under `root`, descending into open shadow roots (and template contents are skipped). */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const stack: ParentNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) stack.push(el.shadowRoot);
    }
  }
  if (root instanceof Element && root.shadowRoot) {
    // `root` itself is a host: its shadow root was not reached through querySelectorAll.
    if (!stack.includes(root.shadowRoot)) out.push(...deepElements(root.shadowRoot));
  }
  return [...new Set(out)];
}

/** The rendered text of a host's shadow tree (nested shadow roots included), plus the ARIA texts and values in it. */
export function renderedTexts(host: Element): string[] {
  const texts: string[] = [];
  const roots: Array<ShadowRoot | Element> = host.shadowRoot ? [host.shadowRoot] : [];
  // The host's own attributes are the author's input (an element never rewrites them): only what it rendered counts.
  for (const el of deepElements(host)) {
    if (!(el.getRootNode() instanceof ShadowRoot)) continue;
    for (const attr of el.attributes) {
      if (
        /^(aria-(label|valuenow|valuetext|valuemin|valuemax|description|roledescription|placeholder)|title|alt|placeholder|value)$/.test(
          attr.name,
        )
      )
        texts.push(attr.value);
    }
    if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  for (const root of new Set(roots)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement?.localName === 'style' || n.parentElement?.localName === 'script') continue;
      texts.push(n.textContent ?? '');
    }
  }
  return texts;
}

// Digit groups separated by one separator each: linear to match (no nested quantifiers over the same characters).
const PERCENT = /(?<![\d.,])([-−\u2212]?\d+(?:[.,\u00a0\u202f]\d+)*)\s?[%٪]/g;

/** A number from a percentage as formatted in English (the tests render in English): "1,234.5" → 1234.5. */
const numberOf = (s: string) =>
  Number(
    s
      .replace(/[\s\u00a0\u202f,]/g, '')
      .replace('−', '-')
      .replace('\u2212', '-'),
  );

/**
 * Lies in rendered text: NaN, Infinity, "undefined", "[object Object]", a percentage outside 0–100. Strings the
 * input itself contained (user text shown as text) are removed first, so a review titled "NaN" is no lie.
 */
export function textLies(texts: readonly string[], inputStrings: readonly string[] = []): string[] {
  const own = [...new Set(inputStrings.map((s) => s.trim()).filter((s) => s.length >= 2))].sort((a, b) => b.length - a.length);
  const lies: string[] = [];
  for (let text of texts) {
    for (const s of own) if (text.includes(s)) text = text.split(s).join(' ');
    if (/\bNaN\b/.test(text)) lies.push(`NaN in "${text.slice(0, 120)}"`);
    if (/Infinity|∞/.test(text)) lies.push(`Infinity in "${text.slice(0, 120)}"`);
    if (/\bundefined\b|\[object \w+\]/.test(text)) lies.push(`undefined/[object] in "${text.slice(0, 120)}"`);
    for (const m of text.matchAll(PERCENT)) {
      const n = numberOf(m[1]!);
      if (!(n >= 0 && n <= 100)) lies.push(`percentage ${m[0].trim()} in "${text.slice(0, 120)}"`);
    }
  }
  return lies;
}

/** Inline sizes that are percentages outside 0–100, or not numbers, in style attributes of the shadow tree. */
export function styleLies(host: Element): string[] {
  const lies: string[] = [];
  for (const el of deepElements(host)) {
    const style = el.getAttribute('style');
    if (!style) continue;
    if (/NaN|Infinity|undefined/.test(style)) lies.push(`style "${style}" on <${el.localName}>`);
    for (const m of style.matchAll(/(inline-size|width|block-size|height|--[\w-]+)\s*:\s*([-\d.e+]+)%/g)) {
      const n = Number(m[2]);
      if (!(n >= 0 && n <= 100)) lies.push(`style ${m[0]} on <${el.localName}>`);
    }
  }
  return lies;
}

const URL_ATTRS =
  /^(href|src|srcset|action|formaction|xlink:href|poster|background|data|ping|cite|srcdoc|codebase|lowsrc|dynsrc|manifest)$/i;
// As the URL parser reads it: leading and trailing C0 controls and spaces are dropped, tabs and newlines removed
// anywhere. (Other characters, such as a soft hyphen inside "javascript", make the scheme invalid: a relative URL.)
const DANGEROUS_URL = /^(javascript|data|vbscript):/i;
// eslint-disable-next-line no-control-regex -- the URL spec strips C0 controls and spaces around a URL: so must the check
const normalizeUrl = (value: string) => value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');

/**
 * Everything dangerous in what `host` rendered (its shadow tree, and light-DOM children it created):
 * javascript:/data:/vbscript: URLs, event-handler attributes, and script/iframe/object/embed/base/meta elements.
 * `own` are light-DOM nodes the test itself put in (input scripts): they are not the element's output.
 */
export function dangerousMarkup(host: Element, own: ReadonlySet<Node> = new Set()): string[] {
  const found: string[] = [];
  for (const el of deepElements(host)) {
    if (own.has(el)) continue;
    const inShadow = el.getRootNode() instanceof ShadowRoot;
    if (/^(script|iframe|frame|object|embed|base|meta|link|applet)$/.test(el.localName)) {
      const isOutput = el.localName === 'script' && el.hasAttribute('data-trust-signals-output') && !inShadow;
      if (!isOutput) found.push(`<${el.localName}> rendered${inShadow ? ' in the shadow root' : ''}`);
    }
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${attr.name}="${attr.value.slice(0, 60)}" on <${el.localName}>`);
      if (URL_ATTRS.test(attr.name) && DANGEROUS_URL.test(normalizeUrl(attr.value)))
        found.push(`${attr.name}="${attr.value.slice(0, 60)}" on <${el.localName}>`);
      if (attr.name === 'style' && /url\(\s*['"]?\s*(javascript|data|vbscript):|expression\(/i.test(normalizeUrl(attr.value)))
        found.push(`style url on <${el.localName}>`);
    }
    // Properties too: a URL set as a property (a.href = …) shows up in the attribute, but SVG <a> and <use> may not.
    const href = (el as HTMLAnchorElement).href;
    if (typeof href === 'string' && DANGEROUS_URL.test(normalizeUrl(href)))
      found.push(`href property "${href.slice(0, 60)}" on <${el.localName}>`);
  }
  return [...new Set(found)];
}

/**
 * The JSON-LD an element wrote (`<script type="application/ld+json" data-trust-signals-output>` in its light DOM)
 * must stay one script whose text is JSON: no `</script`, no `<!--`, and parsing the host's serialized HTML again
 * yields the same script with the same text (so a server-rendered or copied page cannot be broken out of).
 */
export function jsonLdBreakouts(host: Element): string[] {
  const found: string[] = [];
  const outputs = [...host.querySelectorAll('script[data-trust-signals-output]')] as HTMLScriptElement[];
  for (const script of outputs) {
    const text = script.textContent ?? '';
    if (/<\/script|<!--|<script/i.test(text))
      found.push(`JSON-LD output contains ${/<\/script/i.test(text) ? '</script' : '<!-- or <script'}`);
    try {
      JSON.parse(text);
    } catch {
      found.push('JSON-LD output is not JSON');
    }
  }
  if (outputs.length) {
    const template = document.createElement('template');
    template.innerHTML = host.outerHTML;
    const again = [...template.content.querySelectorAll('script[data-trust-signals-output]')];
    const scripts = template.content.querySelectorAll('script').length;
    if (again.length !== outputs.length || scripts !== host.querySelectorAll('script').length)
      found.push('re-parsing the serialized host gives other scripts: the JSON-LD broke out');
    again.forEach((s, i) => {
      if (s.textContent !== outputs[i]!.textContent) found.push('re-parsing the serialized host changes the JSON-LD text');
    });
  }
  return found;
}

/** Every string in a value (the input's own texts), without recursion. */
export function stringsIn(value: unknown): string[] {
  const out: string[] = [];
  const stack = [value];
  const seen = new Set<unknown>();
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') out.push(v);
    else if (v && typeof v === 'object' && !seen.has(v)) {
      seen.add(v);
      stack.push(...Object.values(v));
    }
  }
  return out;
}
