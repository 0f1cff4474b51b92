import { svg, type SVGTemplateResult } from 'lit';

/** A decorative icon (hidden from assistive technology: the text next to it says the same). */
export function icon(path: string): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${path}></path></svg>`;
}
