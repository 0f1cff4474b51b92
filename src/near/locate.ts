import type { LatLon } from '../data/geo.js';

/** Why the phone's position could not be had; the UI turns each into a translated sentence. */
export type LocateProblem = 'insecure' | 'unsupported' | 'denied' | 'unavailable' | 'timeout';

export type LocateResult = { readonly ok: true; readonly point: LatLon } | { readonly ok: false; readonly problem: LocateProblem };

/** How long to wait for a fix: a phone indoors may take a while; after this "choose your comune" is offered. */
const TIMEOUT_MS = 15_000;
/** A fix up to this old is good enough to sort offices by distance. */
const MAXIMUM_AGE_MS = 5 * 60_000;

/**
 * The phone's position, asked of the browser only when the user presses "near me". It never
 * leaves the phone: distances are worked out in the page, and no request carries the position.
 * Low accuracy (network positioning) is enough to sort offices and saves battery.
 */
export function locate(geolocation: Geolocation | undefined = navigator.geolocation): Promise<LocateResult> {
  if (!window.isSecureContext) return Promise.resolve({ ok: false, problem: 'insecure' });
  if (geolocation === undefined) return Promise.resolve({ ok: false, problem: 'unsupported' });
  return new Promise((resolve) => {
    geolocation.getCurrentPosition(
      (position) => resolve({ ok: true, point: { lat: position.coords.latitude, lon: position.coords.longitude } }),
      (error) => resolve({ ok: false, problem: problemOf(error) }),
      { enableHighAccuracy: false, timeout: TIMEOUT_MS, maximumAge: MAXIMUM_AGE_MS },
    );
  });
}

function problemOf(error: GeolocationPositionError): LocateProblem {
  if (error.code === error.PERMISSION_DENIED) return 'denied';
  if (error.code === error.TIMEOUT) return 'timeout';
  return 'unavailable';
}
