// Written by scripts/i18n.mjs from the files in xliff/. Do not edit.
import * as ar from './locales/ar.js';
import * as bn from './locales/bn.js';
import * as en from './locales/en.js';
import * as es from './locales/es.js';
import * as fr from './locales/fr.js';
import * as pa from './locales/pa.js';
import * as ro from './locales/ro.js';
import * as sq from './locales/sq.js';
import * as uk from './locales/uk.js';
import * as ur from './locales/ur.js';
import * as zh_CN from './locales/zh-CN.js';

export const localeModules: Record<string, typeof ar> = {
  'ar': ar,
  'bn': bn,
  'en': en,
  'es': es,
  'fr': fr,
  'pa': pa,
  'ro': ro,
  'sq': sq,
  'uk': uk,
  'ur': ur,
  'zh-CN': zh_CN,
};
