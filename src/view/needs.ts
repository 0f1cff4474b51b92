/**
 * The "What do you need?" row: which needs an embed can offer (at least one of its services meets
 * the need). Pure: no DOM.
 */
import { NEEDS } from '../data/needs.js';
import type { Service } from '../data/types.js';
import type { SearchIndex } from '../search/search-api.js';

/** A need the row offers, and whether it is the chosen one. */
export interface NeedChoice {
  readonly id: string;
  readonly pressed: boolean;
}

/** Per index: the ids of the needs with a service among some positions, by the positions' array. */
const KEPT = new WeakMap<SearchIndex, WeakMap<Uint32Array, readonly string[]>>();

/**
 * The needs, in the row's order, that at least one of the services at `positions` (of the array
 * the index was built from) meets: handles or helps with, when the directory says (`handles`,
 * `needs`); else that a search for the need finds. Kept per index and
 * positions array: the list does not change from one keystroke to the next.
 */
export function offeredNeeds(index: SearchIndex, positions: Uint32Array): readonly string[] {
  let byPositions = KEPT.get(index);
  if (byPositions === undefined) KEPT.set(index, (byPositions = new WeakMap()));
  let offered = byPositions.get(positions);
  if (offered === undefined) {
    const inScope = new Uint8Array(index.ids.length);
    for (const position of positions) inScope[position] = 1;
    const tagged = index.needServices.size > 0;
    offered = NEEDS.map((need) => need.id).filter((id) => {
      // A directory that tags needs offers those its services meet; one that does not, those a
      // search finds something for (by their words and categories).
      if (tagged) {
        const services = index.needServices.get(id);
        return services !== undefined && [...services.handles, ...services.helps].some((position) => inScope[position] === 1);
      }
      const scores = index.scoreNeed(id);
      return positions.some((position) => scores[position] > 0);
    });
    byPositions.set(positions, offered);
  }
  return offered;
}

/** Per services array: the needs with a service at some positions, by the positions' array. */
const TAGGED = new WeakMap<readonly Service[], WeakMap<Uint32Array, readonly string[]>>();

/**
 * {@link offeredNeeds} before the search's piece has come: the needs the services at `positions`
 * (all of them when absent) handle or help with, by the directory's own tags (`handles`, `needs`),
 * so the row is on screen with the first list and does not push it down later. A directory with
 * no tags offers none until the search can tell.
 */
export function taggedNeeds(services: readonly Service[], positions?: Uint32Array): readonly string[] {
  const compute = () => {
    const met = new Set<string>();
    const each = (service: Service) => {
      for (const id of service.handles ?? []) met.add(id);
      for (const id of service.needs ?? []) met.add(id);
    };
    if (positions === undefined) services.forEach(each);
    else for (const position of positions) each(services[position]);
    return NEEDS.map((need) => need.id).filter((id) => met.has(id));
  };
  if (positions === undefined) return compute();
  let byPositions = TAGGED.get(services);
  if (byPositions === undefined) TAGGED.set(services, (byPositions = new WeakMap()));
  let offered = byPositions.get(positions);
  if (offered === undefined) byPositions.set(positions, (offered = compute()));
  return offered;
}

/**
 * The row's choices: the offered needs, the chosen one first and pressed (on show at the start of
 * a row that scrolls sideways, and kept even when this embed does not offer it).
 */
export function needChoices(offered: readonly string[], chosen: string): NeedChoice[] {
  const ids = chosen === '' ? offered : [chosen, ...offered.filter((id) => id !== chosen)];
  return ids.map((id) => ({ id, pressed: id === chosen }));
}
