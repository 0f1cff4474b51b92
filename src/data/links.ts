/**
 * Link safety for directory values. A directory is outside data: only these functions turn its
 * strings into `href`s, and each returns `undefined` for anything it cannot vouch for, so the UI
 * shows that value as plain text instead.
 */

/** Characters a phone number may be written with: digits, spaces, `+ - . / ( )`. */
const PHONE_CHARS = /^[0-9+\-./() \u00a0]+$/;

/** E.164 numbers have at most 15 digits; more usually means two numbers in one string. */
const MAX_PHONE_DIGITS = 15;

/** A plain `local@domain.tld`: no spaces, quotes, commas, `? & < > : / %` or `mailto` parameters. */
const PLAIN_EMAIL = /^[\p{L}\p{N}._+-]+@(?:[\p{L}\p{N}-]+\.)+(?:\p{L}{2,}|xn--[a-z0-9-]+)$/iu;

/** The URL itself, normalized by the URL parser, when `url` is an absolute http(s) URL. */
export function websiteHref(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const web = parsed.protocol === 'http:' || parsed.protocol === 'https:';
  // `https://prefettura.it@evil.example` reads like one site and opens another.
  const hasCredentials = parsed.username !== '' || parsed.password !== '';
  return web && parsed.hostname !== '' && !hasCredentials ? parsed.href : undefined;
}

/**
 * A phone or e-mail as people write them in a directory: `0835 3781 (centralino, 2009)` ->
 * `{ value: '0835 3781', note: 'centralino, 2009' }`. A parenthesized note at the end, after the
 * number or address, is split off; anything else is left whole.
 */
export function splitContact(contact: string): { value: string; note?: string } {
  const match = /^(.*?\S)\s*\(([^()]*)\)\s*$/u.exec(contact.trim());
  return match === null ? { value: contact.trim() } : { value: match[1], note: match[2].trim() };
}

/** `tel:` + a leading `+` and the digits, when `phone` is written only with phone characters. */
export function telHref(phone: string): string | undefined {
  const written = phone.trim();
  if (!PHONE_CHARS.test(written)) return undefined;
  const digits = written.replace(/[^0-9]/g, '');
  if (digits.length < 3 || digits.length > MAX_PHONE_DIGITS) return undefined;
  return `tel:${written.startsWith('+') ? '+' : ''}${digits}`;
}

/** `mailto:` + the address, when `email` is one plain address and nothing else. */
export function mailtoHref(email: string): string | undefined {
  const address = email.trim();
  return PLAIN_EMAIL.test(address) ? `mailto:${address}` : undefined;
}

/**
 * `https://wa.me/` + the number with its country code, for a number written with phone
 * characters: `+39 320 123 4567` and `0039…` as written; an Italian mobile without a prefix
 * (`320 123 4567`: ten digits from 3) gets +39. Anything else cannot be told apart: none.
 */
export function whatsappHref(phone: string): string | undefined {
  const tel = telHref(phone);
  if (tel === undefined) return undefined;
  const digits = tel.replace(/^tel:\+?/, '');
  if (tel.startsWith('tel:+')) return `https://wa.me/${digits}`;
  if (digits.startsWith('00') && digits.length > 4) return `https://wa.me/${digits.slice(2)}`;
  if (/^3\d{9}$/.test(digits)) return `https://wa.me/39${digits}`;
  return undefined;
}

/** The phone's kind, for links that open its own apps. */
export type Platform = 'android' | 'ios' | 'other';

/** From the user agent; iPadOS says "Macintosh" but has a touch screen. */
export function detectPlatform(userAgent: string, maxTouchPoints = 0): Platform {
  if (/android/i.test(userAgent)) return 'android';
  if (/iphone|ipad|ipod/i.test(userAgent) || (/macintosh/i.test(userAgent) && maxTouchPoints > 1)) return 'ios';
  return 'other';
}

/**
 * Directions to the service's point in the phone's own maps app: a `geo:` URI on Android (the
 * user's chosen app opens), Apple Maps on iOS, OpenStreetMap elsewhere (the user picks the start).
 * `label` names the pin where the app shows one.
 */
export function directionsHref(
  service: { readonly lat: number; readonly lon: number },
  platform: Platform = 'other',
  label = '',
): string {
  const point = `${service.lat.toFixed(5)},${service.lon.toFixed(5)}`;
  const name = label.replace(/[()]/g, ' ').trim();
  if (platform === 'android') return `geo:${point}?q=${point}${name ? `(${encodeURIComponent(name)})` : ''}`;
  if (platform === 'ios') return `https://maps.apple.com/?daddr=${point}${name ? `&q=${encodeURIComponent(name)}` : ''}`;
  return `https://www.openstreetmap.org/directions?to=${encodeURIComponent(point)}`;
}

export interface ReportChangeLink {
  readonly href: string;
  readonly kind: 'url' | 'email' | 'phone';
}

/**
 * The publisher's "report a change" route for one service: a web form (its `{id}` and `{name}`
 * filled in), else an e-mail with `subject` and `body` prefilled, else a phone call.
 */
export function reportChangeHref(
  route: { readonly url?: string; readonly email?: string; readonly phone?: string } | undefined,
  service: { readonly id: string; readonly name: string },
  subject: string,
  body: string,
): ReportChangeLink | undefined {
  if (route === undefined) return undefined;
  if (route.url !== undefined) {
    const filled = route.url
      .replace(/\{id\}/g, encodeURIComponent(service.id))
      .replace(/\{name\}/g, encodeURIComponent(service.name));
    const href = websiteHref(filled);
    if (href !== undefined) return { href, kind: 'url' };
  }
  if (route.email !== undefined) {
    const mailto = mailtoHref(route.email);
    if (mailto !== undefined) {
      const query = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
      return { href: `${mailto}?${query}`, kind: 'email' };
    }
  }
  const tel = route.phone === undefined ? undefined : telHref(splitContact(route.phone).value);
  return tel === undefined ? undefined : { href: tel, kind: 'phone' };
}
