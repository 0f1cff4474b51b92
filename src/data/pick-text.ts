import type { LocalText } from './types.js';

/** The text chosen for a language, the key it came from, and whether that is another language. */
export interface PickedText {
  readonly text: string;
  /** The chosen key, e.g. `it` or `zh-cn`. */
  readonly lang: string;
  /** True when the text is not in the requested base language (the UI may say so). */
  readonly fallback: boolean;
}

/** `pt-BR` -> `pt`, `zh_CN` -> `zh`, ` EN ` -> `en`. */
export function baseLanguage(code: string): string {
  return normalizeCode(code).split('-')[0] ?? '';
}

/**
 * The best text of `text` for `lang`: the exact code (ignoring case), then the base language
 * (`pt-BR` takes `pt`, then any `pt-*`), then Italian, then the first text there is.
 * `undefined` when `text` has no non-empty text.
 */
export function pickText(text: LocalText | undefined, lang: string): PickedText | undefined {
  if (!text) return undefined;
  const entries = Object.entries(text).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
  );
  const wanted = normalizeCode(lang);
  const base = baseLanguage(lang);
  const chosen =
    findKey(entries, (key) => normalizeCode(key) === wanted) ??
    findKey(entries, (key) => normalizeCode(key) === base) ??
    findKey(entries, (key) => baseLanguage(key) === base) ??
    findKey(entries, (key) => normalizeCode(key) === 'it') ??
    findKey(entries, (key) => baseLanguage(key) === 'it') ??
    entries[0];
  if (!chosen) return undefined;
  const [key, value] = chosen;
  return { text: value, lang: key, fallback: baseLanguage(key) !== base };
}

function normalizeCode(code: string): string {
  return code.trim().toLowerCase().replace(/_/g, '-');
}

function findKey(
  entries: readonly [string, string][],
  matches: (key: string) => boolean,
): [string, string] | undefined {
  return entries.find(([key]) => matches(key));
}
