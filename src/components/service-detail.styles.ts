import { css } from 'lit';

export const serviceDetailStyles = css`
  prossima-service-detail {
    position: absolute;
    inset: 0;
    overflow: auto;
    background: var(--prossima-background, #ffffff);
  }
  .detail {
    padding: 0.5rem 0.9rem 1.5rem;
  }
  .back {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: 44px;
    padding: 0 0.5rem;
    margin-inline-start: -0.5rem;
    border: 0;
    background: transparent;
    color: var(--_accent);
    font-weight: 600;
  }
  [dir='rtl'] .back .icon {
    transform: scaleX(-1);
  }
  .detail-title {
    margin: 0.25rem 0;
    font-size: 1.3rem;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .detail-category {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0.25rem 0 0.75rem;
    color: var(--_muted);
  }
  .notice-verify {
    display: flex;
    gap: 0.5rem;
    padding: 0.5rem 0.75rem;
    border-radius: 6px;
    background: #fff1d6;
    color: #4a2800;
  }
  .notice-status {
    display: flex;
    gap: 0.5rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid #a4262c;
    border-radius: 6px;
    background: #fdecea;
    color: #5c1114;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin: 0.5rem 0;
    padding: 0;
    list-style: none;
  }
  .badges li {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    padding: 0.2rem 0.6rem;
    border-radius: 1rem;
    background: #e6f0e9;
    color: #14452b;
  }
  .report a {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: 44px;
    color: var(--_accent);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.75rem 0;
  }
  .action {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 44px;
    padding: 0 1rem;
    border-radius: 22px;
    background: var(--_accent);
    color: #ffffff;
    font-weight: 600;
    text-decoration: none;
  }
  .facts {
    margin: 0;
  }
  .fact {
    display: grid;
    grid-template-columns: minmax(7rem, auto) 1fr;
    gap: 0.5rem;
    padding: 0.5rem 0;
    border-top: 1px solid #e1e6eb;
  }
  .fact dt {
    display: flex;
    align-items: flex-start;
    gap: 0.35rem;
    font-weight: 600;
  }
  .fact dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .fact a,
  .provenance a {
    color: var(--_accent);
  }
  .plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .plain a {
    display: inline-block;
    min-height: 44px;
    line-height: 44px;
  }
  .note {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .hint {
    display: block;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .hint > span {
    color: inherit;
  }
  .description {
    margin: 0.75rem 0;
  }
  .fallback {
    font-size: 0.875rem;
    color: var(--_muted);
    font-style: italic;
  }
  .provenance {
    margin-top: 1rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .provenance p {
    margin: 0.25rem 0;
  }
  .provenance summary {
    min-height: 44px;
    line-height: 44px;
    cursor: pointer;
  }
  .provenance ul {
    margin: 0;
    padding-inline-start: 1.25rem;
    overflow-wrap: anywhere;
  }
  @container (max-width: 400px) {
    .fact {
      grid-template-columns: 1fr;
      gap: 0.15rem;
    }
  }
`;
