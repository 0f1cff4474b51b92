// Reads QR codes back the way a phone does: the SVG drawn as an image, then decoded by a real
// reader (paulmillr's `qr`, an implementation other than the encoder's). Test helper.
import { decodeQR } from 'qr/decode.js';

/** Pixels per module when the SVG is drawn on the canvas. */
export const SCALE = 4;

/** Draws `svg` as an image (the way a browser paints it) on a white-less canvas; returns the pixels. */
export async function rasterize(svg: SVGSVGElement): Promise<ImageData> {
  const side = svg.viewBox.baseVal.width * SCALE;
  const source = new XMLSerializer().serializeToString(svg);
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
  try {
    const img = new Image(side, side);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = side;
    canvas.height = side;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(img, 0, 0, side, side);
    return context.getImageData(0, 0, side, side);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function decodePixels(pixels: ImageData): string {
  return decodeQR({ width: pixels.width, height: pixels.height, data: pixels.data });
}

/** The text of the QR code drawn by `svg`. */
export async function decodeSvg(svg: SVGSVGElement): Promise<string> {
  return decodePixels(await rasterize(svg));
}
