import type { Translation } from '../translation.js';

/** Spanish. */
const es: Translation = {
  $code: 'es',
  $name: 'Español',
  $dir: 'ltr',
  labelled: (label, text) => `${label}: ${text}`,
  ratedOutOf: (value, max) => `Valoración de ${value} sobre ${max}`,
  withCount: (name, count) => `${name}, ${count}`,
  reviewCount: { one: (n) => `${n} reseña`, other: (n) => `${n} reseñas` },
  ratingUnavailable: 'Valoración no disponible',
  stars: { one: (n) => `${n} estrella`, other: (n) => `${n} estrellas` },
  ratingInputLabel: 'Valoración',
  clearRating: 'Borrar valoración',
  ratingRequired: 'Selecciona una valoración.',
  noRatingSelected: 'Ninguna valoración seleccionada',
  selectedOutOf: { one: (v, m) => `${v} de ${m} estrellas`, other: (v, m) => `${v} de ${m} estrellas` },
};
export default es;
