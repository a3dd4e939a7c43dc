import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote, foldWithOffsets, quoteSelector } from '../../lib/highlights';

const BODY =
  'Chiều 12/5, Thủ tướng tiếp Đại sứ Nhật Bản. Hai bên nhất trí thúc đẩy hợp tác quốc phòng.\n\n' +
  'Thủ tướng đề nghị Nhật Bản tiếp tục hỗ trợ Việt Nam trong chuyển đổi số. Hai bên nhất trí thúc đẩy hợp tác quốc phòng.\n\n' +
  'Đại sứ cho biết Nhật Bản coi trọng quan hệ Đối tác chiến lược toàn diện. Hai bên nhất trí thúc đẩy hợp tác quốc phòng.';

/** The selector of the n-th occurrence (0-based) of `quote` in `text`. */
function selectorOf(text: string, quote: string, n = 0) {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(quote, at + 1);
  return quoteSelector(text, at, at + quote.length);
}

describe('anchorQuote', () => {
  it('finds the quote in the text it was taken from, at its own place', () => {
    const s = selectorOf(BODY, 'tiếp tục hỗ trợ Việt Nam');
    expect(anchorQuote(BODY, s)).toEqual({ start: s.start, end: s.start! + s.quote.length });
  });

  it('tells repeated quotes apart by the text around them, without the offset', () => {
    const quote = 'Hai bên nhất trí thúc đẩy hợp tác quốc phòng.';
    for (const n of [0, 1, 2]) {
      const s = selectorOf(BODY, quote, n);
      const r = anchorQuote(BODY, { ...s, start: null })!;
      expect(r.start, `occurrence ${n}`).toBe(s.start);
    }
  });

  it('with the same context around each repeat, the one nearest the kept offset wins', () => {
    const text = 'Mở đầu. ' + 'xin chào các bạn, '.repeat(6) + 'hết.';
    const s = selectorOf(text, 'xin chào', 4);
    expect(anchorQuote(text, s)!.start).toBe(s.start);
  });

  it('finds an NFC quote in NFD text and the other way round; offsets are the text’s own', () => {
    const quote = 'Đối tác chiến lược toàn diện';
    const s = selectorOf(BODY, quote);
    const nfd = BODY.normalize('NFD');
    const r = anchorQuote(nfd, { ...s, start: null })!;
    expect(nfd.slice(r.start, r.end).normalize('NFC')).toBe(quote);
    const back = anchorQuote(BODY, {
      quote: quote.normalize('NFD'),
      prefix: s.prefix.normalize('NFD'),
      suffix: s.suffix.normalize('NFD'),
      start: null,
    })!;
    expect(BODY.slice(back.start, back.end)).toBe(quote);
  });

  it('ignores tone placement (hoà/hòa, thoả/thỏa, uỷ/ủy), Ð for Đ, case, white space and invisible characters', () => {
    const text = 'Ông nói: Ủy ban đã thỏa thuận về hòa bình với ĐOÀN đại biểu.\n\nCâu sau.';
    const r = anchorQuote(text, {
      quote: 'Uỷ ban đã thoả thuận về hoà\u00a0bình với Ðoàn',
      prefix: 'Ông nói:\u200b ',
      suffix: ' đại biểu.',
      start: null,
    })!;
    expect(text.slice(r.start, r.end)).toBe('Ủy ban đã thỏa thuận về hòa bình với ĐOÀN');
  });

  it('finds a quote across paragraphs whatever the white space between them (body text vs rendered text)', () => {
    const s = selectorOf(BODY, 'hợp tác quốc phòng.\n\nThủ tướng đề nghị');
    const rendered = BODY.replace(/\n\n/g, '');
    const r = anchorQuote(rendered, { ...s, quote: s.quote.replace(/\s+/g, ' '), start: null })!;
    expect(rendered.slice(r.start, r.end)).toBe('hợp tác quốc phòng.Thủ tướng đề nghị');
  });

  it('keeps its place after a refresh inserted text before it (the offset is stale, the words are not)', () => {
    const s = selectorOf(BODY, 'Hai bên nhất trí thúc đẩy hợp tác quốc phòng.', 1);
    const refreshed = 'Cập nhật: bài được bổ sung một đoạn mở đầu khá dài để mọi vị trí đều dịch đi.\n\n' + BODY;
    const r = anchorQuote(refreshed, s)!;
    expect(r.start).toBe(s.start! + refreshed.length - BODY.length);
  });

  it('anchors an edited quote between its unchanged context; a passage that is gone gives null', () => {
    const s = selectorOf(BODY, 'tiếp tục hỗ trợ Việt Nam trong chuyển đổi số');
    const edited = BODY.replace('hỗ trợ Việt Nam', 'giúp đỡ Việt Nam');
    const r = anchorQuote(edited, s)!;
    expect(edited.slice(r.start, r.end)).toBe('tiếp tục giúp đỡ Việt Nam trong chuyển đổi số');
    expect(anchorQuote('Một bài hoàn toàn khác, không còn câu nào như cũ.', s)).toBeNull();
    expect(anchorQuote(BODY, { quote: ' \n', prefix: '', suffix: '', start: null })).toBeNull();
  });

  it('stays cheap on a text that repeats the quote thousands of times', () => {
    const text = 'hiệp định '.repeat(100_000);
    const r = anchorQuote(text, { quote: 'hiệp định', prefix: '', suffix: ' hiệp định', start: null });
    expect(r).not.toBeNull();
  });

  it('any passage of any text is found again in the NFD form of the text (property)', () => {
    const syllable = fc.constantFrom(
      'Việt',
      'Nam',
      'hòa',
      'hoà',
      'bình',
      'thỏa',
      'thuận',
      'Ủy',
      'ban',
      'Đà',
      'Nẵng',
      'quốc',
      'phòng',
      '.',
      ',',
    );
    fc.assert(
      fc.property(fc.array(syllable, { minLength: 3, maxLength: 60 }), fc.nat(), fc.nat(), (words, a, b) => {
        const text = words.join(' ');
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const s = quoteSelector(text, start, end);
        if (!foldWithOffsets(s.quote).text) return;
        const nfd = text.normalize('NFD');
        const r = anchorQuote(nfd, { ...s, start: null });
        expect(r).not.toBeNull();
        expect(foldWithOffsets(nfd.slice(r!.start, r!.end)).text).toBe(foldWithOffsets(s.quote).text);
      }),
      { numRuns: 300 },
    );
  });
});
