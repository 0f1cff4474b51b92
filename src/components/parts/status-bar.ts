import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Directory } from '../../data/types.js';
import type { CategoryMatch } from '../../view/view-models.js';
import { pickText } from '../../data/pick-text.js';
import { websiteHref } from '../../data/links.js';
import { formatCount, formatDate, isolated } from '../../view/format.js';
import { icon } from './icons.js';
import { ICON_PATHS } from '../../view/icon-paths.js';

/**
 * The `status` part: how many services are shown, out of how many, in digits (0 included); just
 * how many when nothing is searched or filtered ("73 servizi").
 * Its text is always current; while the user is typing it is `aria-busy`, so screen readers
 * announce the count once typing pauses instead of at every key. Called from the render of the
 * @localized root, so the text follows the language.
 */
export function renderStatus(count: number, total: number, locale: string, loading: boolean, typing = false) {
  const n = formatCount(count, locale);
  const all = formatCount(total, locale);
  const text =
    count === 1
      ? msg(str`1 servizio trovato su ${all}`, { desc: 'status-bar: status, exactly one result' })
      : count === total
        ? msg(str`${n} servizi`, { desc: 'status-bar: status, every service of the directory is shown (nothing searched or filtered)' })
        : msg(str`${n} servizi trovati su ${all}`, { desc: 'status-bar: status, number of results' });
  const loadingText = msg('Caricamento dell’elenco…', { desc: 'status-bar: loading' });
  return html`<p part="status" class="status" role="status" aria-atomic="true" aria-busy=${typing ? 'true' : 'false'}>
    ${text}${loading ? html` <span class="loading">${loadingText}</span>` : nothing}
  </p>`;
}

export type View = 'list' | 'map';

/**
 * The list/map switch of a narrow widget (hidden by CSS from 520px, where both are shown): one
 * button, beside the count, naming the view it opens.
 */
export function renderViewToggle(current: View, choose: (view: View) => void) {
  const next: View = current === 'list' ? 'map' : 'list';
  const label = next === 'map' ? msg('Mappa', { desc: 'status-bar: show the map' }) : msg('Elenco', { desc: 'status-bar: show the list' });
  return html`<button type="button" class="view-toggle" data-opens=${next} @click=${() => choose(next)}>
    ${icon(next === 'map' ? ICON_PATHS.map : ICON_PATHS.list)}<span>${label}</span>
  </button>`;
}

/** Who publishes the directory and when it was last updated, under the list. */
export function renderDirectoryInfo(directory: Directory | undefined, locale: string) {
  if (directory === undefined) return nothing;
  const publisher = pickText(directory.publisher?.name, locale);
  const url = directory.publisher?.url === undefined ? undefined : websiteHref(directory.publisher.url);
  const updated = directory.updated
    ? msg(str`Elenco aggiornato il ${formatDate(directory.updated, locale)}`, {
        desc: 'status-bar: date the directory was last updated',
      })
    : undefined;
  if (updated === undefined && publisher === undefined) return nothing;
  return html`<p class="directory-info">
    ${updated ?? nothing}${updated && publisher ? ' · ' : nothing}${publisher
      ? url
        ? html`<a href=${url} target="_blank" rel="noopener noreferrer" lang=${publisher.lang}>${publisher.text}</a>`
        : html`<span lang=${publisher.lang}>${publisher.text}</span>`
      : nothing}
  </p>`;
}

/**
 * Which categories a search word led to, so a match that is not literal is explained, and which
 * words matched nothing and were left out (so a sentence never empties the list unexplained).
 */
export function renderMatches(matches: readonly CategoryMatch[], leftOut: readonly string[]) {
  if (matches.length === 0 && leftOut.length === 0) return nothing;
  return html`<p class="match-note">
    ${matches.map(
      ({ word, category }) =>
        html`<span>${msg(str`Mostro «${isolated(category.name)}» per «${isolated(word)}»`, {
          desc: 'status-bar: a search word matched a category by meaning, e.g. Showing "Health" for "doctor"',
        })}</span>`,
    )}${leftOut.map(
      (word) =>
        html`<span class="left-out">${msg(str`«${isolated(word)}» non trovato: ignorato`, {
          desc: 'status-bar: a search word matched nothing in the directory and was left out of the search, e.g. "tonight" not found: left out',
        })}</span>`,
    )}
  </p>`;
}
