/**
 * Network silence: which requests a page made that it should not have. Allowed: the page's own origin (its files,
 * and any relative `src` a story configured), `data:`/`blob:`/`about:` (not network), and absolute URLs the page
 * itself names in an attribute (a story's `src`, `test-keys`, …: configured by the story, not by our code).
 */

/** Every attribute value in the document, shadow roots included. */
function attributeValues(root: ParentNode = document): string[] {
  const values: string[] = [];
  const stack: ParentNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    for (const el of node.querySelectorAll('*')) {
      for (const a of el.attributes) values.push(a.value);
      if (el.shadowRoot) stack.push(el.shadowRoot);
    }
  }
  return values;
}

/** The requests among `urls` that are neither the page's own nor configured by the page. */
export function foreignRequests(
  urls: readonly string[],
  origin = location.origin,
  configured: readonly string[] = attributeValues(),
): string[] {
  return [...new Set(urls)].filter((url) => {
    if (/^(data|blob|about):/i.test(url)) return false;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return true;
    }
    if (parsed.origin === origin) return false;
    return !configured.some((value) => value.includes(parsed.origin + parsed.pathname) || value === url);
  });
}

/** Resource Timing entries from other origins (a second witness: fetched, preloaded or failed resources). */
export function foreignResourceEntries(origin = location.origin): string[] {
  return foreignRequests(
    performance.getEntriesByType('resource').map((e) => e.name),
    origin,
  );
}
