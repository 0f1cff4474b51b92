/**
 * The icons only the service's detail, its actions and the results' share, QR code and print
 * draw: with them in the extras piece (src/extras.ts), not in the entry. Same source and form as
 * icon-paths.ts (Material Icons, Apache License 2.0; SVG path data for a 24x24 viewBox).
 */
export const DETAIL_ICON_PATHS = {
  back: 'M20 11H7.8l5.6-5.6L12 4l-8 8 8 8 1.4-1.4L7.8 13H20z',
  mail: 'M20 4H4a2 2 0 0 0-2 2v12q.2 1.8 2 2h16a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2m0 4-8 5-8-5V6l8 5 8-5z',
  web: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20m-1 18a8 8 0 0 1-6.8-9.8L9 15v1q.2 1.8 2 2zm6.9-2.6A2 2 0 0 0 16 16h-1v-3q-.1-.9-1-1H8v-2h2q1 0 1-1V7h2a2 2 0 0 0 2-2v-.4a8 8 0 0 1 2.9 12.8',
  directions:
    'm21.7 11.3-9-9a1 1 0 0 0-1.4 0l-9 9a1 1 0 0 0 0 1.4l9 9q.7.6 1.4 0l9-9a1 1 0 0 0 0-1.4M14 14.5V12h-4v3H8v-4q.1-.9 1-1h5V7.5l3.5 3.5z',
  calendar:
    'M17 12h-5v5h5zM16 1v2H8V1H6v2H5a2 2 0 0 0-2 2v14q.2 1.8 2 2h14a2 2 0 0 0 2-2V5a2 2 0 0 0-2-2h-1V1zm3 18H5V8h14z',
  accessible:
    'M12 4a2 2 0 1 0 0-4 2 2 0 0 0 0 4m7 9v-2q-2.4 0-4-1.8l-1.4-1.5-.6-.4-1.2-.3A2 2 0 0 0 10 9v6q.2 1.8 2 2h5v5h2v-5.5a2 2 0 0 0-2-2h-3v-3.4c1.3 1 3.3 1.9 5 1.9m-6.2 5A3 3 0 1 1 9 14.2V12a5 5 0 1 0 5.9 5.9z',
  closed:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20M4 12a8 8 0 0 1 12.9-6.3L5.7 16.9A8 8 0 0 1 4 12m8 8q-2.7 0-4.9-1.7L18.3 7.1A8 8 0 0 1 20 12a8 8 0 0 1-8 8',
  share:
    'M18 16a3 3 0 0 0-2 .8l-7-4.1v-1.4l7-4.1A3 3 0 0 0 21 5a3 3 0 1 0-6 .7L8 9.8A3 3 0 0 0 3 12a3 3 0 0 0 5 2.2l7.2 4.2-.1.6a3 3 0 1 0 2.9-3',
  qr: 'M3 11h8V3H3zm2-6h4v4H5zM3 21h8v-8H3zm2-6h4v4H5zm8-12v8h8V3zm6 6h-4V5h4zm0 10h2v2h-2zm-6-6h2v2h-2zm2 2h2v2h-2zm-2 2h2v2h-2zm2 2h2v2h-2zm2-2h2v2h-2zm0-4h2v2h-2zm2 2h2v2h-2z',
  print:
    'M19 8H5a3 3 0 0 0-3 3v6h4v4h12v-4h4v-6a3 3 0 0 0-3-3m-3 11H8v-5h8zm3-7q-.9 0-1-1c-.1-1 .5-1 1-1s1 .5 1 1-.4 1-1 1m-1-9H6v4h12z',
  copy: 'M16 1H4a2 2 0 0 0-2 2v14h2V3h12zm3 4H8a2 2 0 0 0-2 2v14q.2 1.8 2 2h11a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2m0 16H8V7h11z',
  showScreen: 'M7 14H5v5h5v-2H7zm-2-4h2V7h3V5H5zm12 7h-3v2h5v-5h-2zM14 5v2h3v3h2V5z',
} as const;
