import type { Translation } from '../translation.js';

/** French. In French the "one" plural form also covers 0 ("0 étoile"). */
const fr: Translation = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',
  labelled: (label, text) => `${label} : ${text}`,
  ratedOutOf: (value, max) => `Noté ${value} sur ${max}`,
  withCount: (name, count) => `${name}, ${count}`,
  reviewCount: { one: (n) => `${n} avis`, other: (n) => `${n} avis` },
  ratingUnavailable: 'Note indisponible',
  stars: { one: (n) => `${n} étoile`, other: (n) => `${n} étoiles` },
  ratingInputLabel: 'Note',
  clearRating: 'Effacer la note',
  ratingRequired: 'Veuillez choisir une note.',
  noRatingSelected: 'Aucune note sélectionnée',
  selectedOutOf: { one: (v, m) => `${v} étoile sur ${m}`, other: (v, m) => `${v} étoiles sur ${m}` },
};
export default fr;
