import { html, nothing, type TemplateResult } from 'lit';
import { qrPath } from '../../share/qr.js';
import { icon } from './icons.js';
import { ICON_PATHS } from '../../view/icon-paths.js';

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

/** What a QR code dialog shows: a title, the code, how to use it, and the link in words. */
export interface QrDialogTexts {
  readonly title: string;
  readonly label: string;
  readonly hint: string;
  readonly close: string;
}

/**
 * A `<dialog>` (opened with `showModal()`, so it sits above the host page whatever its stacking)
 * with the QR code of `link`. The code is worked out only while `shown`: the link of a view
 * changes at every keystroke, and nobody needs its code until the dialog opens. Template helper
 * for the @localized elements that offer one; `closed` runs when the dialog closes.
 */
export function renderQrDialog(link: string, texts: QrDialogTexts, shown: boolean, closed: () => void) {
  return html`<dialog class="qr-dialog" aria-label=${texts.label} @close=${closed}>
    <p class="dialog-title" dir="auto">${texts.title}</p>
    <div class="qr-box">${shown ? renderQr(link, texts.label) : nothing}</div>
    <p class="qr-hint">${texts.hint}</p>
    <p class="qr-link" dir="ltr">${link}</p>
    <button type="button" class="dialog-close" @click=${(event: Event) => (event.target as HTMLElement).closest('dialog')?.close()}>
      ${icon(ICON_PATHS.close)}<span>${texts.close}</span>
    </button>
  </dialog>`;
}
