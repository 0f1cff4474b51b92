/**
 * How a query word matches a folded word of the directory or of the dictionary: the kinds of
 * match, the lengths they need, and the one-typo check. Pure: strings in, numbers out.
 */

/**
 * How much a match counts, by kind. The lowest is more than half the highest, so the field
 * decides first (a typo in the name beats an exact word in the tags) and the kind second.
 */
export const MATCH_SCORE = { exact: 5, prefix: 4, typo: 3 } as const;

/** Query words shorter than this match only as whole words, unless they are the last word. */
export const MIN_PREFIX_LENGTH = 3;
/** Query words shorter than this must be spelled right. */
export const MIN_TYPO_LENGTH = 5;

/** True when `term` is one edit away from `token` or from one of its prefixes. */
export function matchesWithOneTypo(term: string, token: string): boolean {
  // Length pre-filter: one edit changes the length by at most one.
  for (let end = term.length - 1; end <= term.length + 1; end++) {
    if (end <= token.length && withinOneEdit(term, token, end)) return true;
  }
  return false;
}

/**
 * A quick necessary condition for {@link matchesWithOneTypo} on words of 2+ characters, from
 * their first two UTF-16 units: one edit leaves the first unit in place, or (an edit at the very
 * start) the second, or moves one of them by one place.
 */
export function mayBeOneEditApart(a0: number, a1: number, b0: number, b1: number): boolean {
  return a0 === b0 || a1 === b1 || a1 === b0 || a0 === b1;
}

/**
 * True when `a` and `b.slice(0, bEnd)` differ by at most one insertion, deletion, substitution or
 * transposition of adjacent characters (optimal string alignment distance <= 1), in linear time.
 */
export function withinOneEdit(a: string, b: string, bEnd: number): boolean {
  if (Math.abs(a.length - bEnd) > 1) return false;
  let i = 0;
  while (i < a.length && i < bEnd && a[i] === b[i]) i++;
  if (a.length > bEnd) return sameFrom(a, i + 1, b, i, bEnd); // a letter inserted in `a`
  if (a.length < bEnd) return sameFrom(a, i, b, i + 1, bEnd); // a letter deleted from `a`
  if (i === a.length) return true;
  const swapped =
    i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && sameFrom(a, i + 2, b, i + 2, bEnd);
  return swapped || sameFrom(a, i + 1, b, i + 1, bEnd);
}

/** True when `a` from `ai` equals `b` from `bi` up to `bEnd`. */
function sameFrom(a: string, ai: number, b: string, bi: number, bEnd: number): boolean {
  if (a.length - ai !== bEnd - bi) return false;
  for (; ai < a.length; ai++, bi++) if (a[ai] !== b[bi]) return false;
  return true;
}

/**
 * The tokens of a list sorted by UTF-16 code units that start with `prefix`: they are one run,
 * `[start, end)`, found by two binary searches.
 */
export function prefixRange(sorted: readonly string[], prefix: string): [number, number] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < prefix) low = middle + 1;
    else high = middle;
  }
  const start = low;
  high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle].startsWith(prefix)) low = middle + 1;
    else high = middle;
  }
  return [start, low];
}
