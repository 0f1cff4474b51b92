/**
 * The directory as Open Referral HSDS 3.0 JSON (field by field in docs/hsds.md): one `Page` of
 * services, as the HSDS API's `/services` returns it, each service fully nested as `/services/{id}`
 * returns it. Deterministic: the same directory and options give the same document, and every id
 * is a UUIDv5 of one of our ids, the same in every language.
 */
import { createHash } from 'node:crypto';
import { mailtoHref, splitContact, websiteHref } from '../../src/data/links.js';
import { baseLanguage, pickText } from '../../src/data/pick-text.js';
import { isNeedId, type NeedId } from '../../src/data/needs.js';
import { WEEKDAYS, type Category, type Directory, type LocalText, type OpeningHours, type Service } from '../../src/data/types.js';

export interface HsdsOptions {
  /** The one language HSDS texts are written in; a text missing in it falls back to Italian. */
  readonly lang: string;
  /** When the export was made (ISO 8601). */
  readonly generated: string;
}

/** Any HSDS object; the fields each kind holds are listed in docs/hsds.md. */
export type HsdsObject = { readonly id: string } & Record<string, unknown>;
export type HsdsStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';
type Lists = 'phones' | 'schedules' | 'languages' | 'contacts' | 'cost_options' | 'required_documents';

export type HsdsLocation = HsdsObject & { readonly addresses: readonly HsdsObject[]; readonly accessibility: readonly HsdsObject[] };

export type HsdsService = HsdsObject &
  Readonly<Record<Lists, readonly HsdsObject[]>> & {
    readonly organization_id: string;
    readonly name: string;
    readonly status: HsdsStatus;
    readonly organization: HsdsObject;
    readonly service_at_locations: readonly (HsdsObject & { readonly location: HsdsLocation })[];
    readonly attributes: readonly (HsdsObject & { readonly taxonomy_term: HsdsObject })[];
  };

/** The API `Page` header (one page holds everything) and its `contents`. */
export interface HsdsPage {
  readonly total_items: number;
  readonly total_pages: 1;
  readonly page_number: 1;
  readonly size: number;
  readonly first_page: true;
  readonly last_page: true;
  readonly empty: boolean;
  readonly contents: readonly HsdsService[];
}

/** A `Page` plus three fields of ours: the HSDS version, when it was made, the language of its texts. */
export type HsdsDocument = { readonly version: '3.0'; readonly generated: string; readonly language: string } & HsdsPage;

/**
 * The namespace of all our ids: the UUIDv5 of `https://www.prossima.info/prossima-map/hsds` in the
 * RFC 9562 URL namespace. Changing it would change every id other directories hold.
 */
export const PROSSIMA_NAMESPACE = 'b6991fb9-4b08-58e6-b9df-c06731b68bbd';

export type Sha1 = (data: Uint8Array) => Uint8Array;
const nodeSha1: Sha1 = (data) => createHash('sha1').update(data).digest();

/** A name-based UUID (version 5, RFC 9562 §5.5): SHA-1 of the namespace's 16 bytes and the name in UTF-8. */
export function uuidV5(name: string, namespace: string, sha1: Sha1 = nodeSha1): string {
  const space = Uint8Array.from(namespace.replace(/-/g, '').match(/../g) ?? [], (pair) => parseInt(pair, 16));
  const bytes = sha1(new Uint8Array([...space, ...new TextEncoder().encode(name)])).slice(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id of one of our things: `kind:key`, e.g. `service:questura-matera`. */
const idOf = (kind: string, key: string): string => uuidV5(`${kind}:${key}`, PROSSIMA_NAMESPACE);

const STATUS: Record<NonNullable<Service['status']>, HsdsStatus> = { active: 'active', 'temporarily-closed': 'temporarily closed', closed: 'defunct' };

/** Our fixed words, in Italian and English: [it, en]. */
const WORDS = {
  free: ['Gratuito', 'Free of charge'],
  paid: ['A pagamento (importo non indicato)', 'There is a charge (amount not given)'],
  needed: ['Solo su appuntamento.', 'By appointment only.'],
  'walk-in': ['Accesso libero, senza appuntamento.', 'Walk in, no appointment needed.'],
  noDocuments: ['Nessun documento richiesto.', 'No documents needed.'],
  localTime: ['Ora locale italiana (Europe/Rome).', 'Italian local time (Europe/Rome).'],
  street: ['Posizione approssimativa: la via, non il numero civico.', 'Approximate position: the street, not the building.'],
  'town-centre': ['Posizione approssimativa: il centro del comune.', 'Approximate position: the town centre.'],
  // audiences
  everyone: ['Tutti', 'Everyone'], women: ['Donne', 'Women'], minors: ['Minori', 'Minors'],
  'unaccompanied-minors': ['Minori stranieri non accompagnati', 'Unaccompanied minors'],
  families: ['Famiglie', 'Families'], workers: ['Lavoratori', 'Workers'], students: ['Studenti', 'Students'],
  'asylum-seekers': ['Richiedenti asilo', 'Asylum seekers'], 'older-people': ['Anziani', 'Older people'],
  refugees: ['Rifugiati e titolari di protezione', 'Refugees and people under protection'],
  'victims-of-violence': ['Vittime di violenza', 'Victims of violence'],
  // accessibility
  'step-free': ['Accesso senza gradini', 'Step-free access'], lift: ['Ascensore', 'Lift'],
  'accessible-toilet': ['Bagno accessibile', 'Accessible toilet'], 'hearing-loop': ['Anello a induzione magnetica', 'Hearing loop'],
  'sign-language': ['Lingua dei segni (LIS)', 'Sign language (LIS)'],
} as const satisfies Record<string, readonly [string, string]>;

/** The needs (src/data/needs.ts), in Italian and English: [it, en]. */
const NEED_NAMES: Record<NeedId, readonly [string, string]> = {
  'residence-permit': ['Permesso di soggiorno', 'Residence permit'],
  'health-card': ['Tessera sanitaria e medico di base', 'Health card and family doctor'],
  job: ['Cercare lavoro', 'Finding a job'],
  'italian-course': ['Corso di italiano', 'Italian course'],
  shelter: ['Un letto per stanotte', 'A bed for tonight'],
  food: ['Cibo', 'Food'],
  'legal-help': ['Consulenza legale', 'Legal advice'],
  housing: ['Casa', 'Housing'],
  asylum: ['Asilo e protezione', 'Asylum and protection'],
  'tax-code': ['Codice fiscale', 'Tax code'],
  'family-reunification': ['Ricongiungimento familiare', 'Family reunification'],
  citizenship: ['Cittadinanza', 'Citizenship'],
  'residence-registration': ['Residenza e anagrafe', 'Registering your residence'],
  'emergency-room': ['Pronto soccorso', 'Emergency room'],
  'out-of-hours-doctor': ['Guardia medica', 'Out-of-hours doctor'],
  pregnancy: ['Gravidanza e salute dei bambini', "Pregnancy and children's health"],
  'mental-health': ['Salute mentale e sostegno psicologico', 'Mental health and psychological support'],
  'work-rights': ['Contratti e diritti sul lavoro', 'Work contracts and rights'],
  'unemployment-benefit': ['Disoccupazione, pensioni e assegni', 'Unemployment benefit, pensions and allowances'],
  school: ['Iscrizione a scuola', 'School enrolment'],
  qualifications: ['Riconoscimento dei titoli di studio', 'Recognition of qualifications'],
  'public-housing': ['Case popolari', 'Public housing'],
  clothes: ['Vestiti', 'Clothes'],
  violence: ['Violenza, tratta e sfruttamento', 'Violence, trafficking and exploitation'],
  'unaccompanied-minors': ['Minori stranieri non accompagnati', 'Unaccompanied minors'],
  reception: ['Centri di accoglienza', 'Reception centres'],
  'social-help': ['Servizi sociali', 'Social services'],
  interpreter: ['Mediazione e interpreti', 'Mediators and interpreters'],
  'police-report': ['Denuncia alla polizia', 'Reporting to the police'],
};

const TAXONOMIES = {
  category: ['Categorie PROSSIMA', 'PROSSIMA categories', 'Le categorie della mappa PROSSIMA.', 'The categories of the PROSSIMA map.'],
  audience: ['Destinatari PROSSIMA', 'PROSSIMA audiences', 'A chi si rivolge un servizio.', 'Who a service is for.'],
  need: [
    'Bisogni PROSSIMA', 'PROSSIMA needs',
    'I bisogni delle persone: link_type "handles" per l\'ufficio competente, "needs" per chi aiuta.',
    'What people need: link_type "handles" for the office in charge, "needs" for those who help.',
  ],
} as const;

/** The whole directory as one HSDS 3.0 `Page` of fully nested services, texts in `options.lang`. */
export function toHsds(directory: Directory, options: HsdsOptions): HsdsDocument {
  const context = new Context(options.lang, directory.categories);
  const contents = directory.services.map((service) => context.service(service));
  const size = contents.length;
  const page = { total_items: size, total_pages: 1, page_number: 1, size, first_page: true, last_page: true } as const;
  return { version: '3.0', generated: options.generated, language: options.lang, ...page, empty: size === 0, contents };
}

/** The export's language and categories, shared by the builders of each HSDS object. */
class Context {
  /** Our own fixed words are in Italian for an Italian export, in English for any other. */
  private readonly italian = baseLanguage(this.lang) === 'it';

  constructor(private readonly lang: string, private readonly categories: readonly Category[]) {}

  service(s: Service): HsdsService {
    const id = idOf('service', s.id);
    const picked = pickText(s.name, this.lang);
    const name = picked?.text ?? s.id;
    const emails = s.email.map((email) => splitContact(email).value).filter((email) => mailtoHref(email));
    const url = s.website !== undefined && websiteHref(s.website) ? s.website : undefined;
    const description = this.text(s.description);
    const organizationId = idOf('organization', s.id);
    const location = this.location(s, name, organizationId);
    const category = this.categories.find((c) => c.id === s.category);
    return compact({
      id,
      organization_id: organizationId,
      name,
      alternate_name: Object.entries(s.name).find(([key, text]) => key !== picked?.lang && text !== name)?.[1],
      description,
      url,
      email: emails[0],
      status: STATUS[s.status ?? 'active'],
      interpretation_services: this.text(s.languagesNote),
      application_process: joined([s.appointment && this.word(s.appointment), s.noDocuments ? this.word('noDocuments') : undefined]),
      fees_description: s.free === undefined ? undefined : this.word(s.free ? 'free' : 'paid'),
      eligibility_description: joined([s.audience.map((a) => this.word(a)).join(', '), this.text(s.audienceNote)], '. '),
      assured_date: s.verified,
      alert: this.text(s.statusNote),
      last_modified: s.updated === undefined ? undefined : `${s.updated}T00:00:00Z`,
      organization: compact({ id: organizationId, name, description: description ?? name, website: url }),
      service_at_locations: [{ id: idOf('service_at_location', s.id), service_id: id, location_id: location.id, location }],
      phones: [
        ...s.phone.map((phone, index) => {
          const { value, note } = splitContact(phone);
          return compact({ id: idOf('phone', `${s.id}:${index}`), service_id: id, number: value, description: note });
        }),
        // HSDS has no messaging apps (phone.type is RFC 6350's: `text` is SMS): said in the description.
        ...s.whatsapp.map((phone, index) => {
          const { value, note } = splitContact(phone);
          const description = note === undefined ? 'WhatsApp' : `WhatsApp (${note})`;
          return { id: idOf('phone', `${s.id}:whatsapp:${index}`), service_id: id, number: value, description };
        }),
      ],
      schedules: this.schedules(s, id),
      languages: s.languages.map((code) => ({ id: idOf('language', `${s.id}:${code}`), service_id: id, name: this.languageName(code), code })),
      contacts: emails.slice(1).map((email, index) => ({ id: idOf('contact', `${s.id}:${index + 1}`), service_id: id, email })),
      cost_options: s.free ? [{ id: idOf('cost_option', s.id), service_id: id, option: this.word('free'), amount: 0, currency: 'EUR' }] : [],
      required_documents: s.documents ? [{ id: idOf('required_document', s.id), service_id: id, document: this.text(s.documents) }] : [],
      attributes: [
        ...(category ? [this.attribute(id, 'category', category.id, category.name)] : []),
        ...s.audience.map((a) => this.attribute(id, 'audience', a, { it: WORDS[a][0], en: WORDS[a][1] })),
        ...(['handles', 'needs'] as const).flatMap((kind) =>
          (s[kind] ?? []).filter(isNeedId).map((need) => this.attribute(id, 'need', need, { it: NEED_NAMES[need][0], en: NEED_NAMES[need][1] }, kind)),
        ),
      ],
    });
  }

  private location(s: Service, name: string, organizationId: string): HsdsLocation {
    const id = idOf('location', s.id);
    const note = this.text(s.accessibilityNote);
    const accessibility: HsdsObject[] = s.accessibility.map((item) =>
      compact({ id: idOf('accessibility', `${s.id}:${item}`), location_id: id, description: this.word(item), details: note }),
    );
    if (accessibility.length === 0 && note !== undefined) {
      accessibility.push({ id: idOf('accessibility', `${s.id}:note`), location_id: id, description: note });
    }
    return compact({
      id,
      location_type: 'physical',
      organization_id: organizationId,
      name,
      description: s.coordinatePrecision && s.coordinatePrecision !== 'address' ? this.word(s.coordinatePrecision) : undefined,
      latitude: s.lat,
      longitude: s.lon,
      addresses: this.addresses(s, id),
      accessibility,
    });
  }

  /** Our free-text address as `address_1`; `''` for the required fields our entry does not give. */
  private addresses(s: Service, locationId: string): HsdsObject[] {
    const text = this.text(s.address);
    if (text === undefined && s.municipality === undefined) return [];
    const postalCode = /\b75\d{3}\b/.exec(text ?? '')?.[0] ?? ''; // every CAP of the province is 75xxx
    const place = { city: s.municipality ?? '', region: 'Basilicata', state_province: 'MT', postal_code: postalCode, country: 'IT' };
    return [{ id: idOf('address', s.id), location_id: locationId, address_1: text ?? '', ...place, address_type: 'physical' }];
  }

  /** One schedule per interval (split shifts give two); free-text hours only when there are none. */
  private schedules(s: Service, serviceId: string): HsdsObject[] {
    const note = this.text(s.hoursNote);
    if (s.hours.length === 0) {
      return note === undefined ? [] : [{ id: idOf('schedule', `${s.id}:note`), service_id: serviceId, description: note }];
    }
    return s.hours.map((interval) => ({
      id: idOf('schedule', `${s.id}:${interval.days.join(',')}:${interval.opens}-${interval.closes}`),
      service_id: serviceId,
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: interval.days.map((day) => day.toUpperCase()).join(','),
      opens_at: interval.opens,
      // HSDS has no "24:00"; its schedules guidance writes the end of the day as 23:59.
      closes_at: interval.closes === '24:00' ? '23:59' : interval.closes,
      description: this.describeHours(interval),
      notes: joined([this.word('localTime'), note]),
    }));
  }

  /** One taxonomy term on a service; `linkType` says how it applies (`kind` by default). */
  private attribute(serviceId: string, kind: keyof typeof TAXONOMIES, code: string, names: LocalText, linkType: string = kind) {
    const taxonomyId = idOf('taxonomy', kind);
    const [itName, enName, itText, enText] = TAXONOMIES[kind];
    const picked = pickText(names, this.lang);
    const termId = idOf('taxonomy_term', `${kind}:${code}`);
    const term = compact({
      id: termId,
      code,
      name: picked?.text ?? code,
      // Required by HSDS: the term's names in all our languages, the only place they all fit.
      description: Object.entries(names).map(([lang, text]) => `${lang}: ${text}`).join('; '),
      taxonomy: this.italian ? itName : enName,
      taxonomy_id: taxonomyId,
      language: picked?.lang,
      taxonomy_detail: { id: taxonomyId, name: this.italian ? itName : enName, description: this.italian ? itText : enText },
    });
    return { id: idOf('attribute', `${serviceId}:${kind}:${code}`), link_id: serviceId, link_type: linkType, link_entity: 'service', taxonomy_term_id: termId, taxonomy_term: term };
  }

  private describeHours({ days, opens, closes }: OpeningHours): string {
    const names = new Intl.DateTimeFormat(this.italian ? 'it' : 'en', { weekday: 'long', timeZone: 'UTC' });
    const monday = Date.UTC(2024, 0, 1); // 1 January 2024 was a Monday
    const dayNames = days.map((day) => names.format(new Date(monday + WEEKDAYS.indexOf(day) * 864e5)));
    return `${dayNames.join(', ')} ${opens}–${closes}`;
  }

  private languageName(code: string): string {
    try {
      return new Intl.DisplayNames([this.italian ? 'it' : 'en'], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  private text(text: LocalText | undefined): string | undefined {
    return pickText(text, this.lang)?.text;
  }

  private word(key: keyof typeof WORDS): string {
    return WORDS[key][this.italian ? 0 : 1];
  }
}

function joined(parts: readonly (string | undefined)[], separator = ' '): string | undefined {
  const kept = parts.filter((part): part is string => part !== undefined && part !== '');
  return kept.length > 0 ? kept.join(separator) : undefined;
}

/** The same object without its `undefined` properties, so the JSON has no empty keys. */
function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
