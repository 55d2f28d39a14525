import { LitElement } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JsonSource, readJsonLdChild, type SourceState } from './source.js';

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

describe('readJsonLdChild', () => {
  const make = (inner: string) => {
    const div = document.createElement('div');
    div.innerHTML = inner; // test markup only
    return div;
  };

  it('reads the JSON of a direct child script of type application/ld+json', () => {
    expect(readJsonLdChild(make('<script type="application/ld+json">{"@type":"Product","name":"Kettle"}</script>'))).toEqual({
      json: { '@type': 'Product', name: 'Kettle' },
    });
  });

  it('ignores other scripts and nested ones', () => {
    expect(readJsonLdChild(make('<script type="text/plain">{}</script><div><script type="application/ld+json">{}</script></div>'))).toBeUndefined();
  });

  it('reports text that is not JSON', () => {
    const result = readJsonLdChild(make('<script type="application/ld+json">{"name": oops}</script>'));
    expect(result && 'issues' in result && result.issues[0]!.path).toBe('script[type=application/ld+json]');
    expect(result && 'issues' in result && result.issues[0]!.message).toMatch(/^is not valid JSON \(.+\); starts with "\{\\"name\\": oops\}"$/);
  });
});
