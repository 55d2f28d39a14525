import type { Translation } from '../translation.js';

/** German. */
const de: Translation = {
  $code: 'de',
  $name: 'Deutsch',
  $dir: 'ltr',
  labelled: (label, text) => `${label}: ${text}`,
  ratedOutOf: (value, max) => `Mit ${value} von ${max} bewertet`,
  withCount: (name, count) => `${name}, ${count}`,
  reviewCount: { one: (n) => `${n} Bewertung`, other: (n) => `${n} Bewertungen` },
  ratingUnavailable: 'Bewertung nicht verfügbar',
  stars: { one: (n) => `${n} Stern`, other: (n) => `${n} Sterne` },
  ratingInputLabel: 'Bewertung',
  clearRating: 'Bewertung löschen',
  ratingRequired: 'Bitte wählen Sie eine Bewertung aus.',
  noRatingSelected: 'Keine Bewertung ausgewählt',
  selectedOutOf: { one: (v, m) => `${v} von ${m} Sternen`, other: (v, m) => `${v} von ${m} Sternen` },
};
export default de;
