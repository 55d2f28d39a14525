import type { ComplexAttributeConverter } from 'lit';

const NUMERIC = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;

/** True for strings that read as a plain decimal number ("4", "-3.5", ".5", "1e3"); false for "", "0x10", "4 stars". */
export const isNumericString = (raw: string): boolean => NUMERIC.test(raw);

/**
 * Attribute converter for numeric attributes. A missing attribute is `undefined` and a decimal number becomes a
 * number; anything else is kept as the author wrote it, so that the element's parser can quote it in its error
 * ("value: must be a number, got "abc"") instead of Lit silently turning "" into 0 or "abc" into NaN.
 */
export const numberAttribute: ComplexAttributeConverter<number | string | undefined> = {
  fromAttribute: (raw) => (raw === null ? undefined : isNumericString(raw) ? Number(raw) : raw),
  toAttribute: (value) => (value === undefined || value === null ? null : String(value)),
};
