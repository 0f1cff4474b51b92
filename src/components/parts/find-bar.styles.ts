import { css } from 'lit';

/** The emergency numbers, the "open now" / "near me" row and the "open now" line of a service. */
export const findBarStyles = css`
  .emergency {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    color: #5c1114;
    font-size: 0.9rem;
  }
  .emergency-call {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    min-height: 44px;
    padding: 0 0.6rem;
    border-radius: 6px;
    background: #a4161a;
    color: #ffffff;
    text-decoration: none;
    font-weight: 600;
  }
  .emergency-call strong {
    font-size: 1.1rem;
  }
  /* The narrowest widgets keep the red button, its icon and 112; the word stays its name. The
     rows above the list stand closer, so a 320 × 568 phone shows two results. */
  @container (max-width: 359px) {
    .toolbar,
    .finder {
      padding-top: 0.25rem;
    }
    .filters {
      padding-block: 0.25rem 0.15rem;
    }
    .emergency-word {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  }
  .emergency-more summary {
    min-height: 44px;
    display: flex;
    align-items: center;
    cursor: pointer;
    text-decoration: underline;
  }
  .emergency-more li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
    padding: 0.2rem 0;
  }
  .emergency-more a {
    color: #5c1114;
    font-weight: 600;
  }
  /*
   * The search, then one row of filters ("open now", "near me", "choose your comune", then the
   * category chips: search-bar.ts draws them all). The search bar's boxes take part in this grid
   * through display: contents. Up to 1000px the filters are one row that scrolls sideways, so the
   * list and the map keep their room; from 1000px the finding buttons stand beside the search
   * field and the chips wrap under both. The search field keeps at least 280px everywhere.
   */
  .finder {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'search' 'filters';
    padding: 0.5rem 0.75rem 0;
  }
  .finder > prossima-search-bar {
    display: contents;
  }
  .finder .search-row {
    grid-area: search;
  }
  .finder .filters {
    grid-area: filters;
  }
  .finder .find-note,
  .finder .find-problem {
    grid-column: 1 / -1;
  }
  .filters {
    display: flex;
    gap: 0.4rem;
    padding: 0.4rem 0 0.25rem;
    overflow-x: auto;
    scrollbar-width: thin;
  }
  /* Rows that scroll sideways fade at their far edge: there is more that way. */
  .filters,
  .needs-row {
    mask-image: linear-gradient(to right, #000 calc(100% - 1.5rem), transparent);
  }
  [dir='rtl'] .filters,
  [dir='rtl'] .needs-row {
    mask-image: linear-gradient(to left, #000 calc(100% - 1.5rem), transparent);
  }
  .filters > .find-bar,
  .filters > .chips {
    display: flex;
    flex: none;
    gap: 0.4rem;
  }
  @container (min-width: 1000px) {
    .finder {
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas: 'search find' 'chips chips';
      column-gap: 0.5rem;
    }
    .finder .filters {
      display: contents;
      mask-image: none;
    }
    .finder .find-bar {
      grid-area: find;
    }
    .finder .chips {
      grid-area: chips;
      flex-wrap: wrap;
      padding: 0.5rem 0 0.25rem;
    }
  }
  /* Chips otherwise (search-bar.styles.ts); no icon circle at the start, so even padding. */
  .find-button,
  .find-place {
    padding: 0 0.7rem;
  }
  .find-button:disabled {
    opacity: 0.75;
  }
  .find-place select {
    min-height: 44px;
    min-width: 0;
    max-width: 12rem;
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
  }
  .find-note,
  .find-problem {
    margin: 0.25rem 0 0;
  }
  .find-note {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5rem;
    color: var(--prossima-text, #1d2b3a);
    font-size: 0.875rem;
  }
  .find-problem {
    display: flex;
    gap: 0.35rem;
    padding: 0.4rem 0.5rem;
    border-radius: 6px;
    background: #fff1d6;
    color: #6b3a00;
    font-size: 0.875rem;
  }
  .link-button {
    min-height: 44px;
    padding: 0 0.25rem;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    font: inherit;
  }
  .opening {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    font-size: 0.875rem;
  }
  .opening .icon {
    flex: none;
    width: 1rem;
    height: 1rem;
  }
  .opening-open {
    color: #1b5e20;
    font-weight: 600;
  }
  .opening-closed {
    color: #8a1c1c;
  }
  .opening-unknown {
    color: var(--_muted);
  }
`;
