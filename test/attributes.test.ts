import { expect } from '@open-wc/testing';
import { parseCenter, parseIdList, parseNameList, parseTiles, parseZoom } from '../src/attributes.js';

describe('parseIdList', () => {
  const cases: [string | undefined, string[]][] = [
    ['health work', ['health', 'work']],
    ['health,work', ['health', 'work']],
    ['health, work', ['health', 'work']],
    ['  health \t\n work  ', ['health', 'work']],
    [',,health,,,work,', ['health', 'work']],
    ['health', ['health']],
    ['health health', ['health', 'health']], // duplicates are removed later, by offeredCategories
    ['Health', ['Health']], // ids are case-sensitive: no folding here
    ['', []],
    ['   ', []],
    [' , ,\t', []],
    [undefined, []],
    ['<script>alert(1)</script>', ['<script>alert(1)</script>']], // an unknown id, reported later
    ['a"b c', ['a"b', 'c']],
  ];
  for (const [value, expected] of cases) {
    it(`${JSON.stringify(value)} -> ${JSON.stringify(expected)}`, () => {
      expect(parseIdList(value)).to.deep.equal(expected);
    });
  }
});

describe('parseNameList', () => {
  const cases: [string | undefined, string[]][] = [
    ['Matera, Policoro', ['Matera', 'Policoro']],
    ['Matera,Policoro', ['Matera', 'Policoro']],
    ['Città di Matera', ['Città di Matera']], // a name with spaces is one name
    ['  Scanzano Jonico ,  Nova Siri  ', ['Scanzano Jonico', 'Nova Siri']],
    ['Matera,,, Policoro,', ['Matera', 'Policoro']],
    ["Sant'Arcangelo", ["Sant'Arcangelo"]],
    ['', []],
    ['   ', []],
    [' , , ', []],
    [undefined, []],
    ['<img src=x onerror=alert(1)>', ['<img src=x onerror=alert(1)>']],
  ];
  for (const [value, expected] of cases) {
    it(`${JSON.stringify(value)} -> ${JSON.stringify(expected)}`, () => {
      expect(parseNameList(value)).to.deep.equal(expected);
    });
  }
});

describe('parseCenter', () => {
  describe('valid values', () => {
    const cases: [string, [number, number]][] = [
      ['40.66,16.60', [40.66, 16.6]],
      ['40.66, 16.60', [40.66, 16.6]],
      ['40.66 16.60', [40.66, 16.6]],
      ['  40.66 ,\t16.60  ', [40.66, 16.6]],
      ['40.66,16.60,', [40.66, 16.6]],
      ['-33.9,-70.6', [-33.9, -70.6]],
      ['0,0', [0, 0]],
      ['90,180', [90, 180]],
      ['-90,-180', [-90, -180]],
      ['40,16', [40, 16]],
    ];
    for (const [value, expected] of cases) {
      it(`${JSON.stringify(value)} -> ${JSON.stringify(expected)}`, () => {
        expect(parseCenter(value)).to.deep.equal({ value: expected });
      });
    }
  });

  describe('absent', () => {
    for (const value of [undefined, '', '   ', '\t\n']) {
      it(`${JSON.stringify(value)} -> undefined (no warning)`, () => {
        expect(parseCenter(value)).to.equal(undefined);
      });
    }
  });

  describe('bad values: ignored with a warning naming the attribute and the value', () => {
    const cases: [string, string][] = [
      ['40.66', 'one number'],
      ['40.66,16.60,12', 'three numbers'],
      ['40,66,16,60', 'Italian decimal commas'],
      ['40.66;16.60', 'semicolon'],
      ['matera', 'a word'],
      ['lat,lon', 'words'],
      [',', 'only a separator'],
      ['NaN,16.60', 'NaN latitude'],
      ['40.66,NaN', 'NaN longitude'],
      ['Infinity,16.60', 'Infinity latitude'],
      ['40.66,-Infinity', '-Infinity longitude'],
      ['90.0001,16', 'latitude above 90'],
      ['-91,16', 'latitude below -90'],
      ['40,180.5', 'longitude above 180'],
      ['40,-181', 'longitude below -180'],
      ['16.60,400', 'swapped far out of range'],
      ['40.66°N,16.60°E', 'degree signs'],
      ['"><script>alert(1)</script>', 'hostile string'],
    ];
    for (const [value, label] of cases) {
      it(`${label}: ${JSON.stringify(value)}`, () => {
        const parsed = parseCenter(value);
        expect(parsed?.value).to.equal(undefined);
        expect(parsed?.warning).to.be.a('string');
        expect(parsed?.warning).to.contain(`center="${value}"`);
        expect(parsed?.warning).to.match(/ignored/);
      });
    }
  });

  it('the warning quotes the value as given, untrimmed', () => {
    expect(parseCenter(' 1 ')?.warning).to.contain('center=" 1 "');
  });
});

describe('parseZoom', () => {
  describe('valid values', () => {
    const cases: [string, number][] = [
      ['11', 11],
      ['0', 0],
      ['19', 19],
      [' 11 ', 11],
      ['11.5', 11.5],
      ['007', 7],
    ];
    for (const [value, expected] of cases) {
      it(`${JSON.stringify(value)} -> ${expected}`, () => {
        expect(parseZoom(value)).to.deep.equal({ value: expected });
      });
    }
  });

  describe('absent', () => {
    for (const value of [undefined, '', '   ']) {
      it(`${JSON.stringify(value)} -> undefined (no warning)`, () => {
        expect(parseZoom(value)).to.equal(undefined);
      });
    }
  });

  describe('bad values: ignored with a warning naming the attribute and the value', () => {
    const cases: [string, string][] = [
      ['20', 'above 19'],
      ['19.01', 'just above 19'],
      ['-1', 'negative'],
      ['-0.5', 'just below 0'],
      ['1000000', 'huge'],
      ['NaN', 'NaN'],
      ['Infinity', 'Infinity'],
      ['-Infinity', '-Infinity'],
      ['eleven', 'a word'],
      ['11px', 'a unit'],
      ['11,5', 'decimal comma'],
      ['1 1', 'two numbers'],
      ['"><svg onload=alert(1)>', 'hostile string'],
    ];
    for (const [value, label] of cases) {
      it(`${label}: ${JSON.stringify(value)}`, () => {
        const parsed = parseZoom(value);
        expect(parsed?.value).to.equal(undefined);
        expect(parsed?.warning).to.be.a('string');
        expect(parsed?.warning).to.contain(`zoom="${value}"`);
        expect(parsed?.warning).to.match(/0 to 19/);
      });
    }
  });
});

describe('parseTiles', () => {
  const OSM = { url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', attribution: '© OpenStreetMap contributors' };
  const cases: [string | undefined, string | undefined, ReturnType<typeof parseTiles>][] = [
    [undefined, undefined, OSM],
    ['', undefined, OSM],
    ['', 'Mine', OSM], // the credit goes with the tiles it names
    ['none', undefined, { url: null, attribution: '' }],
    ['none', 'Mine', { url: null, attribution: '' }],
    ['/tiles/{z}/{x}/{y}.png', undefined, { url: '/tiles/{z}/{x}/{y}.png', attribution: '' }],
    ['/tiles/{z}/{x}/{y}.png', '<b>Mine</b>', { url: '/tiles/{z}/{x}/{y}.png', attribution: '<b>Mine</b>' }], // plain text: escaped by the map
    ['https://{s}.tiles.example/{z}/{x}/{-y}{r}.png', undefined, { url: 'https://{s}.tiles.example/{z}/{x}/{-y}{r}.png', attribution: '' }],
    // A placeholder the map cannot fill (issue 17): no tiles, and why.
    [
      'https://tiles.example/{z}/{x}/{y}.png?key={apikey}',
      'Mine',
      {
        url: null,
        attribution: '',
        refused: 'tile-url="https://tiles.example/{z}/{x}/{y}.png?key={apikey}" has {apikey}, which the map cannot fill (it knows {s}, {z}, {x}, {y}, {-y} and {r}); the map is shown without tiles',
      },
    ],
  ];
  for (const [url, attribution, expected] of cases) {
    it(`${JSON.stringify(url)}, ${JSON.stringify(attribution)} -> ${JSON.stringify(expected)}`, () => {
      expect(parseTiles(url, attribution)).to.deep.equal(expected);
    });
  }
});
