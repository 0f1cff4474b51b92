import { normalize } from '../lib/normalize.js';
import { withoutIsolates } from '../view/format.js';

/**
 * The plain-text message "share" sends: what a person needs to find and reach a service, in the
 * user's language, readable in any chat app (no markup, one fact a line). Pure: the caller gives
 * the texts already translated and picked.
 */
export interface ShareFacts {
  readonly name: string;
  readonly address?: string;
  readonly municipality?: string;
  /** Opening hours, one line per group of days. */
  readonly hours: readonly string[];
  readonly phones: readonly string[];
  readonly link: string;
}

/** Labels in the user's language. */
export interface ShareLabels {
  readonly address: string;
  readonly hours: string;
  readonly phone: string;
}

/**
 * The address and the comune on one line, the comune left out when the address already names it
 * (`Via Aldo Moro 1 - Policoro` stays as it is).
 */
export function placeLine(address: string | undefined, municipality: string | undefined): string {
  if (address === undefined || address === '') return municipality ?? '';
  if (municipality === undefined || normalize(address).includes(normalize(municipality))) return address;
  return `${address}, ${municipality}`;
}

export function shareText(facts: ShareFacts, labels: ShareLabels): string {
  const lines = [facts.name];
  const place = placeLine(facts.address, facts.municipality);
  if (place) lines.push(`${labels.address}: ${place}`);
  if (facts.hours.length > 0) lines.push(`${labels.hours}: ${facts.hours.join('; ')}`);
  if (facts.phones.length > 0) lines.push(`${labels.phone}: ${facts.phones.join(', ')}`);
  lines.push(facts.link);
  // Bidi isolates (kept in times for right-to-left screens) mean nothing in a chat message.
  return withoutIsolates(lines.join('\n'));
}
