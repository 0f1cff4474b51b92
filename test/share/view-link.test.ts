import { expect } from '@open-wc/testing';
import { readViewState, viewLink, type ViewState } from '../../src/share/view-link.js';
import { placeLine, shareText } from '../../src/share/share-text.js';

describe('viewLink and readViewState', () => {
  const page = 'https://www.comune.example/servizi/stranieri?page=2#mappa';
  const cases: [string, ViewState, string][] = [
    ['a service', { service: 'questura-matera', lang: 'ar' }, 'https://www.comune.example/servizi/stranieri?page=2&prossima-service=questura-matera&prossima-lang=ar#mappa'],
    [
      'a search with filters, open now and a comune',
      { query: ' medico di base ', filter: ['health', 'work'], openNow: true, place: 'Nova Siri' },
      'https://www.comune.example/servizi/stranieri?page=2&prossima-q=medico+di+base&prossima-filter=health%2Cwork&prossima-open=1&prossima-near=Nova+Siri#mappa',
    ],
    ['nothing: the page as it was', { query: '', filter: [], openNow: false }, page],
  ];
  for (const [what, state, expected] of cases) {
    it(`${what}: written, and read back`, () => {
      const link = viewLink(page, state);
      expect(link).to.equal(expected);
      const read = readViewState(new URL(link).search);
      const wanted = Object.fromEntries(
        Object.entries({ ...state, query: state.query?.trim() }).filter(([, v]) => v !== undefined && v !== '' && v !== false && !(Array.isArray(v) && v.length === 0)),
      );
      expect(read).to.deep.equal(wanted);
    });
  }

  it('replaces its own parameters, keeps the host’s', () => {
    const link = viewLink('https://x.example/?prossima-q=old&prossima-service=a&id=7', { query: 'new' });
    expect(link).to.equal('https://x.example/?id=7&prossima-q=new');
  });

  const hostile: [string, ViewState][] = [
    ['?prossima-lang=<script>', {}],
    ['?prossima-lang=javascript:alert(1)', {}],
    ['?prossima-open=yes', {}],
    [`?prossima-q=${'x'.repeat(500)}`, { query: 'x'.repeat(200) }],
    ['?prossima-filter=,,health,,', { filter: ['health'] }],
    ['?prossima-service=%3Cimg%20src%3Dx%3E', { service: '<img src=x>' }],
  ];
  for (const [search, expected] of hostile) {
    it(`reads ${search.slice(0, 40)} safely`, () => {
      expect(readViewState(search)).to.deep.equal(expected);
    });
  }
});

describe('shareText', () => {
  it('one fact a line, the link last, no bidi marks', () => {
    const text = shareText(
      { name: 'Questura', address: 'Via Roma 1', municipality: 'Matera', hours: ['lun–ven \u206609:00–13:00\u2069'], phones: ['0835 1', '0835 2'], link: 'https://x.example/?prossima-service=q' },
      { address: 'Indirizzo', hours: 'Orari', phone: 'Telefono' },
    );
    expect(text).to.equal('Questura\nIndirizzo: Via Roma 1, Matera\nOrari: lun–ven 09:00–13:00\nTelefono: 0835 1, 0835 2\nhttps://x.example/?prossima-service=q');
  });

  it('leaves out what the service does not have', () => {
    expect(shareText({ name: 'A', hours: [], phones: [], link: 'https://x.example/' }, { address: 'a', hours: 'h', phone: 'p' })).to.equal('A\nhttps://x.example/');
  });

  const places: [string | undefined, string | undefined, string][] = [
    ['Via Roma 1', 'Matera', 'Via Roma 1, Matera'],
    ['Palazzo di Città, Via Aldo Moro 1 - Policoro', 'Policoro', 'Palazzo di Città, Via Aldo Moro 1 - Policoro'],
    ['Piazza della Città', 'Città di Matera', 'Piazza della Città, Città di Matera'],
    ['Via Roma 1, MATERA', 'Matera', 'Via Roma 1, MATERA'],
    [undefined, 'Matera', 'Matera'],
    ['Via Roma 1', undefined, 'Via Roma 1'],
    [undefined, undefined, ''],
  ];
  for (const [address, municipality, expected] of places) {
    it(`placeLine(${address}, ${municipality}) -> ${expected}`, () => {
      expect(placeLine(address, municipality)).to.equal(expected);
    });
  }
});
