import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/** CSS property name → value; names are CSS names (`inline-size`, `--trust-x`), not camelCase. */
export type StyleValues = Readonly<Record<string, string | undefined>>;

/**
 * A `style` binding that is safe under a strict Content-Security-Policy (`style-src 'self'`, no 'unsafe-inline'):
 * `<span style=${cspStyleMap({ 'inline-size': '40%' })}>`. Lit's `styleMap` writes its first render as a `style`
 * attribute, which such a policy blocks (so a star fill or a histogram bar would silently show the wrong size);
 * this one always goes through the CSSOM (`style.setProperty`), which the policy allows. On the server it renders
 * no attribute at all (an inline `style` in server HTML is what such a policy blocks): the values are applied
 * through the CSSOM when the element hydrates, which resolves this directive again.
 */
class CspStyleMap extends Directive {
  #previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style' || (info.strings?.length ?? 0) > 2) {
      throw new Error('cspStyleMap must be the only value of a `style` attribute');
    }
  }

  /** Server rendering calls only `render()`: no attribute. The browser applies the values when it hydrates. */
  render(_values: StyleValues): typeof nothing {
    return nothing;
  }

  override update(part: AttributePart, [values]: [StyleValues]): unknown {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#previous) if (values[name] === undefined || values[name] === '') style.removeProperty(name);
    this.#previous = new Set();
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined || value === '') continue;
      style.setProperty(name, value);
      this.#previous.add(name);
    }
    return noChange;
  }
}

export const cspStyleMap = directive(CspStyleMap);
