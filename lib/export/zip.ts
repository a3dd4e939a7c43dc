// Several export files as one zip (fflate: small, synchronous, works in the browser and in Node).
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface ExportFile {
  name: string;
  data: string | Uint8Array;
}

/** A zip of `files` (names must be unique; folders with "/"), dated `date`. */
export function zipFiles(files: readonly ExportFile[], date: Date = new Date()): Uint8Array {
  const tree: Zippable = {};
  for (const f of files) {
    if (f.name in tree) throw new Error(`duplicate file name in export: ${f.name}`);
    tree[f.name] = [typeof f.data === 'string' ? strToU8(f.data) : f.data, { mtime: date }];
  }
  // Level 3: Markdown of 2,000 digests zips to 2.94 MB in 414 ms, against 2.92 MB in 443-600 ms at level 6
  // (the default); the export of a whole library is mostly this compression and the HTML parsing.
  return zipSync(tree, { level: 3 });
}
