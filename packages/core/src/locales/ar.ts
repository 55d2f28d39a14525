import type { Translation } from '../translation.js';

/** Arabic (right to left), with all six CLDR plural forms. */
const ar: Translation = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',
  labelled: (label, text) => `${label}: ${text}`,
  ratedOutOf: (value, max) => `التقييم ${value} من ${max}`,
  withCount: (name, count) => `${name}، ${count}`,
  reviewCount: {
    zero: () => 'لا توجد مراجعات',
    one: () => 'مراجعة واحدة',
    two: () => 'مراجعتان',
    few: (n) => `${n} مراجعات`,
    many: (n) => `${n} مراجعة`,
    other: (n) => `${n} مراجعة`,
  },
  ratingUnavailable: 'التقييم غير متاح',
  stars: {
    zero: (n) => `${n} نجمة`,
    one: () => 'نجمة واحدة',
    two: () => 'نجمتان',
    few: (n) => `${n} نجوم`,
    many: (n) => `${n} نجمة`,
    other: (n) => `${n} نجمة`,
  },
  ratingInputLabel: 'التقييم',
  clearRating: 'مسح التقييم',
  ratingRequired: 'يُرجى اختيار تقييم.',
  noRatingSelected: 'لم يتم اختيار تقييم',
  selectedOutOf: { other: (v, m) => `${v} من ${m}` },
};
export default ar;
