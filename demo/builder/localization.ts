/**
 * The builder's own texts: Italian in the messages, English in generated/ (lit-localize, runtime
 * mode, from xliff/builder/). Its own copy of @lit/localize, apart from the widget's.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: () => import('./generated/locales/en.js'),
});

/** The builder's languages, each in its own words. */
export const BUILDER_LANGUAGES = [
  ['it', 'Italiano'],
  ['en', 'English'],
] as const;

/** The widget's languages, each in its own words (as its switcher names them). */
export const WIDGET_LANGUAGES = [
  ['it', 'Italiano'],
  ['en', 'English'],
  ['fr', 'Français'],
  ['es', 'Español'],
  ['ar', 'العربية'],
  ['ur', 'اردو'],
  ['ro', 'Română'],
  ['sq', 'Shqip'],
  ['uk', 'Українська'],
  ['zh-CN', '简体中文'],
  ['bn', 'বাংলা'],
  ['pa', 'ਪੰਜਾਬੀ'],
] as const;
