/**
 * The streaming reader piece (dist/pieces/stream-reader-…js): the JSON parser and the validation
 * that read a big directory a piece at a time, as it downloads. The directory reader asks for it
 * only when a document proves too big for one `JSON.parse` (see data/load.ts): the built-in
 * directory and most `src` documents never need it.
 */
export { JsonStreamParser, parseJsonSteps, pushSteps } from './data/parse-json.js';
export { DirectoryStream } from './data/directory-stream.js';
