import { LitElement } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChildJson, JsonSource, scriptChild, type SourceState } from './source.js';

class SourceHost extends LitElement {
  source!: JsonSource;
}
customElements.define('core-source-host', SourceHost);

const hosts: HTMLElement[] = [];
afterEach(() => hosts.splice(0).forEach((h) => h.remove()));

function host(fetchJson?: (url: string, init: RequestInit) => Promise<Response>) {
  const el = document.createElement('core-source-host') as SourceHost;
  el.source = new JsonSource(el, fetchJson);
  document.body.append(el);
  hosts.push(el);
  return el;
}

const until = async (el: SourceHost, status: SourceState['status']) => {
  for (let i = 0; i < 200 && el.source.state.status !== status; i++) await new Promise((r) => setTimeout(r, 10));
  expect(el.source.state.status).toBe(status);
};

describe('JsonSource', () => {
  it('is idle without src, loading while fetching, loaded with the JSON', async () => {
    const el = host();
    expect(el.source.state).toEqual({ status: 'idle' });
    el.source.set('/test/fixtures/data/reviews.json');
    expect(el.source.state).toEqual({ status: 'loading', src: '/test/fixtures/data/reviews.json' });
    await until(el, 'loaded');
    const state = el.source.state as Extract<SourceState, { status: 'loaded' }>;
    expect((state.json as { subject: { name: string } }).subject.name).toBe('Kettle');
  });

  it('fetches a URL once: an HTTP error is reported and not retried until src changes or retry()', async () => {
    const fetchJson = vi.fn((url: string, init: RequestInit) => fetch(url, init));
    const el = host(fetchJson);
    el.source.set('/test/fixtures/data/missing.json');
    await until(el, 'failed');
    expect(el.source.state).toEqual({
      status: 'failed',
      src: '/test/fixtures/data/missing.json',
      issues: [{ path: 'src', message: 'answered HTTP 404: /test/fixtures/data/missing.json', severity: 'error' }],
    });
    el.source.set('/test/fixtures/data/missing.json');
    el.requestUpdate();
    await el.updateComplete;
    expect(fetchJson).toHaveBeenCalledTimes(1);
    el.source.retry();
    await until(el, 'failed');
    expect(fetchJson).toHaveBeenCalledTimes(2);
    // Requests go without credentials to other origins and ask for JSON.
    const init = fetchJson.mock.calls[0]![1];
    expect(init.credentials).toBe('same-origin');
    expect((init.headers as Record<string, string>).accept).toContain('application/json');
  });

  it('reports a response that is not JSON', async () => {
    const el = host();
    el.source.set('/test/fixtures/data/broken.json');
    await until(el, 'failed');
    const state = el.source.state as Extract<SourceState, { status: 'failed' }>;
    expect(state.issues[0]!.message).toBe('did not return valid JSON: /test/fixtures/data/broken.json');
  });

  it.each(['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd'])('never fetches %s', async (src) => {
    const fetchJson = vi.fn();
    const el = host(fetchJson);
    el.source.set(src);
    expect(fetchJson).not.toHaveBeenCalled();
    expect(el.source.state.status).toBe('failed');
    expect((el.source.state as Extract<SourceState, { status: 'failed' }>).issues[0]!.path).toBe('src');
  });

  it('aborts the request in flight when src changes, and ignores its late answer', async () => {
    const signals: AbortSignal[] = [];
    let releaseFirst!: (r: Response) => void;
    const fetchJson = vi.fn((url: string, init: RequestInit) => {
      signals.push(init.signal!);
      if (url === '/first.json') return new Promise<Response>((resolve) => (releaseFirst = resolve));
      return Promise.resolve(new Response('{"second":true}', { status: 200 }));
    });
    const el = host(fetchJson);
    el.source.set('/first.json');
    el.source.set('/second.json');
    expect(signals[0]!.aborted).toBe(true);
    await until(el, 'loaded');
    releaseFirst(new Response('{"first":true}', { status: 200 }));
    await new Promise((r) => setTimeout(r, 20));
    expect((el.source.state as Extract<SourceState, { status: 'loaded' }>).json).toEqual({ second: true });
  });

  it('goes back to idle when src is removed', async () => {
    const el = host();
    el.source.set('/test/fixtures/data/reviews.json');
    el.source.set(undefined);
    expect(el.source.state).toEqual({ status: 'idle' });
  });
});

/** A host that counts its updates and keeps the child JSON of the first matching script. */
class ChildHost extends LitElement {
  child!: ChildJson;
  updates = 0;
  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    this.updates++;
  }
}
customElements.define('core-child-host', ChildHost);

function childHost(
  inner: string,
  type: 'application/json' | 'application/ld+json' = 'application/json',
  accept?: (s: HTMLScriptElement) => boolean,
) {
  const el = document.createElement('core-child-host') as ChildHost;
  el.innerHTML = inner; // test markup only
  el.child = new ChildJson(el, type, accept);
  document.body.append(el);
  hosts.push(el);
  return el;
}

/** Lets the mutation record arrive and the update it asked for run. */
const settled = async (el: ChildHost) => {
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
};

describe('scriptChild', () => {
  it('finds the first direct child script of a type (case and spaces ignored), accepted by the filter when given', () => {
    const div = document.createElement('div');
    div.innerHTML =
      '<script type="text/plain">{}</script><div><script type="application/json">1</script></div><script type=" Application/JSON ">2</script><script type="application/json" data-x>3</script>';
    expect(scriptChild(div, 'application/json')?.textContent).toBe('2');
    expect(scriptChild(div, 'application/json', (s) => s.hasAttribute('data-x'))?.textContent).toBe('3');
    expect(scriptChild(div, 'application/ld+json')).toBeUndefined();
  });
});

describe('ChildJson', () => {
  it('reads the child script when the host connects: its JSON, or an issue at script[type=…] when it is not JSON', async () => {
    const el = childHost('<script type="application/ld+json">{"@type":"Product","name":"Kettle"}</script>', 'application/ld+json');
    expect(el.child.value).toEqual({ ok: true, value: { '@type': 'Product', name: 'Kettle' }, warnings: [] });
    const bad = childHost('<script type="application/json">{"name": oops}</script>');
    const result = bad.child.value!;
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.path).toBe('script[type=application/json]');
    expect(result.errors[0]!.message).toMatch(/^is not valid JSON \(.+\); starts with "\{\\"name\\": oops\}"$/);
    expect(
      childHost('<script type="text/plain">{}</script><div><script type="application/json">{}</script></div>').child.value,
    ).toBeUndefined();
  });

  it('follows a script added, rewritten, edited in place, replaced and removed later, and asks for an update each time', async () => {
    const el = childHost('');
    await el.updateComplete;
    expect(el.child.value).toBeUndefined();
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"a":1}';
    const steps: Array<[() => void, unknown]> = [
      [() => el.append(script), { a: 1 }],
      [() => (script.textContent = '{"a":2}'), { a: 2 }],
      [() => ((script.firstChild as Text).data = '{"a":3}'), { a: 3 }],
      [() => script.replaceWith(Object.assign(document.createElement('script'), { type: 'application/json', textContent: '[4]' })), [4]],
      [() => el.querySelector('script')!.remove(), undefined],
    ];
    for (const [change, expected] of steps) {
      const before = el.updates;
      change();
      await settled(el);
      expect(el.child.value && (el.child.value.ok ? el.child.value.value : 'error')).toEqual(expected);
      expect(el.updates).toBe(before + 1);
    }
  });

  it('is not news when nothing it reads changed: other children, other scripts, the same text written again', async () => {
    const el = childHost('<script type="application/json">{"a":1}</script>');
    await el.updateComplete;
    const value = el.child.value;
    const updates = el.updates;
    el.append(document.createElement('span'), Object.assign(document.createElement('script'), { type: 'text/plain', textContent: 'x' }));
    el.querySelector('span')!.textContent = 'changed';
    el.querySelector('script')!.textContent = '{"a":1}';
    await settled(el);
    expect(el.updates).toBe(updates);
    expect(el.child.value).toBe(value);
  });

  it("skips the scripts its filter rejects (an element's own output)", async () => {
    const el = childHost(
      '<script type="application/ld+json" data-output>{"own":true}</script>',
      'application/ld+json',
      (s) => !s.hasAttribute('data-output'),
    );
    expect(el.child.value).toBeUndefined();
    el.append(Object.assign(document.createElement('script'), { type: 'application/ld+json', textContent: '{"page":true}' }));
    await settled(el);
    expect(el.child.value).toEqual({ ok: true, value: { page: true }, warnings: [] });
    el.querySelector('script[data-output]')!.textContent = '{"own":false}';
    await settled(el);
    expect(el.child.value).toEqual({ ok: true, value: { page: true }, warnings: [] });
  });

  it('stops observing when the host leaves, and reads the script again when it comes back', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const el = childHost('<script type="application/json">1</script>');
    await el.updateComplete;
    el.remove();
    expect(disconnect).toHaveBeenCalledTimes(1);
    const updates = el.updates;
    el.querySelector('script')!.textContent = '2';
    await new Promise((r) => setTimeout(r));
    expect(el.updates).toBe(updates);
    expect(el.child.value).toEqual({ ok: true, value: 1, warnings: [] });
    document.body.append(el);
    await settled(el);
    expect(el.child.value).toEqual({ ok: true, value: 2, warnings: [] });
    expect(observe).toHaveBeenCalledTimes(2);
    observe.mockRestore();
    disconnect.mockRestore();
  });

  it('parse(): data wins unless undefined; the child otherwise, or its issue; parsed again only when one changed', async () => {
    const el = childHost('<script type="application/json">{"n":1}</script>');
    const parser = vi.fn((input: unknown) => ({ ok: true as const, value: input, warnings: [] }));
    const fromChild = el.child.parse(undefined, parser);
    expect(fromChild).toEqual({ ok: true, value: { n: 1 }, warnings: [] });
    expect(el.child.parse(undefined, parser)).toBe(fromChild);
    const data = { n: 9 };
    expect(el.child.parse(data, parser).ok && el.child.parse(data, parser)).toMatchObject({ value: data });
    expect(parser).toHaveBeenCalledTimes(2);
    // The child changing does not matter while data is set; it does once data is unset.
    el.querySelector('script')!.textContent = 'oops';
    await settled(el);
    expect(parser).toHaveBeenCalledTimes(2);
    expect(el.child.parse(data, parser)).toMatchObject({ value: data });
    const failed = el.child.parse(undefined, parser);
    expect(failed.ok === false && failed.errors.map((i) => i.path)).toEqual(['script[type=application/json]']);
    expect(parser).toHaveBeenCalledTimes(2);
    // null is data too: the child (even a broken one) is not used.
    expect(el.child.parse(null, parser).ok).toBe(true);
    // No child, no data: the parser says what is missing.
    el.querySelector('script')!.remove();
    await settled(el);
    el.child.parse(undefined, parser);
    expect(parser).toHaveBeenLastCalledWith(undefined);
  });

  it('base(): the object under the attributes: data unless undefined, else the child; {} for anything else', () => {
    const el = childHost('<script type="application/json">{"price":3}</script>');
    expect(el.child.base(undefined)).toEqual({ base: { price: 3 }, issues: [] });
    expect(el.child.base({ price: 4 })).toEqual({ base: { price: 4 }, issues: [] });
    expect(el.child.base([1, 2])).toEqual({ base: {}, issues: [] });
    expect(el.child.base(null)).toEqual({ base: {}, issues: [] });
    const bad = childHost('<script type="application/json">[</script>');
    expect(bad.child.base(undefined).issues.map((i) => i.path)).toEqual(['script[type=application/json]']);
    expect(bad.child.base({ price: 4 })).toEqual({ base: { price: 4 }, issues: [] });
  });

  it('base(): the fields of `over` that are set lie on top; null and undefined ones (removed attributes) do not', () => {
    const el = childHost('<script type="application/json">{"price":3,"currency":"EUR","date":"2026-01-01"}</script>');
    const json = el.child.value?.ok ? el.child.value.value : undefined;
    const { base } = el.child.base(undefined, { price: 5, currency: null, date: undefined });
    expect(base).toEqual({ price: 5, currency: 'EUR', date: '2026-01-01' });
    expect(base).not.toBe(json); // a copy: the element may add fields without touching the parsed JSON
    const bad = childHost('<script type="application/json">[</script>');
    expect(bad.child.base(undefined, { price: 5, currency: null })).toMatchObject({ base: { price: 5 } });
  });
});
