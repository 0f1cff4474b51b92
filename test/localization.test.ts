import { expect } from '@open-wc/testing';
import { isRightToLeft, matchLocale, uiLocales } from '../src/localization.js';

describe('matchLocale', () => {
  const it_en_fr = ['it', 'en', 'fr'];
  const withChinese = ['it', 'en', 'zh-CN'];
  const cases: [string, string[], string[], string | undefined][] = [
    ['exact', ['en'], it_en_fr, 'en'],
    ['exact, any case', ['EN'], it_en_fr, 'en'],
    ['exact region, any case, spelled as available', ['zh-cn'], withChinese, 'zh-CN'],
    ['region -> base language', ['fr-CA'], it_en_fr, 'fr'],
    ['region -> base language, any case', ['FR-ca'], it_en_fr, 'fr'],
    ['region -> base only if available', ['fr-CA'], ['it', 'en'], undefined],
    ['base -> a region of it', ['zh'], withChinese, 'zh-CN'],
    ['base -> a region of it, any case', ['ZH'], withChinese, 'zh-CN'],
    ['exact beats the same base', ['zh-CN'], ['it', 'zh', 'zh-CN'], 'zh-CN'],
    ['exact base beats a region listed first', ['zh'], ['it', 'zh-CN', 'zh'], 'zh'],
    ['region -> base, not the other region listed later', ['zh-HK'], ['it', 'zh', 'zh-TW'], 'zh'],
    ['same base: the first available', ['en-US'], ['it', 'en-GB', 'en-AU'], 'en-GB'],
    ['preference order: the first wanted that is available', ['de', 'en', 'it'], it_en_fr, 'en'],
    ['preference order, not the available order', ['fr', 'it'], it_en_fr, 'fr'],
    ['a base match of an earlier wish beats an exact later one', ['fr-CA', 'it'], it_en_fr, 'fr'],
    ['skips what is not available', ['de-DE', 'es', 'fr-BE'], it_en_fr, 'fr'],
    ['nothing found', ['de', 'es-ES', 'ja'], it_en_fr, undefined],
    ['nothing wanted', [], it_en_fr, undefined],
    ['nothing available', ['it'], [], undefined],
    ['empty tag', [''], it_en_fr, undefined],
    ['a prefix is not a base language', ['e'], it_en_fr, undefined],
    ['a longer code is not a base language', ['ita'], it_en_fr, undefined],
    ['hostile string', ['"><script>alert(1)</script>'], it_en_fr, undefined],
    ['empty tag then a good one', ['', 'it'], it_en_fr, 'it'],
  ];
  for (const [label, wanted, available, expected] of cases) {
    it(`${label}: ${JSON.stringify(wanted)} in ${JSON.stringify(available)} -> ${String(expected)}`, () => {
      expect(matchLocale(wanted, available)).to.equal(expected);
    });
  }

  describe("defaults to the widget's UI locales", () => {
    it('Italian is one of them', () => {
      expect(uiLocales).to.include('it');
      expect(matchLocale(['it-IT'])).to.equal('it');
    });

    it('a language that is not a UI locale', () => {
      expect(uiLocales).to.not.include('tlh');
      expect(matchLocale(['tlh'])).to.equal(undefined);
    });

    it('the answer is always one of the UI locales', () => {
      for (const locale of uiLocales) {
        expect(matchLocale([locale.toUpperCase()])).to.equal(locale);
        expect(matchLocale([`${locale}-XX`])).to.be.oneOf([...uiLocales]);
      }
    });
  });
});

describe('isRightToLeft', () => {
  const cases: [string, boolean][] = [
    ['ar', true],
    ['ar-EG', true],
    ['AR-eg', true],
    ['ur', true],
    ['ur-PK', true],
    ['he', true],
    ['he-IL', true],
    ['fa', true],
    ['fa-IR', true],
    ['ps', true],
    ['ckb', true],
    ['yi', true],
    ['it', false],
    ['it-IT', false],
    ['en', false],
    ['en-GB', false],
    ['zh-CN', false],
    ['ti', false], // Tigrinya: Ge'ez script, left to right
    ['fr', false],
    ['arn', false], // Mapudungun: not Arabic, though it starts with "ar"
    ['', false],
    ['<ar>', false],
  ];
  for (const [locale, expected] of cases) {
    it(`${JSON.stringify(locale)} -> ${expected ? 'RTL' : 'LTR'}`, () => {
      expect(isRightToLeft(locale)).to.equal(expected);
    });
  }
});
