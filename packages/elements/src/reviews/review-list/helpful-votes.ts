import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Review } from '@trust-signals/core/reviews';
import type { ListText } from './list-text.js';
import type { ReviewVote, TrustVoteDetail } from './trust-review-list.js';

/** What a vote is cast on: a review, or anything else with a stable id and a helpful count (an answer). */
export type Votable = Pick<Review, 'id' | 'helpful'>;

/**
 * Helpful votes: "Was this review helpful? Yes / No", one vote per review per page view, counted in a polite live
 * region and handed to the page (`trust-vote`) to persist. `<trust-questions>` uses it for answers, with its own words.
 */
export class HelpfulVotes {
  readonly #votes = new Map<string, ReviewVote>();
  readonly #host: ReactiveControllerHost;
  readonly #emit: (detail: TrustVoteDetail) => void;

  constructor(host: ReactiveControllerHost, emit: (detail: TrustVoteDetail) => void) {
    this.#host = host;
    this.#emit = emit;
  }

  #vote(review: Votable, vote: ReviewVote): void {
    if (this.#votes.has(review.id)) return; // one vote per review per page view
    this.#votes.set(review.id, vote);
    this.#emit({ reviewId: review.id, vote, helpful: this.#helpful(review) });
    this.#host.requestUpdate();
  }

  #helpful(review: Votable): number {
    return review.helpful + (this.#votes.get(review.id) === 'helpful' ? 1 : 0);
  }

  /** The vote group of one review (or answer, with its `question` and `count` words); `id` prefixes its element ids. */
  render(
    { t, plural }: ListText,
    review: Votable,
    id: string,
    question = t.listHelpfulQuestion,
    count = t.listHelpfulCount,
  ): TemplateResult {
    const vote = this.#votes.get(review.id);
    const helpful = this.#helpful(review);
    const helpfulText = helpful > 0 ? plural(count, helpful) : '';
    const button = (value: ReviewVote, text: string) =>
      html`<button
        part="vote"
        class="vote"
        type="button"
        aria-pressed=${vote === value ? 'true' : 'false'}
        aria-disabled=${vote ? 'true' : 'false'}
        @click=${() => this.#vote(review, value)}
      >
        ${text}
      </button>`;
    return html`<div part="votes" class="votes" role="group" aria-labelledby="${id}-question">
      <span id="${id}-question">${question}</span>
      ${button('helpful', t.listYes)} ${button('not-helpful', t.listNo)}
      <span class="helpful" aria-live="polite">${vote ? `${t.listVoteThanks} ${helpfulText}`.trim() : helpfulText}</span>
    </div>`;
  }
}
