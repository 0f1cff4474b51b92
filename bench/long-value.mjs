// `npm run tools:build && node bench/long-value.mjs`: the streaming JSON parser
// (src/data/parse-json.ts) on a document whose one value is 5, 10 and 20 million characters
// long, pushed in 64 KB pieces as a download would. The time must grow with the length, not its
// square (issue 17: 0.75 / 2.99 / 11.70 s before, when each piece re-flattened the text so far).
import { fileURLToPath } from 'node:url';

const { JsonStreamParser } = await import(fileURLToPath(new URL('../build/src/data/parse-json.js', import.meta.url)));
for (const n of [5e6, 10e6, 20e6]) {
  const inService = `{"version":1,"categories":[],"services":[{"id":"a","name":"${'x'.repeat(n)}"}]}`;
  const inOutline = `{"version":1,"publisher":{"name":"${'y'.repeat(n)}"},"categories":[],"services":[]}`;
  for (const [label, text] of [['in a service', inService], ['in the outline', inOutline]]) {
    const start = performance.now();
    const parser = new JsonStreamParser();
    for (let at = 0; at < text.length; at += 65536) parser.push(text.slice(at, at + 65536));
    parser.finish();
    console.log(`one value of ${n / 1e6} M characters ${label}: ${((performance.now() - start) / 1000).toFixed(2)} s`);
  }
}
