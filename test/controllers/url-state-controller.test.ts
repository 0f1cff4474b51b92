import { expect } from '@open-wc/testing';
import { UrlStateController } from '../../src/controllers/url-state-controller.js';
import type { ViewState } from '../../src/share/view-link.js';
import { FakeHost } from './fake-host.js';

describe('UrlStateController', () => {
  const original = location.href;
  afterEach(() => history.replaceState(history.state, '', original));

  function controller(sync: boolean, state: ViewState | undefined, keep: readonly string[] = []) {
    const host = new FakeHost();
    return { host, url: new UrlStateController(host, { sync: () => sync, state: () => state, keep: () => keep }) };
  }

  it('reads a shared link once, and gives each part once', () => {
    history.replaceState(history.state, '', '?prossima-service=questura&prossima-q=permesso&prossima-near=Policoro&other=1');
    const { url } = controller(false, undefined);
    expect(url.read()).to.include({ service: 'questura', query: 'permesso', place: 'Policoro' });
    expect(url.take('service')).to.equal('questura');
    expect(url.take('service'), 'taken already').to.equal(undefined);
    expect(url.take('place')).to.equal('Policoro');
    expect(url.take('lang'), 'not in the link').to.equal(undefined);
  });

  it('makes links to hand out with the widget\'s parameters only: no token of the host page, no fragment (issue 17)', () => {
    history.replaceState(history.state, '', '?page=5&private=host-secret-token&utm_source=x#access_token=abc');
    const link = new URL(controller(false, undefined).url.link({ service: 'questura', lang: 'en' }));
    expect([...link.searchParams.keys()]).to.deep.equal(['prossima-service', 'prossima-lang']);
    expect(link.hash).to.equal('');
    expect(link.pathname).to.equal(location.pathname);
  });

  it('keeps the page\'s own parameters the host names in keep-params', () => {
    history.replaceState(history.state, '', '?page=5&private=host-secret-token');
    const { url } = controller(false, undefined, ['page']);
    const link = new URL(url.link({ service: 'questura', lang: 'en' }));
    expect(link.searchParams.get('page')).to.equal('5');
    expect(link.searchParams.has('private')).to.equal(false);
    expect(link.searchParams.get('prossima-service')).to.equal('questura');
    expect(link.searchParams.get('prossima-lang')).to.equal('en');
  });

  it('with sync, replaces the address after an update; without, never touches it', () => {
    history.replaceState(history.state, '', '?page=5');
    const length = history.length;
    const off = controller(false, { query: 'medico' });
    off.host.updated();
    expect(location.search).to.equal('?page=5');
    const before = controller(true, undefined);
    before.host.updated();
    expect(location.search, 'no directory shown yet').to.equal('?page=5');
    const on = controller(true, { query: 'medico', openNow: true });
    on.host.updated();
    const params = new URLSearchParams(location.search);
    expect(params.get('page')).to.equal('5');
    expect(params.get('prossima-q')).to.equal('medico');
    expect(history.length, 'replaced, not pushed').to.equal(length);
  });
});
