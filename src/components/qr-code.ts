import { html, nothing, type TemplateResult } from 'lit';
import { qrPath } from '../share/qr.js';

/** Light modules around the code, in modules: the quiet zone readers need. */
const QUIET = 4;

/**
 * A QR code for `text` as an inline `<svg role="img">` named by `label`. It is 100% wide and high:
 * the caller sizes it with CSS (a square box). Dark modules are black on a white square, whatever
 * the theme, so it scans and prints. Text that no QR code can hold (over 2,331 UTF-8 bytes)
 * renders nothing.
 */
export function renderQr(text: string, label: string): TemplateResult | typeof nothing {
  let qr: { size: number; d: string };
  try {
    qr = qrPath(text);
  } catch (error) {
    if (error instanceof RangeError) return nothing;
    throw error;
  }
  const side = qr.size + 2 * QUIET;
  return html`<svg
    xmlns="http://www.w3.org/2000/svg"
    viewBox=${`${-QUIET} ${-QUIET} ${side} ${side}`}
    width="100%"
    height="100%"
    role="img"
    aria-label=${label}
  ><rect x=${-QUIET} y=${-QUIET} width=${side} height=${side} fill="#fff"></rect><path
    d=${qr.d}
    fill="#000"
    shape-rendering="crispEdges"
  ></path></svg>`;
}
