/**
 * The fields only a service's detail shows, for the built-in directory: the build writes them
 * apart from the first view's file (scripts/rollup-directory.mjs), in `prossima-details/` beside
 * the script: `common.json` (sources, the source of each fact, the languages not yet reviewed, by
 * service id) and one file per language (`en.json`: each service's "what they do for you" line).
 * The detail asks for them when it opens, in the language shown and in Italian (one tap away).
 * They are checked as the directory's own fields are; what cannot be read is left out, and a file
 * that cannot be fetched leaves the detail as it was: these are extras, never a reason to fail.
 */
import { readFactSources, readSources } from './compound-fields.js';
import { isRecord, own, quietly, readLanguages } from './fields.js';
import type { Service } from './types.js';
import { requestDirectory } from './request.js';

/** A service's detail fields from `prossima-details/`. */
export type DetailFields = Partial<Pick<Service, 'sources' | 'factSources' | 'unreviewed' | 'summary'>>;

/** The files are small and optional: a slow answer is given up sooner than a directory. */
const TIMEOUT_MS = 10_000;

/** The JSON at `url`, asked for as a directory is (requestDirectory); undefined on any failure. */
async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  try {
    const answer = await requestDirectory(url, signal, TIMEOUT_MS);
    return answer.ok ? await answer.response.json() : undefined;
  } catch {
    return undefined;
  }
}

/** The entries of `document[key]` (an object by service id), or none. */
function byId(document: unknown, key: string): [string, unknown][] {
  if (!isRecord(document) || own(document, 'version') !== 1) return [];
  const entries = own(document, key);
  return isRecord(entries) ? Object.entries(entries) : [];
}

/**
 * The detail fields of every service of the built-in directory, from the folder `base` (ending in
 * `/`), with the summaries in `lang` and in Italian. Never rejects.
 */
export async function loadDetails(base: string, lang: string, signal: AbortSignal): Promise<Map<string, DetailFields>> {
  const code = lang.toLowerCase();
  const languages = code === 'it' ? ['it'] : [code, 'it'];
  const [common, ...summaries] = await Promise.all([
    fetchJson(`${base}common.json`, signal),
    ...languages.map((language) => fetchJson(`${base}${encodeURIComponent(language)}.json`, signal)),
  ]);
  const details = new Map<string, DetailFields>();
  const at = (id: string): Record<string, unknown> => {
    if (!details.has(id)) details.set(id, {});
    return details.get(id) as Record<string, unknown>;
  };
  for (const [id, entry] of byId(common, 'services')) {
    if (!isRecord(entry)) continue;
    const fields = at(id);
    const sources = quietly(() => readSources(own(entry, 'sources')));
    if (sources !== undefined && sources.length > 0) fields.sources = sources;
    const factSources = quietly(() => readFactSources(own(entry, 'factSources')));
    if (factSources !== undefined) fields.factSources = factSources;
    const unreviewed = quietly(() => readLanguages(own(entry, 'unreviewed'), 'unreviewed'));
    if (unreviewed !== undefined && unreviewed.length > 0) fields.unreviewed = unreviewed;
  }
  summaries.forEach((document, i) => {
    for (const [id, line] of byId(document, 'summary')) {
      if (typeof line !== 'string' || line.trim() === '') continue;
      const fields = at(id);
      fields.summary = { ...(fields.summary as Record<string, string> | undefined), [languages[i]]: line.trim() };
    }
  });
  return details;
}

/** `service` with the detail fields it lacks (a directory's own fields win). */
export function withDetails(service: Service, details: DetailFields | undefined): Service {
  if (details === undefined) return service;
  const added: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    const own = (service as unknown as Record<string, unknown>)[key];
    if (own === undefined || (Array.isArray(own) && own.length === 0)) added[key] = value;
  }
  return Object.keys(added).length === 0 ? service : { ...service, ...added };
}
