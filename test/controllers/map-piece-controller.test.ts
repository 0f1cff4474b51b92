// MapPieceController: the map's piece is loaded once, the first time the map pane has a size, and
// never for a pane that stays hidden (a phone showing its list); whenKnown() tells the root when
// there is nothing more to wait for; a piece that cannot be loaded is `failed`.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MapPieceController, type MapPiece } from '../../src/controllers/map-piece-controller.js';
import { FakeHost } from './fake-host.js';

const frames = (n = 2) => new Promise<void>((resolve) => {
  const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
  step(n);
});

function fakePiece(): MapPiece & { defined: number } {
  const piece = {
    defined: 0,
    defineMapView: () => void piece.defined++,
    createLeafletMapAdapter: () => {
      throw new Error('not made in this test');
    },
  };
  return piece;
}

describe('MapPieceController', () => {
  it('loads the piece once the pane has a size, not while it is hidden; whenKnown() settles each time', async () => {
    const pane = await fixture<HTMLElement>(html`<section style="width: 300px; height: 200px; display: none"></section>`);
    const piece = fakePiece();
    let loads = 0;
    const host = new FakeHost();
    const controller = new MapPieceController(host, async () => (loads++, piece));
    controller.watch(pane);
    await controller.whenKnown();
    await frames();
    expect([loads, controller.state], 'hidden: not loaded').to.deep.equal([0, 'watching']);

    pane.style.display = 'block';
    await waitUntil(() => controller.state === 'ready', 'the piece loaded');
    await controller.whenKnown();
    expect([loads, piece.defined]).to.deep.equal([1, 1]);
    expect(controller.factory).to.equal(piece.createLeafletMapAdapter);
    expect(host.updates, 'the host re-renders with the factory').to.be.greaterThan(0);
    // Watching again does not load again.
    controller.watch(pane);
    await frames();
    expect(loads).to.equal(1);
  });

  it('a piece that cannot be loaded: failed, and whenKnown() does not hang', async () => {
    const pane = await fixture<HTMLElement>(html`<section style="width: 300px; height: 200px"></section>`);
    const controller = new MapPieceController(new FakeHost(), () => Promise.reject(new Error('404')));
    controller.watch(pane);
    await waitUntil(() => controller.state === 'failed', 'the failure');
    await controller.whenKnown();
    expect(controller.factory).to.equal(undefined);
  });
});
