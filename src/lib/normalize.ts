/**
 * Text normalization and tokenization for search. Pure: strings in, strings out.
 *
 * Both the directory texts and the user's query go through the same functions, so whatever is
 * folded here (case, accents, a few special letters) is folded on both sides.
 */

/** Letters that have no decomposition under NFKD, folded the way people type them. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
  // Greek final sigma: `ΟΔΟΣ` lower-cases to `οδος`, typed as `οδοσ`.
  ς: 'σ',
  // Arabic, as Lucene's ArabicNormalizer does: alef maqsura -> yeh, teh marbuta -> heh.
  ى: 'ي',
  ة: 'ه',
};
const LETTER_FOLD_PATTERN = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'gu');

/**
 * Marks that only decorate a letter: Latin/Greek/Cyrillic accents (what NFKD splits off `è`, `ç`,
 * `ё`), Arabic harakat, hamza above/below (so `أ`, `إ`, `آ` become `ا`) and tatweel, Hebrew points.
 * Other scripts' marks (Bengali and Gurmukhi vowel signs, Japanese dakuten...) are part of the
 * spelling and are kept.
 */
const DIACRITICS = /[\u0300-\u036f\u0591-\u05c7\u0640\u064b-\u065f\u0670]/gu;

/** Invisible characters: soft hyphen, zero-width space/joiners, word joiner, variation selectors, BOM. */
const INVISIBLES = /[\u00ad\u200b-\u200d\u2060\ufe00-\ufe0f\ufeff]/gu;

/** Anything that is not part of a word: a word is letters, digits and the marks that spell them. */
const NON_WORD = /[^\p{L}\p{N}\p{Mn}\p{Mc}]+/gu;

const ASCII = /^[\x00-\x7f]*$/;
const ASCII_NON_WORD = /[^a-z0-9]+/g;

/** Scripts written without spaces between words: Han ideographs and Japanese kana. */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/u;
const CJK_SPLIT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
const CJK_ONLY = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;

/**
 * Folds a text for comparison: lower case; compatibility forms (full-width letters, ligatures)
 * and accents removed (`Città` -> `citta`, `Ça` -> `ca`, `أحمد` -> `احمد`); `ß` -> `ss`, `ø` -> `o`,
 * `ł` -> `l` and a few more; every run of punctuation, symbols (emoji included) and spaces becomes
 * one space (`dell’ospedale` -> `dell ospedale`, `e-mail` -> `e mail`); trimmed. Letters and digits
 * of every script are kept, composed (NFC).
 */
export function normalize(text: string): string {
  // Fast path for plain ASCII, most of the directory: nothing to decompose or fold.
  if (ASCII.test(text)) return text.toLowerCase().replace(ASCII_NON_WORD, ' ').trim();
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(LETTER_FOLD_PATTERN, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(DIACRITICS, '')
    .replace(INVISIBLES, '')
    .normalize('NFC')
    .replace(NON_WORD, ' ')
    .trim();
}

/**
 * Characters that {@link normalize} turns into a space whatever stands around them: ASCII other
 * than letters and digits, the no-break space, and common typographic quotes, dashes and the
 * ellipsis. None of them composes with a neighbour, and the only lower-casing that depends on the
 * neighbours (Greek final sigma) is folded away, so tokenizing the pieces between them one by one
 * gives the tokens of the whole text, in order: what the index builder relies on to fold each
 * distinct piece once.
 */
export function isSeparator(code: number): boolean {
  if (code < 128) return ASCII_SEPARATORS[code] === 1;
  return code === 0xa0 || code === 0xab || code === 0xbb || (code >= 0x2013 && code <= 0x201d) || code === 0x2026;
}

const ASCII_SEPARATORS = Uint8Array.from({ length: 128 }, (_, code) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 0 : 1,
);

/** True when the word is written only in Han ideographs or kana (see {@link tokenize}). */
export function isCjk(word: string): boolean {
  return CJK_ONLY.test(word);
}

/**
 * Splits a text into normalized words, in order, duplicates kept.
 *
 * Han and kana are written without spaces, so a run of them is emitted whole and then as every
 * overlapping pair of characters (`市医院` -> `市医院`, `市医`, `医院`): a two-character query such
 * as `医院` then finds it as a whole word. A run inside a word is split from its neighbours
 * (`covid19疫苗` -> `covid19`, `疫苗`).
 */
export function tokenize(text: string): string[] {
  const normalized = normalize(text);
  if (normalized === '') return [];
  const tokens: string[] = [];
  for (const word of normalized.split(' ')) {
    if (!CJK_RUN.test(word)) {
      tokens.push(word);
      continue;
    }
    for (const part of word.match(CJK_SPLIT) ?? []) {
      tokens.push(part);
      if (isCjk(part)) tokens.push(...bigrams(part));
    }
  }
  return tokens;
}

/** Overlapping character pairs of a run longer than two characters (code points, not code units). */
export function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length <= 2) return [];
  const pairs: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) pairs.push(chars[i] + chars[i + 1]);
  return pairs;
}
