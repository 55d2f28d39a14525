/**
 * Text from the data (a store's name, an aspect, a topic, a label) inside a translated sentence: when the two run in
 * opposite directions, the data is wrapped in Unicode's First Strong Isolate and Pop Directional Isolate (U+2068,
 * U+2069), as Fluent and ICU MessageFormat do with placeables. Without it, an English label in an Arabic sentence
 * drags the colon and the number after it into its own left-to-right run ("Fit: 196 إجابة" read as one piece);
 * with it, the sentence keeps its order and the data reads in its own direction. Screen readers are meant to skip
 * the two marks. Text with no letters of the other direction (digits, same-direction words) is returned as it is, so
 * that names stay exactly what the data says wherever isolation is not needed.
 */

/**
 * Letters of right-to-left scripts: Hebrew to Arabic Extended-A (with Syriac, Thaana, NKo, Samaritan and Mandaic),
 * and the Hebrew and Arabic presentation forms.
 */
const RTL = '\\u0590-\\u08ff\\ufb1d-\\ufdff\\ufe70-\\ufefc';
const STRONG_RTL = new RegExp(`[${RTL}]`, 'u');
const STRONG_LTR = new RegExp(`(?![${RTL}])\\p{L}`, 'u');

/**
 * `text` isolated when it holds a letter written in the other direction than `dir`, the direction of the sentence it
 * goes into (the translation's `$dir`); otherwise `text` itself.
 */
export function isolate(text: string, dir: 'ltr' | 'rtl'): string {
  return (dir === 'rtl' ? STRONG_LTR : STRONG_RTL).test(text) ? `\u2068${text}\u2069` : text;
}
