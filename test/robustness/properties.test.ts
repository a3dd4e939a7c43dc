// Property tests (fast-check, seeded, bounded runs) for the parts that take arbitrary input and had none:
// the text normaliser, the date parser on date-shaped garbage, the entity extractor, the Markdown exporter on
// arbitrary and hostile HTML, and the backup importer on arbitrary and damaged files. (Already covered
// elsewhere: date round-trips in test/extract/dates.test.ts, CSV and front matter in test/library/export.test.ts,
// export-then-import losslessness in test/library/import.test.ts.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/parse-html';
import { extractEntities } from '../../lib/entities';
import { backupJson, htmlToMarkdown } from '../../lib/export';
import { parseBackup, validateBackup } from '../../lib/import';
import { parseVietnameseDate } from '../../lib/meta';
import { canonicalTones, cleanInline, cleanText, cleanWithOffsets, foldForSearch, matchKey } from '../../lib/text';
import { libraryArbitrary, vnText } from '../support/digest-arbitrary';

/** The DOM an import sanitises with outside the browser. */
const DOC = parseHtml('<p></p>');

const SEED = 20251123;
const runs = (numRuns: number) => ({ numRuns, seed: SEED });
/** Vietnamese words only (NFC or NFD): case mapping is only promised for Vietnamese, not for Greek ligatures. */
const SYLLABLES = [
  'Hoàng',
  'Xuân',
  'Chiến',
  'thoả',
  'thỏa',
  'thuận',
  'Uỷ',
  'Ủy',
  'ban',
  'Đối',
  'ngoại',
  'Quốc',
  'hội',
  'nước',
  'Đà',
  'Nẵng',
  'Nguyễn',
  'Phú',
  'Trọng',
  'hòa',
  'bình',
  'ĐẠI',
  'SỨ',
  'khoẻ',
  'Việt',
  'Nam',
  'EU',
  '2025',
];
const vietnamese = fc
  .array(fc.constantFrom(...SYLLABLES), { maxLength: 12 })
  .chain((w) => fc.boolean().map((nfd) => (nfd ? w.join(' ').normalize('NFD') : w.join(' '))));
const anyText = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), vnText(30));

describe('text normaliser (property)', () => {
  it('cleanText and cleanInline are idempotent, total and give NFC', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const c = cleanText(s);
        expect(cleanText(c)).toBe(c);
        expect(c.normalize('NFC')).toBe(c);
        const i = cleanInline(s);
        expect(cleanInline(i)).toBe(i);
        expect(i).toBe(i.trim());
        expect(i).not.toMatch(/\s{2}|[\u200B\u00A0]/);
      }),
      runs(400),
    );
  });

  it('keys ignore NFC/NFD, tone placement and case; foldForSearch leaves no marks', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(matchKey(s.normalize('NFD'))).toBe(matchKey(s.normalize('NFC')));
        expect(matchKey(matchKey(s))).toBe(matchKey(s));
        expect(foldForSearch(s.normalize('NFD'))).toBe(foldForSearch(s));
        const f = foldForSearch(s);
        expect(f.normalize('NFD')).not.toMatch(/\p{M}/u);
        expect(f).not.toMatch(/[đĐ]/);
        expect(canonicalTones(canonicalTones(s))).toBe(canonicalTones(s));
      }),
      runs(400),
    );
  });

  it('search keys ignore case in Vietnamese text', () => {
    fc.assert(
      fc.property(vietnamese, (s) => {
        expect(foldForSearch(s.toUpperCase())).toBe(foldForSearch(s.toLowerCase()));
        expect(matchKey(s.toUpperCase())).toBe(matchKey(s.toLowerCase()));
      }),
      runs(300),
    );
  });

  it('old and new tone placement give one key', () => {
    const pairs = fc.constantFrom(['hoà', 'hòa'], ['thoả', 'thỏa'], ['uỷ', 'ủy'], ['khoẻ', 'khỏe'], ['Thuỵ', 'Thụy']);
    fc.assert(
      fc.property(pairs, vnText(8), vnText(8), ([a, b], pre, post) => {
        expect(matchKey(`${pre} ${a} ${post}`)).toBe(matchKey(`${pre} ${b} ${post}`));
        expect(foldForSearch(`${pre} ${a} ${post}`)).toBe(foldForSearch(`${pre} ${b} ${post}`));
      }),
      runs(200),
    );
  });

  it('cleanWithOffsets maps every cleaned character back into the source, in order', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const { text, map, source } = cleanWithOffsets(s);
        expect(source).toBe(s.normalize('NFC'));
        expect(map).toHaveLength(text.length + 1);
        expect(map[text.length]).toBe(source.length);
        for (let i = 0; i < text.length; i++) {
          expect(map[i]).toBeGreaterThanOrEqual(0);
          expect(map[i]).toBeLessThan(source.length);
          if (i > 0) expect(map[i]).toBeGreaterThan(map[i - 1]!);
        }
      }),
      runs(300),
    );
  });
});

describe('date parser on date-shaped garbage (property)', () => {
  const num = (max: number) => fc.integer({ min: 0, max });
  const dateish = fc
    .tuple(
      num(99),
      num(99),
      fc.oneof(num(99), num(99999)),
      num(99),
      num(99),
      fc.constantFrom('/', '-', '.', ' tháng '),
      fc.constantFrom('', 'Thứ hai, ', 'Chiều ', 'Ngày ', 'Cập nhật: '),
      fc.constantFrom('', ' (GMT+7)', ' GMT+14', ' +99:00'),
    )
    .map(([d, m, y, h, mi, sep, pre, post]) => ({
      d,
      m,
      y,
      h,
      mi,
      text: `${pre}${d}${sep}${m}${sep}${y}, ${h}:${String(mi).padStart(2, '0')}${post}`,
    }));

  it('gives a real ISO date that agrees with the text, or null; never throws', () => {
    fc.assert(
      fc.property(
        dateish,
        fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: undefined }),
        ({ d, m, y, text }, hint) => {
          const r = parseVietnameseDate(text, { yearHint: hint === undefined ? null : { year: hint, source: 'test' } });
          if (r.iso === null) return;
          const t = Date.parse(r.iso);
          expect(Number.isNaN(t)).toBe(false);
          // A date alone (no time written, or an impossible time) is 'YYYY-MM-DD'; with a time it carries an offset.
          expect(r.iso).toMatch(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/);
          const [, yy, mm, dd] = /^(\d{4})-(\d{2})-(\d{2})/.exec(r.iso) ?? [];
          expect(Number(yy)).toBeGreaterThanOrEqual(1900);
          expect(Number(yy)).toBeLessThanOrEqual(2200);
          if (y >= 1000 && y <= 9999) expect(Number(yy)).toBe(y);
          // "1-1-10000": the parser reads a yearless "1-1" and takes the year from the hint; it must say so.
          if (y > 9999) expect(r.note ?? '').toMatch(/year|năm/i);
          // The day and month are the ones written, and they exist in that year.
          expect(Number(dd)).toBe(d);
          expect(Number(mm)).toBe(m);
          expect(new Date(Date.UTC(Number(yy), m - 1, d)).getUTCDate()).toBe(d);
        },
      ),
      runs(500),
    );
  });
});

describe('entity extractor (property)', () => {
  const markupish = fc
    .array(
      fc.oneof(
        vnText(12),
        fc.constantFrom(
          '<script>alert(1)</script>',
          '&lt;b&gt;',
          'Hiệp định <b>EVFTA</b>',
          'Ông ',
          'Bộ trưởng ',
          '(',
          ')',
          '"',
          '“',
          '”',
          '\n\n',
          'Công ước Liên hợp quốc về Luật Biển năm 1982 (UNCLOS)',
        ),
      ),
      { maxLength: 30 },
    )
    .map((p) => p.join(''));
  it('never throws, and every span lies inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, markupish), (s) => {
        const e = extractEntities(s);
        const len = s.normalize('NFC').length;
        for (const x of [...e.people, ...e.agreements]) {
          expect(x.name.length).toBeGreaterThan(0);
          for (const sp of x.spans) {
            expect(sp.start).toBeGreaterThanOrEqual(0);
            expect(sp.end).toBeGreaterThan(sp.start);
            expect(sp.end).toBeLessThanOrEqual(len);
          }
        }
      }),
      runs(300),
    );
  });
});

describe('Markdown exporter on arbitrary HTML (property)', () => {
  const tag = fc.constantFrom(
    'p',
    'h2',
    'h3',
    'ul',
    'ol',
    'li',
    'table',
    'tr',
    'td',
    'blockquote',
    'figure',
    'figcaption',
    'a',
    'img',
    'em',
    'strong',
    'pre',
    'code',
    'div',
    'span',
    'script',
    'svg',
    'br',
  );
  const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      vnText(8).map((t) => t.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))),
      fc
        .tuple(
          tag,
          fc.constantFrom(
            '',
            ' href="https://a.vn/x"',
            ' src="https://a.vn/i.jpg" alt="a]b"',
            ' href="javascript:alert(1)"',
          ),
          fc.array(tie('node'), { maxLength: 3 }),
        )
        .map(([t, a, kids]) => `<${t}${a}>${kids.join('')}</${t}>`),
    ),
  })).node;
  it('never throws and yields text', () => {
    fc.assert(
      fc.property(html, (h) => {
        const md = htmlToMarkdown(h, parseHtml);
        expect(typeof md).toBe('string');
      }),
      runs(300),
    );
  });
});

describe('backup importer on arbitrary and damaged files (property)', () => {
  it('any text: a clear error or a valid library, never a throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.json({ maxDepth: 4 }),
          fc.jsonValue({ maxDepth: 3 }).map((v) =>
            JSON.stringify({
              format: 'tin-gon-backup',
              version: 1,
              exportedAt: '2025-01-01T00:00:00Z',
              digests: [v],
            }),
          ),
        ),
        (text) => {
          const r = parseBackup(text, DOC);
          if (!r.ok) expect(r.error.length).toBeGreaterThan(10);
          else for (const d of r.digests) expect(typeof d.id).toBe('string');
        },
      ),
      runs(400),
    );
  });

  it('a backup damaged at one random place is refused whole or imported valid, never half', () => {
    const damage = fc.tuple(
      fc.nat(),
      fc.constantFrom<'delete' | 'null' | 'string' | 'number' | 'array'>('delete', 'null', 'string', 'number', 'array'),
    );
    fc.assert(
      fc.property(libraryArbitrary(3), damage, (ds, [where, how]) => {
        const json = JSON.parse(backupJson(ds, new Date('2025-01-01T00:00:00Z'))) as unknown;
        // Collect every (object, key) pair, then damage one.
        const slots: [Record<string, unknown>, string][] = [];
        const walk = (v: unknown) => {
          if (v && typeof v === 'object')
            for (const [k, c] of Object.entries(v)) {
              slots.push([v as Record<string, unknown>, k]);
              walk(c);
            }
        };
        walk(json);
        const [obj, key] = slots[where % slots.length]!;
        if (how === 'delete') delete obj[key];
        else
          obj[key] =
            how === 'null' ? null : how === 'string' ? '<script>alert(1)</script>' : how === 'number' ? -1 : [];
        const r = validateBackup(json, DOC);
        if (r.ok) expect(r.digests.length).toBeLessThanOrEqual(ds.length);
        else expect(r.error).toMatch(/./);
      }),
      runs(300),
    );
  });
});
