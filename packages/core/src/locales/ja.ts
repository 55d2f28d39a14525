import type { Translation } from '../translation.js';

/** Japanese. No plural forms; counters follow the number. */
const ja: Translation = {
  $code: 'ja',
  $name: '日本語',
  $dir: 'ltr',
  labelled: (label, text) => `${label}：${text}`,
  ratedOutOf: (value, max) => `評価 ${value}（${max} 点満点）`,
  withCount: (name, count) => `${name}、${count}`,
  reviewCount: { other: (n) => `レビュー ${n} 件` },
  ratingUnavailable: '評価を表示できません',
  stars: { other: (n) => `星 ${n} つ` },
  ratingInputLabel: '評価',
  clearRating: '評価をクリア',
  ratingRequired: '評価を選択してください。',
  noRatingSelected: '評価が選択されていません',
  selectedOutOf: { other: (v, m) => `${m} 点中 ${v} 点` },
};
export default ja;
