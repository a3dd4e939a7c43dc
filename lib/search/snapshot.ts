// The search index as bytes, for the store to keep: a header, the word list and per-digest table as JSON,
// then the postings exactly as they sit in memory after compaction (loading copies them in one piece and decodes
// postings only when a query reads them).
//
// Layout: "TGSI" | format version (1 byte) | JSON length (4 bytes, little endian) | JSON (UTF-8) | postings.
// JSON: { docs: DocMeta[], words: string[] (sorted), lengths: number[] (bytes of each word's records),
//         spellings: string[][] (accented spellings of each word; [] for none) }.
import type { DocMeta } from './doc-meta';
import { PostingStore } from './postings';

const MAGIC = [0x54, 0x47, 0x53, 0x49]; // "TGSI"
/** Bump when the layout or the meaning of any part changes: an old snapshot is refused, the index rebuilt. */
// 2: DocMeta.tagKeys are tagKey() (diacritics and case folded), not matchKey().
export const SNAPSHOT_VERSION = 2;
const HEADER = 9;

interface SnapshotJson {
  docs: DocMeta[];
  words: string[];
  lengths: number[];
  spellings: string[][];
}

/** `store` must be compacted (no tail, no dead records) and `docs` numbered as its postings are. */
export function encodeSnapshot(store: PostingStore, docs: DocMeta[]): Uint8Array {
  const words = store.sortedWords;
  const json: SnapshotJson = {
    docs,
    words,
    lengths: words.map((w) => {
      const e = store.words.get(w)!;
      return e.baseEnd - e.baseStart;
    }),
    spellings: words.map((w) => store.words.get(w)!.spellings),
  };
  const text = new TextEncoder().encode(JSON.stringify(json));
  const out = new Uint8Array(HEADER + text.length + store.base.length);
  out.set(MAGIC, 0);
  out[4] = SNAPSHOT_VERSION;
  new DataView(out.buffer).setUint32(5, text.length, true);
  out.set(text, HEADER);
  out.set(store.base, HEADER + text.length);
  return out;
}

export function decodeSnapshot(bytes: Uint8Array): { store: PostingStore; metas: DocMeta[] } {
  if (bytes.length < HEADER || MAGIC.some((b, i) => bytes[i] !== b))
    throw new Error('search index: not a saved search index');
  if (bytes[4] !== SNAPSHOT_VERSION)
    throw new Error(`search index: saved in format ${bytes[4]}, this version reads ${SNAPSHOT_VERSION}`);
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(5, true);
  if (HEADER + length > bytes.length) throw new Error('search index: the saved index is cut short');
  let json: SnapshotJson;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes.subarray(HEADER, HEADER + length))) as SnapshotJson;
  } catch {
    throw new Error('search index: the saved index is damaged');
  }
  if (!Array.isArray(json.docs) || !Array.isArray(json.words) || json.words.length !== json.lengths?.length) {
    throw new Error('search index: the saved index is damaged');
  }
  const store = PostingStore.fromBase(bytes.slice(HEADER + length), json.words, json.lengths, json.spellings ?? []);
  return { store, metas: json.docs };
}
