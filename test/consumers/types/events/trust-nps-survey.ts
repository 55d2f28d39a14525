// One tag module alone types every event of its element: read `detail` without narrowing or casting.
import 'trust-signals/trust-nps-survey.js';

const el = document.createElement('trust-nps-survey');
el.addEventListener('trust-submit', (e) => {
  const { score, band, followUp, name } = e.detail;
  void [
    score satisfies number,
    band satisfies 'detractor' | 'passive' | 'promoter',
    followUp satisfies string,
    name satisfies string | undefined,
  ];
  e.detail.respondWith(Promise.resolve());
});
document.addEventListener('trust-submit', (e) => void (e.detail.score satisfies number));
el.addEventListener('trust-error', (e) => void (e.detail.element satisfies string));
el.addEventListener('input', (e) => void (e satisfies Event));
el.addEventListener('change', (e) => void (e satisfies Event));
