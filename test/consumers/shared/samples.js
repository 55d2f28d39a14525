// Markup an author writes before the script loads (attributes, JSON-LD children and fallback text), per tag, for
// the layout-shift test. Add a line when an element gets a reserve rule in reserve.css; the test lists reserved
// tags that have no sample here.
const ratings = [5, 5, 5, 5, 5, 5, 4, 4, 3, 1];
const product = {
  '@context': 'https://schema.org',
  '@type': 'Product',
  name: 'Kettle',
  aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.2, reviewCount: 10, bestRating: 5, worstRating: 1 },
  review: ratings.map((r, i) => ({
    '@type': 'Review',
    author: { '@type': 'Person', name: `Reviewer ${i + 1}` },
    datePublished: '2026-10-02',
    reviewRating: { '@type': 'Rating', ratingValue: r, bestRating: 5, worstRating: 1 },
    reviewBody: 'Boils fast.',
  })),
};

export const samples = {
  'trust-star-rating': '<trust-star-rating value="4.3" count="1234">4.3 out of 5</trust-star-rating>',
  'trust-rating-summary': `<trust-rating-summary><script type="application/ld+json">${JSON.stringify(product)}</script>Rated 4.2 out of 5, 10 reviews</trust-rating-summary>`,
  'trust-donation-use': `<trust-donation-use percent="100" purpose="clean-water projects" scope="Our operating costs are paid by a separate group of private donors." organization="Clear Water Fund" currency="USD" program="4120000" management="545000" fundraising="335000" expenses-total="5000000" fiscal-year="2023-07-01/2024-06-30" source="form-990" last-updated="2025-01-15">100% of your donation funds clean-water projects. Our operating costs are paid by a separate group of private donors.</trust-donation-use>`,
};
