import { css, unsafeCSS, type CSSResult } from 'lit';
import leafletCss from 'leaflet/dist/leaflet.css';

/** Leaflet's own CSS (bundled as text, adopted in the shadow root) plus our markers and popup. */
export const mapStyles: CSSResult = css`
  ${unsafeCSS(leafletCss)}

  /* The comuni's names on a map without tiles (leaflet-map.ts): where the markers are, in words. */
  .prossima-place-name {
    display: block;
    /* Under the place's point, where a marker standing on the town centre leaves it readable
       (leaflet-map.ts moves it above or beside the point when a marker or a name is there). */
    transform: translate(-50%, 1rem);
    white-space: nowrap;
    font-size: 0.75rem;
    color: #3b4a59;
    text-shadow: 0 0 2px #ffffff, 0 0 2px #ffffff, 0 0 3px #ffffff;
    pointer-events: none;
  }
  /* The area's outline on a map without tiles (leaflet-map.ts): light, under everything else. */
  .prossima-outline {
    fill: #f7f9fb;
    stroke: #8795a3;
    stroke-width: 1.5px;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .leaflet-container {
    background: #e8eef2;
    font: inherit;
  }
  /* Touch targets of at least 44 x 44 px (WCAG 2.5.5). */
  .leaflet-bar a,
  .leaflet-touch .leaflet-bar a {
    width: 44px;
    height: 44px;
    line-height: 44px;
    font-size: 22px;
  }
  /* Right to left, the corners change sides: the zoom buttons at the start (top right), the
     attribution at the end (bottom left). The map itself stays dir=ltr, as Leaflet needs. */
  .root[dir='rtl'] .leaflet-left {
    left: auto;
    right: 0;
  }
  .root[dir='rtl'] .leaflet-right {
    right: auto;
    left: 0;
  }
  .root[dir='rtl'] .leaflet-left .leaflet-control {
    float: right;
    margin-left: 0;
    margin-right: 10px;
  }
  .root[dir='rtl'] .leaflet-right .leaflet-control {
    float: left;
    margin-right: 0;
    margin-left: 10px;
  }
  /* The credits' links stand out from their text by more than colour (WCAG 1.4.1). */
  .leaflet-control-attribution a {
    text-decoration: underline;
  }
  .leaflet-container:focus-visible,
  .leaflet-control-zoom a:focus-visible,
  .leaflet-control-attribution a:focus-visible {
    outline: 3px solid #0b0c0c;
    outline-offset: -3px;
    box-shadow: inset 0 0 0 5px #fff;
  }

  /* The marker box (Leaflet's icon element, role=button) is a 44px hit area. */
  .prossima-marker {
    display: grid;
    place-items: center;
    border-radius: 50%;
    cursor: pointer;
  }
  .prossima-marker:focus {
    outline: none;
  }
  .prossima-marker:focus-visible {
    outline: 3px solid #0b0c0c;
    outline-offset: 1px;
    box-shadow: 0 0 0 1px #fff, inset 0 0 0 3px #fff;
  }
  .prossima-pin {
    box-sizing: border-box;
    display: grid;
    place-items: center;
    width: 32px;
    height: 32px;
    border: 2px solid #fff;
    border-radius: 50%;
    box-shadow: 0 1px 3px rgb(0 0 0 / 45%);
    transition: transform 120ms ease-out;
  }
  /* Exact place not known (the town centre): a dashed ring, paler, so it is not taken for a door. */
  .prossima-pin--approximate {
    border-style: dashed;
    opacity: 0.8;
    box-shadow: 0 0 0 3px rgb(255 255 255 / 75%), 0 0 0 4px rgb(0 0 0 / 35%);
  }
  .prossima-pin svg {
    width: 18px;
    height: 18px;
    fill: #fff;
  }
  .prossima-pin--group {
    width: 36px;
    height: 36px;
    background: #1d2b3a;
    color: #fff;
    font-size: 13px;
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  .prossima-pin--group::after {
    content: attr(data-count);
  }
  .prossima-pin--wide {
    width: auto;
    min-width: 36px;
    padding: 0 7px;
    border-radius: 18px;
  }
  .prossima-marker.is-selected .prossima-pin {
    transform: scale(1.25);
    box-shadow: 0 0 0 3px #0b0c0c, 0 2px 6px rgb(0 0 0 / 50%);
  }

  /* The popup listing the services of one place. */
  .prossima-popup .leaflet-popup-content {
    margin: 12px 12px 8px;
  }
  .prossima-group {
    position: relative;
  }
  .prossima-group__title {
    margin: 0 0 8px;
    margin-inline-end: 32px;
    font-size: 1rem;
    line-height: 1.3;
  }
  .prossima-group__close {
    position: absolute;
    top: -12px;
    inset-inline-end: -12px;
    width: 44px;
    height: 44px;
    padding: 0;
    border: 0;
    border-radius: 4px;
    background: none;
    color: #333;
    font: inherit;
    font-size: 22px;
    line-height: 1;
    cursor: pointer;
  }
  .prossima-group__list {
    max-height: 15rem;
    margin: 0;
    padding: 0;
    overflow-y: auto;
    list-style: none;
  }
  .prossima-group__item {
    display: flex;
    gap: 8px;
    align-items: center;
    width: 100%;
    min-height: 44px;
    padding: 6px 8px;
    border: 0;
    border-radius: 4px;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .prossima-group__item:hover,
  .prossima-group__close:hover {
    background: #eef2f6;
  }
  .prossima-group__item[aria-current='true'] {
    font-weight: 700;
  }
  .prossima-group__item:focus-visible,
  .prossima-group__close:focus-visible {
    outline: 3px solid #0b0c0c;
    outline-offset: -3px;
  }
  .prossima-group__dot {
    flex: none;
    width: 12px;
    height: 12px;
    border: 1px solid #fff;
    border-radius: 50%;
    box-shadow: 0 0 0 1px rgb(0 0 0 / 35%);
  }

  @media (prefers-reduced-motion: reduce) {
    .prossima-pin {
      transition: none;
    }
  }
`;
