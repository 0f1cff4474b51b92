import { expect } from '@open-wc/testing';
import { baseLanguage, pickText } from '../../src/data/pick-text.js';
import type { LocalText } from '../../src/data/types.js';

describe('baseLanguage', () => {
  const cases: [string, string][] = [
    ['it', 'it'],
    ['pt-BR', 'pt'],
    ['ZH-cn', 'zh'],
    ['zh_CN', 'zh'],
    [' en ', 'en'],
    ['sr-Latn-RS', 'sr'],
    ['', ''],
  ];
  for (const [code, expected] of cases) {
    it(`${JSON.stringify(code)} -> ${JSON.stringify(expected)}`, () => {
      expect(baseLanguage(code)).to.equal(expected);
    });
  }
});

describe('pickText', () => {
  const itEn: LocalText = { it: 'Ciao', en: 'Hello' };
  const cases: [string, LocalText, string, { text: string; lang: string; fallback: boolean }][] = [
    ['exact code', itEn, 'en', { text: 'Hello', lang: 'en', fallback: false }],
    ['exact code, any case', itEn, 'EN', { text: 'Hello', lang: 'en', fallback: false }],
    ['Italian asked', itEn, 'it', { text: 'Ciao', lang: 'it', fallback: false }],
    ['region -> base', itEn, 'en-GB', { text: 'Hello', lang: 'en', fallback: false }],
    ['zh-CN matches zh-cn', { it: 'Ciao', 'zh-cn': '你好' }, 'zh-CN', { text: '你好', lang: 'zh-cn', fallback: false }],
    ['zh_CN matches zh-cn', { it: 'Ciao', 'zh-cn': '你好' }, 'zh_CN', { text: '你好', lang: 'zh-cn', fallback: false }],
    ['base zh matches zh-cn', { it: 'Ciao', 'zh-cn': '你好' }, 'zh', { text: '你好', lang: 'zh-cn', fallback: false }],
    ['other region of the same base', { it: 'Ciao', 'zh-cn': '你好' }, 'zh-TW', { text: '你好', lang: 'zh-cn', fallback: false }],
    ['exact beats base', { pt: 'Olá (pt)', 'pt-br': 'Olá (br)', it: 'Ciao' }, 'pt-BR', { text: 'Olá (br)', lang: 'pt-br', fallback: false }],
    ['base beats another region', { 'pt-pt': 'Olá (pt-pt)', pt: 'Olá (pt)', it: 'Ciao' }, 'pt-BR', { text: 'Olá (pt)', lang: 'pt', fallback: false }],
    ['missing language -> Italian', itEn, 'ar', { text: 'Ciao', lang: 'it', fallback: true }],
    ['Italian even when not first', { en: 'Hello', fr: 'Salut', it: 'Ciao' }, 'ar', { text: 'Ciao', lang: 'it', fallback: true }],
    ['Italian variant', { en: 'Hello', 'it-ch': 'Ciao (CH)' }, 'ar', { text: 'Ciao (CH)', lang: 'it-ch', fallback: true }],
    ['no Italian -> first', { en: 'Hello', fr: 'Salut' }, 'ar', { text: 'Hello', lang: 'en', fallback: true }],
    ['Italian asked, only English', { en: 'Hello' }, 'it', { text: 'Hello', lang: 'en', fallback: true }],
    ['it-CH asked, Italian there', { it: 'Ciao' }, 'it-CH', { text: 'Ciao', lang: 'it', fallback: false }],
    ['empty text skipped', { en: '', it: 'Ciao' }, 'en', { text: 'Ciao', lang: 'it', fallback: true }],
    ['empty language asked', itEn, '', { text: 'Ciao', lang: 'it', fallback: true }],
    ['hostile text kept as is', { it: '<img src=x onerror=alert(1)>' }, 'it', { text: '<img src=x onerror=alert(1)>', lang: 'it', fallback: false }],
  ];
  for (const [name, text, lang, expected] of cases) {
    it(`${name}: ${JSON.stringify(lang)} from ${Object.keys(text).join(',')}`, () => {
      expect(pickText(text, lang)).to.deep.equal(expected);
    });
  }

  const empty: [string, LocalText | undefined][] = [
    ['undefined', undefined],
    ['no entries', {}],
    ['only empty strings', { it: '', en: '' }],
    ['non-string values from untyped callers', { it: 42 } as unknown as LocalText],
  ];
  for (const [name, text] of empty) {
    it(`returns undefined for ${name}`, () => {
      expect(pickText(text, 'en')).to.equal(undefined);
    });
  }
});
