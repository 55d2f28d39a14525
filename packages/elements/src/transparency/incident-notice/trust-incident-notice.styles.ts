import { css } from 'lit';

export const incidentNoticeStyles = css`
  .base {
    --_level: var(--_accent);
    position: relative;
    padding: 0.875em 1em;
    background: var(--trust-incident-notice-background, var(--_surface));
    border: 1px solid var(--_border);
    border-inline-start: 0.375em solid var(--trust-incident-notice-accent, var(--_level));
    border-radius: var(--_radius);
  }
  .is-minor {
    --_level: var(--_warning);
  }
  .is-major,
  .is-critical {
    --_level: var(--_danger);
  }
  .is-closed {
    --_level: var(--_success);
  }
  .base > * + * {
    margin-block-start: 0.75em;
  }
  .head {
    display: flex;
    align-items: flex-start;
    gap: 0.625em;
  }
  .state-icon {
    inline-size: 1.5em;
    block-size: 1.5em;
    color: var(--trust-incident-notice-accent, var(--_level));
  }
  .headline {
    flex: 1;
    min-inline-size: 0;
  }
  .title {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .status {
    font-weight: 600;
  }
  .dismiss {
    display: inline-grid;
    place-items: center;
    flex: none;
    min-inline-size: var(--_target);
    min-block-size: var(--_target);
    padding: 0.125em;
    margin-block-start: -0.125em;
    margin-inline-end: -0.375em;
    color: inherit;
    background: none;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .dismiss:hover {
    border-color: var(--_border);
  }
  .dismiss .icon {
    inline-size: 1.125em;
    block-size: 1.125em;
  }
  .apology {
    font-style: italic;
  }
  .subtitle {
    font-weight: 700;
    margin-block-end: 0.25em;
  }
  .timeline {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .timeline li {
    position: relative;
    padding-inline-start: 1em;
    padding-block-end: 0.5em;
    border-inline-start: 2px solid var(--_border);
  }
  .timeline li::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.3125em;
    inset-block-start: 0.45em;
    inline-size: 0.5em;
    block-size: 0.5em;
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: 50%;
  }
  .timeline li:first-child::before {
    background: var(--_level);
    border-color: var(--_level);
  }
  .update-head {
    color: var(--_muted);
  }
  .update-state {
    font-weight: 600;
    color: var(--trust-color-text, CanvasText);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .links a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
  }
  .unavailable .headline {
    display: flex;
    gap: 0.5em;
    align-items: center;
  }
  @media (forced-colors: active) {
    .base {
      border-inline-start-color: CanvasText;
    }
    .state-icon {
      color: CanvasText;
    }
    .timeline li:first-child::before {
      background: CanvasText;
      border-color: CanvasText;
    }
    .update-head,
    .update-state {
      color: CanvasText;
    }
    .dismiss {
      border-color: ButtonText;
    }
  }
`;
