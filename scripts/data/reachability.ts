/**
 * The "reachability" summary of `npm run data:check`: how many services a person can act on (call,
 * write, visit, go at a known time), against the built-in directory's targets (issue 16), the
 * offices people ask for most, and the texts missing or not yet reviewed in each language. Pure:
 * a directory in, numbers and lines out.
 */
import { mailtoHref, splitContact, telHref } from '../../src/data/links.js';
import { pickText } from '../../src/data/pick-text.js';
import type { Directory, FactField, Service } from '../../src/data/types.js';

/** The built-in directory's targets, out of its services (issue 16). */
export const TARGETS = { phoneOrEmail: 60, hoursOrAppointment: 40 } as const;
/** A key office's phone and hours must come from a source of this year or later. */
export const KEY_SINCE = 2022;

export interface KeyOffice {
  readonly id: string;
  /** The office's phone and hours found, each with its source's year, or why not. */
  readonly phone: string;
  readonly hours: string;
  readonly ok: boolean;
}

export interface Reachability {
  readonly services: number;
  /** Ids of services with no phone, e-mail, website or street address. */
  readonly unreachable: readonly string[];
  readonly phoneOrEmail: number;
  readonly hoursOrAppointment: number;
  readonly keyOffices: readonly KeyOffice[];
  /** Per language of the interface: services whose summary is missing, and translated but not reviewed. */
  readonly languages: readonly { readonly lang: string; readonly missing: number; readonly unreviewed: number }[];
}

const dialable = (service: Service) => service.phone.some((phone) => telHref(splitContact(phone).value) !== undefined);
const writable = (service: Service) => service.email.some((email) => mailtoHref(splitContact(email).value) !== undefined);

/** Words that make an Italian address a street to go to, not just a town or a building's name. */
const STREET = /(^|[^\p{L}])(via|viale|piazza|piazzale|corso|contrada|c\.da|largo|vico|vicolo|strada|località|loc\.|rione|lungomare|borgo|traversa)(?=[^\p{L}])/iu;

/** A street address to go to (whether or not the map's point stands on it). */
function visitable(service: Service): boolean {
  const address = pickText(service.address, 'it')?.text;
  return address !== undefined && STREET.test(address);
}

function yearOf(service: Service, field: FactField): number | undefined {
  const date = service.factSources?.[field]?.date;
  return date === undefined ? undefined : Number(date.slice(0, 4));
}

function keyOffice(id: string, service: Service | undefined): KeyOffice {
  if (service === undefined) return { id, phone: 'not in the directory', hours: 'not in the directory', ok: false };
  const fact = (present: boolean, field: FactField): [string, boolean] => {
    if (!present) return ['none found', false];
    const year = yearOf(service, field);
    if (year === undefined) return ['found, source undated', false];
    return [`from ${year}`, year >= KEY_SINCE];
  };
  const [phone, phoneOk] = fact(dialable(service), 'phone');
  const [hours, hoursOk] = fact(service.hours.length > 0 || service.appointment === 'needed', 'hours');
  return { id, phone, hours, ok: phoneOk && hoursOk };
}

export function reachability(directory: Directory, keyIds: readonly string[], languages: readonly string[]): Reachability {
  const { services } = directory;
  const byId = new Map(services.map((service) => [service.id, service]));
  return {
    services: services.length,
    unreachable: services.filter((s) => !dialable(s) && !writable(s) && s.website === undefined && !visitable(s)).map((s) => s.id),
    phoneOrEmail: services.filter((s) => dialable(s) || writable(s)).length,
    hoursOrAppointment: services.filter((s) => s.hours.length > 0 || s.appointment === 'needed').length,
    keyOffices: keyIds.map((id) => keyOffice(id, byId.get(id))),
    // The validator writes language codes in lower case ("zh-cn").
    languages: languages.map((lang) => {
      const code = lang.toLowerCase();
      const has = (s: Service) => s.summary !== undefined && Object.hasOwn(s.summary, code);
      return {
        lang,
        missing: services.filter((s) => !has(s)).length,
        unreviewed: services.filter((s) => has(s) && (s.unreviewed ?? []).includes(code)).length,
      };
    }),
  };
}

/** The summary as the tool prints it, a line each. */
export function reachabilityLines(r: Reachability): string[] {
  const mark = (ok: boolean) => (ok ? 'ok' : 'below target');
  const lines = [
    'reachability:',
    `  ${r.services - r.unreachable.length} of ${r.services} services have a way to reach them (phone, e-mail, website or a street address)${r.unreachable.length > 0 ? `; none for: ${r.unreachable.join(', ')}` : ''}`,
    `  ${r.phoneOrEmail} of ${r.services} have a phone or an e-mail (target ${TARGETS.phoneOrEmail}: ${mark(r.phoneOrEmail >= TARGETS.phoneOrEmail)})`,
    `  ${r.hoursOrAppointment} of ${r.services} have opening hours or "by appointment" (target ${TARGETS.hoursOrAppointment}: ${mark(r.hoursOrAppointment >= TARGETS.hoursOrAppointment)})`,
  ];
  if (r.keyOffices.length > 0) {
    const ok = r.keyOffices.filter((office) => office.ok).length;
    lines.push(`  key offices with phone and hours from ${KEY_SINCE} or later: ${ok} of ${r.keyOffices.length}`);
    for (const office of r.keyOffices) lines.push(`    ${office.ok ? 'ok  ' : 'todo'} ${office.id}: phone ${office.phone}; hours ${office.hours}`);
  }
  lines.push(
    `  "what they do for you" (summary) by language, missing / not yet reviewed: ${r.languages.map(({ lang, missing, unreviewed }) => `${lang} ${missing}/${unreviewed}`).join(', ')}`,
  );
  return lines;
}
