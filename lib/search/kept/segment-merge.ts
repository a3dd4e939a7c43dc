// Segments of the kept index merged into one (or one segment rewritten without its dead documents): documents
// renumbered in segment order, each word's records concatenated with their spelling bits rewritten against the
// merged spelling list, positions copied as they are. Words left without a live document are dropped.
import { ByteReader, remapSpellings } from '../postings';
import { FIELD_STARTS, type PosRecord, type SegColumns, type SegTable, type TermRecord } from './records';
import { termRecords, TermWriter, type SegmentRecords } from './segment-build';

export interface SegmentParts {
  g: number;
  table: SegTable;
  cols: SegColumns;
  /** Local numbers of the dead documents. */
  dead: ReadonlySet<number>;
  terms: TermRecord[];
  pos: PosRecord[];
}

export interface Merged extends SegmentRecords {
  /** Where each live document went: old segment → old local → new local. */
  moved: { id: string; version: string; from: number; l: number }[];
}

export function mergeSegments(g: number, parts: readonly SegmentParts[]): Merged {
  // New numbers of the live documents, segment by segment.
  const renumber = new Map<number, Int32Array>();
  const moved: Merged['moved'] = [];
  for (const s of parts) {
    const map = new Int32Array(s.table.ids.length).fill(-1);
    s.table.ids.forEach((id, l) => {
      if (s.dead.has(l)) return;
      map[l] = moved.length;
      moved.push({ id, version: s.cols.versions[l]!, from: s.g, l: moved.length });
    });
    renumber.set(s.g, map);
  }
  const n = moved.length;
  const table: SegTable = {
    ids: [],
    saved: new Float64Array(n),
    starts: new Int32Array(n * FIELD_STARTS),
  };
  const cols: SegColumns = { versions: [], publishedDay: [], publishedTime: [], siteNameKey: [] };
  for (const s of parts) {
    const map = renumber.get(s.g)!;
    for (let l = 0; l < map.length; l++) {
      const to = map[l]!;
      if (to < 0) continue;
      table.ids.push(s.table.ids[l]!);
      cols.versions.push(s.cols.versions[l]!);
      table.saved[to] = s.table.saved[l]!;
      table.starts.set(s.table.starts.subarray(l * FIELD_STARTS, (l + 1) * FIELD_STARTS), to * FIELD_STARTS);
      cols.publishedDay.push(s.cols.publishedDay[l] ?? null);
      cols.publishedTime.push(s.cols.publishedTime[l] ?? null);
      cols.siteNameKey.push(s.cols.siteNameKey[l]!);
    }
  }
  const writers = new Map<string, TermWriter>();
  for (const s of parts) {
    const map = renumber.get(s.g)!;
    const positions = new Map(s.pos.map((p) => [p.w, p.p]));
    for (const t of s.terms) {
      const p = positions.get(t.w) ?? null;
      let w = writers.get(t.w);
      if (!w) {
        w = new TermWriter(p !== null);
        writers.set(t.w, w);
      }
      const r = new ByteReader(t.d, 0);
      const pr = p ? new ByteReader(p, 0) : null;
      let local = -1;
      while (r.at < t.d.length) {
        local += r.varint();
        const mask = r.varint();
        const spellings = r.varint();
        let start = 0;
        let end = 0;
        if (pr) {
          const len = pr.varint();
          start = pr.at;
          end = start + len;
          pr.at = end;
        }
        const to = map[local]!;
        if (to < 0) continue;
        w.add(to, mask, remapSpellings(spellings, t.s, w.s));
        if (w.p) w.rawPositions(p!, start, end);
      }
    }
  }
  return { g, ...termRecords(g, writers), table, cols, moved };
}
