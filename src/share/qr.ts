/**
 * QR codes for links: the modules of a code and the same as one SVG path. Pure TypeScript, no DOM.
 *
 * Always error correction level M (about 15% of the code may be damaged or covered), and one byte
 * segment holding the text's UTF-8 bytes with no ECI header: links are ASCII, which every reader
 * takes as is, while an ECI header makes some readers put `\000026` in front of the link.
 */
import { correction, generate, mode } from 'lean-qr';

/** The most UTF-8 bytes a QR code (version 40, level M, byte mode) holds. */
export const QR_MAX_BYTES = 2331;

/**
 * The modules of a QR code for `text` (error correction level M, byte mode; UTF-8): a square of
 * booleans, true = dark. Row by row: `modules[y][x]`. The smallest version that fits.
 * @throws RangeError when the text is longer than {@link QR_MAX_BYTES} in UTF-8.
 */
export function qrModules(text: string): boolean[][] {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > QR_MAX_BYTES) {
    throw new RangeError(`qr: text of ${bytes.length} UTF-8 bytes; a QR code holds ${QR_MAX_BYTES}`);
  }
  const code = generate(mode.bytes(bytes), {
    minCorrectionLevel: correction.M,
    maxCorrectionLevel: correction.M,
  });
  const rows: boolean[][] = [];
  for (let y = 0; y < code.size; y++) {
    const row: boolean[] = [];
    for (let x = 0; x < code.size; x++) row.push(code.get(x, y));
    rows.push(row);
  }
  return rows;
}

/**
 * The same as one SVG path `d`, in module units, without the quiet zone: one closed rectangle
 * `M x y h n v1 h-n z` per run of dark modules in a row. Plus the side length in modules.
 * @throws RangeError as {@link qrModules}.
 */
export function qrPath(text: string): { size: number; d: string } {
  const modules = qrModules(text);
  const runs: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      runs.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return { size: modules.length, d: runs.join('') };
}
