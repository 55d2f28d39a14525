import { css } from 'lit';

export const privacyLabelStyles = css`
  .base {
    --_rule: var(--trust-privacy-label-border-color, var(--_border));
    padding: 0.875em 1em;
    background: var(--trust-privacy-label-background, var(--_surface));
    border: 1px solid var(--_rule);
    border-radius: var(--_radius);
  }
  .caption {
    font-size: 1.0625em;
    font-weight: 700;
    text-align: start;
    padding-block-end: 0.5em;
    border-block-end: 3px solid var(--_rule);
  }
  .groups {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: 0.75em;
    margin-block-start: 0.75em;
  }
  .group {
    padding: 0.625em 0.75em;
    border: 1px solid var(--_rule);
    border-radius: var(--_radius);
  }
  .group-title,
  .use {
    display: flex;
    /* The icon stays beside the first line when the words wrap. */
    align-items: flex-start;
    gap: 0.4em;
    font-weight: 600;
  }
  .use-icon {
    margin-block-start: 0.1em;
  }
  .group ul {
    margin: 0.375em 0 0;
    padding-inline-start: 1.65em;
  }
  .use-tracking .use-icon {
    color: var(--_danger);
  }
  .use-linked .use-icon {
    color: var(--_warning);
  }
  .use-not-linked .use-icon {
    color: var(--_accent);
  }
  .use-not-collected .use-icon {
    color: var(--_success);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  caption {
    margin-block-end: 0.25em;
  }
  th,
  td {
    padding: 0.4em 0.5em;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_rule);
  }
  thead th {
    font-size: 0.875em;
    color: var(--_muted);
  }
  tbody th {
    font-weight: 600;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1.25em;
    margin-block-start: 0.75em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .meta a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
  }
  @media (forced-colors: active) {
    .use-icon {
      color: CanvasText;
    }
    thead th,
    .meta {
      color: CanvasText;
    }
  }
`;
