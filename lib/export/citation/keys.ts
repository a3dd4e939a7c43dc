// Citation keys: ASCII, made from the record alone (first author or site, year, first title words, and a
// short hash of the address), so a digest keeps its key from one export to the next and `\cite{}` commands
// in a paper go on working. "Nguyễn Văn An", 2025, "Đối thoại…" → "nguyenvanan2025doithoai-k3f9".
import { foldForSearch } from '../../text';
import type { CitationRecord } from './record';

function ascii(text: string, max: number): string {
  return foldForSearch(text)
    .replace(/[^a-z0-9]/g, '')
    .slice(0, max);
}

/** FNV-1a, 32 bits, as 4 base-36 characters: enough to tell apart two articles with the same stem. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % 36 ** 4).toString(36).padStart(4, '0');
}

export function citationKey(r: Omit<CitationRecord, 'key'>): string {
  const first = r.authors[0];
  const who = first ? (first.kind === 'whole' ? first.name : first.family) : (r.institution ?? r.site);
  const words = foldForSearch(r.title).split(' ').filter(Boolean).slice(0, 2).join('');
  const stem = `${ascii(who, 20) || 'anon'}${r.issued?.year ?? 'nd'}${ascii(words, 16)}`;
  return `${stem}-${shortHash(r.url ?? `${r.site}\n${r.title}`)}`;
}

/** The records with keys made unique within one export ("-b", "-c"… in order), the rest unchanged. */
export function withUniqueKeys(records: readonly CitationRecord[]): CitationRecord[] {
  const used = new Set<string>();
  return records.map((r) => {
    let key = r.key;
    for (let n = 1; used.has(key); n++)
      key = `${r.key}-${String.fromCharCode(97 + (n % 26))}${n >= 26 ? Math.floor(n / 26) : ''}`;
    used.add(key);
    return key === r.key ? r : { ...r, key };
  });
}
