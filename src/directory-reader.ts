/**
 * The directory reader piece (dist/pieces/directory-reader-…js): parsing, validating and keeping
 * the last good copy of a directory. The entry asks for the directory and for this piece at the
 * same moment, so the code arrives while the document does (see DirectoryController). It also
 * reads the built-in directory's detail fields when a service opens (see DetailsController): the
 * same field readers, already loaded.
 */
export { parseDirectoryAsync, readFetchedAsync, readResponse, useDirectoryAsync } from './data/load.js';
export { copyInfo, loadCopy, saveCopy } from './offline-copy.js';
export { loadDetails, withDetails } from './data/details.js';
