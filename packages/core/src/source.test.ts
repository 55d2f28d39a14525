import type { ReactiveController } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { ok } from './errors.js';
import { ChildJson } from './source.js';

describe('ChildJson on the server (Node: no DOM, no MutationObserver)', () => {
  it('connects and disconnects without touching the light DOM, and leaves the data to the other sources', () => {
    expect(typeof MutationObserver).toBe('undefined');
    const controllers: ReactiveController[] = [];
    // A host as server rendering has it: no children, no DOM methods.
    const host = { addController: (c: ReactiveController) => controllers.push(c), requestUpdate: vi.fn() };
    const child = new ChildJson(host as never, 'application/json');
    expect(controllers).toEqual([child]);
    expect(() => {
      child.hostConnected();
      child.hostDisconnected();
    }).not.toThrow();
    expect(child.value).toBeUndefined();
    expect(host.requestUpdate).not.toHaveBeenCalled();
    expect(child.parse({ n: 1 }, (input) => ok(input))).toEqual(ok({ n: 1 }));
    expect(child.base(undefined)).toEqual({ base: {}, issues: [] });
  });
});
