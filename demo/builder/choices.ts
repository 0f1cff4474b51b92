/**
 * What a webmaster chooses in the embed-code builder, and what follows from it: the element's
 * attributes (defaults left out), the CSS custom properties, the code to paste, and the builder's
 * own address with the same choices. Pure: no DOM, no Lit.
 */

export type Tiles = 'osm' | 'none' | 'consent' | 'custom';
export type ScriptKind = 'module' | 'classic' | 'standalone';

export interface Choices {
  /** Category ids in the order chosen; empty: every category, in the directory's order. */
  readonly categories: readonly string[];
  /** Comune names; empty: every comune. */
  readonly municipalities: readonly string[];
  /** A language code; empty: follow the page. */
  readonly lang: string;
  readonly query: string;
  /** A service id to open at start; empty: none. */
  readonly service: string;
  /** The map's start view; undefined: fit the services shown. */
  readonly view?: { readonly center: readonly [number, number]; readonly zoom: number };
  readonly tiles: Tiles;
  /** With `tiles: 'custom'`. */
  readonly tileUrl: string;
  readonly tileAttribution: string;
  /** A CSS length, e.g. `40rem`; empty: the widget's default (36rem). */
  readonly height: string;
  /** Colours as `#rrggbb`; empty: the widget's default. */
  readonly accent: string;
  readonly text: string;
  readonly background: string;
  readonly border: string;
  /** A CSS font-family list; empty: the system UI font. */
  readonly font: string;
  readonly syncUrl: boolean;
  readonly hideLanguageSwitcher: boolean;
  readonly script: ScriptKind;
  /** Where the site loads the script from: the published `dist/` folder; empty: the one beside the builder. */
  readonly base: string;
}

export const DEFAULT_CHOICES: Choices = {
  categories: [],
  municipalities: [],
  lang: '',
  query: '',
  service: '',
  tiles: 'osm',
  tileUrl: '',
  tileAttribution: '',
  height: '',
  accent: '',
  text: '',
  background: '',
  border: '',
  font: '',
  syncUrl: false,
  hideLanguageSwitcher: false,
  script: 'module',
  base: '',
};

/** The colour choices, each with the CSS custom property it sets and the widget's default. */
export const COLOURS = [
  { key: 'accent', property: '--prossima-accent', fallback: '#0b5cad' },
  { key: 'text', property: '--prossima-text', fallback: '#1d2b3a' },
  { key: 'background', property: '--prossima-background', fallback: '#ffffff' },
  { key: 'border', property: '--prossima-border', fallback: '#c5ced8' },
] as const;

/** The element's attributes for `choices`, in a fixed order; a default is left out. */
export function attributesOf(choices: Choices): [string, string][] {
  const attributes: [string, string][] = [];
  const add = (name: string, value: string) => {
    if (value !== '') attributes.push([name, value]);
  };
  /** A boolean attribute, written without a value. */
  const flag = (name: string, on: boolean) => {
    if (on) attributes.push([name, '']);
  };
  add('categories', choices.categories.join(' '));
  add('municipality', choices.municipalities.join(', '));
  add('lang', choices.lang);
  add('query', choices.query.trim());
  add('service', choices.service);
  if (choices.view) {
    add('center', `${round(choices.view.center[0], 4)},${round(choices.view.center[1], 4)}`);
    add('zoom', String(Math.round(choices.view.zoom)));
  }
  if (choices.tiles === 'none') add('tile-url', 'none');
  flag('tile-consent', choices.tiles === 'consent');
  if (choices.tiles === 'custom') {
    add('tile-url', choices.tileUrl.trim());
    add('tile-attribution', choices.tileAttribution.trim());
  }
  flag('sync-url', choices.syncUrl);
  flag('hide-language-switcher', choices.hideLanguageSwitcher);
  return attributes;
}

/** The CSS custom properties changed from the widget's defaults. */
export function stylesOf(choices: Choices): [string, string][] {
  const styles: [string, string][] = [];
  if (choices.height.trim() !== '') styles.push(['--prossima-height', choices.height.trim()]);
  for (const { key, property } of COLOURS) if (choices[key] !== '') styles.push([property, choices[key]]);
  if (choices.font.trim() !== '') styles.push(['--prossima-font', choices.font.trim()]);
  return styles;
}

/** The file each kind of script tag loads, in the published `dist/` folder. */
const SCRIPT_FILES: Record<ScriptKind, string> = {
  module: 'prossima-map.js',
  classic: 'prossima-map.iife.js',
  standalone: 'prossima-map.standalone.js',
};

/**
 * The code a webmaster pastes: the script tag, the element with the attributes chosen, and a
 * `<style>` block only when height, colours or font changed. The script comes from
 * `choices.base` when it is an address, else from `distUrl` (the `dist/` beside the builder).
 */
export function embedCode(choices: Choices, distUrl: string): string {
  const base = isBaseUrl(choices.base) ? withSlash(choices.base.trim()) : distUrl;
  const src = escapeAttribute(new URL(SCRIPT_FILES[choices.script], base).href);
  const script = choices.script === 'classic' ? `<script src="${src}" defer></script>` : `<script type="module" src="${src}"></script>`;
  const attributes = attributesOf(choices)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const lines = [script, `<prossima-map${attributes}></prossima-map>`];
  const styles = stylesOf(choices);
  if (styles.length > 0) {
    lines.push('<style>', '  prossima-map {', ...styles.map(([property, value]) => `    ${property}: ${escapeCss(value)};`), '  }', '</style>');
  }
  return `${lines.join('\n')}\n`;
}

/** The builder's own query string for `choices` (defaults left out), to reopen it as it is. */
export function choicesQuery(choices: Choices): string {
  const params = new URLSearchParams();
  const set = (name: string, value: string) => value !== '' && params.set(name, value);
  set('categories', choices.categories.join(','));
  set('municipality', choices.municipalities.join(','));
  set('lang', choices.lang);
  set('query', choices.query);
  set('service', choices.service);
  if (choices.view) set('view', `${round(choices.view.center[0], 4)},${round(choices.view.center[1], 4)},${Math.round(choices.view.zoom)}`);
  if (choices.tiles !== 'osm') set('tiles', choices.tiles);
  if (choices.tiles === 'custom') {
    set('tile-url', choices.tileUrl);
    set('tile-attribution', choices.tileAttribution);
  }
  set('height', choices.height);
  for (const { key } of COLOURS) set(key, choices[key]);
  set('font', choices.font);
  if (choices.syncUrl) set('sync-url', '1');
  if (choices.hideLanguageSwitcher) set('hide-language-switcher', '1');
  if (choices.script !== 'module') set('script', choices.script);
  set('base', choices.base);
  return params.toString();
}

/** The choices a builder address carries; anything unusable is left at its default. */
export function choicesFromQuery(search: string): Choices {
  const params = new URLSearchParams(search);
  const text = (name: string, most = 200) => (params.get(name) ?? '').trim().slice(0, most);
  const list = (name: string) => text(name, 1000).split(',').map((item) => item.trim()).filter(Boolean);
  const colour = (name: string) => (/^#[0-9a-f]{6}$/i.test(text(name)) ? text(name).toLowerCase() : '');
  const tiles = text('tiles');
  const script = text('script');
  const [lat, lon, zoom] = text('view').split(',').map(Number);
  const viewOk = [lat, lon, zoom].every(Number.isFinite) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && zoom >= 0 && zoom <= 19;
  return {
    ...DEFAULT_CHOICES,
    categories: list('categories').filter((id) => /^[a-z0-9-]+$/.test(id)),
    municipalities: list('municipality'),
    lang: /^[a-zA-Z]{2,3}(-[a-zA-Z]{2,4})?$/.test(text('lang')) ? text('lang') : '',
    query: text('query'),
    service: /^[a-z0-9-]+$/.test(text('service')) ? text('service') : '',
    ...(viewOk && { view: { center: [lat, lon] as [number, number], zoom } }),
    tiles: tiles === 'none' || tiles === 'consent' || tiles === 'custom' ? tiles : 'osm',
    tileUrl: text('tile-url', 500),
    tileAttribution: text('tile-attribution'),
    height: isCssLength(text('height')) ? text('height') : '',
    accent: colour('accent'),
    text: colour('text'),
    background: colour('background'),
    border: colour('border'),
    font: isFontList(text('font')) ? text('font') : '',
    syncUrl: params.get('sync-url') === '1',
    hideLanguageSwitcher: params.get('hide-language-switcher') === '1',
    script: script === 'classic' || script === 'standalone' ? script : 'module',
    base: isBaseUrl(text('base', 500)) ? text('base', 500) : '',
  };
}

/** A CSS length the builder accepts for the height: a number and `px`, `rem`, `em` or `vh`. */
export function isCssLength(value: string): boolean {
  return /^\d{1,4}(\.\d{1,2})?(px|rem|em|vh)$/.test(value.trim());
}

/** A font-family list: names, quoted or not, separated by commas; nothing that ends a declaration. */
export function isFontList(value: string): boolean {
  return /^[\w\s"',-]{1,200}$/.test(value.trim());
}

/** An http(s) address of a folder (a missing final `/` is added). */
export function isBaseUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.search === '' && url.hash === '';
  } catch {
    return false;
  }
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A declaration value cannot close its block or start a new one. */
function escapeCss(value: string): string {
  return value.replace(/[;{}<>]/g, '');
}
