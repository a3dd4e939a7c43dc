// The agreement lexicon is consistent (one entry per acronym, names that the extractor can find), and the
// extractor stays total and fast on any input: no throw, spans inside the text, linear time on near misses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../../lib/entities/agreements';
import { AGREEMENT_HEADS, KNOWN_AGREEMENTS, NOT_AGREEMENT_ACRONYMS } from '../../../lib/lexicon';
import { matchKey } from '../../../lib/text';

describe('agreement lexicon', () => {
  it('gives each acronym to one agreement and never lists an agreement acronym as a non-agreement', () => {
    const seen = new Map<string, string>();
    for (const a of KNOWN_AGREEMENTS) {
      for (const key of new Set(a.acronyms.map((acr) => acr.toUpperCase()))) {
        const acr = key;
        expect(seen.get(key), `${acr}: ${a.vi}`).toBeUndefined();
        seen.set(key, a.vi);
        expect(NOT_AGREEMENT_ACRONYMS.has(key), acr).toBe(false);
      }
    }
  });

  it('has the agreements the issue names, with kinds and English names', () => {
    for (const acr of [
      'EVFTA',
      'EVIPA',
      'PCA',
      'FPA',
      'UNCLOS',
      'DOC',
      'COC',
      'TAC',
      'SEANWFZ',
      'NPT',
      'CTBT',
      'VKFTA',
      'VN-EAEU FTA',
      'UKVFTA',
      'CEPA',
    ]) {
      const entry = KNOWN_AGREEMENTS.find((a) => a.acronyms.includes(acr));
      expect(entry, acr).toBeDefined();
      expect(entry!.en.length).toBeGreaterThan(3);
    }
    expect(KNOWN_AGREEMENTS.some((a) => a.vi === 'Hiến chương ASEAN')).toBe(true);
    expect(KNOWN_AGREEMENTS.some((a) => a.vi === 'Thỏa thuận Paris')).toBe(true);
    for (const notOne of ['IPEF', 'AFTA', 'JETP', 'COVAX', 'IUU'])
      expect(NOT_AGREEMENT_ACRONYMS.has(notOne), notOne).toBe(true);
  });

  it('spells out every acronym that counts alone: the name found for it is the table’s', () => {
    for (const a of KNOWN_AGREEMENTS) {
      if (a.bare !== 'always' || a.acronyms.length === 0) continue;
      const found = extractAgreements(`Hai bên cam kết thực hiện ${a.acronyms[0]}.`);
      expect(
        found.map((f) => [f.name, f.acronym]),
        a.acronyms[0],
      ).toEqual([[a.vi, a.acronyms[0]]]);
    }
  });

  it('finds every named agreement of the table by its Vietnamese name, as one agreement with its acronym', () => {
    const heads = AGREEMENT_HEADS.flatMap((h) => [h.head, ...h.variants]).map(matchKey);
    const problems: string[] = [];
    for (const a of KNOWN_AGREEMENTS) {
      if (a.bare === 'never' || !heads.some((h) => matchKey(a.vi).startsWith(`${h} `))) continue;
      // A parenthesis in the table's name ("ASEAN – Hồng Kông (Trung Quốc)") is a gloss, not part of it.
      const name = a.vi.replace(/\s*\([^)]*\)/g, '');
      const found = extractAgreements(`Hai bên cam kết tuân thủ ${a.vi}.`).map(
        (f) => `${matchKey(f.name)} [${f.acronym}]`,
      );
      const expected = `${matchKey(name)} [${a.acronyms[0] ?? null}]`;
      if (found.length !== 1 || found[0] !== expected) problems.push(`${expected} -> ${found.join(' | ')}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('extractAgreements on any input', () => {
  const pieces = [
    'Hiệp định',
    'Công ước',
    'Thỏa thuận',
    'Thoả thuận',
    'Tuyên bố',
    'Bộ Quy tắc ứng xử',
    'Kế hoạch hành động',
    'EVFTA',
    'DOC',
    '(UNCLOS)',
    '(EU)',
    '(',
    ')',
    'về',
    'giữa',
    'và',
    'các',
    'của',
    'Việt Nam',
    'EU',
    '-',
    ',',
    '.',
    '\n',
    '1982',
    'năm',
    'đã',
    'hợp tác',
    'Biển Đông',
    '\u200B',
    '\u00A0',
    'Ð',
    'thoả',
    'hòa',
    ' ',
  ];
  const text = fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 60 })
    .map((xs) => xs.join(' '));

  it('never throws; spans lie inside the NFC text; mentions equal the spans; names are non-empty', () => {
    fc.assert(
      fc.property(text, (input) => {
        const nfc = input.normalize('NFC');
        for (const a of extractAgreements(input)) {
          expect(a.name.trim().length).toBeGreaterThan(0);
          expect(a.key).toBe(matchKey(a.name.replace(/[“”"«»‘’']/g, '')));
          expect(a.mentions).toBe(a.spans.length);
          for (const s of a.spans) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeGreaterThan(s.start);
            expect(s.end).toBeLessThanOrEqual(nfc.length);
          }
        }
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });

  it('reads runs of heads, capitals, commas and "và" as a few bounded names (their time is in the benchmark)', () => {
    const runs = [
      'Hiệp định '.repeat(10_000),
      'thỏa thuận '.repeat(10_000),
      `Hiệp định ${'Việt Nam '.repeat(10_000)}`,
      `Hiệp định giữa Việt Nam${' và Lào'.repeat(10_000)}`,
      `Hiệp định về hợp tác${', kinh tế'.repeat(10_000)}`,
    ];
    for (const text of runs) {
      const found = extractAgreements(text);
      expect(found.length).toBeLessThanOrEqual(5);
      // The scanner's bound: 90 parts of a name at most, whatever the run.
      for (const a of found) expect(a.name.split(' ').length).toBeLessThanOrEqual(95);
    }
  });

  it('finishes near misses of long known names (the case that once backtracked exponentially)', () => {
    const nearMiss =
      'Thỏa thuận Khung EU-Việt Nam về sự tham gia của Việt Nam trong các phái bộ và hoạt động dân sự và quân sự thuộc Chính sách An ninh và Quốc phòng chung của Liên minh châu Á.';
    // Not a timing assertion: before the fix this call did not return within minutes.
    expect(extractAgreements(nearMiss.repeat(20)).length).toBeGreaterThan(0);
  });
});
