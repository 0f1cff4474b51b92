import { html, nothing, render } from 'lit';
import { renderQr } from '../parts/qr-code.js';
import { placeLine, type ShareFacts } from '../../share/share-text.js';

/** One service on the printed list: what a share message holds, and its category. */
export interface PrintEntry extends ShareFacts {
  readonly category: string;
}

/** What the page says above the list, in the chosen language. */
export interface PrintHeading {
  readonly title: string;
  /** "Directory updated on …", the publisher, the search and filters. */
  readonly lines: readonly string[];
  /** Set when the list was cut: "The first 200 of 1,234 are printed…". */
  readonly cut?: string;
  readonly qrLabel: string;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

/** A printed list stops here: more is a book, not a noticeboard sheet. */
export const PRINT_LIMIT = 200;

/** The A4 page: plain black on white, two services a row, each with its QR code; no map. */
const PRINT_CSS = `
@page { size: A4; margin: 12mm; }
* { box-sizing: border-box; }
body { margin: 0; font: 10pt/1.35 system-ui, sans-serif; color: #000; background: #fff; }
h1 { margin: 0 0 2mm; font-size: 16pt; }
.meta { margin: 0 0 1mm; }
.cut { margin: 2mm 0; font-weight: 600; }
ol { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm 6mm; margin: 4mm 0 0; padding: 0; list-style: none; }
li { display: grid; grid-template-columns: 1fr 24mm; gap: 3mm; padding-top: 2mm; border-top: 0.3mm solid #000; break-inside: avoid; }
.name { margin: 0; font-size: 11pt; font-weight: 700; }
.line { margin: 0.5mm 0 0; }
.qr { width: 24mm; height: 24mm; }
`;

/**
 * Writes the printable list into `doc` (a blank document: the print frame's). Its style sheet is
 * a constructed one, so a host page's strict Content-Security-Policy does not block it.
 */
export function writePrintList(doc: Document, heading: PrintHeading, entries: readonly PrintEntry[]): void {
  const view = doc.defaultView;
  if (view !== null) {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(PRINT_CSS);
    doc.adoptedStyleSheets = [sheet];
  }
  doc.documentElement.lang = heading.lang;
  doc.documentElement.dir = heading.dir;
  doc.title = heading.title;
  render(
    html`<h1>${heading.title}</h1>
      ${heading.lines.map((line) => html`<p class="meta">${line}</p>`)}
      ${heading.cut ? html`<p class="cut">${heading.cut}</p>` : nothing}
      <ol>
        ${entries.slice(0, PRINT_LIMIT).map(
          (entry) => html`<li>
            <div>
              <p class="name" dir="auto">${entry.name}</p>
              <p class="line">${entry.category}</p>
              ${entry.address || entry.municipality
                ? html`<p class="line" dir="auto">${placeLine(entry.address, entry.municipality)}</p>`
                : nothing}
              ${entry.phones.length ? html`<p class="line" dir="ltr">☎ ${entry.phones.join(', ')}</p>` : nothing}
              ${entry.hours.map((line) => html`<p class="line">${line}</p>`)}
            </div>
            <div class="qr">${renderQr(entry.link, heading.qrLabel)}</div>
          </li>`,
        )}
      </ol>`,
    doc.body,
  );
}

/**
 * Prints the list through a hidden frame inside `scope` (the widget's shadow root), so that only
 * the list is printed, never the host page around the widget. The frame goes once printing ends.
 */
export function printList(scope: Element, heading: PrintHeading, entries: readonly PrintEntry[]): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  scope.append(frame);
  const win = frame.contentWindow!;
  writePrintList(win.document, heading, entries);
  win.addEventListener('afterprint', () => frame.remove(), { once: true });
  win.focus();
  win.print();
  return frame;
}
