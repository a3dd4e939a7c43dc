// Body scoring as the article-extraction benchmarks do it: normalise, split into words, compare the sets
// of 4-word shingles of the extracted text and of the gold body.
import { cleanText } from '../../lib/text';

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export function words(text: string): string[] {
  return cleanText(text)
    .toLocaleLowerCase('vi')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function shingles(text: string, n = 4): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  if (w.length > 0 && w.length < n) out.add(w.join(' '));
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

export function shingleScore(extracted: string, gold: string, n = 4): PRF {
  const a = shingles(extracted, n);
  const b = shingles(gold, n);
  if (a.size === 0 && b.size === 0) return { precision: 1, recall: 1, f1: 1 };
  let common = 0;
  for (const s of a) if (b.has(s)) common++;
  const precision = a.size ? common / a.size : 0;
  const recall = b.size ? common / b.size : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Whether a snippet occurs in a text, ignoring white-space differences and Unicode form. */
export function containsSnippet(text: string, snippet: string): boolean {
  const norm = (s: string) => cleanText(s).replace(/\s+/g, ' ').trim();
  return norm(text).includes(norm(snippet));
}
