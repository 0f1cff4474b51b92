import { css } from 'lit';

export const serviceListStyles = css`
  prossima-service-list {
    display: block;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* Rows out of view cost no layout or paint (a long list, while typing). */
  .list > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 4.5rem;
  }
  .list.empty {
    padding: 1rem;
  }
  .empty-title {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: 600;
  }
  .spinner {
    width: 1.25rem;
    height: 1.25rem;
    border: 3px solid #c5ced8;
    border-top-color: var(--_accent);
    border-radius: 50%;
    animation: prossima-spin 0.9s linear infinite;
  }
  @keyframes prossima-spin {
    to {
      transform: rotate(1turn);
    }
  }
  .item {
    display: flex;
    align-items: flex-start;
    gap: 0.6rem;
    width: 100%;
    min-height: 44px;
    padding: 0.6rem 0.75rem;
    border: 0;
    border-bottom: 1px solid #e1e6eb;
    background: transparent;
    color: inherit;
    text-align: start;
  }
  .item:hover {
    background: #f2f5f8;
  }
  .item[aria-current='true'] {
    background: #e6eef7;
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: calc(0.75rem - 4px);
  }
  .item-text {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    min-width: 0;
  }
  .item-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .item-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15rem 0.5rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  /* The narrowest widgets keep the category, the place and the badge on one line: the category's
     words give way first (cut with "…"; the icon beside the row and screen readers keep it whole). */
  @container (max-width: 359px) {
    .item-meta {
      flex-wrap: nowrap;
      overflow: hidden;
    }
    .item-category {
      min-width: 2.5em;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .item-meta > :not(.item-category) {
      flex: none;
      white-space: nowrap;
    }
  }
  .item-place,
  .item-distance {
    display: inline-flex;
    align-items: center;
    gap: 0.15rem;
  }
  .item-place .icon,
  .item-distance .icon {
    width: 1rem;
    height: 1rem;
  }
  .more {
    display: block;
    width: calc(100% - 1.5rem);
    min-height: 44px;
    margin: 0.75rem;
    border: 1px solid var(--_accent);
    border-radius: 6px;
    background: #ffffff;
    color: var(--_accent);
  }
  .badge-verify {
    display: inline-flex;
    align-items: center;
    gap: 0.2rem;
    padding: 0 0.35rem;
    border-radius: 4px;
    background: #fff1d6;
    color: #6b3a00;
  }
  .badge-verify .icon {
    width: 0.95rem;
    height: 0.95rem;
  }
`;
