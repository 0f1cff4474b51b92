/**
 * The checks behind `npm run data:check`: errors are what `validateDirectory` rejects; warnings are
 * what it accepts but a person should look at. Pure: values in, findings out; no file access.
 */
import { mailtoHref, splitContact, telHref, websiteHref, whatsappHref } from '../../src/data/links.js';
import { pickText } from '../../src/data/pick-text.js';
import type { LocalText, Rejection, Service } from '../../src/data/types.js';
import { validateDirectory } from '../../src/data/validate.js';
import { NEED_IDS } from '../../src/data/needs.js';
import { normalize } from '../../src/lib/normalize.js';

/** A comune of the province and its approximate centre. */
export type { Comune } from './io.js';
import type { Comune } from './io.js';
import { contrastRatio } from './contrast.js';
import { directoryListWarnings, pastClosureWarning } from './check-lists.js';

export interface CheckOptions {
  /** Today, `YYYY-MM-DD`: `verified` must fall in the 12 months before it, closures end after its year before. */
  readonly today: string;
  /** The comuni of the province with approximate centres (data/comuni.json). */
  readonly comuni: readonly Comune[];
}

/** The kinds of warning, in the order the summary counts them. */
export const WARNING_KINDS = [
  'not-verified', 'missing-translation', 'outside-province', 'unknown-municipality', 'near-duplicate', 'plain-text-contact', 'closed',
  'low-contrast', 'no-whatsapp-link', 'left-out', 'past-closure', 'unknown-need', 'shared-point',
] as const;

export type WarningKind = (typeof WARNING_KINDS)[number];

export interface Finding {
  /** `services[12] questura-matera`, `categories[3] health`, `closures[1]`, or `''` for the document as a whole. */
  readonly entry: string;
  /** The field at fault (`lat`, `phone[1]`, `name`); `''` for a whole entry or the document. */
  readonly field: string;
  /** Errors: the validator's rejection code, or `document`. Warnings: a `WarningKind`. */
  readonly code: string;
  /** An English sentence starting with the field: what is wrong and how to fix it. */
  readonly message: string;
}

export interface CheckSummary {
  /** False when the document as a whole is unusable: nothing else was checked. */
  readonly usable: boolean;
  /** Entries in the document, rejected ones included. */
  readonly services: number;
  readonly categories: number;
  /** Entries the widget leaves out because of an error. */
  readonly leftOut: number;
  readonly warnings: Readonly<Record<WarningKind, number>>;
}

export interface CheckResult {
  readonly errors: Finding[];
  readonly warnings: Finding[];
  readonly summary: CheckSummary;
}

/** Texts that should be in every language of the directory (a service's name is a proper noun). */
const TEXT_FIELDS = ['description', 'address', 'hoursNote', 'statusNote', 'documents', 'audienceNote', 'accessibilityNote', 'languagesNote'] as const;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Degrees added around the comuni centres to make the province's box. */
const PROVINCE_MARGIN = 0.15;
const DUPLICATE_METRES = 200;
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** One finding as the tools print it: `FILE: warning: services[3] id: message`. */
export function findingLine(shown: string, severity: 'error' | 'warning', finding: Finding): string {
  return finding.entry === ''
    ? `${shown}: ${severity}: ${finding.message}`
    : `${shown}: ${severity}: ${finding.entry}: ${finding.message}`;
}

export function checkDirectory(raw: unknown, options: CheckOptions): CheckResult {
  if (!isDate(options.today)) throw new RangeError(`today ${JSON.stringify(options.today)} is not YYYY-MM-DD`);
  const result = validateDirectory(raw);
  if (!result.ok) {
    const error: Finding = { entry: '', field: '', code: 'document', message: result.message };
    return { errors: [error], warnings: [], summary: summarize(false, 0, 0, 0, []) };
  }
  const { directory, rejected } = result;
  const rawList = (key: string): number => (raw as Record<string, unknown[]>)[key].length;
  const categoryAt = keptIndexes(rawList('categories'), rejected, 'category');
  const serviceAt = keptIndexes(rawList('services'), rejected, 'service');
  const languages = [...new Set(['it', ...directory.categories.flatMap((category) => Object.keys(category.name))])];
  const warnings: Finding[] = directory.categories.flatMap((category, i) => [
    ...missingTranslations(`categories[${categoryAt[i]}] ${category.id}`, { name: category.name }, languages),
    ...contrastWarning(`categories[${categoryAt[i]}] ${category.id}`, category.color),
  ]);
  const cutoff = yearBefore(options.today);
  warnings.push(...directoryListWarnings(raw as Record<string, unknown>, cutoff));
  const services = directory.services;
  const names = services.map((service) => normalize(pickText(service.name, 'it')?.text ?? ''));
  services.forEach((service, i) => {
    const entry = `services[${serviceAt[i]}] ${service.id}`;
    const earlier = services.findIndex((other, j) => j < i && names[j] === names[i] && sameService(other, service));
    warnings.push(
      ...verifiedWarning(entry, service, cutoff, options.today),
      ...missingTranslations(entry, Object.fromEntries(TEXT_FIELDS.map((field) => [field, service[field]])), languages),
      ...provinceWarning(entry, service, options.comuni),
      ...municipalityWarning(entry, service, options.comuni),
      ...(earlier >= 0 ? duplicateWarning(entry, service, services[earlier], serviceAt[earlier]) : []),
      ...contactWarnings(entry, service),
      ...service.closures.flatMap((closure, j) => pastClosureWarning(entry, `closures[${j}]`, closure, cutoff)),
      ...(service.status === 'closed' ? closedWarning(entry) : []),
      ...unknownNeedWarnings(entry, (raw as { services: unknown[] }).services[serviceAt[i]]),
      ...sharedPointWarning(entry, service, services, serviceAt, i),
    );
  });
  const errors = rejected.map(rejectionFinding);
  const summary = summarize(true, rawList('services'), rawList('categories'), rejected.length, warnings);
  return { errors, warnings, summary };
}

/** Need ids the widget does not know, which it drops (src/data/needs.ts has the list). */
function unknownNeedWarnings(entry: string, raw: unknown): Finding[] {
  const findings: Finding[] = [];
  for (const field of ['handles', 'needs'] as const) {
    const list = (raw as Record<string, unknown>)[field];
    if (!Array.isArray(list)) continue;
    list.forEach((item, j) => {
      if (typeof item !== 'string' || item.trim() === '' || NEED_IDS.has(item.trim())) return;
      const near = closestNeed(item);
      const hint = near === undefined ? '' : `did you mean "${near}"? `;
      const message = `${field}[${j}] "${item}" is not a need id, so the widget ignores it; ${hint}use ids of the list: ${[...NEED_IDS].join(', ')}`;
      findings.push({ entry, field: `${field}[${j}]`, code: 'unknown-need', message });
    });
  }
  return findings;
}

/** The need id a mistyped one was meant to be, when one is near enough (as for comuni). */
function closestNeed(text: string): string | undefined {
  return nearest(normalize(text).replace(/\s+/g, '-'), [...NEED_IDS], (id) => id);
}

/** White icons and text sit on a category's colour: it needs a contrast of 4.5:1 with white. */
function contrastWarning(entry: string, color: string): Finding[] {
  const ratio = contrastRatio(color, '#ffffff');
  if (ratio >= 4.5) return [];
  const message = `color ${color} has a contrast of ${ratio.toFixed(1)}:1 with white; white icons on it need at least 4.5:1 to be read by people with low vision — choose a darker colour (e.g. "#1b6e45")`;
  return [{ entry, field: 'color', code: 'low-contrast', message }];
}

/** A real calendar date written `YYYY-MM-DD`. */
export function isDate(text: string): boolean {
  const [, year, month, day] = DATE.exec(text) ?? [];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return year !== undefined && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

function summarize(usable: boolean, services: number, categories: number, leftOut: number, warnings: Finding[]): CheckSummary {
  const counts = Object.fromEntries(WARNING_KINDS.map((kind) => [kind, warnings.filter((w) => w.code === kind).length]));
  return { usable, services, categories, leftOut, warnings: counts as Record<WarningKind, number> };
}

/** The position in the raw list of each kept entry, in order. */
function keptIndexes(length: number, rejected: readonly Rejection[], kind: Rejection['kind']): number[] {
  const dropped = new Set(rejected.filter((r) => r.kind === kind).map((r) => r.index));
  return Array.from({ length }, (_, index) => index).filter((index) => !dropped.has(index));
}

function rejectionFinding(rejection: Rejection): Finding {
  const list = rejection.kind === 'category' ? 'categories' : 'services';
  const id = rejection.id === undefined ? '' : /^[a-z0-9-]+$/.test(rejection.id) ? ` ${rejection.id}` : ` ${JSON.stringify(rejection.id)}`;
  return { entry: `${list}[${rejection.index}]${id}`, field: rejection.field, code: rejection.code, message: rejection.message };
}

/** The same day a year earlier (29 February -> 28 February). */
function yearBefore(today: string): string {
  const [year, month, day] = today.split('-');
  return `${String(Number(year) - 1).padStart(4, '0')}-${month}-${month === '02' && day === '29' ? '28' : day}`;
}

/** `verified` missing or before `cutoff`. */
function verifiedWarning(entry: string, service: Service, cutoff: string, today: string): Finding[] {
  if (service.verified !== undefined && service.verified >= cutoff) return [];
  const problem = service.verified === undefined ? 'verified is missing: nothing says when these facts were last checked' : `verified ${service.verified} is more than 12 months ago`;
  const message = `${problem}; check the facts with the office (address, phone, hours), then set "verified" to the day you checked, e.g. "verified": "${today}"`;
  return [{ entry, field: 'verified', code: 'not-verified', message }];
}

/** A warning for each text that lacks one of the directory's languages. */
function missingTranslations(entry: string, texts: Record<string, LocalText | undefined>, languages: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  for (const [field, text] of Object.entries(texts)) {
    const missing = text === undefined ? [] : languages.filter((lang) => !Object.hasOwn(text, lang));
    if (text === undefined || missing.length === 0) continue;
    const shown = missing.map((lang) => `${languageName(lang)} ("${lang}")`).join(' or ');
    const readers = missing.length === 1 ? `${languageName(missing[0])} readers` : 'those readers';
    const fallback = languageName(pickText(text, missing[0])?.lang ?? 'it');
    const example = languages.map((lang) => `"${lang}": "…"`).join(', ');
    const message = `${field} has no ${shown} text, so ${readers} see it in ${fallback}; write it by language, e.g. "${field}": {${example}}`;
    findings.push({ entry, field, code: 'missing-translation', message });
  }
  return findings;
}

function languageName(code: string): string {
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

function provinceWarning(entry: string, service: Service, comuni: readonly Comune[]): Finding[] {
  if (comuni.length === 0 || inProvince(service.lat, service.lon, comuni)) return [];
  const nearest = nearestComune(service, comuni);
  const km = Math.round(metres(service, nearest) / 1000);
  const swapped = inProvince(service.lon, service.lat, comuni);
  const hint = swapped ? 'were lat and lon swapped?' : 'find the office on a map (e.g. openstreetmap.org) and copy its lat and lon';
  const message = `lat ${service.lat}, lon ${service.lon} is outside the province: the nearest comune, ${nearest.name}, is ${km} km away; ${hint}`;
  return [{ entry, field: 'lat, lon', code: 'outside-province', message }];
}

/** Inside the box around the comuni centres, widened by PROVINCE_MARGIN degrees. */
function inProvince(lat: number, lon: number, comuni: readonly Comune[]): boolean {
  const inside = (value: number, values: number[]): boolean =>
    value >= Math.min(...values) - PROVINCE_MARGIN && value <= Math.max(...values) + PROVINCE_MARGIN;
  return inside(lat, comuni.map((comune) => comune.lat)) && inside(lon, comuni.map((comune) => comune.lon));
}

function nearestComune(point: { lat: number; lon: number }, comuni: readonly Comune[]): Comune {
  return comuni.reduce((best, comune) => (metres(point, comune) < metres(point, best) ? comune : best));
}

/** Great-circle distance in metres. */
function metres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function municipalityWarning(entry: string, service: Service, comuni: readonly Comune[]): Finding[] {
  const given = normalize(service.municipality ?? '');
  if (service.municipality === undefined || comuni.length === 0) return [];
  if (comuni.some((comune) => normalize(comune.name) === given)) return [];
  const suggestion =
    comuni.find((comune) => normalize(comune.name).startsWith(`${given} `)) ?? nearest(given, comuni, (comune) => normalize(comune.name));
  const start = `municipality ${JSON.stringify(service.municipality)} is not one of the ${comuni.length} comuni of the province`;
  const message = suggestion
    ? `${start}; did you mean "${suggestion.name}"?`
    : `${start}; write the comune it belongs to (the nearest to its point is "${nearestComune(service, comuni).name}") and put a village or district in the address`;
  return [{ entry, field: 'municipality', code: 'unknown-municipality', message }];
}

/**
 * The candidate whose folded name is fewest edits from `given`, when that is at most a third of
 * its length (at least 2): a typo, not another word.
 */
function nearest<T>(given: string, candidates: readonly T[], nameOf: (candidate: T) => string): T | undefined {
  if (candidates.length === 0) return undefined;
  const distance = (candidate: T): number => editDistance(given, nameOf(candidate));
  const closest = candidates.reduce((best, candidate) => (distance(candidate) < distance(best) ? candidate : best));
  return distance(closest) <= Math.max(2, Math.floor(given.length / 3)) ? closest : undefined;
}

/** Levenshtein distance. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** Two services with the same name: close together, or at the same address in the same municipality. */
function sameService(a: Service, b: Service): boolean {
  if (metres(a, b) <= DUPLICATE_METRES) return true;
  const address = (service: Service): string => normalize(pickText(service.address, 'it')?.text ?? '');
  const place = (service: Service): string => normalize(service.municipality ?? '');
  return address(a) !== '' && address(a) === address(b) && place(a) === place(b);
}

function duplicateWarning(entry: string, service: Service, first: Service, firstAt: number): Finding[] {
  const distance = metres(service, first);
  const where = distance <= DUPLICATE_METRES ? `${Math.round(distance)} m away` : 'at the same address';
  const name = pickText(service.name, 'it')?.text ?? service.id;
  const message = `name ${JSON.stringify(name)} is the same as services[${firstAt}] ${first.id}, ${where}; if they are the same service, keep one entry and delete the other; if not, make the names say how they differ`;
  return [{ entry, field: 'name', code: 'near-duplicate', message }];
}

function contactWarnings(entry: string, service: Service): Finding[] {
  const plain = 'so the widget shows it as plain text, not as a link';
  const findings: Finding[] = [];
  const add = (field: string, message: string): number => findings.push({ entry, field, code: 'plain-text-contact', message });
  const site = service.website;
  if (site !== undefined && websiteHref(site) === undefined) {
    const wrong = /^https?:\/\//i.test(site) ? 'is not a web address the widget can link to' : 'does not start with http:// or https://';
    const example = /^[a-z][a-z0-9+.-]*:/i.test(site) ? 'https://www.example.it' : `https://${site}`;
    add('website', `website ${JSON.stringify(site)} ${wrong}, ${plain}; write the full address, e.g. "${example}"`);
  }
  for (const phone of service.phone) {
    if (telHref(splitContact(phone).value) !== undefined) continue;
    add('phone', `phone ${JSON.stringify(phone)} cannot be dialled, ${plain}; write one number per item, with only digits, spaces and + - . / ( ), and any note in brackets ( ) at the end, e.g. "0835 123456 (reception)"`);
  }
  for (const email of service.email) {
    if (mailtoHref(splitContact(email).value) !== undefined) continue;
    add('email', `email ${JSON.stringify(email)} is not a plain e-mail address, ${plain}; write one address per item, e.g. "info@example.it", and any note in brackets ( ) at the end`);
  }
  for (const number of service.whatsapp) {
    if (whatsappHref(splitContact(number).value) !== undefined) continue;
    const message = `whatsapp ${JSON.stringify(number)} cannot be turned into a WhatsApp link, so the widget shows no WhatsApp button for it; write one number per item with its country code, e.g. "+39 0835 123456" (an Italian mobile may go without it: "320 1234567"), and any note in brackets ( ) at the end`;
    findings.push({ entry, field: 'whatsapp', code: 'no-whatsapp-link', message });
  }
  return findings;
}

/**
 * Two services with different street addresses on one point: one of them (at least) is not where
 * its address is. Services placed on purpose at the town centre (`coordinatePrecision:
 * "town-centre"`) say so already and are left out.
 */
function sharedPointWarning(entry: string, service: Service, services: readonly Service[], serviceAt: readonly number[], i: number): Finding[] {
  const address = (s: Service) => normalize(pickText(s.address, 'it')?.text ?? '');
  if (service.coordinatePrecision === 'town-centre' || address(service) === '') return [];
  const other = services.findIndex(
    (s, j) => j < i && s.lat === service.lat && s.lon === service.lon && s.coordinatePrecision !== 'town-centre' && address(s) !== '' && address(s) !== address(service),
  );
  if (other < 0) return [];
  const message = `lat/lon ${service.lat}, ${service.lon} is the point of services[${serviceAt[other]}] ${services[other].id} too, whose address is different; place each service at its own address (from a map of the street, citing it in factSources.place), or, if its exact place is not known, set "coordinatePrecision": "town-centre"`;
  return [{ entry, field: 'lat', code: 'shared-point', message }];
}

function closedWarning(entry: string): Finding[] {
  const message = 'status is "closed": the widget still lists this service, shown as closed; if people no longer need to find it, delete the entry, otherwise say in "statusNote" where to go instead';
  return [{ entry, field: 'status', code: 'closed', message }];
}
