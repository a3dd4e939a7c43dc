// A quoted title after an agreement's head ("Tuyên bố “Tầm nhìn ASEAN 2045”") is looked for only within the
// title's reach: the same titles as the unbounded search on every quote of the real texts, and a text of
// unclosed quotes costs work in proportion to its length (characters examined by indexOf, not time).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractEntities } from '../../../lib/entities';
import { quotedTitle } from '../../../lib/entities/agreements/scan';
import { TokenCache, type Token } from '../../../lib/entities/agreements/tokens';
import { realTextDir, realTextIds } from '../../../scripts/real-text';

/** The search as it was before it was bounded: to the text's end, then the length checked. */
function unbounded(text: string, open: Token): number {
  const close = ({ '“': '”', '"': '"', '«': '»', '‘': '’', "'": "'" } as Record<string, string>)[open.text];
  if (!close) return -1;
  const end = text.indexOf(close, open.end);
  if (end < 0 || end - open.end > 150) return -1;
  const inside = text.slice(open.end, end);
  return /^[\p{Lu}\d]/u.test(inside) && !inside.includes('\n') ? end + close.length : -1;
}

function quoteTokens(text: string): Token[] {
  const cache = new TokenCache(text);
  const out: Token[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!'“"«‘\''.includes(text[i]!)) continue;
    const t = cache.at(i);
    if (t && t.start === i) out.push(t);
  }
  return out;
}

/** Characters String.prototype.indexOf examined while `fn` ran. */
function indexOfWork(fn: () => void): number {
  const original = String.prototype.indexOf;
  let examined = 0;
  const spy = vi.spyOn(String.prototype, 'indexOf').mockImplementation(function (this: string, s: string, from = 0) {
    const at = original.call(this, s, from);
    examined += (at < 0 ? this.length : at) - Math.max(0, from);
    return at;
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return examined;
}

afterEach(() => vi.restoreAllMocks());

describe('quoted titles are searched within their reach', () => {
  it('the same end as the unbounded search for every quote of the real texts and at the length limit', () => {
    const texts = realTextIds().map((id) => readFileSync(join(realTextDir, `${id}.txt`), 'utf8'));
    const near = (n: number) => `Tuyên bố “A${'b'.repeat(n - 1)}” và “Kế hoạch\nhành động” rồi “chữ thường”`;
    texts.push(near(149), near(150), near(151), '“Hiệp định '.repeat(300), 'Tuyên bố «Tầm nhìn» và ‘Kế hoạch’');
    let quotes = 0;
    let titles = 0;
    for (const text of texts) {
      for (const open of quoteTokens(text)) {
        quotes++;
        const end = quotedTitle(text, open);
        expect(end).toBe(unbounded(text, open));
        if (end >= 0) titles++;
      }
    }
    expect(quotes).toBeGreaterThan(300);
    expect(titles).toBeGreaterThan(5);
  });

  it('a text of unclosed opening quotes: twice the text, about twice the characters examined', () => {
    const work = (n: number) => indexOfWork(() => extractEntities('“Hiệp định '.repeat(n)));
    const small = work(2_000);
    const large = work(4_000);
    expect(large / small).toBeLessThan(2.3);
  });
});
