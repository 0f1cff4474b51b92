import { expect } from '@open-wc/testing';
import { MATERA_COMUNI, placesOf } from '../../src/near/places.js';
import { makeService } from '../fixtures/services.js';

describe('placesOf', () => {
  it('offers the 31 comuni of the province, sorted by name, whatever the directory holds', () => {
    const places = placesOf([], 'it');
    expect(places).to.have.length(31);
    expect(MATERA_COMUNI).to.have.length(31);
    expect(places.map((p) => p.name)).to.deep.equal([...places.map((p) => p.name)].sort((a, b) => a.localeCompare(b, 'it')));
    expect(places.find((p) => p.name === 'Matera')).to.deep.include({ lat: 40.6664, lon: 16.6044 });
  });

  it('adds the other comuni the directory names, at the middle of their services, each once', () => {
    const services = [
      makeService('a', { municipality: 'Potenza', lat: 40.6, lon: 15.8 }),
      makeService('b', { municipality: 'POTENZA', lat: 40.7, lon: 15.9 }),
      makeService('c', { municipality: 'MATERA', lat: 1, lon: 1 }), // a province comune, however written: not moved
      makeService('d', { lat: 0, lon: 0 }), // no comune
    ];
    const places = placesOf(services, 'it');
    expect(places).to.have.length(32);
    const potenza = places.find((p) => p.name === 'Potenza')!;
    expect(potenza.lat).to.be.closeTo(40.65, 1e-9);
    expect(potenza.lon).to.be.closeTo(15.85, 1e-9);
    expect(places.find((p) => p.name === 'Matera')!.lat).to.equal(40.6664);
  });
});
