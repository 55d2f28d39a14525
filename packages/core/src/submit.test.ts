import { describe, expect, it } from 'vitest';
import { dispatchSubmit, sentOk } from './submit.js';

describe('dispatchSubmit', () => {
  it('sends the answer with respondWith; the reply says whether it was sent', async () => {
    const target = new EventTarget();
    const seen: unknown[] = [];
    target.addEventListener('trust-submit', (e) => {
      const { respondWith, ...answer } = (e as CustomEvent).detail;
      seen.push(answer);
      respondWith(Promise.resolve({ ok: false }));
    });
    const outcome = dispatchSubmit(target, { rating: 4 });
    expect(seen).toEqual([{ rating: 4 }]);
    expect(outcome.cancelled).toBe(false);
    expect(await (outcome as { reply: Promise<boolean> }).reply).toBe(false);
  });

  it('is cancelled by preventDefault, has no reply without respondWith, and rejects a late or second respondWith', async () => {
    const target = new EventTarget();
    const cancel = (e: Event) => e.preventDefault();
    target.addEventListener('trust-submit', cancel);
    expect(dispatchSubmit(target, {})).toEqual({ cancelled: true });
    target.removeEventListener('trust-submit', cancel);
    let late: ((p: PromiseLike<unknown>) => void) | undefined;
    target.addEventListener('trust-submit', (e) => (late = (e as CustomEvent).detail.respondWith));
    expect(dispatchSubmit(target, {})).toEqual({ cancelled: false, reply: undefined });
    expect(() => late!(Promise.resolve())).toThrow(/respondWith/);
  });

  it('counts a rejection, false and { ok: false } as not sent', async () => {
    expect([sentOk(undefined), sentOk({ ok: true }), sentOk(false), sentOk({ ok: false })]).toEqual([true, true, false, false]);
    const target = new EventTarget();
    target.addEventListener('trust-submit', (e) => (e as CustomEvent).detail.respondWith(Promise.reject(new Error('down'))));
    const outcome = dispatchSubmit(target, {});
    expect(await (outcome as { reply: Promise<boolean> }).reply).toBe(false);
  });
});
