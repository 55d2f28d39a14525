/**
 * Strings of the review list's topics and search (`<trust-review-list>` with topics or `searchable`): a family of
 * their own, so that their English is carried only by the module the list loads when a page uses them. Numbers and
 * star levels reach these functions already formatted for the locale.
 */
export interface ReviewTopicsStrings {
  /** Name of the group of topic buttons (the page's topics, each with how many reviews mention it): "Topics". */
  readonly listTopicsLabel: string;
  /**
   * How the topic counts are made, under the topic buttons: "Reviews that mention each topic; positive: 4–5 stars,
   * critical: 1–2 stars." The star ranges arrive as the rating strings' "4–5 stars".
   */
  listTopicsNote(positive: string, critical: string): string;
  /** On a topic button, after its count: "20 positive, 10 critical". Both counts arrive formatted. */
  listTopicRatings(positive: string, critical: string): string;
  /** Name of the search field: "Search reviews". */
  readonly listSearchLabel: string;
  /**
   * "Showing 34 of 340 reviews mentioning Battery": `showing` is `listShowing`'s text, `conditions` the topic, the
   * search and the star filter in effect (`listMentioning`, `listMatching`, `listWithStars`, joined by Intl.ListFormat).
   */
  listShowingWhere(showing: string, conditions: string): string;
  /** A condition of `listShowingWhere`: the star filter, "with 5 stars" (`stars` as the rating strings say it). */
  listWithStars(stars: string): string;
  /** A condition of `listShowingWhere`: the topic chosen, "mentioning Battery". */
  listMentioning(topic: string): string;
  /** A condition of `listShowingWhere`: the search, "matching “lid”". */
  listMatching(query: string): string;
  /** Shown when no loaded review passes the topic, search (and star) filters: "No reviews match." */
  readonly listNoMatches: string;
}

/** English topics-and-search strings (`provideEnglish(enReviewTopics)`, done by the list's topics module). */
export const enReviewTopics: ReviewTopicsStrings = {
  listTopicsLabel: 'Topics',
  listTopicsNote: (positive, critical) => `Reviews that mention each topic; positive: ${positive}, critical: ${critical}.`,
  listTopicRatings: (positive, critical) => `${positive} positive, ${critical} critical`,
  listSearchLabel: 'Search reviews',
  listShowingWhere: (showing, conditions) => `${showing} ${conditions}`,
  listWithStars: (stars) => `with ${stars}`,
  listMentioning: (topic) => `mentioning ${topic}`,
  listMatching: (query) => `matching “${query}”`,
  listNoMatches: 'No reviews match.',
};
