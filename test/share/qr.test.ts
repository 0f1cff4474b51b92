import { expect, fixture } from '@open-wc/testing';
import { html, nothing } from 'lit';
import { QR_MAX_BYTES, qrModules, qrPath } from '../../src/share/qr.js';
import { renderQr } from '../../src/components/parts/qr-code.js';
import { decodePixels, rasterize, SCALE } from './decode-svg.js';

const LINK = 'https://prefettura.example/servizi?prossima-service=questura-matera&lang=ar';
const LONG_LINK =
  'https://prefettura.example/servizi?' +
  Array.from({ length: 7 }, (_, i) => `prossima-category-${i}=salute-lavoro-casa`).join('&') +
  '&lang=ar';
const ACCENTS_ARABIC = 'Città – مرحبا';

/** Renders `renderQr(text)` into the page; returns its `<svg>`. */
async function renderedSvg(text: string, label = 'QR code'): Promise<SVGSVGElement> {
  const host = await fixture<HTMLDivElement>(html`<div style="width: 200px; height: 200px">${renderQr(text, label)}</div>`);
  const svg = host.querySelector('svg');
  if (!svg) throw new Error('renderQr rendered no <svg>');
  return svg;
}

/** Parses a path made of `M x y h n v1 h-n z` runs back into a square of modules. */
function modulesOfPath(d: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const run = /M(\d+) (\d+)h(\d+)v1h-(\d+)z/y;
  let parsed = 0;
  let match: RegExpExecArray | null;
  while ((match = run.exec(d))) {
    parsed = run.lastIndex;
    const [x, y, width, back] = match.slice(1).map(Number);
    if (width !== back || width < 1) throw new Error(`not a closed run: ${match[0]}`);
    for (let i = x; i < x + width; i++) {
      if (grid[y][i]) throw new Error(`module ${i},${y} drawn twice`);
      grid[y][i] = true;
    }
  }
  if (parsed !== d.length) throw new Error(`unparsed path from ${parsed}: ${d.slice(parsed, parsed + 20)}`);
  return grid;
}

const darkCount = (modules: boolean[][]) => modules.flat().filter(Boolean).length;

describe('qrModules', () => {
  it('a square of booleans, the size of a QR version (21 + 4k)', () => {
    const modules = qrModules(LINK);
    expect(modules.length).to.be.greaterThan(20);
    expect((modules.length - 17) % 4).to.equal(0);
    for (const row of modules) {
      expect(row.length).to.equal(modules.length);
      for (const module of row) expect(module).to.be.a('boolean');
    }
  });

  it('draws the three finder patterns (dark ring, light ring, dark 3x3 core)', () => {
    const modules = qrModules(LINK);
    const n = modules.length;
    for (const [left, top] of [[0, 0], [n - 7, 0], [0, n - 7]]) {
      for (let y = 0; y < 7; y++) {
        for (let x = 0; x < 7; x++) {
          const ring = Math.max(Math.abs(x - 3), Math.abs(y - 3));
          expect(modules[top + y][left + x], `finder ${left},${top} at ${x},${y}`).to.equal(ring !== 2);
        }
      }
    }
  });

  it('is error correction level M (the format information says so)', () => {
    // The format word's two top bits, masked with 0b101…, sit at (0,8) and (1,8); M is 00.
    for (const text of [LINK, 'a', ACCENTS_ARABIC]) {
      const modules = qrModules(text);
      const level = ((Number(modules[8][0]) ^ 1) << 1) | Number(modules[8][1]);
      expect(level, text).to.equal(0b00);
    }
  });

  it('is one byte segment without an ECI header: 26 digits need version 2', () => {
    // Numeric mode would fit version 1 (21 modules); an ECI header would push it to version 3 (29).
    expect(qrModules('12345678901234567890123456').length).to.equal(25);
    expect(qrModules('123456789012345678901234567').length).to.equal(29);
  });

  const sizes: [string, string, number][] = [
    ['empty text', '', 21],
    ['one letter', 'a', 21],
    ['the typical link', LINK, 37],
    ['the most a code holds', 'x'.repeat(QR_MAX_BYTES), 177],
  ];
  for (const [label, text, size] of sizes) {
    it(`the smallest version that fits: ${label} -> ${size} modules`, () => {
      expect(qrModules(text).length).to.equal(size);
    });
  }

  it('is the same for the same text, different for another', () => {
    expect(qrModules(LINK)).to.deep.equal(qrModules(LINK));
    expect(qrModules(LINK)).to.not.deep.equal(qrModules(`${LINK}x`));
  });

  const tooLong: [string, string][] = [
    ['ASCII', 'x'.repeat(QR_MAX_BYTES + 1)],
    ['counted in UTF-8 bytes, not characters', 'à'.repeat(Math.ceil((QR_MAX_BYTES + 1) / 2))],
  ];
  for (const [label, text] of tooLong) {
    it(`too long throws a RangeError: ${label}`, () => {
      expect(() => qrModules(text)).to.throw(RangeError, /UTF-8 bytes/);
      expect(() => qrPath(text)).to.throw(RangeError);
    });
  }
});

describe('qrPath', () => {
  for (const [label, text] of [['link', LINK], ['accents and Arabic', ACCENTS_ARABIC], ['long link', LONG_LINK]]) {
    it(`dark exactly where qrModules is dark: ${label}`, () => {
      const modules = qrModules(text);
      const { size, d } = qrPath(text);
      expect(size).to.equal(modules.length);
      const drawn = modulesOfPath(d, size);
      expect(darkCount(drawn)).to.equal(darkCount(modules));
      expect(darkCount(drawn)).to.be.greaterThan(0);
      expect(drawn).to.deep.equal(modules);
    });
  }

  it('merges a row of dark modules into one run', () => {
    // Row 0 starts with the top-left finder: 7 dark modules, one run.
    const { d } = qrPath(LINK);
    expect(d.startsWith('M0 0h7v1h-7z')).to.equal(true);
    expect(d).to.not.contain('M1 0h');
  });
});

describe('renderQr', () => {
  it('is accessible: an image named by the label', async () => {
    const svg = await renderedSvg(LINK, 'QR code of the link to Questura di Matera');
    await expect(svg.parentElement).to.be.accessible();
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('QR code of the link to Questura di Matera');
  });

  it('has a quiet zone of 4 modules, a white background and the black path', async () => {
    const svg = await renderedSvg(LINK);
    const { size, d } = qrPath(LINK);
    expect(svg.getAttribute('viewBox')).to.equal(`-4 -4 ${size + 8} ${size + 8}`);
    expect(svg.getAttribute('width')).to.equal('100%');
    expect(svg.getAttribute('height')).to.equal('100%');
    const rect = svg.querySelector('rect')!;
    expect([rect.getAttribute('x'), rect.getAttribute('y'), rect.getAttribute('width'), rect.getAttribute('height')])
      .to.deep.equal(['-4', '-4', String(size + 8), String(size + 8)]);
    expect(rect.getAttribute('fill')).to.equal('#fff');
    const path = svg.querySelector('path')!;
    expect(path.getAttribute('d')).to.equal(d);
    expect(path.getAttribute('fill')).to.equal('#000');
    expect(path.getAttribute('shape-rendering')).to.equal('crispEdges');
  });

  it('fills its box: the caller sizes it with CSS', async () => {
    const svg = await renderedSvg(LINK);
    const box = svg.getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([200, 200]);
  });

  it('never turns the label or the text into markup', async () => {
    const label = '<b onclick="x()">QR</b>';
    const text = 'https://x.example/?q=<img src=x onerror=alert(1)>';
    const svg = await renderedSvg(text, label);
    expect(svg.getAttribute('aria-label')).to.equal(label);
    expect(svg.querySelectorAll('b, img').length).to.equal(0);
    expect([...svg.children].map((child) => child.localName)).to.deep.equal(['rect', 'path']);
    expect(decodePixels(await rasterize(svg))).to.equal(text);
  });

  it('renders nothing for text no QR code can hold', () => {
    // Compared as booleans: a failing chai assertion on a TemplateResult hangs the test runner.
    expect(renderQr('x'.repeat(QR_MAX_BYTES + 1), 'QR') === nothing).to.equal(true);
    expect(renderQr('x'.repeat(QR_MAX_BYTES), 'QR') === nothing).to.equal(false);
  });
});

describe('renderQr decoded by a real QR reader', () => {
  const cases: [string, string][] = [
    ['a typical link', LINK],
    [`a long link (${LONG_LINK.length} characters)`, LONG_LINK],
    ['accents, a dash and Arabic', ACCENTS_ARABIC],
  ];
  for (const [label, text] of cases) {
    it(`reads back ${label}`, async () => {
      const pixels = await rasterize(await renderedSvg(text));
      expect(pixels.width).to.equal((qrPath(text).size + 8) * SCALE);
      expect(decodePixels(pixels)).to.equal(text);
    });
  }

  it('the long link really is long (~300 characters)', () => {
    expect(LONG_LINK.length).to.be.within(280, 340);
  });

  it('the reader is not fooled: the same SVG without its path does not decode', async () => {
    const svg = await renderedSvg(LINK);
    svg.querySelector('path')!.remove();
    const pixels = await rasterize(svg);
    expect(() => decodePixels(pixels)).to.throw();
  });

  it('the white background matters: without it (dark on transparent) the reader finds no code', async () => {
    const svg = await renderedSvg(LINK);
    svg.querySelector('rect')!.remove();
    const pixels = await rasterize(svg);
    expect(() => decodePixels(pixels)).to.throw();
  });
});
