/**
 * The order of names as a language sorts them (`Intl.Collator`), in slices, and fast for big
 * directories. Comparing 50,000 names with a collator takes a third of a second or more; plain
 * string comparisons take a fraction of that. So the names are first sorted by their lower-case
 * form, nearly the collator's order in most scripts, then each name is checked against the
 * previous one with the collator and moved where the collator puts it. The result is exactly the
 * collator's order (equal names: by position); the keys only decide how much work is left. When
 * they are far off (Chinese names in pinyin order, say), it sorts with the collator instead.
 *
 * In the languages below, in a list of up to 2,000 names, most neighbours need no collator at
 * all. Their keys write ASCII and the common punctuation in the collator's own order (Unicode's,
 * CLDR root: spaces, then punctuation, digits, letters), with the accents that weigh nothing at
 * this strength dropped where the language treats accented letters as the plain ones. Where two
 * keys first differ by two such characters (or one has ended), the collator orders them as the
 * keys do. The collator is made only for a pair that is not so: the first `Intl` object a page
 * makes loads the browser's ICU data (15-25 ms on desktop, about four times that on a cheap
 * phone) before the first list row. test/view/name-order.test.ts checks the table against the
 * browser's collator.
 */
import { sortInSteps, type Steps } from '../lib/chunked.js';

/** The code of the first rank in keys (see {@link COLLATION_ORDER}): the ranks stay below U+0080. */
const FIRST_RANK = 0x20;

/**
 * Up to this many names, keys are written in ranks (see {@link COLLATION_ORDER}). Writing them
 * costs about 5 µs a name, so past a few thousand names starting the collator costs less.
 */
const RANKED_MAX = 2000;

/** Names turned into keys between two pauses. */
const KEYS_PER_STEP = 4096;
/** Names checked with the collator between two pauses. */
const CHECKS_PER_STEP = 2048;
/** Items sorted natively at once, then merged, by `sortInSteps`. */
const RUN = 2048;

/**
 * ASCII (in lower case) and the common punctuation of names, in the collator's order at base
 * strength; the characters of one string weigh the same. Not `…` (it weighs as `...`) nor `·`.
 */
export const COLLATION_ORDER: readonly string[] = [
  ...[' ', '_', '-', '–', '—', ',', ';', ':', '!', '?', '.', "'‘’", '"“”', '«', '»', '(', ')', '[', ']', '{', '}'],
  ...['@', '*', '/', '\\', '&', '#', '%', '`', '^', '+', '<', '=', '>', '|', '~', '$'],
  ...'0123456789abcdefghijklmnopqrstuvwxyz',
];

/** Each character of {@link COLLATION_ORDER} written as its rank, from U+0020 up. */
const RANKED = new Map<string, string>(COLLATION_ORDER.flatMap((same, rank) => [...same].map((char): [string, string] => [char, String.fromCharCode(FIRST_RANK + rank)])));

/**
 * Languages whose collator orders ASCII and that punctuation as root does, and those of them where
 * an accented Latin letter weighs as the plain one (not Spanish's ñ, nor Romanian's ă, ș, ț).
 * Not Albanian, for one, where "dh" is a letter of its own.
 */
const ROOT_ORDER = new Set(['it', 'en', 'fr', 'es', 'ro', 'uk', 'ar', 'ur', 'bn', 'pa', 'zh']);
const ACCENTS_WEIGH_NOTHING = new Set(['it', 'en', 'fr', 'uk', 'ar', 'ur', 'bn', 'pa', 'zh']);
const COMBINING_ACCENTS = /[\u0300-\u036f]/g;
const ASCII = /^[\x00-\x7f]*$/;

/** The positions of `names`, in the order `lang`'s collator sorts them (base letters; equal names by position). */
export function* nameOrderSteps(names: readonly string[], lang: string): Steps<Uint32Array> {
  const language = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  const ranked = names.length <= RANKED_MAX && ROOT_ORDER.has(language);
  const unaccented = ACCENTS_WEIGH_NOTHING.has(language);
  const keys = new Array<string>(names.length);
  for (let i = 0; i < names.length; i++) {
    keys[i] = ranked ? rankedKey(names[i], unaccented) : names[i].toLowerCase();
    if (i % KEYS_PER_STEP === KEYS_PER_STEP - 1) yield;
  }
  const positions = Array.from(names, (_, position) => position);
  const byKey = yield* sortInSteps(positions, (a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b), RUN);
  let collator: Intl.Collator | undefined;
  const byCollator = (a: number, b: number) => (collator ??= new Intl.Collator(lang, { sensitivity: 'base' })).compare(names[a], names[b]) || a - b;
  /** True when the keys surely put `a` and `b` (in this order) where the collator does. */
  const surely = (a: number, b: number) => ranked && decidedByRanks(keys[a], keys[b]);
  const order = Uint32Array.from(byKey);
  // Insertion into the collator's order. Each move shifts part of the array: keys far from the
  // collator's order go to a plain collator sort instead.
  const maxMoves = Math.max(64, order.length >> 6);
  let moves = 0;
  for (let i = 1; i < order.length; i++) {
    if (i % CHECKS_PER_STEP === 0) yield;
    const position = order[i];
    if (surely(order[i - 1], position) || byCollator(order[i - 1], position) <= 0) continue;
    if (++moves > maxMoves) return Uint32Array.from(yield* sortInSteps(positions, byCollator, RUN / 8));
    let [low, high] = [0, i - 1];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (byCollator(order[middle], position) <= 0) low = middle + 1;
      else high = middle;
    }
    order.copyWithin(low + 1, low, i);
    order[low] = position;
  }
  return order;
}

/** `name` in lower case, each character of {@link COLLATION_ORDER} written as its rank. */
function rankedKey(name: string, unaccented: boolean): string {
  let text = name.toLowerCase();
  if (unaccented && !ASCII.test(text)) text = text.normalize('NFD').replace(COMBINING_ACCENTS, '');
  let key = '';
  for (const char of text) key += RANKED.get(char) ?? char;
  return key;
}

/**
 * True when the keys `a` ≤ `b` are equal, or where they first differ both hold a rank, or `a`
 * has ended and `b` holds one: the collator then orders them as the keys do. (Past `a`'s end,
 * anything else may weigh nothing, as an accent does.)
 */
function decidedByRanks(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === b.length) return i === a.length;
  return (i === a.length || isRank(a.charCodeAt(i))) && isRank(b.charCodeAt(i));
}

function isRank(code: number): boolean {
  return code >= FIRST_RANK && code < FIRST_RANK + COLLATION_ORDER.length;
}
