import { expect } from '@open-wc/testing';
import { OriginController } from '../../src/controllers/origin-controller.js';
import { MATERA_COMUNI } from '../../src/near/places.js';
import type { Service } from '../../src/data/types.js';
import { makeService } from '../fixtures/services.js';
import { FakeHost } from './fake-host.js';

describe('OriginController', () => {
  const services: Service[] = [makeService('a', { municipality: 'Policoro' }), makeService('b', { municipality: 'Altamura', lat: 40.83, lon: 16.55 })];
  let source: { services?: readonly Service[]; locale: string };
  let host: FakeHost;
  let origin: OriginController;
  beforeEach(() => {
    source = { services, locale: 'it' };
    host = new FakeHost();
    origin = new OriginController(host, () => source);
  });

  it('offers the comuni of the province and the others the directory names, kept until the directory or language changes', () => {
    const places = origin.places;
    expect(places.map((place) => place.name)).to.include.members(['Policoro', 'Altamura', ...MATERA_COMUNI.map((c) => c.name)]);
    expect(origin.places, 'kept').to.equal(places);
    source = { services: [...services], locale: 'it' };
    expect(origin.places, 'a new directory').not.to.equal(places);
  });

  it('offers nothing before a directory is shown', () => {
    source = { locale: 'it' };
    expect(origin.places).to.deep.equal([]);
  });

  it('measures from a comune chosen by its listed name, and clears it', () => {
    origin.choose('Policoro');
    expect(origin.origin).to.include({ kind: 'place', name: 'Policoro' });
    expect(host.updates).to.equal(1);
    origin.choose('Nowhere');
    expect(origin.origin).to.equal(undefined);
    origin.choose('Policoro');
    origin.clear();
    expect(origin.origin).to.equal(undefined);
  });

  it("takes a link's comune whatever its case and accents, and ignores an unknown one", () => {
    origin.chooseFromLink('POLICÒRO');
    expect(origin.origin).to.include({ kind: 'place', name: 'Policoro' });
    origin.chooseFromLink('Atlantide');
    expect(origin.origin, 'unchanged').to.include({ name: 'Policoro' });
  });
});
