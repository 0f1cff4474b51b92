// The builder's choices as attributes, CSS properties, code to paste and its own address.
import { expect } from '@open-wc/testing';
import { attributesOf, choicesFromQuery, choicesQuery, DEFAULT_CHOICES, embedCode, stylesOf, type Choices } from '../../demo/builder/choices.js';

const DIST = 'https://prefettura.example.it/prossima/dist/';
const choose = (change: Partial<Choices>): Choices => ({ ...DEFAULT_CHOICES, ...change });

describe('builder choices', () => {
  it('the defaults give the bare element and the module script, no style block', () => {
    expect(attributesOf(DEFAULT_CHOICES)).to.deep.equal([]);
    expect(stylesOf(DEFAULT_CHOICES)).to.deep.equal([]);
    expect(embedCode(DEFAULT_CHOICES, DIST)).to.equal(`<script type="module" src="${DIST}prossima-map.js"></script>\n<prossima-map></prossima-map>\n`);
  });

  const cases: [string, Partial<Choices>, [string, string][]][] = [
    ['categories, in the order chosen', { categories: ['work', 'health'] }, [['categories', 'work health']]],
    ['comuni', { municipalities: ['Matera', 'Policoro'] }, [['municipality', 'Matera, Policoro']]],
    ['a language', { lang: 'en' }, [['lang', 'en']]],
    ['a search, trimmed', { query: '  permesso di soggiorno ' }, [['query', 'permesso di soggiorno']]],
    ['an opening service', { service: 'questura-matera' }, [['service', 'questura-matera']]],
    ['a start view, rounded', { view: { center: [40.666666, 16.600001], zoom: 11.4 } }, [['center', '40.6667,16.6'], ['zoom', '11']]],
    ['no tiles', { tiles: 'none' }, [['tile-url', 'none']]],
    ['tiles after consent', { tiles: 'consent' }, [['tile-consent', '']]],
    ['custom tiles', { tiles: 'custom', tileUrl: 'https://t.example/{z}/{x}/{y}.png', tileAttribution: '© Example' }, [['tile-url', 'https://t.example/{z}/{x}/{y}.png'], ['tile-attribution', '© Example']]],
    ['custom tile fields kept but unused with OpenStreetMap', { tiles: 'osm', tileUrl: 'https://t.example/{z}/{x}/{y}.png' }, []],
    ['sync-url', { syncUrl: true }, [['sync-url', '']]],
    ['no language switcher', { hideLanguageSwitcher: true }, [['hide-language-switcher', '']]],
  ];
  for (const [name, change, attributes] of cases) {
    it(`${name}: ${JSON.stringify(attributes)}`, () => {
      expect(attributesOf(choose(change))).to.deep.equal(attributes);
    });
  }

  it('writes the element with exactly those attributes, booleans bare, values escaped', () => {
    const code = embedCode(choose({ categories: ['health'], query: 'a "b" <c> & d', syncUrl: true }), DIST);
    expect(code.split('\n')[1]).to.equal('<prossima-map categories="health" query="a &quot;b&quot; &lt;c&gt; &amp; d" sync-url></prossima-map>');
  });

  it('a style block only when height, colours or font changed', () => {
    const code = embedCode(choose({ height: '40rem', accent: '#aa0000', font: '"Titillium Web", sans-serif' }), DIST);
    expect(code).to.contain(['<style>', '  prossima-map {', '    --prossima-height: 40rem;', '    --prossima-accent: #aa0000;', '    --prossima-font: "Titillium Web", sans-serif;', '  }', '</style>'].join('\n'));
    expect(embedCode(choose({ categories: ['health'] }), DIST)).not.to.contain('<style>');
  });

  it('the three script tags', () => {
    expect(embedCode(choose({ script: 'classic' }), DIST)).to.match(/^<script src="https:\/\/prefettura\.example\.it\/prossima\/dist\/prossima-map\.iife\.js" defer><\/script>/);
    expect(embedCode(choose({ script: 'standalone' }), DIST)).to.match(/^<script type="module" src="[^"]+\/prossima-map\.standalone\.js"><\/script>/);
  });

  it('the script from the address the site publishes, else from the dist/ beside the builder', () => {
    expect(embedCode(choose({ base: 'https://comune.example.it/widget/dist' }), DIST).split('\n')[0]).to.equal('<script type="module" src="https://comune.example.it/widget/dist/prossima-map.js"></script>');
    expect(embedCode(choose({ base: 'javascript:alert(1)' }), DIST).split('\n')[0]).to.equal(`<script type="module" src="${DIST}prossima-map.js"></script>`);
  });

  it('its address gives back the same choices', () => {
    const choices = choose({
      categories: ['work', 'health'],
      municipalities: ['Matera', 'Nova Siri'],
      lang: 'zh-CN',
      query: 'casa',
      service: 'caritas-matera',
      view: { center: [40.5, 16.4], zoom: 10 },
      tiles: 'custom',
      tileUrl: 'https://t.example/{z}/{x}/{y}.png',
      tileAttribution: '© Example',
      height: '600px',
      accent: '#aa0000',
      text: '#111111',
      background: '#fefefe',
      border: '#cccccc',
      font: 'Georgia, serif',
      syncUrl: true,
      hideLanguageSwitcher: true,
      script: 'classic',
      base: 'https://comune.example.it/prossima/dist/',
    });
    expect(choicesFromQuery(`?${choicesQuery(choices)}`)).to.deep.equal(choices);
    expect(choicesQuery(DEFAULT_CHOICES)).to.equal('');
  });

  it('an address with bad values falls back to the defaults, field by field', () => {
    const choices = choicesFromQuery('?categories=health,<b>&lang=javascript:alert(1)&service=a b&view=91,16,9&tiles=evil&height=1;}body{x&accent=red&font=a;}b{&script=x&sync-url=yes&base=javascript:alert(1)');
    expect(choices).to.deep.equal({ ...DEFAULT_CHOICES, categories: ['health'] });
  });
});
