import { css } from 'lit';

export const badgeGroupStyles = css`
  :host {
    display: block;
  }
  [part~='base'] {
    /* One size for every badge in the row. */
    --trust-badge-size: var(--trust-badge-group-size, 2.5rem);
    --trust-guarantee-icon-size: var(--trust-badge-group-size, 2.5rem);
    display: flex;
    flex-wrap: wrap;
    align-items: stretch;
    gap: var(--trust-badge-group-gap, 0.75rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='item'] {
    display: flex;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  ::slotted(*) {
    flex: 1 1 auto;
    align-self: stretch;
    max-inline-size: 100%;
  }
`;
