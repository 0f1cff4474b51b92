/**
 * The multilingual dictionary (./dictionary.ts), folded once when this module loads, and how a
 * query word finds its entries. Pure: no DOM.
 */
import { CONCEPTS, type Concept } from './dictionary.js';
import { MATCH_SCORE, MIN_PREFIX_LENGTH, MIN_TYPO_LENGTH, matchesWithOneTypo, withinOneEdit } from './matching.js';
import { isCjk, normalize } from '../lib/normalize.js';
import { HAN_STOPWORDS } from './stopwords.js';

/** Dictionary keywords shorter than this match only whole directory words. */
export const MIN_KEYWORD_PREFIX_LENGTH = 4;

/** A dictionary entry of two or more words, folded and split, with the concepts it means. */
export interface LexiconPhrase {
  readonly tokens: readonly string[];
  readonly concepts: readonly Concept[];
}

interface Lexicon {
  /** One-word entries: folded word -> the concepts it means. */
  readonly words: ReadonlyMap<string, readonly Concept[]>;
  /** The one-word entries by length, for prefix and typo checks. */
  readonly wordsByLength: LengthBuckets;
  /** Entries of several words, by their first word. */
  readonly phrases: ReadonlyMap<string, readonly LexiconPhrase[]>;
  /** The phrases' first words by length. */
  readonly phraseStartsByLength: LengthBuckets;
  /** Folded keyword -> the ids of the concepts listing it. */
  readonly keywords: ReadonlyMap<string, readonly string[]>;
}

/** Words by length (in UTF-16 units, as the typo checks count). */
type LengthBuckets = ReadonlyMap<number, readonly string[]>;

function buildLexicon(concepts: readonly Concept[]): Lexicon {
  const entries = new Map<string, Concept[]>();
  const keywords = new Map<string, string[]>();
  const add = <K, T>(map: Map<K, T[]>, key: K, value: T) => {
    const list = map.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    map.set(key, list);
  };
  for (const concept of concepts) {
    for (const word of [...Object.values(concept.words).flat(), ...(concept.latin ?? [])]) {
      const folded = normalize(word);
      if (folded !== '') add(entries, folded, concept);
    }
    for (const keyword of concept.keywords) {
      const folded = normalize(keyword);
      if (folded !== '' && !folded.includes(' ')) add(keywords, folded, concept.id);
    }
  }
  const words = new Map<string, readonly Concept[]>();
  const phrases = new Map<string, LexiconPhrase[]>();
  for (const [folded, meant] of entries) {
    const tokens = folded.split(' ');
    if (tokens.length === 1) words.set(folded, meant);
    else add(phrases, tokens[0], { tokens, concepts: meant });
  }
  const byLength = (list: Iterable<string>) => {
    const buckets = new Map<number, string[]>();
    for (const word of list) add(buckets, word.length, word);
    return buckets;
  };
  return {
    words,
    wordsByLength: byLength(words.keys()),
    phrases,
    phraseStartsByLength: byLength(phrases.keys()),
    keywords,
  };
}

export const LEXICON = buildLexicon(CONCEPTS);

/** The Han words a query's run of characters is cut at: the dictionary's and the filler. */
const HAN_WORDS: ReadonlySet<string> = new Set([...[...LEXICON.words.keys()].filter(isCjk), ...HAN_STOPWORDS]);
const LONGEST_HAN_WORD = Math.max(0, ...[...HAN_WORDS].map((word) => Array.from(word).length));

/**
 * A run of Han characters cut into the dictionary's words and Chinese filler, longest first from
 * the left ("我要看医生" -> 我要, 看医生); characters between them stay together as one piece.
 * A run that holds no such word, or is one, comes back whole.
 */
export function hanPieces(run: string): string[] {
  const chars = Array.from(run);
  if (HAN_WORDS.has(run) || chars.length < 2) return [run];
  const pieces: string[] = [];
  let rest = '';
  for (let i = 0; i < chars.length; ) {
    let length = Math.min(LONGEST_HAN_WORD, chars.length - i);
    while (length > 1 && !HAN_WORDS.has(chars.slice(i, i + length).join(''))) length--;
    const piece = chars.slice(i, i + length).join('');
    if (length > 1 || HAN_WORDS.has(piece)) {
      if (rest !== '') pieces.push(rest);
      pieces.push(piece);
      rest = '';
    } else {
      rest += piece;
    }
    i += length;
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

/** A query word as the dictionary sees it. */
export interface DictionaryQuery {
  readonly key: string;
  readonly cjk: boolean;
  /**
   * True when the word may still be being typed, so it may stand for a longer dictionary word: it
   * is the last word and not already a whole word of the directory (`città` is one, and does not
   * stand for `cittadinanza`).
   */
  readonly asPrefix: boolean;
}

/** A concept a query word means and how well it matched. */
export interface ConceptMatch {
  readonly concept: Concept;
  readonly kind: number;
}

/** The phrases whose first word the query word matches. */
export function phrasesStartingWith(word: DictionaryQuery): LexiconPhrase[] {
  const found = [...(LEXICON.phrases.get(word.key) ?? [])];
  for (const bucket of nearBuckets(word, LEXICON.phraseStartsByLength)) {
    for (const first of bucket) {
      if (first === word.key || dictionaryMatch(word, first) === 0) continue;
      found.push(...(LEXICON.phrases.get(first) ?? []));
    }
  }
  return found;
}

/** The concepts of the one-word entries a query word matches best (exact, else prefix, else typo). */
export function wordMeanings(word: DictionaryQuery): ConceptMatch[] {
  const exact = LEXICON.words.get(word.key) ?? arabicWithoutArticle(word.key);
  if (exact !== undefined) return exact.map((concept) => ({ concept, kind: MATCH_SCORE.exact }));
  let best = 0;
  let meanings: ConceptMatch[] = [];
  for (const bucket of nearBuckets(word, LEXICON.wordsByLength)) {
    for (const entry of bucket) {
      const kind = dictionaryMatch(word, entry);
      if (kind === 0 || kind < best) continue;
      if (kind > best) [best, meanings] = [kind, []];
      for (const concept of LEXICON.words.get(entry) ?? []) meanings.push({ concept, kind });
    }
  }
  return meanings;
}

/**
 * The entries a query word could match other than exactly: all of them for a word still being
 * typed (prefixes), else those one letter shorter or longer or as long (typos, from 5 letters).
 */
function nearBuckets(word: DictionaryQuery, byLength: LengthBuckets): (readonly string[])[] {
  if (word.cjk) return [];
  if (word.asPrefix) return [...byLength.values()];
  const length = word.key.length;
  if (length < MIN_TYPO_LENGTH) return [];
  return [byLength.get(length - 1) ?? [], byLength.get(length) ?? [], byLength.get(length + 1) ?? []];
}

/** Arabic nouns are often typed with the article: `المستشفى` finds `مستشفى`. */
function arabicWithoutArticle(key: string): readonly Concept[] | undefined {
  return key.length >= 5 && key.startsWith('ال') ? LEXICON.words.get(key.slice(2)) : undefined;
}

/**
 * How well a query word matches one folded dictionary word; 0 when it does not. Like the index:
 * exact; as a prefix (3+ characters, see `asPrefix`); one typo from 5 characters (also within a
 * prefix when `asPrefix`). Han and kana words only whole.
 */
export function dictionaryMatch(word: DictionaryQuery, entry: string): number {
  const { key, asPrefix } = word;
  if (key === entry) return MATCH_SCORE.exact;
  if (word.cjk) return 0;
  if (asPrefix && key.length >= MIN_PREFIX_LENGTH && entry.startsWith(key)) return MATCH_SCORE.prefix;
  if (key.length < MIN_TYPO_LENGTH) return 0;
  const typo = asPrefix ? matchesWithOneTypo(key, entry) : withinOneEdit(key, entry, entry.length);
  return typo ? MATCH_SCORE.typo : 0;
}
