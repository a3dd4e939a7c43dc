// A strict RFC 4180 reader for tests: lets the property tests check that CSV export parses back to its cells.
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (src[i] === '"') {
      i++;
      for (;;) {
        if (i >= src.length) throw new Error('unterminated quoted field');
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += src[i++];
      }
    } else {
      while (i < src.length && src[i] !== ',' && src[i] !== '\r' && src[i] !== '\n') {
        if (src[i] === '"') throw new Error(`bare quote at ${i}`);
        field += src[i++];
      }
    }
    row.push(field);
    if (src[i] === ',') {
      i++;
      continue;
    }
    if (src.startsWith('\r\n', i)) {
      i += 2;
      rows.push(row);
      row = [];
      if (i >= src.length) return rows;
      continue;
    }
    if (i >= src.length) {
      rows.push(row);
      return rows;
    }
    throw new Error(`unexpected character ${JSON.stringify(src[i])} at ${i}`);
  }
}
