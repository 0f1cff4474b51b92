import comuni from '../../data/comuni.json';
import type { LatLon } from '../data/geo.js';
import type { Service } from '../data/types.js';
import { runSteps } from '../lib/chunked.js';
import { normalize } from '../lib/normalize.js';
import { nameOrderSteps } from '../view/name-order.js';

/** A place to measure distances from when the phone's position is not wanted or not available. */
export interface Place extends LatLon {
  readonly name: string;
}

/** The 31 comuni of the province of Matera with their approximate centres (data/comuni.json). */
export const MATERA_COMUNI: readonly Place[] = comuni;

/**
 * The places offered by "choose your comune": the province's comuni, then any other comune the
 * directory's services name (a regional or national directory), placed at the middle of its
 * services. Sorted by name in `locale`.
 */
export function placesOf(services: readonly Service[], locale: string): Place[] {
  const known = new Set(MATERA_COMUNI.map((place) => normalize(place.name)));
  const others = new Map<string, { name: string; lat: number; lon: number; count: number }>();
  for (const service of services) {
    if (service.municipality === undefined) continue;
    const key = normalize(service.municipality);
    if (known.has(key)) continue;
    const sum = others.get(key) ?? { name: service.municipality, lat: 0, lon: 0, count: 0 };
    sum.lat += service.lat;
    sum.lon += service.lon;
    sum.count++;
    others.set(key, sum);
  }
  const places = [
    ...MATERA_COMUNI,
    ...[...others.values()].map(({ name, lat, lon, count }) => ({ name, lat: lat / count, lon: lon / count })),
  ];
  // The collator's order, with no collator made for names a plain comparison orders (name-order.ts).
  return Array.from(runSteps(nameOrderSteps(places.map((place) => place.name), locale)), (position) => places[position]);
}

/**
 * The province's comuni in the order a map without tiles writes their names (leaving out one that
 * would cover another): those with the most services in the directory first.
 */
export function placeNamesOf(services: readonly Service[]): Place[] {
  const counts = new Map<string, number>();
  for (const service of services) {
    if (service.municipality === undefined) continue;
    const key = normalize(service.municipality);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const count = (place: Place) => counts.get(normalize(place.name)) ?? 0;
  return [...MATERA_COMUNI].sort((a, b) => count(b) - count(a));
}

/** Where distances are measured from: the phone's position, or a comune the user chose. */
export type Origin = { readonly kind: 'device'; readonly lat: number; readonly lon: number } | ({ readonly kind: 'place' } & Place);
