// Abbreviations Vietnamese news writes interchangeably with their long forms. One rule for all of them: a
// query that contains any spelling of a row (as whole words, in order) also matches every other spelling of
// that row, as a phrase. The index stores the words as written, so the table can change without re-indexing.
// Rows name institutions and places in general use, never a name from a test; spellings are folded (no
// diacritics, punctuation as spaces) before use, so "TP.HCM", "TP. HCM" and "tp hcm" are one spelling.
import { searchTokens } from './tokenize';

const ROWS: readonly (readonly string[])[] = [
  ['TP HCM', 'TPHCM', 'TP Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'HCMC', 'Ho Chi Minh City'],
  ['HN', 'Hà Nội', 'Hanoi'],
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['TAND', 'Tòa án nhân dân'],
  ['VKSND', 'Viện kiểm sát nhân dân'],
  ['LHQ', 'Liên hợp quốc', 'Liên Hiệp Quốc'],
  ['EU', 'Liên minh châu Âu'],
  ['VN', 'Việt Nam'],
  ['QH', 'Quốc hội'],
  ['TW', 'Trung ương'],
  ['BCH', 'Ban Chấp hành'],
  ['CSGT', 'Cảnh sát giao thông'],
  ['BHXH', 'Bảo hiểm xã hội'],
  ['BHYT', 'Bảo hiểm y tế'],
  ['THPT', 'Trung học phổ thông'],
  ['ĐBSCL', 'Đồng bằng sông Cửu Long'],
  ['CLB', 'Câu lạc bộ'],
  ['NXB', 'Nhà xuất bản'],
];

/** Every spelling of every row, folded to words; the rows they belong to. */
const SPELLINGS: { words: string[]; row: number }[] = ROWS.flatMap((row, i) => {
  const forms = row.map((s) => searchTokens(s));
  // "TP HCM" written with its parts glued ("TPHCM") is the same spelling: add the glued form of every
  // spelling made of short parts, so the table need not list both.
  for (const f of [...forms]) if (f.length > 1 && f.every((w) => w.length <= 4)) forms.push([f.join('')]);
  const seen = new Set<string>();
  return forms.filter((f) => !seen.has(f.join(' ')) && seen.add(f.join(' '))).map((words) => ({ words, row: i }));
});

/** Longest spellings first, so "thanh pho ho chi minh" wins over a shorter row inside it. */
SPELLINGS.sort((a, b) => b.words.length - a.words.length);

/** The folded spellings of a row. */
export function spellingsOfRow(row: number): string[][] {
  return SPELLINGS.filter((s) => s.row === row).map((s) => s.words);
}

/**
 * The row whose spelling starts at `words[at]`, with its length in words; null when none does. Only whole
 * words count: "hn" matches the word "hn", never the start of "hnx".
 */
export function spellingAt(words: readonly string[], at: number): { row: number; length: number } | null {
  for (const s of SPELLINGS) {
    if (at + s.words.length > words.length) continue;
    let ok = true;
    for (let k = 0; k < s.words.length && ok; k++) ok = words[at + k] === s.words[k];
    if (ok) return { row: s.row, length: s.words.length };
  }
  return null;
}
