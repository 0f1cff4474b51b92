// Written by scripts/i18n.mjs from the files in xliff/. Do not edit.
// Each UI language is a piece of its own, loaded when it is chosen (the source, Italian, is in
// the messages themselves).
import type * as LocaleModule from './locales/ar.js';

export const localeLoaders: Record<string, () => Promise<typeof LocaleModule>> = {
  'ar': () => import('./locales/ar.js'),
  'bn': () => import('./locales/bn.js'),
  'en': () => import('./locales/en.js'),
  'es': () => import('./locales/es.js'),
  'fr': () => import('./locales/fr.js'),
  'pa': () => import('./locales/pa.js'),
  'ro': () => import('./locales/ro.js'),
  'sq': () => import('./locales/sq.js'),
  'uk': () => import('./locales/uk.js'),
  'ur': () => import('./locales/ur.js'),
  'zh-CN': () => import('./locales/zh-CN.js'),
};
