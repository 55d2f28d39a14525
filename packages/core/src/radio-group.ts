import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Where a key press goes in a radio group of `count` options (WAI-ARIA APG radio group): the arrow keys move to
 * the next or previous option in reading order and wrap around (in right-to-left text ArrowLeft is "next"),
 * Home and End go to the first and last, Space chooses the current one. Returns the 0-based index to move to,
 * `'choose'` for Space, or `null` for a key the group does not handle.
 */
export function radioGroupTarget(key: string, current: number, count: number, rtl: boolean): number | 'choose' | null {
  switch (key) {
    case rtl ? 'ArrowLeft' : 'ArrowRight':
    case 'ArrowDown':
      return (current + 1) % count;
    case rtl ? 'ArrowRight' : 'ArrowLeft':
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case ' ':
      return 'choose';
    default:
      return null;
  }
}

/** The element that hosts a radio group: a Lit element whose render root holds the `role="radio"` options. */
export interface RadioGroupHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: ParentNode;
}

/** What the host tells the controller, read at the moment it is needed. */
export interface RadioGroupOptions {
  /** Index of the chosen option, or `null` when none is chosen. */
  selected(): number | null;
  /** The user chose the option at `index` (keyboard). The host ignores it when it cannot change now. */
  choose(index: number): void;
  /** Not focusable and not operable. */
  disabled(): boolean;
  /** When false, the arrow keys move focus without choosing (read-only). Default: true. */
  choosesOnMove?(): boolean;
}

/**
 * The keyboard and focus model of a radio group whose options are `role="radio"` elements in the host's render
 * root: one tab stop (the chosen option, or the first), arrow keys that move and choose following the reading
 * direction, Home/End, Space. Bind `onKeyDown` on the `role="radiogroup"` element, and on each option
 * `tabindex=${group.tabIndex(i)}`, `@focus=${() => group.setFocused(i)}` and `@blur=${() => group.setFocused(null)}`.
 */
export class RadioGroupController implements ReactiveController {
  /** Index of the option that has focus, or `null`. */
  focused: number | null = null;

  constructor(
    private readonly host: RadioGroupHost,
    private readonly options: RadioGroupOptions,
  ) {
    host.addController(this);
  }

  /** Nothing to do on connect (declared so that the class is a ReactiveController). */
  hostConnected(): void {}

  /** The option elements, in order (none before the first render). */
  get radios(): ArrayLike<HTMLElement> {
    return this.host.renderRoot?.querySelectorAll<HTMLElement>('[role="radio"]') ?? [];
  }

  /** The option that takes Tab focus: the chosen one, or the first. */
  get tabStop(): number {
    return this.options.selected() ?? 0;
  }

  tabIndex(index: number): 0 | -1 {
    return !this.options.disabled() && index === this.tabStop ? 0 : -1;
  }

  /** Focuses the tab stop. */
  focus(options?: FocusOptions): void {
    this.radios[this.tabStop]?.focus(options);
  }

  setFocused(index: number | null): void {
    this.focused = index;
    this.host.requestUpdate();
  }

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const count = this.radios.length;
    if (this.options.disabled() || count === 0) return;
    const current = this.focused ?? this.tabStop;
    const target = radioGroupTarget(event.key, current, count, getComputedStyle(this.host).direction === 'rtl');
    if (target === null) return;
    event.preventDefault();
    if (target === 'choose') this.options.choose(current);
    else void this.#moveTo(target);
  };

  async #moveTo(index: number): Promise<void> {
    if (this.options.choosesOnMove?.() ?? true) this.options.choose(index);
    this.setFocused(index);
    await this.host.updateComplete;
    this.radios[index]?.focus();
  }
}
