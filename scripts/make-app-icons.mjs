#!/usr/bin/env node
// Draws the icons of the PROSSIMA web app (demo/app/): a white map pin with a round hole on the
// widget's accent blue (#0b5cad); no letter in it (a white "P" on blue reads as "parking").
// One geometry, drawn two ways: rasterised here into RGBA pixels (4 x 4 samples a pixel for
// smooth edges) and encoded as PNG with node:zlib, and written as SVG. No dependencies. The
// output is committed; run this again only to change the design.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const HELP = `Usage: node scripts/make-app-icons.mjs [--out DIR]

Writes the icons of the PROSSIMA web app to DIR (default: demo/app/icons):
  icon-192.png, icon-512.png   rounded blue square with the pin ("any" icons of the manifest)
  maskable-512.png             full-bleed square, the pin inside the safe zone (purpose "maskable")
  apple-touch-icon.png         180 x 180, opaque, for iPhone and iPad home screens
  icon.svg                     the same design as the "any" icons, as SVG`;

const BLUE = [0x0b, 0x5c, 0xad];
const WHITE = [0xff, 0xff, 0xff];
const BLUE_HEX = '#0b5cad';

/**
 * The design in a 1 x 1 square. The pin: a circle and the two lines from a point below it that
 * touch it, with a round hole in the middle of the circle.
 */
const PIN = { cx: 0.5, cy: 0.41, r: 0.25, tipY: 0.86 };
const HOLE_RADIUS = 0.1;

/** The points where the pin's sides touch its head (left, right). */
function pinTangents({ cx, cy, r, tipY }) {
  const d = tipY - cy;
  const dy = (r * r) / d;
  const dx = Math.sqrt(r * r - dy * dy);
  return [
    [cx - dx, cy + dy],
    [cx + dx, cy + dy],
  ];
}

/**
 * The icon variants: `round` is the corner radius of the blue square (0: full bleed, opaque);
 * `scale` shrinks the pin around the centre.
 */
const VARIANTS = {
  any: { round: 0.2, scale: 1 },
  maskable: { round: 0, scale: 0.84 },
  apple: { round: 0, scale: 0.9 },
};

/** Maskable icons are cropped to a circle of 40 % of the size (W3C manifest spec): stay inside. */
const SAFE_RADIUS = 0.4;

function insideRoundedSquare(x, y, round) {
  if (round === 0) return true;
  const qx = Math.max(round - x, x - (1 - round), 0);
  const qy = Math.max(round - y, y - (1 - round), 0);
  return qx * qx + qy * qy <= round * round;
}

function insidePin(x, y) {
  const { cx, cy, r, tipY } = PIN;
  if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) return true;
  const [[lx, ly], [rx, ry]] = pinTangents(PIN);
  if (y < ly || y > tipY) return false;
  // Between the two sides: the triangle tip-left-right.
  const t = (y - ly) / (tipY - ly);
  const half = (rx - lx) / 2;
  return Math.abs(x - cx) <= half * (1 - t);
}

function insideHole(x, y) {
  return (x - PIN.cx) ** 2 + (y - PIN.cy) ** 2 <= HOLE_RADIUS * HOLE_RADIUS;
}

/** The colour at a point of the 1 x 1 square, or null where it is transparent. */
function colourAt(x, y, { round, scale }) {
  if (!insideRoundedSquare(x, y, round)) return null;
  // Undo the scale around the centre to look the point up in the design.
  const dx = 0.5 + (x - 0.5) / scale;
  const dy = 0.5 + (y - 0.5) / scale;
  if (insideHole(dx, dy)) return BLUE;
  if (insidePin(dx, dy)) return WHITE;
  return BLUE;
}

/** RGBA pixels, 4 x 4 samples a pixel. */
function rasterise(size, variant) {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, variant);
          if (c === null) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const at = (py * size + px) * 4;
      if (a > 0) {
        pixels[at] = Math.round(r / a);
        pixels[at + 1] = Math.round(g / a);
        pixels[at + 2] = Math.round(b / a);
      }
      pixels[at + 3] = Math.round((255 * a) / (samples * samples));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * PNG of RGBA pixels: RGB (colour type 2) when every pixel is opaque, else RGBA (6). Each row
 * takes the filter that gives the smallest sum of absolute values (the usual heuristic).
 */
function encodePng(size, rgba) {
  const opaque = rgba.every((value, i) => i % 4 !== 3 || value === 255);
  const channels = opaque ? 3 : 4;
  const stride = size * channels;
  const raw = Buffer.alloc(size * stride);
  for (let i = 0, j = 0; i < rgba.length; i += 4) {
    for (let c = 0; c < channels; c++) raw[j++] = rgba[i + c];
  }
  const rows = [];
  const zero = Buffer.alloc(stride);
  for (let y = 0; y < size; y++) {
    const line = raw.subarray(y * stride, (y + 1) * stride);
    const prev = y === 0 ? zero : raw.subarray((y - 1) * stride, y * stride);
    let best;
    let bestCost = Infinity;
    for (let filter = 0; filter <= 4; filter++) {
      const out = Buffer.alloc(stride + 1);
      out[0] = filter;
      let cost = 0;
      for (let i = 0; i < stride; i++) {
        const left = i >= channels ? line[i - channels] : 0;
        const up = prev[i];
        const upLeft = i >= channels ? prev[i - channels] : 0;
        const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
        const value = (line[i] - predicted) & 0xff;
        out[i + 1] = value;
        cost += value < 128 ? value : 256 - value;
      }
      if (cost < bestCost) {
        bestCost = cost;
        best = out;
      }
    }
    rows.push(best);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = opaque ? 2 : 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** The same design as SVG, on a 512 x 512 view box. */
function svg() {
  const s = 512;
  const n = (v) => Number((v * s).toFixed(2));
  const { cx, cy, r, tipY } = PIN;
  const [[lx, ly], [rx, ry]] = pinTangents(PIN);
  const round = VARIANTS.any.round;
  const pin = `M${n(cx)} ${n(tipY)}L${n(lx)} ${n(ly)}A${n(r)} ${n(r)} 0 1 1 ${n(rx)} ${n(ry)}Z`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${s} ${s}" role="img" aria-label="PROSSIMA">`,
    `<rect width="${s}" height="${s}" rx="${n(round)}" fill="${BLUE_HEX}"/>`,
    `<path d="${pin}" fill="#fff"/>`,
    `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(HOLE_RADIUS)}" fill="${BLUE_HEX}"/>`,
    '</svg>',
    '',
  ].join('\n');
}

/** Checks that the pin of a maskable icon stays inside the safe circle. */
function assertSafeZone({ scale }) {
  const [, [, ry]] = pinTangents(PIN);
  const farthest = Math.max(
    Math.hypot(PIN.cx - 0.5, PIN.cy - 0.5) + PIN.r,
    Math.hypot(PIN.cx - 0.5, PIN.tipY - 0.5),
    ry - 0.5,
  );
  if (farthest * scale > SAFE_RADIUS) {
    throw new Error(`maskable icon: the pin reaches ${(farthest * scale).toFixed(3)} from the centre (safe: ${SAFE_RADIUS})`);
  }
}

function main(argv) {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(HELP);
    return;
  }
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 && argv[outAt + 1] ? argv[outAt + 1] : 'demo/app/icons';
  assertSafeZone(VARIANTS.maskable);
  mkdirSync(out, { recursive: true });
  const files = [
    ['icon-192.png', 192, VARIANTS.any],
    ['icon-512.png', 512, VARIANTS.any],
    ['maskable-512.png', 512, VARIANTS.maskable],
    ['apple-touch-icon.png', 180, VARIANTS.apple],
  ];
  for (const [name, size, variant] of files) {
    const png = encodePng(size, rasterise(size, variant));
    writeFileSync(join(out, name), png);
    console.log(`${join(out, name)}  ${size}x${size}  ${(png.length / 1024).toFixed(1)} KB`);
  }
  const text = svg();
  writeFileSync(join(out, 'icon.svg'), text);
  console.log(`${join(out, 'icon.svg')}  ${(text.length / 1024).toFixed(1)} KB`);
}

main(process.argv.slice(2));
