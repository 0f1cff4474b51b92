/**
 * Links that open the widget in a given state: a service, a search, filters, a comune to measure
 * distances from, a language. The state travels in the host page's own URL, in query parameters
 * named `prossima-*` (the host's other parameters and its #fragment are kept). Pure: strings in,
 * strings out.
 */

export interface ViewState {
  /** The open service's id. */
  readonly service?: string;
  readonly query?: string;
  /** A need chosen in "What do you need?" (an id of data/needs.ts). */
  readonly need?: string;
  /** Active category chips. */
  readonly filter?: readonly string[];
  readonly openNow?: boolean;
  /** A comune chosen in "choose your comune" (the phone's own position is never put in a link). */
  readonly place?: string;
  readonly lang?: string;
}

/** The query parameters, one per part of the state. */
export const VIEW_PARAMS = {
  service: 'prossima-service',
  query: 'prossima-q',
  need: 'prossima-need',
  filter: 'prossima-filter',
  openNow: 'prossima-open',
  place: 'prossima-near',
  lang: 'prossima-lang',
} as const;

/** Longest value kept from a link: a link is outside data, and nothing needs more. */
const MAX_VALUE = 200;

/** The state a page URL's query (`location.search`) asks for; parts it does not have are absent. */
export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const get = (name: string): string | undefined => {
    const value = params.get(name)?.trim().slice(0, MAX_VALUE);
    return value ? value : undefined;
  };
  const state: { -readonly [K in keyof ViewState]: ViewState[K] } = {};
  const service = get(VIEW_PARAMS.service);
  if (service !== undefined) state.service = service;
  const query = get(VIEW_PARAMS.query);
  if (query !== undefined) state.query = query;
  const need = get(VIEW_PARAMS.need);
  if (need !== undefined && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(need)) state.need = need;
  const filter = get(VIEW_PARAMS.filter)?.split(/[\s,]+/).filter(Boolean);
  if (filter !== undefined && filter.length > 0) state.filter = filter;
  if (get(VIEW_PARAMS.openNow) === '1') state.openNow = true;
  const place = get(VIEW_PARAMS.place);
  if (place !== undefined) state.place = place;
  const lang = get(VIEW_PARAMS.lang);
  if (lang !== undefined && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(lang)) state.lang = lang;
  return state;
}

/** `pageHref` with the `prossima-*` parameters set to `state` (others kept as they were). */
export function viewLink(pageHref: string, state: ViewState): string {
  const url = new URL(pageHref);
  for (const name of Object.values(VIEW_PARAMS)) url.searchParams.delete(name);
  const set = (name: string, value: string | undefined) => {
    if (value) url.searchParams.set(name, value);
  };
  set(VIEW_PARAMS.service, state.service);
  set(VIEW_PARAMS.query, state.query?.trim());
  set(VIEW_PARAMS.need, state.need);
  set(VIEW_PARAMS.filter, state.filter?.join(','));
  set(VIEW_PARAMS.openNow, state.openNow ? '1' : undefined);
  set(VIEW_PARAMS.place, state.place);
  set(VIEW_PARAMS.lang, state.lang);
  return url.href;
}

/**
 * The link that share, the QR codes and print hand out: the page's address with the view's
 * `prossima-*` parameters, and of the page's own query parameters only those in `keep` (the
 * `keep-params` attribute). Everything else the page's address carries is left out, the fragment
 * too: a host's session token or tracking parameter never ends up in a QR code on a noticeboard.
 */
export function shareLink(pageHref: string, state: ViewState, keep: readonly string[] = []): string {
  const url = new URL(viewLink(pageHref, state));
  const ours = new Set<string>(Object.values(VIEW_PARAMS));
  for (const name of [...new Set(url.searchParams.keys())]) {
    if (!ours.has(name) && !keep.includes(name)) url.searchParams.delete(name);
  }
  url.hash = '';
  return url.href;
}
