/**
 * Parsing of `<prossima-map>` attributes. Pure: a bad value never throws, it yields `undefined`
 * and a warning the element logs once. A removed attribute (`null`, as Lit sets it) is an absent one.
 */

export type Parsed<T> = { value: T; warning?: undefined } | { value: undefined; warning: string };

/** `"health work"`, `"health,work"` -> `['health', 'work']`. */
export function parseIdList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter((id) => id !== '');
}

/** `"Matera, Policoro"` -> `['Matera', 'Policoro']` (comune names may contain spaces). */
export function parseNameList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** `"40.66,16.60"` -> `[40.66, 16.6]`. */
export function parseCenter(value: string | null | undefined): Parsed<[number, number]> | undefined {
  if (value === undefined || value === null || value.trim() === '') return undefined;
  const parts = value.split(/[\s,]+/).filter((p) => p !== '');
  const [lat, lon] = parts.map(Number);
  const valid =
    parts.length === 2 &&
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180;
  return valid
    ? { value: [lat, lon] }
    : { value: undefined, warning: `center="${value}" is not "lat,lon" (e.g. "40.66,16.60"); ignored` };
}

/** `"11"` -> `11`; zoom levels 0 to 19. */
export function parseZoom(value: string | null | undefined): Parsed<number> | undefined {
  if (value === undefined || value === null || value.trim() === '') return undefined;
  const zoom = Number(value);
  return Number.isFinite(zoom) && zoom >= 0 && zoom <= 19
    ? { value: zoom }
    : { value: undefined, warning: `zoom="${value}" is not a number from 0 to 19; ignored` };
}

/** OpenStreetMap's standard tiles: the default map background. */
const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

/** The map background the `tile-url` and `tile-attribution` attributes ask for. */
export interface Tiles {
  /** A tile URL template; null for none (`tile-url="none"`, or a template the map cannot fill). */
  readonly url: string | null;
  /** Plain text. */
  readonly attribution: string;
  /** Set when `tile-url` was refused: why, for the console (the map then has no tiles). */
  readonly refused?: string;
}

/** The placeholders a tile URL template may hold (Leaflet fills these; any other would throw). */
const TILE_PLACEHOLDERS = new Set(['s', 'z', 'x', 'y', '-y', 'r']);

/**
 * Absent or empty `tile-url`: OpenStreetMap's tiles and credit; `none`: no tiles. A template with
 * a placeholder the map cannot fill (`{apikey}`) is refused: no tiles, and `refused` says why.
 */
export function parseTiles(url: string | null | undefined, attribution: string | null | undefined): Tiles {
  if (url === 'none') return { url: null, attribution: '' };
  if (url === undefined || url === null || url === '') return { url: OSM_TILES, attribution: OSM_ATTRIBUTION };
  const unknown = [...url.matchAll(/\{ *([\w-]+) *\}/g)].map((match) => match[1]).filter((name) => !TILE_PLACEHOLDERS.has(name));
  if (unknown.length > 0) {
    const names = unknown.map((name) => `{${name}}`).join(', ');
    return { url: null, attribution: '', refused: `tile-url="${url}" has ${names}, which the map cannot fill (it knows {s}, {z}, {x}, {y}, {-y} and {r}); the map is shown without tiles` };
  }
  return { url, attribution: attribution ?? '' };
}
