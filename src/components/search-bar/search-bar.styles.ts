import { css } from 'lit';

export const searchBarStyles = css`
  .search-row {
    display: flex;
    gap: 0.5rem;
  }
  .search-field {
    flex: 1;
    min-width: 0;
    display: flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 44px;
    padding: 0 0.6rem;
    border: 2px solid #5b6b7b;
    border-radius: 6px;
    background: #ffffff;
    color: var(--_muted);
  }
  .search-field:focus-within {
    border-color: var(--_accent);
    outline: var(--_focus);
    outline-offset: 1px;
  }
  .search-field input {
    flex: 1;
    min-width: 0;
    border: 0;
    padding: 0.5rem 0;
    background: transparent;
    color: var(--prossima-text, #1d2b3a);
    font-size: 1rem;
  }
  .search-field input:focus-visible {
    outline: none;
  }
  /* One way to clear: "Azzera" (the browser's own × beside it cleared the text but not the filters). */
  .search-field input::-webkit-search-cancel-button {
    display: none;
  }
  .search-field input::placeholder {
    color: #5f6c79;
  }
  .clear {
    flex: none;
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    min-height: 44px;
    padding: 0 0.75rem;
    border: 1px solid var(--_accent);
    border-radius: 6px;
    background: #ffffff;
    color: var(--_accent);
  }
  /* A category chip; "open now", "near me" and "choose your comune" (find-bar.ts) look the same. */
  .chip,
  .find-button,
  .find-place {
    flex: none;
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: 44px;
    padding: 0 0.6rem 0 0.3rem;
    border: 1px solid #8795a3;
    border-radius: 22px;
    background: #ffffff;
    color: var(--prossima-text, #1d2b3a);
    font-size: 0.9rem;
    white-space: nowrap;
  }
  .find-button {
    --_prossima-chip-color: var(--_accent);
  }
  .chip[aria-pressed='true'],
  .find-button[aria-pressed='true'] {
    border: 2px solid var(--_prossima-chip-color);
    background: #eef3f8;
    font-weight: 600;
  }
  .chip[aria-pressed='true']::after,
  .find-button[aria-pressed='true']::after {
    content: '✓';
  }
  .chip-icon,
  .item-icon {
    display: inline-grid;
    place-items: center;
    width: 2rem;
    height: 2rem;
    flex: none;
    border-radius: 50%;
    background: var(--_prossima-chip-color, #4a5568);
    color: #ffffff;
  }
  .chip-icon .icon,
  .item-icon .icon {
    width: 1.15rem;
    height: 1.15rem;
  }
  .chip-count {
    min-width: 1.5rem;
    padding: 0 0.35rem;
    border-radius: 0.75rem;
    background: #e3e8ee;
    font-variant-numeric: tabular-nums;
    text-align: center;
  }
`;
