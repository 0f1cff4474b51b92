import { css } from 'lit';

/** The builder's layout: the choices beside the preview and the code (one above the other when narrow). */
export const builderStyles = css`
  :host {
    display: block;
    font-family: system-ui, sans-serif;
    color: #1d2b3a;
    line-height: 1.45;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5rem 1.5rem;
  }
  header p {
    flex: 1 1 20rem;
    margin: 0;
  }
  h1 {
    font-size: 1.6rem;
    margin: 0.5rem 0;
  }
  h2 {
    font-size: 1.2rem;
    margin: 1rem 0 0.5rem;
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(18rem, 24rem) minmax(0, 1fr);
    gap: 1.5rem;
    margin-top: 1rem;
  }
  @media (max-width: 60rem) {
    .columns {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  fieldset {
    border: 1px solid #c5ced8;
    border-radius: 8px;
    margin: 0 0 1rem;
    padding: 0.5rem 0.75rem 0.75rem;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  label {
    display: block;
    margin: 0.4rem 0;
  }
  input[type='text'],
  input[type='url'],
  select {
    display: block;
    box-sizing: border-box;
    width: 100%;
    min-height: 2.5rem;
    margin-top: 0.2rem;
    font: inherit;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.2rem;
    height: 1.2rem;
    vertical-align: -0.2rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .comuni ul {
    max-height: 14rem;
    overflow: auto;
  }
  .categories li {
    display: flex;
    align-items: center;
    gap: 0.25rem;
  }
  .categories li label {
    flex: 1;
  }
  button {
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.25rem 0.75rem;
    font: inherit;
    border: 1px solid #0b5cad;
    border-radius: 8px;
    background: #fff;
    color: #0b5cad;
    cursor: pointer;
  }
  button.primary {
    background: #0b5cad;
    color: #fff;
  }
  button:disabled {
    opacity: 0.4;
    cursor: default;
  }
  :focus-visible {
    outline: 3px solid #0b5cad;
    outline-offset: 2px;
  }
  .hint,
  .preview-note,
  .view-choice {
    color: #44546a;
    font-size: 0.95rem;
  }
  .colour {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5rem;
  }
  .widths {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  .widths label {
    margin: 0.2rem 0;
  }
  .preview-frame {
    box-sizing: content-box;
    overflow: hidden;
    padding: 0.5rem;
    background: #eef1f5;
    border-radius: 8px;
  }
  .preview {
    margin: 0 auto;
    background: #fff;
    transform-origin: top left;
  }
  .warnings ul {
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid #a15c00;
    background: #fff6e5;
  }
  .warnings li + li {
    margin-top: 0.25rem;
  }
  .problem {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid #b3261e;
    background: #fdecea;
  }
  .code {
    overflow-x: auto;
    padding: 0.75rem;
    background: #1d2b3a;
    color: #fff;
    border-radius: 8px;
    font-size: 0.9rem;
    white-space: pre-wrap;
    word-break: break-all;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .feedback {
    color: #1b6e45;
  }
  .link a {
    word-break: break-all;
    color: #0b5cad;
  }
`;
