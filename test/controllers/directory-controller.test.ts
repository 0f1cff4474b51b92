// DirectoryController's deadline (issue 17, point 2): from the request to the verdict on what
// came, downloading, reading and checking included. Real requests to the test server, the real
// reader piece; only the deadline is shorter than the widget's 30 s.
import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DirectoryController, type DirectoryHooks } from '../../src/controllers/directory-controller.js';
import { clearCopies, copyInfo } from '../../src/offline-copy.js';

const SRC = '/test-server/directory.json';
const URL_OF_SRC = new URL(SRC, document.baseURI).href;
const serverMode = (to: 'ok' | 'drip') => fetch(`/test-server/mode?to=${to}`);

/** A real element as the controller's host, its updates counted. */
function testHost(): ReactiveControllerHost & HTMLElement {
  const controllers: ReactiveController[] = [];
  return Object.assign(document.createElement('div'), {
    addController: (controller: ReactiveController) => void controllers.push(controller),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  });
}

const hooks: DirectoryHooks = {
  prepare: async () => undefined,
  shown: () => undefined,
  whenRendered: async () => undefined,
};

describe('DirectoryController: a bounded time to a verdict, and cancelled loads', () => {
  beforeEach(async () => {
    await clearCopies();
    await serverMode('ok');
  });
  afterEach(() => serverMode('ok'));

  it('gives up a document that keeps coming at the deadline, and shows the last good copy instead', async () => {
    const host = testHost();
    const errors: string[] = [];
    host.addEventListener('prossima-error', (e) => errors.push((e as CustomEvent<{ message: string }>).detail.message));
    const data = new DirectoryController(host, hooks, 1500);
    await data.load({ src: SRC });
    expect(data.loaded?.directory.services).to.have.length(4);
    await waitUntil(async () => (await copyInfo(URL_OF_SRC)) !== undefined, 'the copy saved');

    // 200 and 60 % of the document at once, then a space every 100 ms for a minute.
    await serverMode('drip');
    const unhandled: unknown[] = [];
    const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    const started = performance.now();
    await data.load({ src: SRC });
    const took = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
    window.removeEventListener('unhandledrejection', onUnhandled);
    // The abandoned body, and its copy kept for saving, dropped without an error left unhandled.
    expect(unhandled.map(String)).to.deep.equal([]);
    expect(data.loaded?.stale?.failure.reason, 'the copy, marked stale').to.equal('too-slow');
    expect(data.loaded?.directory.services).to.have.length(4);
    expect(took, 'given up at the deadline, not at the end of the minute').to.be.below(10_000);
    expect(errors.some((m) => /no verdict in 1\.5 s: .*showing the copy saved on/.test(m)), errors.join(' / ')).to.equal(true);
  });

  it('without a copy, the failure says the load took too long', async () => {
    await serverMode('drip');
    const data = new DirectoryController(testHost(), hooks, 1000);
    await data.load({ src: SRC });
    expect(data.loaded).to.equal(undefined);
    expect(data.failure?.reason).to.equal('too-slow');
    expect(data.failure?.message).to.match(/no verdict in 1 s: downloading, reading and checking the directory took longer, and the widget gave up/);
  });

  it('a load cancelled as it starts (the widget removed at once) leaves no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      const data = new DirectoryController(testHost(), hooks);
      const loading = data.load({ src: SRC });
      // The request has left; the reader piece is still on its way.
      data.hostDisconnected();
      await loading;
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
    // Found by the code builder, which makes its preview again when its language changes.
    expect(unhandled.map(String)).to.deep.equal([]);
  });
});

