// The CSV export's sides: sides.csv (one row per side per digest) and the sides column of digests.csv, parsed
// back with a strict RFC 4180 reader, Vietnamese text intact (NFC and NFD), formula triggers neutralised.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildExport, digestsCsv, sidesCsv } from '../../lib/export';
import type { Side } from '../../lib/entities';
import { parseCsv } from './csv-parse';
import { makeDigest, person } from './make-digest';

const side = (name: string, kind: Side['kind'], acronym: string | null, mentions: number): Side => ({
  name,
  key: name.toLowerCase(),
  kind,
  acronym,
  aliases: [],
  mentions,
  spans: [],
});

const withSides = (id: string, sides: Side[]) => {
  const d = makeDigest({ id, people: [person('Bùi Thanh Sơn')] });
  return { ...d, entities: { ...d.entities, sides } };
};

const digests = [
  withSides('d1', [
    side('Liên minh châu Âu', 'organisation', 'EU', 4),
    side('Hoa Kỳ', 'country', null, 2),
    side('Thành phố Hồ Chí Minh'.normalize('NFD'), 'place', null, 1),
  ]),
  withSides('d2', [
    side('Hiệp hội các quốc gia Đông Nam Á, "ASEAN"', 'organisation', 'ASEAN', 3),
    side('-Hà Nội', 'place', null, 1),
  ]),
  // A digest saved before sides were recognised has none.
  (() => {
    const d = makeDigest({ id: 'd3' });
    const { sides: _, ...entities } = { ...d.entities, sides: undefined };
    return { ...d, entities };
  })(),
];

const rowsOf = (csv: string) => {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
};

describe('sides in the CSV export', () => {
  it('sides.csv: one row per side per digest, with its digest id, name, kind, acronym and mentions', () => {
    expect(parseCsv(sidesCsv(digests))[0]).toEqual(['digest_id', 'name', 'kind', 'acronym', 'mentions']);
    expect(rowsOf(sidesCsv(digests))).toEqual([
      { digest_id: 'd1', name: 'Liên minh châu Âu', kind: 'organisation', acronym: 'EU', mentions: '4' },
      { digest_id: 'd1', name: 'Hoa Kỳ', kind: 'country', acronym: '', mentions: '2' },
      { digest_id: 'd1', name: 'Thành phố Hồ Chí Minh'.normalize('NFD'), kind: 'place', acronym: '', mentions: '1' },
      {
        digest_id: 'd2',
        name: 'Hiệp hội các quốc gia Đông Nam Á, "ASEAN"',
        kind: 'organisation',
        acronym: 'ASEAN',
        mentions: '3',
      },
      { digest_id: 'd2', name: "'-Hà Nội", kind: 'place', acronym: '', mentions: '1' },
    ]);
  });

  it('digests.csv has a sides column: each side with its acronym, "; " between them', () => {
    const rows = rowsOf(digestsCsv(digests));
    expect(rows.map((r) => r.sides)).toEqual([
      `Liên minh châu Âu (EU); Hoa Kỳ; ${'Thành phố Hồ Chí Minh'.normalize('NFD')}`,
      'Hiệp hội các quốc gia Đông Nam Á, "ASEAN"; \'-Hà Nội',
      '',
    ]);
  });

  it('the CSV zip holds sides.csv beside digests, people and agreements', () => {
    const out = buildExport(digests, { format: 'csv', now: new Date('2025-05-01T00:00:00Z') });
    const files = unzipSync(out.data as Uint8Array);
    expect(Object.keys(files).sort()).toEqual(['agreements.csv', 'digests.csv', 'people.csv', 'sides.csv']);
    expect(out.files).toBe(4);
    // (the zip reader drops the byte-order mark)
    expect(strFromU8(files['sides.csv']!)).toBe(sidesCsv(digests).replace(/^\uFEFF/, ''));
  });
});

describe('docs/csv-export.md', () => {
  it('names every column of every file the CSV zip holds', () => {
    const doc = readFileSync(join(__dirname, '../../docs/csv-export.md'), 'utf8');
    const out = buildExport(digests, { format: 'csv', now: new Date('2025-05-01T00:00:00Z') });
    for (const [name, data] of Object.entries(unzipSync(out.data as Uint8Array))) {
      expect(doc).toContain(name);
      for (const column of parseCsv(strFromU8(data))[0]!) expect(doc, `${name}: ${column}`).toContain(`\`${column}\``);
    }
  });
});
