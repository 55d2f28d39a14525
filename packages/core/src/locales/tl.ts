import type { Translation } from '../translation.js';

/** Tagalog (Filipino). Nouns do not change with the count. */
const tl: Translation = {
  $code: 'tl',
  $name: 'Tagalog',
  $dir: 'ltr',
  labelled: (label, text) => `${label}: ${text}`,
  ratedOutOf: (value, max) => `Na-rate na ${value} sa ${max}`,
  withCount: (name, count) => `${name}, ${count}`,
  reviewCount: { other: (n) => `${n} review` },
  ratingUnavailable: 'Hindi available ang rating',
  stars: { other: (n) => `${n} bituin` },
  ratingInputLabel: 'Rating',
  clearRating: 'I-clear ang rating',
  ratingRequired: 'Pumili ng rating.',
  noRatingSelected: 'Walang napiling rating',
  selectedOutOf: { other: (v, m) => `${v} sa ${m} bituin` },
};
export default tl;
