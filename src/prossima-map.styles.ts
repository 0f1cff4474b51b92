import { css } from 'lit';
import { searchBarStyles } from './components/search-bar/search-bar.styles.js';
import { serviceListStyles } from './components/service-list/service-list.styles.js';
import { findBarStyles } from './components/parts/find-bar.styles.js';
import { needsRowStyles } from './components/parts/needs-row.styles.js';

/**
 * The root's layout. The child views render into this shadow root, so their styles are
 * adopted here too. Narrow containers (phones) show the list first with a list/map switch;
 * from 520px of the widget's own width (a 540px column of a desktop page, inside its border),
 * list and map stand side by side: the map is on screen without a tap.
 */
const layoutStyles = css`
  :host {
    /* Inherited properties cross the shadow boundary: start from the initial values so a host
       theme's text-transform, letter-spacing, line-height or colours cannot leak in. */
    all: initial;
    /* …but stay hidden inside a hidden container (Bootstrap's .invisible, a closed offcanvas). */
    visibility: inherit;
    display: block;
    /* Fill the container's width, also as a flex item or a float (the inline-size container
       below has no width of its own to offer). */
    width: 100%;
    box-sizing: border-box !important;
    position: relative;
    isolation: isolate;
    height: var(--prossima-height, 36rem);
    min-height: 20rem;
    color: var(--prossima-text, #1d2b3a);
    background: var(--prossima-background, #ffffff);
    font-family: var(--prossima-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    font-size: 1rem;
    line-height: 1.4;
    border: 1px solid var(--prossima-border, #c5ced8);
    border-radius: var(--prossima-radius, 8px);
    overflow: hidden;
    text-align: start;
    --_accent: var(--prossima-accent, #0b5cad);
    --_muted: #4d5b69;
    --_focus: 3px solid var(--_accent);
  }
  /* !important inside the shadow root beats a host theme's [hidden] { display: block !important }. */
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .root {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    height: 100%;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  /* "Skip": the first Tab stop, out of sight until it has focus. */
  .skip {
    position: absolute;
    inset-block-start: 0.25rem;
    inset-inline-start: 0.25rem;
    z-index: 1100;
    min-height: 44px;
    padding: 0 1rem;
    border: 0;
    border-radius: 6px;
    background: var(--_accent);
    color: #ffffff;
    font-weight: 600;
  }
  .skip:not(:focus) {
    width: 1px;
    height: 1px;
    min-height: 0;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .icon {
    width: 1.25em;
    height: 1.25em;
    flex: none;
    fill: currentColor;
    vertical-align: middle;
  }
  button,
  input,
  a {
    font: inherit;
  }
  :is(button, a, input, [tabindex]):focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  button {
    cursor: pointer;
  }
  .status-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0 0.5rem;
    padding-inline-end: 0.75rem;
  }
  .status-row .status {
    /* Its words wrap beside the list's actions rather than pushing them to a line of their own. */
    flex: 1 1 6rem;
    min-width: 0;
  }
  .status-row prossima-view-actions {
    flex: none;
  }
  .status {
    margin: 0;
    padding: 0.25rem 0.75rem;
    font-size: 0.9rem;
    color: var(--_muted);
  }
  .notice {
    display: flex;
    gap: 0.5rem;
    margin: 0 0.75rem 0.5rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid #b35c00;
    border-radius: 6px;
    background: #fff6e5;
    color: #4a2800;
    font-size: 0.9rem;
    max-height: 9rem;
    overflow: auto;
  }
  .notice p {
    margin: 0 0 0.25rem;
  }
  .notice ul {
    margin: 0.25rem 0;
    padding-inline-start: 1.25rem;
  }
  .retry {
    min-height: 44px;
    padding: 0 1rem;
    border: 1px solid #4a2800;
    border-radius: 6px;
    background: #ffffff;
    color: #4a2800;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem;
    padding: 0.5rem 0.75rem 0;
  }
  .language-picker {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    color: var(--_muted);
  }
  .language-picker select {
    min-height: 44px;
    padding: 0 0.5rem;
    border: 1px solid #8795a3;
    border-radius: 6px;
    background: #ffffff;
    color: var(--prossima-text, #1d2b3a);
    font: inherit;
  }
  .language-picker select:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  /*
   * A narrow widget keeps the emergency numbers and the languages on one line: the switcher is
   * its icon alone (44 × 44 inside its border), the select drawn transparent over it; opened, it lists every
   * language in its own name, and its name for screen readers stays "Lingua: Italiano".
   */
  @container (max-width: 539px) {
    .toolbar {
      flex-wrap: nowrap;
    }
    .toolbar > .emergency {
      flex: 1 1 auto;
      min-width: 0;
    }
    /* "Other useful numbers" stays beside 112: its words wrap onto two lines before it drops below. */
    .emergency-more {
      flex: 1 1 7rem;
      min-width: 0;
    }
    .language-picker {
      position: relative;
      flex: none;
      width: 46px;
      height: 46px;
      justify-content: center;
      border: 1px solid #8795a3;
      border-radius: 6px;
      color: var(--prossima-text, #1d2b3a);
    }
    .language-picker select {
      position: absolute;
      inset: 0;
      width: 100%;
      min-height: 0;
      opacity: 0;
      cursor: pointer;
    }
    .language-picker:focus-within {
      outline: var(--_focus);
      outline-offset: 2px;
    }
  }
  .tile-consent {
    /* Above the map, in the pane's flow: the map is drawn below it and nothing of the map is covered. */
    flex: none;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    padding: 0.5rem 0.75rem;
    border-bottom: 1px solid var(--prossima-border, #c5ced8);
    background: #ffffff;
  }
  .consent-button {
    min-height: 44px;
    padding: 0 1rem;
    border: 0;
    border-radius: 22px;
    background: var(--_accent);
    color: #ffffff;
    font-weight: 600;
  }
  .tile-consent p {
    flex: 1 1 14rem;
    margin: 0;
    font-size: 0.9rem;
  }
  .match-note {
    margin: 0;
    padding: 0.5rem 0.75rem;
    background: #eef3f8;
    font-size: 0.9rem;
  }
  .match-note span + span::before {
    content: ' · ';
  }
  .directory-info {
    margin: 0;
    padding: 0.75rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .directory-info a {
    color: var(--_accent);
  }
  .view-toggle {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4rem;
    min-height: 44px;
    padding: 0 0.9rem;
    border: 0;
    border-radius: 22px;
    background: var(--_accent);
    color: #ffffff;
    font-weight: 600;
  }
  .main {
    flex: 1;
    min-height: 0;
    display: grid;
    grid-template-columns: 1fr;
    border-top: 1px solid var(--prossima-border, #c5ced8);
  }
  .list-pane,
  .map-pane {
    position: relative;
    min-height: 0;
    min-width: 0;
  }
  .list-pane {
    overflow: auto;
    overscroll-behavior: contain;
  }
  /* The map fills its pane under the tile notice, which takes room of its own: it covers no marker. */
  .map-pane {
    display: flex;
    flex-direction: column;
  }
  /* An open service covers the list: the list keeps its place under it and does not scroll. */
  .list-pane.covered {
    overflow: hidden;
  }
  .main[data-view='list'] .map-pane,
  .main[data-view='map'] .list-pane {
    display: none;
  }
  prossima-map-view,
  .map {
    display: block;
    height: 100%;
    width: 100%;
    background: #e8eef2;
  }
  prossima-map-view,
  .map-pane > .map {
    flex: 1 1 0;
    min-height: 0;
    height: auto;
  }
  @container (min-width: 520px) {
    .view-toggle {
      display: none;
    }
    .main,
    .main[data-view] {
      grid-template-columns: minmax(16rem, 1fr) 1fr;
    }
    .main[data-view] .list-pane {
      display: block;
    }
    .main[data-view] .map-pane {
      display: flex;
    }
    .map-pane {
      border-inline-start: 1px solid var(--prossima-border, #c5ced8);
    }
  }
  @container (min-width: 720px) {
    .main,
    .main[data-view] {
      grid-template-columns: minmax(18rem, 2fr) 3fr;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

export const rootStyles = [layoutStyles, searchBarStyles, findBarStyles, needsRowStyles, serviceListStyles];
