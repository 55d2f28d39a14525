import { css } from 'lit';

/**
 * The star rating's styles. Notes live here rather than as CSS comments, which would ship in every bundle (the
 * literal is not minified):
 * - In a narrow card the figures wrap below the stars (as one piece) instead of overflowing the card.
 * - Right-to-left: the row is mirrored, so the fill grows from the right.
 * - Forced colours: filled stars are solid, empty stars are outlines; shape, not colour, tells them apart.
 */
export const starRatingStyles = css`
  :host {
    --_size: var(--trust-star-rating-size, 1.25em);
    display: inline-flex;
    max-inline-size: 100%;
    vertical-align: middle;
    line-height: 1.2;
  }
  [part~='base'] {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.15em 0.35em;
    min-inline-size: 0;
    min-block-size: var(--_size);
  }
  .figures {
    display: inline-flex;
    gap: 0.35em;
    white-space: nowrap;
  }
  [part='stars'] {
    display: block;
    flex: none;
    block-size: var(--_size);
    overflow: visible;
  }
  :host(:dir(rtl)) [part='stars'] {
    transform: scaleX(-1);
  }
  path {
    stroke-width: 1.5;
    stroke-linejoin: round;
    fill: var(--trust-star-rating-empty-color, var(--_star-empty));
    stroke: var(--trust-star-rating-outline-color, var(--_star-outline));
  }
  .fill path {
    fill: var(--trust-star-rating-color, var(--_star));
    stroke: var(--trust-star-rating-color, var(--_star));
  }
  [part='value'] {
    font-weight: 600;
  }
  [part='count'],
  [part='unavailable'] {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    path {
      fill: Canvas;
      stroke: CanvasText;
    }
    .fill path {
      fill: CanvasText;
      stroke: CanvasText;
    }
    [part='count'],
    [part='unavailable'] {
      color: CanvasText;
    }
  }
`;
