import { describe, expect, it } from 'vitest';
import { replaceEnclosed } from '../../lib/text/enclosed';
import { stripEnd } from '../../lib/text/strip-end';

describe('scans that replace backtracking patterns', () => {
  it('replaces each enclosed part up to the next closing character, and keeps an unclosed one', () => {
    expect(replaceEnclosed('Hiệp định (cũ (TPP) nay) CPTPP', '(', ')', ' ')).toBe('Hiệp định   nay) CPTPP');
    expect(replaceEnclosed('“Tầm nhìn ASEAN 2045” năm 2015 «chưa đóng', '“"«‘', '”"»’', ' ')).toBe(
      '  năm 2015 «chưa đóng',
    );
    expect(replaceEnclosed('Sầm Hoa  (Vietnamnet)  , Minh (Reuters', '(', ')', ' ', true)).toBe(
      'Sầm Hoa , Minh (Reuters',
    );
    expect(replaceEnclosed(`${'('.repeat(50)}x`, '(', ')', ' ')).toBe(`${'('.repeat(50)}x`);
  });
  it('strips only the run at the end', () => {
    expect(stripEnd('https://x.vn/a//b///', /\//)).toBe('https://x.vn/a//b');
    expect(stripEnd('“Tên” ’', /[”’ ]/)).toBe('“Tên');
    expect(stripEnd(',,,', /,/)).toBe('');
  });
});
