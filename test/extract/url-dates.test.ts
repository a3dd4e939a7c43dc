// Dates an address encodes (round 2, class 4a): when a page states no date, the filing timestamp at the end of
// its address ("…-20221224083224103.htm") is read, with a note saying so; never any other number, never when
// the page states its own date.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../lib/article';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';
import { dateFromUrl } from '../../lib/meta';

const NOW = new Date('2025-06-01T00:00:00Z');

describe('dateFromUrl', () => {
  it.each([
    ['https://dantri.com.vn/the-gioi/thu-tuong-tiep-dai-su-20221224083224103.htm', '2022-12-24T08:32:24+07:00'],
    ['https://tuoitre.vn/viet-nam-va-nhat-ban-nang-cap-quan-he-20231127101500123.htm', '2023-11-27T10:15:00+07:00'],
    ['https://vtv.vn/the-gioi/hoi-nghi-asean-20190623091512.htm', '2019-06-23T09:15:12+07:00'],
    ['https://example.vn/tin/201206150830', '2012-06-15T08:30:00+07:00'],
  ])('%s', (url, iso) => {
    const d = dateFromUrl(url, '+07:00', NOW);
    expect(d?.iso).toBe(iso);
    expect(d?.note).toMatch(/address/);
  });

  it.each([
    'https://vnexpress.net/thu-tuong-tiep-dai-su-4800001.html', // an article id
    'https://cafef.vn/bai-viet-188221224083224103.chn', // another form: no plausible year at the start
    'https://example.vn/tin-20221324083224103.htm', // month 13
    'https://example.vn/tin-20220230083224103.htm', // 30 February
    'https://example.vn/tin-20221224253224103.htm', // hour 25
    'https://example.vn/tin-20991224083224103.htm', // the future
    'https://example.vn/tin-19801224083224103.htm', // before web news
    'https://example.vn/20221224083224103/bai-viet.htm', // not the end of the address
    'https://example.vn/tin-0912345678901.htm', // a phone-like number
    'https://example.vn/tin-2022122408.htm', // too short to be a moment
    'not an address',
  ])('nothing from %s', (url) => {
    expect(dateFromUrl(url, '+07:00', NOW)).toBeNull();
  });

  it('never throws, and anything it gives is a real moment', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{10,18}$/), fc.constantFrom('', '.htm', '.html', '/x'), (digits, end) => {
        const d = dateFromUrl(`https://example.vn/tin-${digits}${end}`, '+07:00', NOW);
        if (d?.iso) {
          expect(d.iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
          expect(Number.isNaN(new Date(d.iso).getTime())).toBe(false);
        }
      }),
    );
  });
});

const P = [
  'Hội nghị thượng đỉnh đã khai mạc sáng nay với sự tham dự của lãnh đạo hơn hai mươi quốc gia và vùng lãnh thổ trong khu vực.',
  'Các nhà lãnh đạo thảo luận về hợp tác kinh tế, an ninh năng lượng và ứng phó với biến đổi khí hậu trong giai đoạn mới.',
  'Nước chủ nhà đề xuất thành lập quỹ chung nhằm hỗ trợ các nước đang phát triển chuyển đổi sang năng lượng sạch.',
  'Hội nghị dự kiến thông qua tuyên bố chung vào cuối ngày mai, sau hai ngày làm việc với nhiều phiên thảo luận chuyên đề.',
];
function page(url: string, head = ''): Article {
  const html = `<!doctype html><html lang="vi"><head><title>Khai mạc hội nghị thượng đỉnh</title>${head}</head><body><article><h1>Khai mạc hội nghị thượng đỉnh về hợp tác năng lượng</h1>${P.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const r = extractArticle(parseHtml(html, url), url);
  if (r.kind !== 'article') throw new Error(r.reason);
  return r;
}

describe('in extraction', () => {
  const url = 'https://baomau.vn/the-gioi/khai-mac-hoi-nghi-20221224083224103.htm';
  it('a page stating no date gets its address’s timestamp, with a note', () => {
    const a = page(url);
    expect(a.published).toBe('2022-12-24T08:32:24+07:00');
    expect(a.publishedNote).toMatch(/inferred from the timestamp in its address/);
  });

  it('the page’s own date wins over its address', () => {
    const a = page(url, '<meta property="article:published_time" content="2022-12-25T10:00:00+07:00">');
    expect(a.published).toBe('2022-12-25T10:00:00+07:00');
  });

  it('not on a page in another language: its time zone is unknown, and a date is full or none', () => {
    const url2 = 'https://example.com/news/summit-opens-20221224083224103.htm';
    const html = `<!doctype html><html lang="en"><head><title>Summit opens</title></head><body><article><h1>Regional energy summit opens with leaders of twenty countries</h1>${[
      'Leaders of more than twenty countries and territories gathered on Monday for the opening of a regional summit on energy cooperation.',
      'They discussed economic cooperation, energy security and the response to climate change in the years ahead, officials said.',
      'The host country proposed a joint fund to help developing countries move to clean energy, according to a statement.',
    ]
      .map((p) => `<p>${p}</p>`)
      .join('')}</article></body></html>`;
    const r = extractArticle(parseHtml(html, url2), url2);
    expect(r.kind === 'article' && r.published).toBeNull();
  });

  it('an address with an article id gives no date', () => {
    expect(page('https://baomau.vn/the-gioi/khai-mac-hoi-nghi-4800001.html').published).toBeNull();
  });
});
