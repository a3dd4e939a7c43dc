// One word's records in one segment of the kept index, as matching reads them (a PostingList): documents
// numbered from the segment's place in the index (`base`), positions read apart and attached when a phrase
// needs them. A list stays in the reader's cache while the user types on, so its records are decoded once, on
// first use, into typed arrays (document, fields, spellings, where each document's positions are): the next
// keystrokes walk those arrays instead of decoding varints again.
import { ByteReader, type PositionVisitor, type PostingList, type RecordVisitor } from '../postings';

const NONE = new Uint8Array(0);

/** The records decoded: per record, its document (local to the segment), field mask (a filter term: its count) and spelling bits. */
interface Decoded {
  docs: Int32Array;
  masks: Uint32Array;
  spellings: Uint32Array;
}

export class KeptList implements PostingList {
  readonly inline = false;
  /** The positions record, once read. */
  pos: Uint8Array | null = null;
  private decoded: Decoded | null = null;
  /** Per record, where its positions start and end in `posOf` (the positions record they were found in). */
  private posAt: Int32Array | null = null;
  private posOf: Uint8Array | null = null;

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

  private records(): Decoded {
    if (this.decoded) return this.decoded;
    const r = new ByteReader(this.d, 0);
    const end = this.d.length;
    // At least 3 bytes a record: the arrays are cut to the count found.
    const cap = Math.ceil(end / 3);
    const docs = new Int32Array(cap);
    const masks = new Uint32Array(cap);
    const spellings = new Uint32Array(cap);
    let n = 0;
    let doc = -1;
    while (r.at < end) {
      doc += r.varint();
      docs[n] = doc;
      masks[n] = r.varint();
      spellings[n] = r.varint();
      n++;
    }
    this.decoded = { docs: docs.slice(0, n), masks: masks.slice(0, n), spellings: spellings.slice(0, n) };
    return this.decoded;
  }

  scan(dead: Uint8Array, visit: RecordVisitor): void {
    const { docs, masks, spellings } = this.records();
    const base = this.base;
    for (let i = 0; i < docs.length; i++) {
      const doc = base + docs[i]!;
      if (!dead[doc]) visit(doc, masks[i]!, spellings[i]!, NONE, 0, 0);
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
    const { docs } = this.records();
    const span = this.positionSpans(pos, docs.length);
    const base = this.base;
    for (let i = 0; i < docs.length; i++) {
      const doc = base + docs[i]!;
      if (want[doc] && !dead[doc]) visit(doc, pos, span[2 * i]!, span[2 * i + 1]!);
    }
  }

  /** Start and end of each record's positions in `pos` (past its byte length), found once per positions record. */
  private positionSpans(pos: Uint8Array, n: number): Int32Array {
    if (this.posAt && this.posOf === pos) return this.posAt;
    const span = new Int32Array(2 * n);
    const p = new ByteReader(pos, 0);
    for (let i = 0; i < n; i++) {
      const len = p.varint();
      span[2 * i] = p.at;
      p.at += len;
      span[2 * i + 1] = p.at;
    }
    this.posAt = span;
    this.posOf = pos;
    return span;
  }
}
