/**
 * The search when its piece (./search-index.ts) cannot be loaded, offline or on a host that
 * copied only the entry: every word of the query must occur in a service's name, tags,
 * municipality or description (any language, folded as the search folds), and a word in the name
 * counts more. No meaning, no typos, no ranking beyond that: the list keeps working, and the
 * notice says that search by meaning is not available. Kept tiny on purpose. Pure: no DOM.
 */
import type { Service } from '../data/types.js';
import { normalize, tokenize } from '../lib/normalize.js';
import type { NeedServices, SearchIndex } from './search-api.js';

/** A {@link SearchIndex} that matches plain substrings of the folded texts. */
export function fallbackIndex(services: readonly Service[]): SearchIndex {
  const folded = (texts: readonly string[]) => ` ${normalize(texts.join(' '))} `;
  const names = services.map((s) => folded(Object.values(s.name)));
  const others = services.map((s) => folded([...s.tags, s.municipality ?? '', ...Object.values(s.description ?? {})]));
  const byNeed = new Map<string, { handles: number[]; helps: number[] }>();
  const entry = (need: string) => byNeed.get(need) ?? byNeed.set(need, { handles: [], helps: [] }).get(need)!;
  services.forEach((s, position) => {
    for (const need of s.handles ?? []) entry(need).handles.push(position);
    for (const need of s.needs ?? []) entry(need).helps.push(position);
  });
  const needServices = new Map<string, NeedServices>();
  for (const [need, { handles, helps }] of byNeed) needServices.set(need, { handles: Uint32Array.from(handles), helps: Uint32Array.from(helps) });

  const scoreServices = (query: string): Float64Array | undefined => {
    const words = [...new Set(tokenize(query))];
    if (words.length === 0) return undefined;
    const scores = new Float64Array(services.length);
    for (let position = 0; position < services.length; position++) {
      let score = 0;
      for (const word of words) {
        const found = names[position].includes(word) ? 2 : others[position].includes(word) ? 1 : 0;
        score = found === 0 ? 0 : score + found;
        if (score === 0) break;
      }
      scores[position] = score;
    }
    return scores;
  };

  return {
    ids: services.map((s) => s.id),
    needServices,
    scoreServices,
    searchServices(query) {
      const scores = scoreServices(query) ?? new Float64Array(0);
      const found = [...scores.keys()].filter((position) => scores[position] > 0);
      found.sort((a, b) => scores[b] - scores[a] || a - b);
      return new Map(found.map((position) => [services[position].id, scores[position]]));
    },
    scoreNeed(needId) {
      const scores = new Float64Array(services.length);
      const { handles = [], helps = [] } = needServices.get(needId) ?? {};
      for (const position of helps) scores[position] = 1;
      for (const position of handles) scores[position] = 2;
      return scores;
    },
    leftOutWords: () => [],
    explainQuery: () => [],
  };
}
