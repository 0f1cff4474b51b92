/**
 * The directory format, version 1 (see docs/directory-format.md), as the widget holds it after
 * validation. Raw documents are `unknown` until `validateDirectory` turns them into these types.
 */

/** A text in one or more languages: language code (BCP 47, lower case) -> text. */
export type LocalText = Readonly<Record<string, string>>;

export type Weekday = 'mo' | 'tu' | 'we' | 'th' | 'fr' | 'sa' | 'su';

export const WEEKDAYS: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** One opening interval repeated on the given weekdays; times are `HH:MM`, Europe/Rome. */
export interface OpeningHours {
  readonly days: readonly Weekday[];
  readonly opens: string;
  readonly closes: string;
}

/**
 * Days a service is shut whatever its hours say: dates `YYYY-MM-DD`, `to` inclusive (equal to
 * `from` for one day). On a directory, `municipality` limits it to the services of that comune
 * (a patron saint's day); absent, it shuts every service of the directory.
 */
export interface Closure {
  readonly from: string;
  readonly to: string;
  /** Why, or where to go instead. */
  readonly note?: LocalText;
  /** Directory closures only: the comune whose services it shuts. */
  readonly municipality?: string;
}

/** An emergency number the publisher lists (112 is always shown, listed or not). */
export interface EmergencyNumber {
  readonly phone: string;
  readonly name: LocalText;
}

export type Confidence = 'high' | 'medium' | 'low';

/** How precisely `lat`/`lon` place the service. */
export type CoordinatePrecision = 'address' | 'street' | 'town-centre';

/** Whether the service is open for business at all (opening hours say when). */
export type ServiceStatus = 'active' | 'temporarily-closed' | 'closed';

export const SERVICE_STATUSES: readonly ServiceStatus[] = ['active', 'temporarily-closed', 'closed'];

/** `needed`: only by appointment; `walk-in`: no appointment needed. */
export type Appointment = 'needed' | 'walk-in';

export const APPOINTMENTS: readonly Appointment[] = ['needed', 'walk-in'];

/** Who the service is for. */
export type Audience =
  | 'everyone'
  | 'women'
  | 'minors'
  | 'unaccompanied-minors'
  | 'families'
  | 'workers'
  | 'students'
  | 'asylum-seekers'
  | 'refugees'
  | 'older-people'
  | 'victims-of-violence';

export const AUDIENCES: readonly Audience[] = [
  'everyone',
  'women',
  'minors',
  'unaccompanied-minors',
  'families',
  'workers',
  'students',
  'asylum-seekers',
  'refugees',
  'older-people',
  'victims-of-violence',
];

/** Physical and communication access. */
export type Accessibility = 'step-free' | 'lift' | 'accessible-toilet' | 'hearing-loop' | 'sign-language';

export const ACCESSIBILITY: readonly Accessibility[] = [
  'step-free',
  'lift',
  'accessible-toilet',
  'hearing-loop',
  'sign-language',
];

/** The facts `factSources` can name a source for. */
export const FACT_FIELDS = ['phone', 'email', 'website', 'whatsapp', 'address', 'hours', 'place'] as const;
export type FactField = (typeof FACT_FIELDS)[number];

/** Where one kind of fact of a service comes from, and how old it is. */
export interface FactSource {
  /** The page that states it (http or https). */
  readonly url?: string;
  /** The source's own date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: a fact older than three years is shown with its year. */
  readonly date?: string;
}

export interface Source {
  /** An http(s) URL, when the source is a web page. */
  readonly url?: string;
  /** Free text: a title, a date, "phone call with the office 2026-11"... */
  readonly note?: string;
}

export interface Category {
  readonly id: string;
  readonly name: LocalText;
  /** `#rgb` or `#rrggbb`; a default colour when absent or invalid. */
  readonly color: string;
  /** Name of a built-in icon (see src/components/icons.ts); a generic icon when unknown. */
  readonly icon?: string;
}

/**
 * Where people report a change to a service. `url` may hold `{id}` and `{name}`, replaced by the
 * service's id and name (URL-encoded); an e-mail gets them in its subject and body.
 */
export interface ReportChange {
  readonly email?: string;
  readonly phone?: string;
  readonly url?: string;
}

export interface Publisher {
  readonly name?: LocalText;
  readonly url?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly reportChange?: ReportChange;
}

export interface Service {
  readonly id: string;
  readonly name: LocalText;
  readonly category: string;
  readonly lat: number;
  readonly lon: number;
  readonly municipality?: string;
  readonly address?: LocalText;
  readonly description?: LocalText;
  readonly phone: readonly string[];
  /** Numbers (of `phone` or others) that take WhatsApp messages. */
  readonly whatsapp: readonly string[];
  readonly email: readonly string[];
  readonly website?: string;
  readonly hours: readonly OpeningHours[];
  /** Days the service is shut whatever `hours` say (holidays of its own, works, strikes). */
  readonly closures: readonly Closure[];
  /** True: open on Italian public holidays as on other days (by default it is shut on them). */
  readonly openOnHolidays?: boolean;
  /** Opening hours as reported in free text, when they cannot be structured. */
  readonly hoursNote?: LocalText;
  /** Languages spoken at the service (language codes). */
  readonly languages: readonly string[];
  /** A short note on languages, e.g. "Arabic with a mediator on Tuesdays". */
  readonly languagesNote?: LocalText;
  readonly status?: ServiceStatus;
  /** Why it is closed, until when, where to go instead. */
  readonly statusNote?: LocalText;
  /** True: no cost to the user. */
  readonly free?: boolean;
  readonly appointment?: Appointment;
  /** What to bring. */
  readonly documents?: LocalText;
  /** True: no document is needed. */
  readonly noDocuments?: boolean;
  readonly audience: readonly Audience[];
  readonly audienceNote?: LocalText;
  readonly accessibility: readonly Accessibility[];
  readonly accessibilityNote?: LocalText;
  /** Search keywords, in any language. */
  readonly tags: readonly string[];
  /**
   * Ids of the needs (./needs.ts) the service is the office for: it issues or decides the
   * document, gives the bed or the meal, teaches the course, treats the patient.
   */
  readonly handles?: readonly string[];
  /** Ids of the needs (./needs.ts) the service helps with: information, paperwork, referral. */
  readonly needs?: readonly string[];
  /** Date (`YYYY-MM-DD`) the entry was last changed. */
  readonly updated?: string;
  /** Date (`YYYY-MM-DD`) the facts were last checked against a source. */
  readonly verified?: string;
  readonly sources: readonly Source[];
  /** The source and date of each kind of fact: `{ "phone": { "url": "https://…", "date": "2019-05" } }`. */
  readonly factSources?: Readonly<Partial<Record<FactField, FactSource>>>;
  /** "What they do for you": one or two plain sentences, in every language of the interface. */
  readonly summary?: LocalText;
  /** Languages whose texts of this service are translations not yet reviewed by a person. */
  readonly unreviewed?: readonly string[];
  readonly confidence?: Confidence;
  readonly coordinatePrecision?: CoordinatePrecision;
}

export interface Directory {
  readonly version: 1;
  readonly updated?: string;
  readonly publisher?: Publisher;
  /** Days that shut every service, or those of one comune (see {@link Closure}). */
  readonly closures?: readonly Closure[];
  /** Emergency numbers shown at all times, after 112. */
  readonly emergency?: readonly EmergencyNumber[];
  readonly categories: readonly Category[];
  readonly services: readonly Service[];
}

/** Why an entry was rejected; the UI turns the code into a translated sentence. */
export type RejectionCode =
  | 'not-an-object'
  | 'missing'
  | 'wrong-type'
  | 'bad-id'
  | 'duplicate-id'
  | 'unknown-category'
  | 'out-of-range'
  | 'bad-value';

/** One rejected category or service, with the first rule it broke. */
export interface Rejection {
  readonly kind: 'category' | 'service';
  /** Position in the document's `categories` or `services` array. */
  readonly index: number;
  /** The entry's id when it has a usable one. */
  readonly id?: string;
  /** The field at fault, e.g. `lat`, `phone[1]`, `name.en`. */
  readonly field: string;
  readonly code: RejectionCode;
  /** An English sentence for developers and the console, e.g. `lat 140.7 is outside -90…90`. */
  readonly message: string;
}

export type ValidationResult =
  | { readonly ok: true; readonly directory: Directory; readonly rejected: readonly Rejection[] }
  /** The document as a whole is unusable (not an object, wrong version, no services array). */
  | { readonly ok: false; readonly message: string };
