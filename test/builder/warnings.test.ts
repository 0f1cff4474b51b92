// Choices that fight each other, found on the built-in directory's own shape.
import { expect } from '@open-wc/testing';
import { DEFAULT_CHOICES, type Choices } from '../../demo/builder/choices.js';
import { isTileTemplate, readSummary, shownServices, warningsOf, type DirectorySummary } from '../../demo/builder/warnings.js';

const directory: DirectorySummary = {
  categories: [
    { id: 'health', name: 'Salute' },
    { id: 'work', name: 'Lavoro' },
  ],
  services: [
    { id: 'ospedale', name: 'Ospedale', category: 'health', municipality: 'Matera' },
    { id: 'cpi-policoro', name: 'Centro per l’impiego', category: 'work', municipality: 'Policoro' },
    { id: 'consultorio', name: 'Consultorio', category: 'health', municipality: 'Città Nuova' },
  ],
};
const choose = (change: Partial<Choices>): Choices => ({ ...DEFAULT_CHOICES, ...change });
const kinds = (choices: Choices) => warningsOf(choices, directory).map((w) => ('comune' in w ? `${w.kind}:${w.comune}` : w.kind));

describe('builder warnings', () => {
  it('none for the defaults', () => {
    expect(kinds(DEFAULT_CHOICES)).to.deep.equal([]);
  });

  it('a comune with no service in the chosen categories, and nothing left at all', () => {
    expect(kinds(choose({ categories: ['health'], municipalities: ['Policoro'] }))).to.deep.equal(['empty-comune:Policoro', 'nothing-shown']);
    expect(kinds(choose({ categories: ['health'], municipalities: ['Policoro', 'Matera'] }))).to.deep.equal(['empty-comune:Policoro']);
  });

  it('matches comuni ignoring case and accents, as the widget does', () => {
    expect(shownServices(choose({ municipalities: ['citta nuova'] }), directory).map((s) => s.id)).to.deep.equal(['consultorio']);
  });

  it('an opening service the embed does not show', () => {
    expect(kinds(choose({ categories: ['work'], service: 'ospedale' }))).to.deep.equal(['service-hidden']);
  });

  it('custom tiles without credit, or with an address the map cannot use', () => {
    expect(kinds(choose({ tiles: 'custom', tileUrl: 'https://t.example/{z}/{x}/{y}.png' }))).to.deep.equal(['no-attribution']);
    expect(kinds(choose({ tiles: 'custom', tileUrl: 'http://t.example/{z}/{x}/{y}.png', tileAttribution: '© T' }))).to.deep.equal(['bad-tile-url']);
    for (const url of ['https://t.example/{z}/{x}/{y}.png', 'https://{s}.t.example/{z}/{x}/{-y}{r}.png']) expect(isTileTemplate(url), url).to.equal(true);
    for (const url of ['https://t.example/{z}/{x}.png', 'https://t.example/{z}/{x}/{y}/{foo}.png', 'javascript:alert(1)//{z}/{x}/{y}', 'https:///{z}/{x}/{y}']) expect(isTileTemplate(url), url).to.equal(false);
  });

  it('a height that is not a CSS length', () => {
    expect(kinds(choose({ height: 'tall' }))).to.deep.equal(['bad-height']);
    expect(kinds(choose({ height: '40rem' }))).to.deep.equal([]);
  });

  it('a script address that is not a web address', () => {
    expect(kinds(choose({ base: 'dist/' }))).to.deep.equal(['bad-base']);
    expect(kinds(choose({ base: 'https://comune.example.it/dist/' }))).to.deep.equal([]);
  });

  it('without the directory, only what the choices alone show', () => {
    expect(warningsOf(choose({ municipalities: ['Nowhere'], tiles: 'custom', tileUrl: 'https://t.example/{z}/{x}/{y}.png' }), undefined).map((w) => w.kind)).to.deep.equal(['no-attribution']);
  });

  it('reads what it needs of a directory file, leaving out broken entries', () => {
    const read = readSummary({
      version: 1,
      categories: [{ id: 'health', name: 'Salute' }, null, { name: 'no id' }, 'x'],
      services: [
        { id: 'a', name: 'A', category: 'health', municipality: 'Matera' },
        { id: 'b', name: '<img src=x onerror=alert(1)>', category: 'health', municipality: 42 },
        { id: 7, category: 'health' },
        { id: 'c' },
        null,
      ],
    });
    expect(read).to.deep.equal({
      categories: [{ id: 'health', name: 'Salute' }],
      services: [
        { id: 'a', name: 'A', category: 'health', municipality: 'Matera' },
        { id: 'b', name: '<img src=x onerror=alert(1)>', category: 'health' },
      ],
    });
    for (const broken of [null, 'text', [], { categories: {} }, { categories: [], services: 'x' }]) expect(readSummary(broken), JSON.stringify(broken)).to.equal(undefined);
  });
});

