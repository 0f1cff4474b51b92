/**
 * The build drops translators' descriptions from `msg()` calls (scripts/rollup-msg-desc.mjs):
 * they are for the XLIFF files, never read at run time. npm test builds dist/ first.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../../scripts/data/io.js';

type Plugin = { renderChunk(code: string): { code: string } | null };
const { msgDescriptions } = (await import(pathToFileURL(join(PROJECT_ROOT, 'scripts/rollup-msg-desc.mjs')).href)) as { msgDescriptions(): Plugin };
const strip = (code: string): string => msgDescriptions().renderChunk(code)?.code ?? code;

describe('msg() descriptions in the build', () => {
  it('a lone desc goes, whatever its quotes and escapes; other arguments stay', () => {
    assert.equal(strip('a(_e("Lingua",{desc:"language-picker: label"}))'), 'a(_e("Lingua"))');
    assert.equal(strip(`_e(Ie\`apre \${t}\`,{desc:'opening-line: "opens" at <time>'})`), '_e(Ie`apre ${t}`)');
    assert.equal(strip('_e("x",{desc:"a \\"quoted\\" word"})+_e("y",{desc:`b`})'), '_e("x")+_e("y")');
    assert.equal(strip('_e("x",{desc:"d",id:"k"})'), '_e("x",{desc:"d",id:"k"})');
    assert.equal(strip('f({desc:"not an argument"})'), 'f({desc:"not an argument"})');
  });

  it('no file of dist/ carries one', () => {
    const dist = join(PROJECT_ROOT, 'dist');
    const files = ['prossima-map.js', 'prossima-map.standalone.js', ...readdirSync(join(dist, 'pieces')).map((name) => `pieces/${name}`)];
    const left = files.filter((file) => readFileSync(join(dist, file), 'utf8').includes(',{desc:'));
    assert.deepEqual(left, []);
  });
});
