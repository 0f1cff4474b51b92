import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { localeLoaders } from './generated/all-locales.js';

/**
 * UI languages. Italian, the source, is in the entry; each other language is a piece of its own
 * (src/generated/all-locales.ts), loaded from the script's folder when it is chosen (the
 * standalone build inlines them all). Adding a language: put its translated `xliff/<code>.xlf` in
 * place and run `npm run i18n:build`.
 */
export const uiLocales: readonly string[] = [sourceLocale, ...targetLocales];

/** The UI languages in the order a switcher lists them: Italian, English, then as the languages of the people served. */
export function switcherOrder(locales: readonly string[]): string[] {
  const rank = (locale: string) => {
    const at = Object.keys(OWN_NAMES).indexOf(locale);
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  return [...locales].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => localeLoaders[locale](),
});

/** Each UI language in its own name, as a language switcher shows it. */
const OWN_NAMES: Readonly<Record<string, string>> = {
  it: 'Italiano',
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
  ur: 'اردو',
  ro: 'Română',
  sq: 'Shqip',
  uk: 'Українська',
  'zh-CN': '简体中文',
  bn: 'বাংলা',
  pa: 'ਪੰਜਾਬੀ',
};

export function languageOwnName(locale: string): string {
  if (Object.hasOwn(OWN_NAMES, locale)) return OWN_NAMES[locale];
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi']);

/**
 * The first UI locale that serves one of the wanted languages, in order: an exact match
 * (`zh-CN`), then the same base language (`fr-CA` -> `fr`, `en` -> `en-GB`).
 */
export function matchLocale(
  wanted: readonly string[],
  available: readonly string[] = uiLocales,
): string | undefined {
  for (const tag of wanted) {
    const lower = tag.toLowerCase();
    const exact = available.find((locale) => locale.toLowerCase() === lower);
    if (exact !== undefined) return exact;
    const base = lower.split('-')[0];
    const sameBase = available.find((locale) => locale.toLowerCase().split('-')[0] === base);
    if (sameBase !== undefined) return sameBase;
  }
  return undefined;
}

export function isRightToLeft(locale: string): boolean {
  return RTL_LANGUAGES.has(locale.toLowerCase().split('-')[0]);
}

/**
 * The UI locale for an element: its own `lang` attribute, else the nearest ancestor's `lang`
 * (crossing shadow roots), else the browser's languages, else Italian. A language the widget
 * does not have falls through to the next of these.
 */
export function resolveLocale(element: Element, own: string | undefined): string {
  const wanted = [own, ancestorLang(element), ...navigator.languages].filter(
    (l): l is string => typeof l === 'string' && l !== '',
  );
  return matchLocale(wanted) ?? sourceLocale;
}

function ancestorLang(element: Element): string | undefined {
  let node: Node | null = element.parentNode;
  while (node !== null) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? undefined;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}
