import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { icon } from './icons.js';
import { ICON_PATHS } from '../../view/icon-paths.js';

/**
 * The `tile-consent` attribute: until the user agrees, the map shows its markers on a plain
 * background and no request reaches the tile server. The agreement holds for that tile server
 * on this page until it is reloaded (kept in memory only: nothing is stored).
 */
const consented = new Set<string>();

/** The server a tile URL template points at (`tile.openstreetmap.org`). */
export function tileHost(template: string): string {
  try {
    return new URL(template.replace(/\{[a-z]+\}/g, '0'), document.baseURI).host;
  } catch {
    return template;
  }
}

export function hasTileConsent(host: string): boolean {
  return consented.has(host);
}

export function giveTileConsent(host: string): void {
  consented.add(host);
}

/** The notice over the map: why the map has no background yet, and the button to show it. */
export function renderTileConsent(host: string, agree: () => void) {
  return html`<div class="tile-consent" part="tile-consent">
    ${icon(ICON_PATHS.map)}
    <p>
      ${msg(str`La mappa usa immagini scaricate da ${host}. Se la apri, il tuo dispositivo si collega a quel server.`, {
        desc: 'tile-consent: why the map background waits for the user (host is a server name, e.g. tile.openstreetmap.org)',
      })}
    </p>
    <button type="button" class="consent-button" @click=${agree}>
      ${msg('Mostra la mappa', { desc: 'tile-consent: button that loads the map background' })}
    </button>
  </div>`;
}
