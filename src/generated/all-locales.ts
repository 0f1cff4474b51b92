// Written by scripts/i18n.mjs from the files in xliff/. Do not edit.
import * as en from './locales/en.js';

export const localeModules: Record<string, typeof en> = {
  'en': en,
};
