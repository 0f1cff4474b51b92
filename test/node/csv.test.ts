import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeCsvBytes, detectSeparator, formatCsv, parseCsv, unsafeCell, type CsvSeparator } from '../../scripts/data/csv.js';

function rows(text: string, separator?: CsvSeparator): string[][] {
  const read = separator === undefined ? parseCsv(text) : parseCsv(text, separator);
  assert.ok(read.ok, read.ok ? '' : read.message);
  return read.rows;
}

describe('detectSeparator', () => {
  const CASES: [string, CsvSeparator][] = [
    ['id;name;lat\r\n1;a;2', ';'],
    ['id,name,lat\n1,a,2', ','],
    ['id\tname\tlat\n', '\t'],
    ['\uFEFFid;name\n', ';'],
    ['"a,b";c;d\n', ';'],
    ['"x;y;z",b\n', ','],
    ['id\n1;2;3;4', ','],
    ['', ','],
  ];
  for (const [text, separator] of CASES) {
    it(`finds ${JSON.stringify(separator)} in ${JSON.stringify(text)}`, () => {
      assert.equal(detectSeparator(text), separator);
    });
  }
});

describe('parseCsv', () => {
  it('reads plain cells with ; and with ,', () => {
    assert.deepEqual(rows('a;b;c\r\n1;2;3\r\n'), [['a', 'b', 'c'], ['1', '2', '3']]);
    assert.deepEqual(rows('a,b,c\n1,2,3\n'), [['a', 'b', 'c'], ['1', '2', '3']]);
  });

  it('reads quoted cells holding quotes, separators and line breaks', () => {
    const text = 'id;text\r\n1;"say ""ciao"""\r\n2;"a;b,c"\r\n3;"line one\r\nline two\nline three"\r\n4;""\r\n5;"""quoted"""\r\n';
    assert.deepEqual(rows(text), [
      ['id', 'text'],
      ['1', 'say "ciao"'],
      ['2', 'a;b,c'],
      ['3', 'line one\r\nline two\nline three'],
      ['4', ''],
      ['5', '"quoted"'],
    ]);
  });

  it('accepts CR LF, LF and CR line ends, even mixed', () => {
    assert.deepEqual(rows('a;b\r\n1;2\n3;4\r5;6'), [['a', 'b'], ['1', '2'], ['3', '4'], ['5', '6']]);
  });

  it('drops a UTF-8 byte order mark', () => {
    assert.deepEqual(rows('\uFEFFid;città\r\n1;Matera\r\n'), [['id', 'città'], ['1', 'Matera']]);
  });

  it('drops blank lines at the end, and keeps those in between so row numbers stay right', () => {
    assert.deepEqual(rows('a;b\r\n1;2\r\n\r\n3;4\r\n\r\n;\r\n\r\n'), [['a', 'b'], ['1', '2'], [''], ['3', '4']]);
  });

  it('keeps empty cells, at the start, in the middle and at the end', () => {
    assert.deepEqual(rows('a;b;c\n;;\n1;;\n;;3'), [['a', 'b', 'c'], ['', '', ''], ['1', '', ''], ['', '', '3']]);
  });

  it('reads a last line without a line break, a quoted one too', () => {
    assert.deepEqual(rows('a;b\n1;2'), [['a', 'b'], ['1', '2']]);
    assert.deepEqual(rows('a;b\n1;"2"'), [['a', 'b'], ['1', '2']]);
    assert.deepEqual(rows('a;b\n1;""'), [['a', 'b'], ['1', '']]);
  });

  it('keeps a quote in the middle of an unquoted cell as it is', () => {
    assert.deepEqual(rows('a;b\nVia "Roma";2\n'), [['a', 'b'], ['Via "Roma"', '2']]);
  });

  it('reads tab-separated text', () => {
    assert.deepEqual(rows('a\tb\n"x\ty"\t2\n'), [['a', 'b'], ['x\ty', '2']]);
  });

  it('reads an empty file as no rows', () => {
    assert.deepEqual(rows(''), []);
    assert.deepEqual(rows('\uFEFF'), []);
  });

  it('says which row has a quote that is never closed', () => {
    assert.deepEqual(parseCsv('a;b\r\n1;2\r\n3;"open\r\n4;5\r\n'), {
      ok: false,
      row: 3,
      message: 'a quote (") opens a cell that is never closed: "open; add the closing quote, or remove the opening one',
    });
  });

  it('says which row has text after a closing quote', () => {
    assert.deepEqual(parseCsv('a;b\n"x"y;2\n'), {
      ok: false,
      row: 2,
      message: 'a cell in quotes must end with a quote just before the next semicolon (;): "x"y;2; write quotes inside a cell twice ("")',
    });
  });
});

describe('formatCsv', () => {
  it('writes ; with a byte order mark and CR LF, quoting only the cells that need it', () => {
    const text = formatCsv([
      ['id', 'text'],
      ['1', 'plain, with a comma'],
      ['2', 'semi;colon'],
      ['3', 'say "ciao"'],
      ['4', 'two\nlines'],
      ['5', ''],
    ]);
    assert.equal(text, '\uFEFFid;text\r\n1;plain, with a comma\r\n2;"semi;colon"\r\n3;"say ""ciao"""\r\n4;"two\nlines"\r\n5;\r\n');
  });

  it('writes , without a byte order mark when asked', () => {
    assert.equal(formatCsv([['a', 'b,c'], ['1;2', '3']], { separator: ',', bom: false }), 'a,"b,c"\r\n1;2,3\r\n');
  });

  it('is read back as the same rows', () => {
    const tricky = [
      ['id', 'name', 'note'],
      ['a', '"quoted"', 'x;y,z\ttab'],
      ['b', 'à è ì ò ù « » – €', 'line\r\nbreak\rand\nmore'],
      ['c', '', ' spaces kept '],
    ];
    for (const separator of [';', ',', '\t'] as const) {
      assert.deepEqual(parseCsv(formatCsv(tricky, { separator })), { ok: true, rows: tricky, separator });
    }
  });
});

describe('cells a spreadsheet would run (issue 17)', () => {
  const FORMULAS = ['=HYPERLINK("http://evil.example","clic")', "=cmd|' /C calc'!A0", '@SUM(A1:A2)', '-2+3+cmd|\' /C calc\'!A0', '=IMPORTXML(A1,"//a")', '+39 333 1234567', '\tx', '\r=1'];

  it('formatCsv writes each with a leading \' so no program runs it; plain numbers stay numbers', () => {
    const text = formatCsv([FORMULAS, ['-0,5', '+16.2', '40,6664', 'Via Roma 1']], { bom: false });
    const [written, numbers] = rows(text, ';');
    assert.ok(written!.every((cell) => cell.startsWith("'")), written!.join(' | '));
    assert.deepEqual(numbers, ['-0,5', '+16.2', '40,6664', 'Via Roma 1']);
  });

  it('unsafeCell takes the \' off again: the round trip gives the cells back unchanged', () => {
    const [read] = rows(formatCsv([FORMULAS], { bom: false }), ';');
    assert.deepEqual(read!.map(unsafeCell), FORMULAS);
    assert.equal(unsafeCell("'ciao"), "'ciao", "a ' before a harmless text is the maintainer's own");
  });
});

describe('decodeCsvBytes: UTF-8, plain Windows-1252, or refused (issue 17)', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('reads UTF-8, and a file that is all Windows-1252 (older Excel) with its letters', () => {
    assert.deepEqual(decodeCsvBytes(utf8('id;name_it\ncitta;Città\n')), { ok: true, text: 'id;name_it\ncitta;Città\n' });
    const ansi = Uint8Array.from([...utf8('id;name_it\ncitta;Citt'), 0xe0, 0x20, 0x80, 0x0a]);
    assert.deepEqual(decodeCsvBytes(ansi), { ok: true, text: 'id;name_it\ncitta;Città €\n' });
  });

  it('refuses a UTF-8 file with one stray Windows-1252 byte, naming the line, instead of garbling every letter', () => {
    const mixed = Uint8Array.from([...utf8('id;name_it\ncitta;Città\nperche;perch'), 0xe9, 0x0a]);
    const read = decodeCsvBytes(mixed);
    assert.equal(read.ok, false);
    assert.match(read.ok ? '' : read.message, /^line 3 holds a byte that is not UTF-8 \(0xE9\) while other lines are UTF-8, so some letters would come out wrong; save it again choosing "CSV UTF-8/);
  });

  it('refuses UTF-16 ("Unicode text"), saying how to save it', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'id;name'].flatMap((char) => [char.charCodeAt(0), 0])]);
    const read = decodeCsvBytes(utf16);
    assert.match(read.ok ? '' : read.message, /saved as UTF-16 \("Unicode text"\).*CSV UTF-8/);
  });
});
