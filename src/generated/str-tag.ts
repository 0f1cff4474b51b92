// Written by scripts/i18n.mjs from the files in xliff/. Do not edit.
import type { StrResult } from '@lit/localize';

/** As `str` of @lit/localize: marks a translated text with values. */
export const str = (strings: TemplateStringsArray, ...values: unknown[]): StrResult => ({ strTag: true, strings, values });
