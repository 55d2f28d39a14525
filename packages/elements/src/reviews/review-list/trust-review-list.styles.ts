import { css } from 'lit';

export const reviewListStyles = css`
  :host {
    display: block;
    line-height: 1.5;
    --_border: var(--trust-review-list-border-color, var(--trust-color-border, light-dark(#d0d7de, #3d444d)));
    --_muted: var(--trust-color-text-muted, light-dark(#59636e, #9198a1));
    --_surface: var(--trust-color-surface, light-dark(#ffffff, #151b23));
    --_gap: var(--trust-review-list-gap, 1.25rem);
    --_thumb: var(--trust-review-list-thumbnail-size, 4rem);
  }

  /* Verification disclosure: always there. */
  .verification {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.9375em;
  }
  .not-verified {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
  }
  .not-verified .icon {
    transform: translateY(0.125em);
  }
  summary {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: var(--_target);
    cursor: pointer;
    font-weight: 600;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary .icon,
  .read-more .icon {
    transition: transform 0.15s;
  }
  summary .icon {
    transform: rotate(-90deg);
  }
  :host(:dir(rtl)) summary .icon {
    transform: rotate(90deg);
  }
  details[open] summary .icon,
  .read-more[aria-expanded='true'] .icon {
    transform: rotate(180deg);
  }
  details[open] summary .icon {
    transform: none;
  }
  .verification-text {
    margin-block-start: 0.375rem;
  }

  /* Controls and status. */
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
  }
  .control {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
  }
  select {
    padding-block: 0.125rem;
    padding-inline: 0.375rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
  }
  .showing,
  .none {
    color: var(--_muted);
  }

  /* The list. */
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .review {
    inline-size: 100%;
    padding-block: calc(var(--_gap) / 2);
    border-block-end: 1px solid var(--_border);
  }
  article {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    border-radius: var(--_radius);
  }
  article:focus {
    outline: none;
  }
  article:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 4px;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .title {
    font-weight: 700;
    font-size: 1.0625em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .author {
    color: var(--trust-color-text, inherit);
    font-weight: 600;
  }
  .labels,
  .photos {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .label {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    padding-block: 0.0625rem;
    padding-inline: 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.875em;
  }
  .label.verified .icon {
    color: light-dark(#1a7f37, #3fb950);
  }
  .body p {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .read-more {
    align-self: flex-start;
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    padding: 0.125rem 0.25rem;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .thumbnail {
    display: block;
    padding: 0;
    inline-size: var(--_thumb);
    block-size: var(--_thumb);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
    overflow: hidden;
    cursor: zoom-in;
  }
  .thumbnail img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .reply {
    padding-block: 0.25rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
  }
  .reply-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
  }
  .reply-head time {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .votes {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem 0.5rem;
    font-size: 0.9375em;
  }
  .vote,
  .more button,
  .steps button,
  .close {
    padding-block: 0.125rem;
    padding-inline: 0.625rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .vote[aria-pressed='true'] {
    border-color: currentColor;
    font-weight: 700;
    box-shadow: inset 0 0 0 1px currentColor;
  }
  .helpful {
    color: var(--_muted);
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .more button {
    padding-block: 0.375rem;
  }

  /* Photo dialog. */
  dialog {
    --_dialog-width: 48rem;
  }
  .dialog-head {
    margin-block-end: 0.75rem;
  }
  h2 {
    margin: 0;
    font-size: 1.0625rem;
  }
  .zoomed {
    display: block;
    inline-size: 100%;
    block-size: auto;
    min-block-size: 8rem;
    max-block-size: calc(100vh - 10rem);
    object-fit: contain;
  }
  .steps {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    margin-block-start: 0.75rem;
  }

  @media (forced-colors: active) {
    .verification,
    .label,
    .vote,
    .more button,
    .steps button,
    .close,
    .thumbnail,
    select {
      border-color: CanvasText;
    }
    .reply {
      border-inline-start-color: CanvasText;
    }
    .vote[aria-pressed='true'] {
      border-color: Highlight;
      box-shadow: inset 0 0 0 1px Highlight;
    }
    .read-more {
      color: LinkText;
    }
    .label.verified .icon {
      color: CanvasText;
    }
  }
`;
