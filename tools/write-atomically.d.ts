/** Writes a file beside its place, then renames it there: a concurrent process never reads half of it. */
export function writeAtomically(file: string, data: string | NodeJS.ArrayBufferView): void;
