/**
 * Strings of `<trust-rating-summary>`. Star levels ("5 stars") and counts ("310 reviews") come from the rating
 * strings (`stars`, `reviewCount`), so every locale says them the same way everywhere.
 */
export interface SummaryStrings {
  /** Name of the histogram when its rows are static text: "Ratings by stars". */
  readonly summaryHistogram: string;
  /** Name of the histogram when its rows are buttons that filter a linked review list. */
  readonly summaryFilterBy: string;
  /**
   * One histogram row as text, so it is never read from the bar length alone: "5 stars: 62%, 310 reviews".
   * Arguments arrive formatted and pluralized ("5 stars", "62%", "310 reviews").
   */
  summaryRow(stars: string, percent: string, count: string): string;
  /** Says why there is no histogram: the data gives the average and count, but not every rating. */
  readonly summaryNoBreakdown: string;
}

/** English summary strings (`provideEnglish(enSummary)`). */
export const enSummary: SummaryStrings = {
  summaryHistogram: 'Ratings by stars',
  summaryFilterBy: 'Filter reviews by stars',
  summaryRow: (stars, percent, count) => `${stars}: ${percent}, ${count}`,
  summaryNoBreakdown: 'No breakdown by stars: the data gives the average and the number of ratings, not each rating.',
};
