import { css } from 'lit';

export const serviceDetailStyles = css`
  prossima-service-detail {
    position: absolute;
    inset: 0;
    overflow: auto;
    /* Scrolling past its end stays here: the list behind it (inert) does not move. */
    overscroll-behavior: contain;
    background: var(--prossima-background, #ffffff);
  }
  .detail {
    padding: 0 0.9rem 1.5rem;
  }
  .back {
    /* A long service keeps its way back in view. */
    position: sticky;
    top: 0;
    z-index: 1;
    width: calc(100% + 1rem);
    background: var(--prossima-background, #ffffff);
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: 44px;
    padding: 0 0.5rem;
    margin-inline-start: -0.5rem;
    border: 0;
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
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(6.5rem, 1fr));
    gap: 0.5rem;
    margin: 0.75rem 0 0.25rem;
  }
  .action {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.2rem;
    min-height: 56px;
    padding: 0.4rem 0.5rem;
    border: 0;
    border-radius: 8px;
    background: var(--_accent);
    color: #ffffff;
    font: inherit;
    font-size: 0.9rem;
    font-weight: 600;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }
  .action .icon {
    width: 1.4rem;
    height: 1.4rem;
  }
  .action-feedback:empty {
    display: none;
  }
  .action-feedback {
    margin: 0.25rem 0;
    font-weight: 600;
  }
  .opening-now {
    margin: 0 0 0.25rem;
  }
  prossima-view-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
  }
  .view-actions,
  .view-actions-set {
    display: flex;
    gap: 0.25rem;
  }
  .view-actions .view-actions-more {
    display: none;
  }
  .view-action {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.35rem;
    min-width: 44px;
    min-height: 44px;
    padding: 0 0.6rem;
    border: 1px solid var(--_accent);
    border-radius: 22px;
    background: #ffffff;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
  }
  .view-action:disabled {
    border-color: #8795a3;
    color: #5f6b77;
    cursor: not-allowed;
  }
  /* Beside the count in a narrow widget: the icons, their words kept for screen readers and as tooltips. */
  @container (max-width: 719px) {
    .view-action-label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  }
  /* A phone: one button opens the three as a menu under it, their words shown. */
  @container (max-width: 519px) {
    .view-actions {
      position: relative;
    }
    .view-actions .view-actions-more {
      display: inline-flex;
    }
    .view-actions-set {
      display: none;
    }
    .view-actions-set.open {
      display: flex;
      flex-direction: column;
      position: absolute;
      inset-block-start: calc(100% + 0.25rem);
      inset-inline-end: 0;
      z-index: 1000;
      padding: 0.5rem;
      border: 1px solid var(--prossima-border, #c5ced8);
      border-radius: 8px;
      background: #ffffff;
      box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
    }
    .view-actions-set.open .view-action {
      justify-content: flex-start;
      border-radius: 6px;
      white-space: nowrap;
    }
    .view-actions-set.open .view-action-label {
      position: static;
      width: auto;
      height: auto;
      overflow: visible;
      clip: auto;
    }
  }
  prossima-view-actions .action-feedback {
    flex-basis: 100%;
    margin: 0 0 0.25rem;
    text-align: end;
  }
  prossima-view-actions .action-feedback:empty {
    display: none;
  }
  .print-frame {
    position: absolute;
    width: 0;
    height: 0;
    border: 0;
  }
  dialog {
    overscroll-behavior: contain;
    max-width: min(32rem, calc(100vw - 2rem));
    padding: 1rem;
    border: 0;
    border-radius: 10px;
    background: #ffffff;
    color: #1d2b3a;
    font-family: var(--prossima-font, system-ui, sans-serif);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  .dialog-title {
    margin: 0 0 0.5rem;
    font-size: 1.15rem;
    font-weight: 700;
  }
  .qr-box {
    width: min(18rem, 70vw);
    aspect-ratio: 1;
    margin: 0 auto;
  }
  .qr-link {
    overflow-wrap: anywhere;
    font-size: 0.8rem;
    color: #4d5b69;
  }
  .dialog-close {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: 48px;
    padding: 0 1.25rem;
    border: 0;
    border-radius: 24px;
    background: var(--_accent, #0b5cad);
    color: #ffffff;
    font: inherit;
    font-weight: 600;
  }
  .show-dialog {
    width: 100vw;
    height: 100dvh;
    max-width: none;
    max-height: none;
    margin: 0;
    border-radius: 0;
    box-sizing: border-box;
  }
  .show-columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: 1.5rem;
    margin-bottom: 1rem;
  }
  .show-card {
    border-top: 4px solid var(--_accent, #0b5cad);
    padding-top: 0.5rem;
  }
  .show-name {
    margin: 0 0 0.75rem;
    font-size: 2rem;
    font-weight: 700;
    line-height: 1.2;
  }
  .show-line {
    display: flex;
    gap: 0.5rem;
    margin: 0 0 0.75rem;
    font-size: 1.5rem;
    line-height: 1.3;
  }
  .show-line .icon {
    flex: none;
    width: 1.75rem;
    height: 1.75rem;
    margin-top: 0.2rem;
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
  /* "What they do for you", first after the category, a little larger than the facts. */
  .summary {
    margin: 0 0 0.5rem;
    font-size: 1.05rem;
  }
  .translation-note {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5rem;
    margin: 0 0 0.75rem;
  }
  .link-button {
    min-height: 44px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
  }
  .link-button[aria-pressed='true'] {
    font-weight: 600;
  }
  .as-of {
    display: inline;
  }
  .help-line {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    font-weight: 600;
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
