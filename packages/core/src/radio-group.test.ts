import { describe, expect, it } from 'vitest';
import { radioGroupTarget } from './radio-group.js';

describe('radioGroupTarget', () => {
  it('moves to the next and previous option, wrapping around, in left-to-right text', () => {
    expect(radioGroupTarget('ArrowRight', 3, 11, false)).toBe(4);
    expect(radioGroupTarget('ArrowDown', 3, 11, false)).toBe(4);
    expect(radioGroupTarget('ArrowLeft', 3, 11, false)).toBe(2);
    expect(radioGroupTarget('ArrowUp', 3, 11, false)).toBe(2);
    expect(radioGroupTarget('ArrowRight', 10, 11, false)).toBe(0);
    expect(radioGroupTarget('ArrowLeft', 0, 11, false)).toBe(10);
  });

  it('follows the reading direction in right-to-left text; up and down do not change', () => {
    expect(radioGroupTarget('ArrowLeft', 1, 5, true)).toBe(2);
    expect(radioGroupTarget('ArrowRight', 1, 5, true)).toBe(0);
    expect(radioGroupTarget('ArrowDown', 1, 5, true)).toBe(2);
    expect(radioGroupTarget('ArrowUp', 1, 5, true)).toBe(0);
  });

  it('goes to the first and last with Home and End, and chooses with Space', () => {
    expect(radioGroupTarget('Home', 3, 5, false)).toBe(0);
    expect(radioGroupTarget('End', 3, 5, false)).toBe(4);
    expect(radioGroupTarget(' ', 3, 5, false)).toBe('choose');
  });

  it('leaves every other key alone', () => {
    for (const key of ['Tab', 'Enter', 'a', 'PageDown', 'Escape']) expect(radioGroupTarget(key, 2, 5, false)).toBeNull();
  });
});
