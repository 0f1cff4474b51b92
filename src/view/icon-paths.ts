/**
 * The widget's own icons: SVG path data for a 24x24 viewBox, from Google's Material Icons
 * (Apache License 2.0), shortened by SVGO 3 (`floatPrecision: 1`: a twentieth of a pixel at 24 px,
 * no visible change; a third fewer bytes). Category icons are named by the directory's `icon` field; an unknown
 * name falls back to `info`. The icons only the service's detail and its actions draw are in
 * detail-icon-paths.ts, with them in the extras piece. Paths are constants of ours, never built from data. Plain data:
 * components draw them with `icon()` (components/parts/icons.ts), the map with its markers.
 */
export const ICON_PATHS = {
  // Categories
  document:
    'M20 7h-5V4a2 2 0 0 0-2-2h-2a2 2 0 0 0-2 2v3H4a2 2 0 0 0-2 2v11q.2 1.8 2 2h16a2 2 0 0 0 2-2V9a2 2 0 0 0-2-2M9 12a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3m3 6H6v-.7c0-1 2-1.6 3-1.6s3 .6 3 1.6zm1-9h-2V4h2zm5 7.5h-4V15h4zm0-3h-4V12h4z',
  health:
    'M19 3H5a2 2 0 0 0-2 2v14q.2 1.8 2 2h14a2 2 0 0 0 2-2V5a2 2 0 0 0-2-2m-1 11h-4v4h-4v-4H6v-4h4V6h4v4h4z',
  work: 'M20 6h-4V4a2 2 0 0 0-2-2h-4a2 2 0 0 0-2 2v2H4a2 2 0 0 0-2 2v11q.2 1.8 2 2h16a2 2 0 0 0 2-2V8a2 2 0 0 0-2-2m-6 0h-4V4h4z',
  home: 'M10 20v-6h4v6h5v-8h3L12 3 2 12h3v8z',
  school: 'M5 13.2v4l7 3.8 7-3.8v-4L12 17zM12 3 1 9l11 6 9-5v7h2V9z',
  social:
    'M12 21.4 10.6 20C5.4 15.4 2 12.3 2 8.5 2 5.5 4.4 3 7.5 3A6 6 0 0 1 12 5a6 6 0 0 1 4.5-2c3 0 5.5 2.4 5.5 5.5 0 3.8-3.4 6.9-8.5 11.5z',
  reception:
    'M7 13a3 3 0 1 0 0-6 3 3 0 0 0 0 6m12-6h-8v7H3V5H1v15h2v-3h18v3h2v-9a4 4 0 0 0-4-4',
  group:
    'M16 11c1.7 0 3-1.3 3-3s-1.3-3-3-3a3 3 0 1 0 0 6m-8 0c1.7 0 3-1.3 3-3S9.7 5 8 5a3 3 0 1 0 0 6m0 2c-2.3 0-7 1.2-7 3.5V19h14v-2.5c0-2.3-4.7-3.5-7-3.5m8 0h-1q1.9 1.3 2 3.5V19h6v-2.5c0-2.3-4.7-3.5-7-3.5',
  emergency:
    'M15.7 3H8.3L3 8.3v7.4L8.3 21h7.4l5.3-5.3V8.3zM12 17.3a1.3 1.3 0 1 1 0-2.6 1.3 1.3 0 1 1 0 2.6m1-4.3h-2V7h2z',
  info: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20m1 15h-2v-6h2zm0-8h-2V7h2z',
  // Interface
  search:
    'M15.5 14h-.8l-.3-.3A7 7 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16q2.4 0 4.2-1.6l.3.3v.8l5 5 1.5-1.5zm-6 0a4.5 4.5 0 1 1 0-9 4.5 4.5 0 0 1 0 9',
  close: 'M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4l5.6 5.6L5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6z',
  phone:
    'M6.6 10.8Q9 15 13.2 17.4l2.2-2.2a1 1 0 0 1 1-.3q1.8.6 3.6.6 1 .1 1 1V20q0 1-1 1A17 17 0 0 1 3 4q.1-.9 1-1h3.5q1 .1 1 1 0 2 .6 3.6 0 .5-.3 1z',
  clock:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20m0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16m.5-13H11v6l5.3 3.2.7-1.3-4.5-2.7z',
  pin: 'M12 2a7 7 0 0 0-7 7c0 5.3 7 13 7 13s7-7.7 7-13a7 7 0 0 0-7-7m0 9.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5',
  map: 'M20.5 3h-.2L15 5.1 9 3 3.4 4.9Q3 5 3 5.4v15.1q0 .5.5.5h.2L9 18.9l6 2.1 5.6-1.9q.3 0 .4-.5V3.5q0-.5-.5-.5M15 19l-6-2.1V5l6 2.1z',
  list: 'M3 13h2v-2H3zm0 4h2v-2H3zm0-8h2V7H3zm4 4h14v-2H7zm0 4h14v-2H7zM7 7v2h14V7z',
  warning: 'M1 21h22L12 2zm12-3h-2v-2h2zm0-4h-2v-4h2z',
  language:
    'm12.9 15-2.6-2.4A18 18 0 0 0 14.2 6H17V4h-7V2H8v2H1v2h11.2q-1 3-3.2 5.4Q7.5 9.8 6.7 8h-2q1 2.4 3 4.6l-5.1 5L4 19l5-5 3.1 3.1zm5.6-5h-2L12 22h2l1.1-3H20l1.1 3h2zm-2.6 7 1.6-4.3 1.6 4.3z',
  free: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20m-2 15-5-5 1.4-1.4 3.6 3.6 7.6-7.6L19 8z',
  paper:
    'M14 2H6a2 2 0 0 0-2 2v16q.2 1.8 2 2h12a2 2 0 0 0 2-2V8zm2 16H8v-2h8zm0-4H8v-2h8zm-3-5V3.5L18.5 9z',
  flag: 'M14.4 6 14 4H5v17h2v-7h5.6l.4 2h7V6z',
  // Finding help
  nearMe:
    'M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8m9 3a9 9 0 0 0-8-8V1h-2v2a9 9 0 0 0-8 8H1v2h2a9 9 0 0 0 8 8v2h2v-2a9 9 0 0 0 8-8h2v-2zm-9 8a7 7 0 1 1 0-14 7 7 0 0 1 0 14',
  chat: 'M20 2H4a2 2 0 0 0-2 2v18l4-4h14a2 2 0 0 0 2-2V4a2 2 0 0 0-2-2M6 9h12v2H6zm8 5H6v-2h8zm4-6H6V6h12z',
  bed: 'M7 13a3 3 0 1 0 0-6 3 3 0 0 0 0 6m12-6h-8v7H3V5H1v15h2v-3h18v3h2v-9a4 4 0 0 0-4-4',
  food: 'M11 9H9V2H7v7H5V2H3v7a4 4 0 0 0 3.8 4v9h2.5v-9A4 4 0 0 0 13 9V2h-2zm5-3v8h2.5v8H21V2c-2.8 0-5 2.2-5 4',
  legal: 'M1 21h12v2H1zM5.2 8l2.9-2.8 14.1 14.2-2.8 2.8zm7.1-7L18 6.7 15 9.5 9.5 3.8zM3.8 9.5 9.5 15 6.7 18 1 12.3z',
} as const;

export type IconName = keyof typeof ICON_PATHS;

/** Path data for a category's icon name, or the generic icon. */
export function iconPath(name: string | undefined): string {
  return name !== undefined && Object.hasOwn(ICON_PATHS, name)
    ? ICON_PATHS[name as IconName]
    : ICON_PATHS.info;
}
