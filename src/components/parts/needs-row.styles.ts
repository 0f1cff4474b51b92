import { css } from 'lit';

export const needsRowStyles = css`
  .needs {
    padding: 0.25rem 0.75rem;
    border-bottom: 1px solid var(--prossima-border, #c5ced8);
  }
  .needs-row,
  .needs-others {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  /* One row that scrolls sideways, as the chips; the others wrap once opened. */
  .needs-row {
    overflow-x: auto;
    scrollbar-width: thin;
    padding-bottom: 0.2rem;
  }
  .needs-others {
    flex-wrap: wrap;
    padding-top: 0.4rem;
  }
  .needs-title {
    flex: none;
    margin: 0;
    font-weight: 600;
    white-space: nowrap;
  }
  .needs-others[hidden] {
    display: none;
  }
  .need {
    --_prossima-chip-color: var(--_accent);
  }
  .needs-more {
    flex: none;
    min-height: 44px;
    white-space: nowrap;
    padding: 0;
    border: 0;
    background: transparent;
    color: var(--_accent);
    text-decoration: underline;
  }
`;
