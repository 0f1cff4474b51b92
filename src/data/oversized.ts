/**
 * A directory entry too long to be a service, left unparsed by the streaming parser
 * (parse-json.ts) and rejected by the validator (validate.ts): one hostile entry of 20 MB would
 * otherwise cost one `JSON.parse` of 20 MB, a task of a third of a second on a desktop.
 */

/** About 120 times the longest service of the built-in directory (8,180 characters of JSON). */
export const MAX_ENTRY_CHARS = 1_000_000;

/** Stands for an entry of `chars` characters that was not parsed. */
export class OversizedEntry {
  constructor(readonly chars: number) {}
}
