import { parseJsonText, type ParseResult } from '@trust-signals/core';

/** Where the child script's issues point. */
export const JSON_CHILD_PATH = 'script[type=application/json]';

/**
 * The data of the first child `<script type="application/json">` of `host` (its light DOM), or `undefined` when
 * there is none. The script is read when the element connects; set the `data` property to change the data later.
 */
export function readJsonChild(host: Element): ParseResult<unknown> | undefined {
  const script = [...host.children].find(
    (c) => c.localName === 'script' && (c as HTMLScriptElement).type.trim().toLowerCase() === 'application/json',
  );
  return script ? parseJsonText(script.textContent ?? '', JSON_CHILD_PATH) : undefined;
}
