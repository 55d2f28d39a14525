import type { Translation } from '../translation.js';

/** English: bundled with every element and the fallback for any missing locale. */
const en: Translation = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  labelled: (label, text) => `${label}: ${text}`,
  ratedOutOf: (value, max) => `Rated ${value} out of ${max}`,
  withCount: (name, count) => `${name}, ${count}`,
  reviewCount: { one: (n) => `${n} review`, other: (n) => `${n} reviews` },
  ratingUnavailable: 'Rating unavailable',
  stars: { one: (n) => `${n} star`, other: (n) => `${n} stars` },
  ratingInputLabel: 'Rating',
  clearRating: 'Clear rating',
  ratingRequired: 'Please select a rating.',
  noRatingSelected: 'No rating selected',
  selectedOutOf: { one: (v, m) => `${v} out of ${m} stars`, other: (v, m) => `${v} out of ${m} stars` },
};
export default en;
