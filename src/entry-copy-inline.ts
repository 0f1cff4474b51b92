// In the one-file builds (standalone, classic) and the tests of src/, in place of entry-copy.ts
// (scripts/rollup-directory.mjs, `inline`): with no pieces, every copy is a whole one.
export const plainEntry: string | undefined = undefined;
