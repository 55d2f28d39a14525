import { css, html, nothing, type TemplateResult } from 'lit';
import { isolate, provideEnglish } from '@trust-signals/core';
import { enAttributes, type FitScale, type Review } from '@trust-signals/core/reviews';
import type { ListText } from './list-text.js';

provideEnglish(enAttributes);

/**
 * One review's own answers beyond its stars: its aspect ratings ("Value: 4 out of 5"), its point on the data's fit
 * scale ("Fit: True to size") and whether it would recommend the product. Text only, one item each, so they read
 * the same to everyone; nothing when the review has none of them.
 */
export function renderReviewAttributes(text: ListText, review: Review, fit: FitScale | undefined): TemplateResult | typeof nothing {
  const { t, num } = text;
  const items: string[] = (review.attributes ?? []).map((a) =>
    t.labelled(isolate(a.name, t.$dir), t.aspectOutOf(num(a.rating), num(review.best))),
  );
  if (review.fit && fit) items.push(t.labelled(isolate(fit.label ?? t.fitLabel, t.$dir), isolate(fit.points[review.fit - 1]!, t.$dir)));
  if (review.recommend !== undefined) items.push(review.recommend ? t.recommendYes : t.recommendNo);
  if (!items.length) return nothing;
  return html`<ul part="attributes" class="attributes" aria-label=${t.aspectsLabel}>
    ${items.map((item) => html`<li part="attribute" class="attribute" dir="auto">${item}</li>`)}
  </ul>`;
}

/** Styles of `renderReviewAttributes`: a wrapping row of small framed items (a frame, so not colour alone). */
export const reviewAttributeStyles = css`
  .attributes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .attribute {
    padding-block: 0.125em;
    padding-inline: 0.5em;
    border: 1px solid color-mix(in srgb, currentColor 30%, transparent);
    border-radius: var(--_radius, 6px);
  }
  @media (forced-colors: active) {
    .attribute {
      border-color: CanvasText;
    }
  }
`;
