/**
 * A page made only of `<trust-rating-summary for=…>` and `<trust-review-list>` fed by ONE inline JSON-LD block
 * (the Product markup a shop already publishes for search engines) works with no other script than the
 * self-contained bundle: the list shows the reviews, the summary shows the average, count and histogram from the
 * list's data, and pressing a histogram row filters the list. The page is a plain static file: no build step.
 */
import { within } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';

const BUNDLE = '/packages/elements/dist/trust-signals.bundle.js';
const PAGE_DIR = 'node_modules/.cache/trust-signals-test';

const ratings = [5, 5, 5, 4, 1];
const product = {
  '@context': 'https://schema.org',
  '@type': 'Product',
  name: 'Kettle',
  aggregateRating: { '@type': 'AggregateRating', ratingValue: 4, ratingCount: 5, bestRating: 5, worstRating: 1 },
  review: ratings.map((r, i) => ({
    '@type': 'Review',
    author: { '@type': 'Person', name: `Reader ${i + 1}` },
    datePublished: `2026-10-0${i + 1}`,
    reviewRating: { '@type': 'Rating', ratingValue: r, bestRating: 5, worstRating: 1 },
    reviewBody: r === 1 ? 'The lid broke after a week.' : 'Boils fast and quietly.',
  })),
};

const frames: HTMLIFrameElement[] = [];
const written: string[] = [];
afterEach(async () => {
  for (const f of frames.splice(0)) f.remove();
  for (const file of written.splice(0)) await commands.removeFile(file);
});

async function servePage(body: string): Promise<Document> {
  const file = `${PAGE_DIR}/reviews-page-${Date.now()}.html`;
  await commands.writeFile(
    file,
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Kettle</title>\n<script type="module" src="${BUNDLE}"></script>\n</head>\n<body>\n${body}\n</body>\n</html>\n`,
  );
  written.push(file);
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 1200px; border: 0';
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/${file}`;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check(), what).toBe(true);
};

describe('a reviews page made of two tags and one JSON-LD block', () => {
  it('shows the reviews and their summary, and the summary filters the list', async () => {
    // The markup a merchant writes: nothing else, no script of their own.
    const doc = await servePage(`<trust-rating-summary for="reviews">Rated 4 out of 5</trust-rating-summary>
<trust-review-list id="reviews"><script type="application/ld+json">${JSON.stringify(product).replace(/</g, '\\u003c')}</script></trust-review-list>`);
    const summary = doc.querySelector('trust-rating-summary')!;
    const list = doc.querySelector('trust-review-list')!;
    const summaryRoot = () => summary.shadowRoot as unknown as HTMLElement;
    const listRoot = () => list.shadowRoot as unknown as HTMLElement;
    await until(() => !!list.shadowRoot && within(listRoot()).queryAllByText(/Reader \d/).length === 5, 'the list shows the five reviews');
    await until(
      () => !!summary.shadowRoot && !!within(summaryRoot()).queryByRole('button', { name: /^1 star/ }),
      'the summary has its histogram rows',
    );

    // The average comes from the same data, as one image with one name; every level is a row, 2 stars included.
    const stars = summary.shadowRoot!.querySelector('trust-star-rating')!;
    await until(() => !!stars.shadowRoot?.querySelector('[role="img"]'), 'the average is drawn');
    expect(stars.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')).toBe('Rated 4 out of 5, 5 reviews');
    for (const row of [
      '5 stars: 60%, 3 reviews',
      '4 stars: 20%, 1 review',
      '3 stars: 0%, 0 reviews',
      '2 stars: 0%, 0 reviews',
      '1 star: 20%, 1 review',
    ]) {
      expect(
        within(summaryRoot())
          .getByRole('button', { name: new RegExp(`^${row}`) })
          .getAttribute('aria-pressed'),
        row,
      ).toBe('false');
    }

    // Pressing "1 star" filters the list to the one negative review, and the list says so.
    const oneStar = within(summaryRoot()).getByRole('button', { name: /^1 star/ });
    oneStar.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => within(listRoot()).queryAllByText(/Reader \d/).length === 1, 'the list is filtered to one review');
    expect(within(listRoot()).getByText('The lid broke after a week.').checkVisibility()).toBe(true);
    expect(oneStar.getAttribute('aria-pressed')).toBe('true');
    expect(
      within(listRoot())
        .getAllByRole('status')
        .map((s) => s.textContent ?? '')
        .join(' '),
    ).toMatch(/Showing 1 of 5 reviews, filtered to 1 star/);

    // Pressing it again shows every review again.
    await userEvent.keyboard('{Enter}');
    await until(() => within(listRoot()).queryAllByText(/Reader \d/).length === 5, 'the filter is cleared');
    expect(oneStar.getAttribute('aria-pressed')).toBe('false');
    // One JSON-LD block in the page, the merchant's: the elements wrote no second copy.
    expect(doc.querySelectorAll('script[type="application/ld+json"]').length).toBe(1);
  });
});
