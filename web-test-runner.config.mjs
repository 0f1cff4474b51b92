// Tests run in the machine's real Chromium (Debian's `chromium` package), never a downloaded one.
import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { leafletCss } from './scripts/rollup-leaflet-css.mjs';
import { directoryJson } from './scripts/rollup-directory.mjs';
import { leafletSlim } from './scripts/rollup-leaflet-slim.mjs';
import { testServer } from './scripts/test-server.mjs';
import { appOfflineSwitch } from './test/app/offline-switch.mjs';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Test only: `executeServerCommand('emulate-geolocation', { permission, position })` sets the
 * page's geolocation permission ('granted' | 'denied') and position ({ latitude, longitude }, or
 * null for "position unavailable") through the DevTools protocol, as a phone would answer.
 */
function geolocationCommands() {
  return {
    name: 'geolocation-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-geolocation') return undefined;
      const page = session.browser.getPage(session.id);
      const origin = new URL(page.url()).origin;
      const browserSession = await page.browser().target().createCDPSession();
      await browserSession.send('Browser.setPermission', { permission: { name: 'geolocation' }, setting: payload.permission, origin });
      const pageSession = await page.createCDPSession();
      await pageSession.send('Emulation.setGeolocationOverride', payload.position ? { ...payload.position, accuracy: 30 } : {});
      return true;
    },
  };
}
/**
 * Test only: `executeServerCommand('mouse-wheel', { x, y, deltaY, times })` moves the mouse to
 * (x, y) (viewport pixels) and turns the wheel `times` times by `deltaY`, as a person scrolling:
 * real input, which scrolls and chains as the browser decides (a synthetic WheelEvent does not).
 */
function wheelCommands() {
  return {
    name: 'wheel-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'mouse-wheel') return undefined;
      const page = session.browser.getPage(session.id);
      await page.mouse.move(payload.x, payload.y);
      for (let i = 0; i < (payload.times ?? 1); i++) {
        await page.mouse.wheel({ deltaY: payload.deltaY });
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return true;
    },
  };
}
if (!existsSync(executablePath)) {
  console.error(
    `No Chromium at ${executablePath}.\n` +
      'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or point CHROME_PATH at a Chrome/Chromium binary:  CHROME_PATH=/path/to/chrome npm test',
  );
  process.exit(1);
}

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // Leaflet's CSS and the built-in directory are imported as modules, as in the Rollup build.
  mimeTypes: { '**/leaflet/dist/leaflet.css': 'js', '**/data/*.json': 'js' },
  // appOfflineSwitch: test only, lets test/app/ make the server look down for the app.
  middleware: [testServer(), appOfflineSwitch()],
  plugins: [
    geolocationCommands(),
    wheelCommands(),
    fromRollup(leafletCss)(),
    // The tests of src/ get the built-in directory inlined, as the one-file builds do.
    fromRollup(directoryJson)({ inline: true }),
    // Tests run against the same trimmed Leaflet as the bundle.
    fromRollup(leafletSlim)(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: [
          '--headless=new',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // For the lifecycle test's heap figures (test/embed/lifecycle.test.ts).
          '--js-flags=--expose-gc',
          '--enable-precise-memory-info',
        ],
      },
    }),
  ],
};
