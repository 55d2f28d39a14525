import { css } from 'lit';

export const dataNoticeStyles = css`
  :host {
    font-size: var(--trust-data-notice-font-size, 0.875em);
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.75em;
    row-gap: 0.125em;
  }
  .summary {
    display: flex;
    align-items: flex-start;
    gap: 0.4em;
  }
  .summary .icon {
    margin-block-start: 0.1em;
    color: var(--_accent);
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.2em;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding: 0 0.25em;
    margin-inline-start: -0.25em;
    font: inherit;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    background: none;
    border: 0;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .toggle:hover {
    text-decoration-thickness: 2px;
  }
  .chevron {
    transition: transform 0.15s ease;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  .details {
    margin-block-start: 0.5em;
    padding: 0.75em 1em;
    background: var(--trust-data-notice-background, var(--_surface));
    border: 1px solid var(--trust-data-notice-border-color, var(--_border));
    border-radius: var(--_radius);
  }
  .details[hidden] {
    display: none;
  }
  .policy {
    margin-block-start: 0.75em;
  }
  .unavailable .icon {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .toggle {
      color: LinkText;
    }
    .summary .icon {
      color: CanvasText;
    }
  }
`;
