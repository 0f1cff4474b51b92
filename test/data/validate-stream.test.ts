import { expect } from '@open-wc/testing';
import { runSteps } from '../../src/lib/chunked.js';
import { JsonStreamParser } from '../../src/data/parse-json.js';
import { DirectoryStream } from '../../src/data/directory-stream.js';
import { validateDirectory } from '../../src/data/validate.js';

const CATEGORIES = [
  { id: 'health', name: { it: 'Salute', en: 'Health' }, color: '#1b6e45' },
  { id: 'work', name: 'Lavoro' },
  { id: 'bad id!', name: 'Rotta' },
];

function services(count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => ({
    id: i === 7 ? 's-3' : `s-${i}`, // a duplicate id
    name: i === 11 ? '' : { it: `Servizio ${i}`, en: `Service ${i}` }, // an empty name
    category: i === 13 ? 'nowhere' : i % 2 ? 'health' : 'work', // an unknown category
    lat: 40.6 + i / 1e4,
    lon: i === 17 ? 'east' : 16.6, // a wrong type
    phone: '0835 123456',
  }));
}

/** Streams `text` in pieces through a parser that validates as it goes; [result, services read while streaming]. */
function streamed(text: string, piece = 997): [ReturnType<typeof validateDirectory>, number] {
  const validation = new DirectoryStream();
  const parser = new JsonStreamParser(validation);
  for (let at = 0; at < text.length; at += piece) parser.push(text.slice(at, at + piece));
  const readWhileStreaming = (validation as unknown as { start?: { services: { count: number } } }).start?.services.count ?? 0;
  return [runSteps(validation.finish(parser.finish())), readWhileStreaming];
}

describe('DirectoryStream: services validated as the document downloads', () => {
  it('gives what validateDirectory gives, having read every service while streaming', () => {
    const text = JSON.stringify({ version: 1, updated: '2026-11-26', categories: CATEGORIES, services: services(500), publisher: { name: 'Prefettura' } });
    const [result, read] = streamed(text);
    expect(result).to.deep.equal(validateDirectory(JSON.parse(text)));
    expect(read).to.equal(500);
    expect(result.ok && result.rejected.map((r) => r.code)).to.include.members(['duplicate-id', 'unknown-category']);
  });

  it('falls back to reading the whole document when its end changes what came first', () => {
    const cases = {
      'categories repeated after the services': `${JSON.stringify({ version: 1, categories: CATEGORIES, services: services(50) }).slice(0, -1)},"categories":[{"id":"work","name":"L"}]}`,
      'categories after the services': JSON.stringify({ version: 1, services: services(50), categories: CATEGORIES }),
      'a version 2 document': JSON.stringify({ version: 2, categories: CATEGORIES, services: services(50) }),
      'no categories': JSON.stringify({ version: 1, services: services(50) }),
      'services not a list at the end': `${JSON.stringify({ version: 1, categories: CATEGORIES, services: services(5) }).slice(0, -1)},"services":{"x":1}}`,
    };
    for (const [what, text] of Object.entries(cases)) {
      expect(streamed(text, 61)[0], what).to.deep.equal(validateDirectory(JSON.parse(text)));
    }
  });
});
