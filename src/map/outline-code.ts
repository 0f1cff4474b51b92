/**
 * The area's outline is stored compactly (src/map/area-outline.ts, written by `npm run
 * data:outline`): one string per ring, the first point's latitude and longitude then each next
 * point's change, in thousandths of a degree (about 100 m), separated by spaces.
 */

/** A closed ring of [lat, lon]. */
export type Ring = readonly (readonly [number, number])[];

/** Rings written as {@link encodeRing} writes them. */
export function decodeRings(codes: readonly string[]): Ring[] {
  return codes.map((code) => {
    const steps = code.split(' ').map(Number);
    const ring: [number, number][] = [];
    let [lat, lon] = [0, 0];
    for (let i = 0; i + 1 < steps.length; i += 2) {
      lat += steps[i];
      lon += steps[i + 1];
      ring.push([lat / 1000, lon / 1000]);
    }
    return ring;
  });
}

/** A ring of [lat, lon] as one string; points that round to the one before are left out. */
export function encodeRing(ring: Ring): string {
  const steps: number[] = [];
  let [lat, lon] = [0, 0];
  for (const [pointLat, pointLon] of ring) {
    const [nextLat, nextLon] = [Math.round(pointLat * 1000), Math.round(pointLon * 1000)];
    if (steps.length > 0 && nextLat === lat && nextLon === lon) continue;
    steps.push(nextLat - lat, nextLon - lon);
    [lat, lon] = [nextLat, nextLon];
  }
  return steps.join(' ');
}
