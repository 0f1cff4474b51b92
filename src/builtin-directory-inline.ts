// The built-in directory inlined: what the one-file builds (standalone, classic) and the tests
// of src/ use in place of builtin-directory.ts (scripts/rollup-directory.mjs, `inline`). The
// services of the province of Matera (data/matera.json), without the maintainers' fields.
import matera from '../data/matera.json';
import type { DirectoryLocation } from './builtin-directory.js';

export const builtinDirectory: DirectoryLocation = { directory: matera };

/** The inlined directory holds its detail fields: no folder to ask. */
export const builtinDetails: string | undefined = undefined;
