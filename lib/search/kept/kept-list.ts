// One word's records in one segment of the kept index, as matching reads them (a PostingList): documents
// numbered from the segment's place in the index (`base`), positions read apart and attached when a phrase
// needs them.
import { ByteReader, type PositionVisitor, type PostingList, type RecordVisitor } from '../postings';

const NONE = new Uint8Array(0);

export class KeptList implements PostingList {
  readonly inline = false;
  /** The positions record, once read. */
  pos: Uint8Array | null = null;

  constructor(
    readonly w: string,
    readonly g: number,
    /** Number of the segment's first document in the index (moves when earlier segments are merged). */
    public base: number,
    /** Documents in the segment. */
    readonly count: number,
    readonly d: Uint8Array,
    readonly spellings: string[],
  ) {}

  scan(dead: Uint8Array, visit: RecordVisitor): void {
    const r = new ByteReader(this.d, 0);
    const end = this.d.length;
    let doc = this.base - 1;
    while (r.at < end) {
      doc += r.varint();
      const mask = r.varint();
      const spellings = r.varint();
      if (!dead[doc]) visit(doc, mask, spellings, NONE, 0, 0);
    }
  }

  scanPositions(dead: Uint8Array, want: Uint8Array, visit: PositionVisitor): void {
    const pos = this.pos;
    if (!pos) {
      // Positions are read only for segments holding candidates: nothing is wanted from the others.
      for (let d = this.base; d < this.base + this.count; d++)
        if (want[d]) throw new Error(`search index: the positions of "${this.w}" in segment ${this.g} were not read`);
      return;
    }
    const r = new ByteReader(this.d, 0);
    const p = new ByteReader(pos, 0);
    const end = this.d.length;
    let doc = this.base - 1;
    while (r.at < end) {
      doc += r.varint();
      r.varint();
      r.varint();
      const len = p.varint();
      const start = p.at;
      p.at += len;
      if (want[doc] && !dead[doc]) visit(doc, pos, start, start + len);
    }
  }
}
