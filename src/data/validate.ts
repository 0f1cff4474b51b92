/**
 * Turns a raw directory document (parsed JSON, or an object set from script) into a `Directory`.
 * Whole-document problems make it unusable; a bad category or service is left out and reported
 * as a `Rejection`, and the rest is kept. Never throws, whatever it is given.
 */
import { runSteps, runStepsAsync, type ChunkOptions, type Steps } from '../lib/chunked.js';
import { readClosures, readEmergencyNumber, readFactSources, readHours, readSources } from './compound-fields.js';
import { refuseRemarksInContacts, refuseRemarksInText } from './remarks.js';
import {
  FieldProblem,
  isRecord,
  own,
  preview,
  problem,
  quietly,
  readBoolean,
  readChoice,
  readChoices,
  readDate,
  readId,
  readLanguages,
  readNumber,
  readString,
  readStrings,
  readText,
  requireText,
  type Entry,
} from './fields.js';
import { websiteHref } from './links.js';
import { NEED_IDS } from './needs.js';
import { MAX_ENTRY_CHARS, OversizedEntry } from './oversized.js';
import {
  ACCESSIBILITY,
  APPOINTMENTS,
  AUDIENCES,
  SERVICE_STATUSES,
  type Category,
  type CoordinatePrecision,
  type Confidence,
  type Directory,
  type LocalText,
  type Publisher,
  type ReportChange,
  type Rejection,
  type Service,
  type ValidationResult,
} from './types.js';

/** The colour of a category whose own colour is absent or not `#rgb`/`#rrggbb`. */
export const DEFAULT_CATEGORY_COLOR = '#4a5568';

const COLOR = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
const ICON = /^[a-z0-9-]{1,40}$/;
const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];
const PRECISIONS: readonly CoordinatePrecision[] = ['address', 'street', 'town-centre'];
const SHOWN_CATEGORY_IDS = 6;
/** Entries read between two places where the steps may pause. */
const ENTRIES_PER_STEP = 16;

export function validateDirectory(raw: unknown): ValidationResult {
  return runSteps(validateSteps(raw));
}

/**
 * The same result as {@link validateDirectory}, read in slices of about `yieldEvery`
 * milliseconds (default 5) with a macrotask between them, so that a big directory never blocks
 * input or rendering for long. Rejects only with the signal's reason when `signal` aborts.
 */
export function validateDirectoryAsync(raw: unknown, options?: ChunkOptions): Promise<ValidationResult> {
  return runStepsAsync(validateSteps(raw), options);
}

/** The steps of {@link validateDirectory}, to run with `runSteps` or `runStepsAsync`. */
export function* validateSteps(raw: unknown): Steps<ValidationResult> {
  try {
    return yield* readDocument(raw);
  } catch {
    // Only a hostile object (a throwing getter, a revoked Proxy) gets here: JSON never does.
    return { ok: false, message: 'the directory could not be read: some of its values cannot be inspected' };
  }
}

function* readDocument(raw: unknown): Steps<ValidationResult> {
  if (!isRecord(raw)) {
    return invalid(`the directory must be an object like {"version": 1, "categories": […], "services": […]}, not ${preview(raw)}`);
  }
  const start = startDocument(raw);
  if (!('services' in start)) return start;
  const rawServices = own(raw, 'services');
  if (!Array.isArray(rawServices)) return invalid(listMessage('services', rawServices));
  for (let index = 0; index < rawServices.length; index++) {
    start.services.add(rawServices[index]);
    if (index % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield;
  }
  return finishDocument(raw, start);
}

/** A document read up to its services: its categories, and the reader of its services. */
export interface DocumentStart {
  readonly categories: Category[];
  readonly rejected: Rejection[];
  readonly services: EntryReader<Service>;
}

/** Reads the version and the categories; fails as the whole document would. */
export function startDocument(raw: Entry): DocumentStart | ValidationResult {
  const version = own(raw, 'version');
  if (version === undefined) return invalid('the directory has no "version"; this widget reads version 1: add "version": 1');
  if (version !== 1) return invalid(`unsupported directory version ${preview(version)}; this widget reads version 1`);
  const rawCategories = own(raw, 'categories');
  if (!Array.isArray(rawCategories)) return invalid(listMessage('categories', rawCategories));
  const rawServices = own(raw, 'services');
  if (rawServices !== undefined && !Array.isArray(rawServices)) return invalid(listMessage('services', rawServices));

  const rejected: Rejection[] = [];
  const categoryReader = new EntryReader('category', readCategory, rejected);
  for (const entry of rawCategories) categoryReader.add(entry);
  const categories = categoryReader.kept;
  const categoryIds = new Set(categories.map((category) => category.id));
  const knownIds = describeIds(categories);
  const readOne = (entry: Entry, id: string): Service => readService(entry, id, categoryIds, knownIds);
  return { categories, rejected, services: new EntryReader('service', readOne, rejected) };
}

export function finishDocument(raw: Entry, start: DocumentStart): ValidationResult {
  if (start.services.tooMany) {
    return invalid(`the directory has ${start.services.count.toLocaleString('en')} services, more than the ${MAX_ENTRIES.toLocaleString('en')} this widget reads; publish it split into smaller directories (by comune or by category)`);
  }
  const directory: Directory = compact({
    version: 1 as const,
    updated: quietly(() => readDate(own(raw, 'updated'), 'updated')),
    publisher: readPublisher(own(raw, 'publisher')),
    closures: readUsable(own(raw, 'closures'), (item, field) => readClosures([item], field, true)[0]),
    emergency: readUsable(own(raw, 'emergency'), readEmergencyNumber),
    categories: start.categories,
    services: start.services.kept,
  });
  return { ok: true, directory, rejected: start.rejected };
}

function invalid(message: string): ValidationResult {
  return { ok: false, message };
}

function listMessage(field: string, value: unknown): string {
  return value === undefined
    ? `the directory has no "${field}" list; add "${field}": [ … ]`
    : `"${field}" must be a list in square brackets [ … ], not ${preview(value)}`;
}

/**
 * The most entries of a kind a directory may hold: ten times the 50,000 services a real directory
 * of a region needs (they pass), and far below what would freeze a page (a 2 KB gzip can hold a
 * million `0` entries). Past it the document is refused, naming the limit; the entries past it
 * are not looked at.
 */
export const MAX_ENTRIES = 500_000;

/**
 * Reads entries one by one; keeps the good ones and records the others in `rejected`.
 * An id is taken by the first entry that is kept with it.
 */
class EntryReader<T> {
  readonly kept: T[] = [];
  private readonly ids = new Set<string>();
  private index = 0;
  /** True once more than MAX_ENTRIES entries came: the document is refused. */
  tooMany = false;

  constructor(
    private readonly kind: Rejection['kind'],
    private readonly read: (entry: Entry, id: string) => T,
    private readonly rejected: Rejection[],
  ) {}

  /** How many entries were added. */
  get count(): number {
    return this.index;
  }

  add(entry: unknown): void {
    const index = this.index++;
    if (index >= MAX_ENTRIES) {
      this.tooMany = true;
      return;
    }
    const { kind } = this;
    try {
      if (entry instanceof OversizedEntry) {
        problem('', 'bad-value', `this ${kind} is ${entry.chars.toLocaleString('en')} characters of JSON, more than the ${MAX_ENTRY_CHARS.toLocaleString('en')} one may have; shorten its texts`);
      }
      if (!isRecord(entry)) problem('', 'not-an-object', `this ${kind} must be an object like {"id": "…", "name": "…"}, not ${preview(entry)}`);
      const id = readId(own(entry, 'id'));
      if (this.ids.has(id)) problem('id', 'duplicate-id', `duplicate id "${id}": the first entry with this id is kept`);
      this.kept.push(this.read(entry, id));
      this.ids.add(id);
    } catch (error) {
      if (!(error instanceof FieldProblem)) throw error;
      this.rejected.push(buildRejection(kind, index, entry, error));
    }
  }
}

function buildRejection(kind: Rejection['kind'], index: number, entry: unknown, cause: FieldProblem): Rejection {
  const rawId = isRecord(entry) ? own(entry, 'id') : undefined;
  const id = typeof rawId === 'string' && rawId.trim() !== '' ? rawId.slice(0, 60) : undefined;
  return compact({ kind, index, id, field: cause.field, code: cause.code, message: cause.message });
}

function readCategory(entry: Entry, id: string): Category {
  const color = own(entry, 'color');
  const icon = own(entry, 'icon');
  return compact({
    id,
    name: requireText(own(entry, 'name'), 'name'),
    color: typeof color === 'string' && COLOR.test(color) ? color : DEFAULT_CATEGORY_COLOR,
    icon: typeof icon === 'string' && ICON.test(icon) ? icon : undefined,
  });
}

function readService(entry: Entry, id: string, categoryIds: ReadonlySet<string>, knownIds: string): Service {
  // Fields are read in this order (the first problem found is the one reported), and an absent
  // optional field is left out of the object, not set to `undefined`.
  const service: Record<string, unknown> = {
    id,
    name: requireText(own(entry, 'name'), 'name'),
    category: readCategoryId(own(entry, 'category'), categoryIds, knownIds),
    ...readPoint(entry),
  };
  refuseRemarksInText(service.name as LocalText, 'name', false);
  put(service, 'municipality', readString(own(entry, 'municipality'), 'municipality'));
  put(service, 'address', readText(own(entry, 'address'), 'address'));
  refuseRemarksInText(service.address as LocalText | undefined, 'address');
  put(service, 'description', readText(own(entry, 'description'), 'description'));
  put(service, 'summary', readText(own(entry, 'summary'), 'summary'));
  service.phone = readStrings(own(entry, 'phone'), 'phone', true);
  service.whatsapp = readStrings(own(entry, 'whatsapp'), 'whatsapp', true);
  service.email = readStrings(own(entry, 'email'), 'email', true);
  refuseRemarksInContacts(service.phone as string[], 'phone');
  refuseRemarksInContacts(service.whatsapp as string[], 'whatsapp');
  refuseRemarksInContacts(service.email as string[], 'email');
  put(service, 'website', readString(own(entry, 'website'), 'website'));
  service.hours = readHours(own(entry, 'hours'));
  put(service, 'hoursNote', readText(own(entry, 'hoursNote'), 'hoursNote'));
  service.closures = readClosures(own(entry, 'closures'), 'closures');
  put(service, 'openOnHolidays', readBoolean(own(entry, 'openOnHolidays'), 'openOnHolidays'));
  service.languages = readLanguages(own(entry, 'languages'), 'languages');
  put(service, 'languagesNote', readText(own(entry, 'languagesNote'), 'languagesNote'));
  put(service, 'status', readChoice(own(entry, 'status'), 'status', SERVICE_STATUSES));
  put(service, 'statusNote', readText(own(entry, 'statusNote'), 'statusNote'));
  put(service, 'free', readBoolean(own(entry, 'free'), 'free'));
  put(service, 'appointment', readChoice(own(entry, 'appointment'), 'appointment', APPOINTMENTS));
  put(service, 'documents', readText(own(entry, 'documents'), 'documents'));
  put(service, 'noDocuments', readBoolean(own(entry, 'noDocuments'), 'noDocuments'));
  service.audience = readChoices(own(entry, 'audience'), 'audience', AUDIENCES);
  put(service, 'audienceNote', readText(own(entry, 'audienceNote'), 'audienceNote'));
  service.accessibility = readChoices(own(entry, 'accessibility'), 'accessibility', ACCESSIBILITY);
  put(service, 'accessibilityNote', readText(own(entry, 'accessibilityNote'), 'accessibilityNote'));
  service.tags = readStrings(own(entry, 'tags'), 'tags');
  const handles = readNeeds(own(entry, 'handles'), 'handles');
  const needs = readNeeds(own(entry, 'needs'), 'needs').filter((need) => !handles.includes(need));
  put(service, 'handles', handles.length > 0 ? handles : undefined);
  put(service, 'needs', needs.length > 0 ? needs : undefined);
  put(service, 'updated', readDate(own(entry, 'updated'), 'updated'));
  put(service, 'verified', readDate(own(entry, 'verified'), 'verified'));
  service.sources = readSources(own(entry, 'sources'));
  put(service, 'factSources', readFactSources(own(entry, 'factSources')));
  const unreviewed = readLanguages(own(entry, 'unreviewed'), 'unreviewed');
  put(service, 'unreviewed', unreviewed.length > 0 ? unreviewed : undefined);
  put(service, 'confidence', readChoice(own(entry, 'confidence'), 'confidence', CONFIDENCES));
  put(service, 'coordinatePrecision', readChoice(own(entry, 'coordinatePrecision'), 'coordinatePrecision', PRECISIONS));
  return service as unknown as Service;
}

/**
 * Need ids (./needs.ts): a list of texts like `tags`. An id this version does not know is dropped,
 * not a reason to leave the service out (a directory may be written for a newer widget);
 * `npm run data:check` warns about it.
 */
function readNeeds(value: unknown, field: string): string[] {
  return readStrings(value, field).filter((need) => NEED_IDS.has(need));
}

/** Sets `key` when `value` is defined. */
function put(record: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) record[key] = value;
}

function readCategoryId(value: unknown, categoryIds: ReadonlySet<string>, knownIds: string): string {
  if (value === undefined || value === null || value === '') {
    problem('category', 'missing', `category is missing; use the id of one of the categories (${knownIds})`);
  }
  if (typeof value !== 'string') {
    problem('category', 'wrong-type', `category ${preview(value)} must be a category id in quotes, one of (${knownIds})`);
  }
  if (!categoryIds.has(value)) {
    problem('category', 'unknown-category', `category ${preview(value)} is not one of the categories (${knownIds})`);
  }
  return value;
}

function describeIds(categories: readonly Category[]): string {
  if (categories.length === 0) return 'the directory has no valid categories';
  const shown = categories.slice(0, SHOWN_CATEGORY_IDS).map((category) => category.id);
  return categories.length > SHOWN_CATEGORY_IDS ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** `lat` and `lon`, checked together to spot a swapped pair. */
function readPoint(entry: Entry): { lat: number; lon: number } {
  const lat = readNumber(own(entry, 'lat'), 'lat', '40.66');
  const lon = readNumber(own(entry, 'lon'), 'lon', '16.60');
  if (Math.abs(lat) > 90) {
    const swapped = Math.abs(lat) <= 180 && Math.abs(lon) <= 90;
    const hint = swapped ? ' — were lat and lon swapped?' : '; write latitude in degrees, e.g. 40.66';
    problem('lat', 'out-of-range', `lat ${preview(lat)} is outside -90…90${hint}`);
  }
  if (Math.abs(lon) > 180) {
    problem('lon', 'out-of-range', `lon ${preview(lon)} is outside -180…180; write longitude in degrees, e.g. 16.60`);
  }
  return { lat, lon };
}

/** The publisher's usable parts; a bad part is dropped, not reported. */
function readPublisher(value: unknown): Publisher | undefined {
  if (!isRecord(value)) return undefined;
  const url = quietly(() => readString(own(value, 'url'), 'url'));
  const publisher = compact({
    name: quietly(() => readText(own(value, 'name'), 'name')),
    url: url !== undefined && websiteHref(url) ? url : undefined,
    phone: quietly(() => readString(own(value, 'phone'), 'phone')),
    email: quietly(() => readString(own(value, 'email'), 'email')),
    reportChange: readReportChange(own(value, 'reportChange')),
  });
  return Object.keys(publisher).length > 0 ? publisher : undefined;
}

/** The publisher's "report a change" route: an e-mail, a phone or an http(s) URL. */
function readReportChange(value: unknown): ReportChange | undefined {
  if (!isRecord(value)) return undefined;
  const url = quietly(() => readString(own(value, 'url'), 'url'));
  const route = compact({
    email: quietly(() => readString(own(value, 'email'), 'email')),
    phone: quietly(() => readString(own(value, 'phone'), 'phone')),
    url: url !== undefined && websiteHref(url.replace(/\{(id|name)\}/g, 'x')) ? url : undefined,
  });
  return Object.keys(route).length > 0 ? route : undefined;
}

/**
 * The usable items of a directory-level list (`closures`, `emergency`): an item that breaks a rule
 * is dropped, not reported, like the publisher's parts; `npm run data:check` names it.
 */
function readUsable<T>(value: unknown, read: (item: unknown, field: string) => T): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const kept = value.flatMap((item, index) => quietly(() => read(item, `[${index}]`)) ?? []);
  return kept.length > 0 ? kept : undefined;
}

/** The same object without its `undefined` properties (a copy, keys in the same order). */
function compact<T extends object>(record: T): T {
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    const value = (record as Record<string, unknown>)[key];
    if (value !== undefined) kept[key] = value;
  }
  return kept as T;
}
