// The directory built into the script: the services of the province of Matera (data/matera.json).
// The build strips maintainer-only fields (see scripts/rollup-directory.mjs).
import matera from '../../data/matera.json';

export const builtinDirectory: unknown = matera;
