// Small but complete Article/Entities values for the storage and popup tests.
import type { Article } from '../../lib/article';
import type { Entities } from '../../lib/entities';

export function makeArticle(n: number, over: Partial<Article> = {}): Article {
  const url = `https://baoquocte.vn/bai-viet-${n}.html`;
  const lead = `Chiều 24/5, Phó Thủ tướng Bùi Thanh Sơn tiếp Đại sứ Nhật Bản (bài ${n}).`;
  const bodyText = `Hai bên nhất trí thúc đẩy Hiệp định Đối tác Kinh tế Việt Nam - Nhật Bản (VJEPA).\n\nPhó Thủ tướng Bùi Thanh Sơn đề nghị Nhật Bản tiếp tục hỗ trợ.`;
  return {
    kind: 'article',
    url,
    canonicalUrl: url,
    domain: 'baoquocte.vn',
    siteName: 'Báo Quốc tế',
    title: `Phó Thủ tướng Bùi Thanh Sơn tiếp Đại sứ Nhật Bản ${n}`,
    authors: ['Thu Trang'],
    published: '2025-05-24T15:30:00+07:00',
    publishedNote: null,
    lead,
    bodyHtml: bodyText
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join(''),
    bodyText,
    images: [],
    lang: 'vi',
    wordCount: 40,
    extractor: { path: 'profile', profile: 'baoquocte', fallbackReason: null, ms: 12 },
    ...over,
  };
}

/** Entities whose spans really point into lead + "\n\n" + bodyText of makeArticle(). */
export function makeEntities(article: Article): Entities {
  const text = `${article.lead ?? ''}\n\n${article.bodyText}`;
  const spansOf = (needle: string) => {
    const spans = [];
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1))
      spans.push({ start: i, end: i + needle.length });
    return spans;
  };
  const personSpans = spansOf('Bùi Thanh Sơn');
  const agreementName = 'Hiệp định Đối tác Kinh tế Việt Nam - Nhật Bản';
  const agreementSpans = spansOf(agreementName);
  return {
    people: [
      {
        name: 'Bùi Thanh Sơn',
        key: 'bui thanh son',
        titles: ['Phó Thủ tướng'],
        organisation: null,
        mentions: personSpans.length,
        spans: personSpans,
        firstSentence: article.lead ?? '',
      },
    ],
    agreements: [
      {
        name: agreementName,
        key: 'hiep dinh doi tac kinh te viet nam - nhat ban',
        acronym: 'VJEPA',
        kind: 'agreement',
        year: null,
        mentions: agreementSpans.length,
        spans: agreementSpans,
        firstSentence: 'Hai bên nhất trí thúc đẩy Hiệp định Đối tác Kinh tế Việt Nam - Nhật Bản (VJEPA).',
      },
    ],
  };
}
