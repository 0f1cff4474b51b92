import { problem, preview } from './fields.js';
import { splitContact } from './links.js';
import type { LocalText } from './types.js';

/**
 * Maintainers' remarks do not belong in what the public reads: where a fact came from, how sure it
 * is, when it was true ("0835 3781 (centralino, 2009)", "Via Gattini 12 (according to the 2009
 * charter)"). They go in `notes`, `factSources` or `confidence`. ("Secondo piano", the second
 * floor, is not one: "secondo" is a remark only as "according to".) A name, an address, or the note
 * beside a phone number or an e-mail that carries one is refused, saying where it belongs.
 */
const REMARK_WORDS =
  /(?:^|[^\p{L}])(secondo\s+(?:la|il|lo|le|i|gli|l['’]\p{L}*|quanto|fonte|fonti)|according|fonte|fonti|source|sources|forse|maybe|perhaps|probabil\p{L}*|probabl\p{L}*|non indicat\p{L}*|not given|not stated|unknown|sconosciut\p{L}*|da verificare|to be verified|unverified|non verificat\p{L}*|non confermat\p{L}*|not confirmed|may be|might be|potrebbe|circa)(?=[^\p{L}]|$)|\?/iu;
/** A year: a date belongs in `factSources`, where it is shown as "as of 2019". */
const YEAR = /(?:^|\D)((?:19|20)\d{2})(?!\d)/;

/** The remark `text` carries (its first telling words), or undefined. `years`: a year counts too. */
export function remarkIn(text: string, years = true): string | undefined {
  const words = REMARK_WORDS.exec(text);
  if (words !== null) return (words[1] ?? words[0]).trim();
  return years ? YEAR.exec(text)?.[1] : undefined;
}

function refuse(field: string, value: string, remark: string): never {
  problem(
    field,
    'bad-value',
    `${field} ${preview(value)} carries a note for maintainers ("${remark}"): keep there only what the public reads, and move the note to "notes" (a date or a source to "factSources")`,
  );
}

/** Refuses a text field (a name, an address) in any of its languages that carries a remark. */
export function refuseRemarksInText(text: LocalText | undefined, field: string, years = true): void {
  if (text === undefined) return;
  for (const [lang, value] of Object.entries(text)) {
    const remark = remarkIn(value, years);
    if (remark !== undefined) refuse(`${field}.${lang}`, value, remark);
  }
}

/**
 * Refuses a phone, WhatsApp number or e-mail whose note in brackets carries a remark ("(centralino)"
 * is a label the public may read; "(centralino, 2009)" is not). The number itself is not looked at:
 * its digits may well read like a year.
 */
export function refuseRemarksInContacts(contacts: readonly string[], field: string): void {
  contacts.forEach((contact, index) => {
    const { note } = splitContact(contact);
    const remark = note === undefined ? undefined : remarkIn(note);
    if (remark !== undefined) refuse(`${field}[${index}]`, contact, remark);
  });
}
