// Written by `npm run data:outline` (scripts/data/outline.ts): do not edit by hand.
// The province of Matera's outline, the union of its comuni's boundaries in openpolis/geojson-italy
// (geojson/limits_P77.geojson, CC BY 4.0 Openpolis, from ISTAT's administrative boundaries),
// simplified to 300 m: 2 ring(s), 165 points of 1330.

import { decodeRings } from './outline-code.js';

/** The area's outline, closed rings of [lat, lon]: drawn on a map without tiles. */
export const AREA_OUTLINE = decodeRings([
  '40637 16049 25 13 -1 9 13 31 22 27 1 18 3 1 32 2 37 -34 8 6 21 1 9 47 24 46 8 29 -36 34 -19 38 -33 33 -14 31 -28 19 -6 15 3 16 19 33 38 38 -16 21 -6 -1 -15 17 1 6 16 -4 3 -9 7 5 6 18 -18 9 -3 9 5 6 12 -11 10 12 -12 29 2 25 -10 20 -6 -4 -2 4 1 8 12 2 -11 10 -24 52 -9 -16 6 -5 -8 -8 -14 19 -1 12 -55 -17 -17 2 -15 16 -8 -16 -11 4 -27 -11 -6 1 -14 18 -11 -8 -16 21 -28 -17 -15 24 3 12 -5 4 0 25 -6 18 -10 7 -14 -1 -14 14 -9 13 1 10 -9 4 -5 17 -94 -81 -57 -37 -35 -12 -67 -53 -26 -39 14 -24 -3 -11 4 -23 -7 -15 4 -10 -12 -32 11 -12 1 -15 -5 -10 9 -22 1 -19 -7 -18 16 -13 -15 -1 -8 -11 -36 6 -28 -15 5 -16 19 -1 -8 -21 17 11 1 -18 17 19 9 -21 6 8 -3 -7 3 -4 21 19 10 27 8 -3 5 4 9 -10 10 -28 19 -11 12 1 9 10 17 2 8 10 11 -3 12 7 14 -11 8 11 14 0 -6 -42 -24 -14 -8 -14 -3 -23 5 -25 -8 -16 -1 -46 25 -7 10 -15 9 -3 3 -8 6 7 -2 18 4 2 11 -14 7 0 0 -12 10 3 17 -12 13 -3 14 -28 17 -17 17 3 4 19 23 13 6 -25 23 -19 4 -1 6 15 9 5 44 -40 12 26 27 19 1 -10 13 -15 3 -15 20 -10 8 -19',
  '40639 15942 10 12 -2 20 3 8 -43 3 6 -30',
]);
