// Generated bad input for the robustness tests and the benchmark (generated, so no 10 MB file is committed).
// Every generator is deterministic: the same input every run.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

const PARAS = [
  'Chiều 12/6, tại Hà Nội, Phó Thủ tướng Bùi Thanh Sơn đã tiếp Đại sứ Nhật Bản tại Việt Nam, trao đổi về các biện pháp thúc đẩy quan hệ Đối tác chiến lược toàn diện giữa hai nước.',
  'Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực kinh tế số, chuyển đổi xanh, bán dẫn và đào tạo nguồn nhân lực chất lượng cao, đồng thời sớm triển khai các dự án hạ tầng chiến lược.',
  'Phó Thủ tướng đề nghị Nhật Bản tiếp tục hỗ trợ Việt Nam thực hiện hiệu quả Hiệp định Đối tác Kinh tế Việt Nam - Nhật Bản (VJEPA) và Hiệp định CPTPP, mở cửa thị trường cho nông sản Việt Nam.',
  'Đại sứ Nhật Bản khẳng định Nhật Bản coi Việt Nam là đối tác quan trọng hàng đầu ở khu vực và mong muốn mở rộng hợp tác trong các lĩnh vực mới như khoa học công nghệ và đổi mới sáng tạo.',
  'Hai bên cũng trao đổi về các vấn đề khu vực và quốc tế cùng quan tâm, nhất trí phối hợp chặt chẽ tại các diễn đàn đa phương như Liên hợp quốc, ASEAN và APEC.',
];
const TITLE = 'Phó Thủ tướng Bùi Thanh Sơn tiếp Đại sứ Nhật Bản';

/** A plausible article (head with metadata, h1, sapo, body) with `extra` HTML after the body. */
export function articlePage(extra = '', opts: { body?: string; charsetMeta?: string } = {}): string {
  const body = opts.body ?? PARAS.map((p) => `<p>${p}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="${opts.charsetMeta ?? 'utf-8'}"><title>${TITLE}</title>
<meta property="og:type" content="article"><meta property="og:title" content="${TITLE}">
<meta property="article:published_time" content="2025-06-12T15:00:00+07:00"></head><body>
<header><nav><a href="/">Trang chủ</a> <a href="/the-gioi">Thế giới</a></nav></header>
<article class="article-detail"><h1 class="article-title">${TITLE}</h1>
<p class="sapo">Phó Thủ tướng Bùi Thanh Sơn đề nghị hai bên tiếp tục làm sâu sắc quan hệ Đối tác chiến lược toàn diện Việt Nam - Nhật Bản.</p>
<div class="article-body">${body}</div></article>${extra}</body></html>`;
}

/** About `bytes` of HTML: the article, then heavy markup (ads, menus, attributes) with little text. */
export function hugeMarkupPage(bytes = 10 * 1024 * 1024): string {
  const unit =
    '<div class="ad-slot banner" data-tracking="abcdefghijklmnopqrstuvwxyz0123456789" style="width:300px;height:250px"><a href="/quang-cao/1" class="ad-link"><img src="/ads/banner.gif" width="300" height="250" alt=""></a><span class="ad-label">QC</span></div>\n';
  const n = Math.ceil(bytes / Buffer.byteLength(unit));
  return articlePage(`<aside class="ads">${unit.repeat(n)}</aside>`);
}

/** About `bytes` of HTML that is mostly text: the article, then a huge comment thread. */
export function hugeTextPage(bytes = 10 * 1024 * 1024): string {
  const unit = `<div class="comment"><p>${PARAS[3]}</p></div>\n`;
  return articlePage(`<section class="comments">${unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)))}</section>`);
}

/** `count` element nodes after the article (a flat sidebar of small items). */
export function manyNodesPage(count = 100_000): string {
  const items: string[] = [];
  for (let i = 0; i < count / 2; i++) items.push(`<li><span>Mục ${i}</span></li>`);
  return articlePage(`<aside><ul class="tags">${items.join('')}</ul></aside>`);
}

/** The article's paragraphs inside `depth` nested divs. */
export function deepPage(depth = 5000): string {
  const body = '<div>'.repeat(depth) + PARAS.map((p) => `<p>${p}</p>`).join('') + '</div>'.repeat(depth);
  return articlePage('', { body });
}

/** An article with iframes and a frameset fragment around it. */
export function framesPage(): string {
  const frames = Array.from(
    { length: 50 },
    (_, i) => `<iframe src="https://quangcao.example/${i}" width="300" height="250"></iframe>`,
  ).join('');
  return articlePage(
    `${frames}<frameset><frame src="a.html"></frameset><noframes><p>Không hỗ trợ khung.</p></noframes>`,
  );
}

/** The article body inside a declarative shadow root (as some web-component sites ship it). */
export function shadowDomPage(): string {
  const body = `<div class="shadow-host"><template shadowrootmode="open"><style>p{margin:0}</style>${PARAS.map((p) => `<p>${p}</p>`).join('')}<slot></slot></template><p>${PARAS[0]}</p></div>`;
  return articlePage('', { body });
}

/** The article followed by an infinite-scroll list of `count` related stories. */
export function infiniteScrollPage(count = 5000): string {
  const items = Array.from(
    { length: count },
    (_, i) =>
      `<div class="item-news"><h3><a href="/bai-lien-quan-${i}.html">Tin liên quan số ${i}: hợp tác Việt Nam - Nhật Bản trong lĩnh vực ${i % 7}</a></h3><p class="sapo">Tóm tắt tin liên quan số ${i}.</p></div>`,
  );
  return articlePage(
    `<section class="box-related infinite-scroll">${items.join('')}<div class="loading">Đang tải thêm...</div></section>`,
  );
}

export const NO_TEXT_PAGE =
  '<!DOCTYPE html><html lang="vi"><head><title></title></head><body><div><img src="/a.jpg"><div></div><span> </span></div></body></html>';
export const EMPTY_PAGE = '';

/** The start of a PDF file: what a tab showing a PDF, or a mislabelled download, gives as "HTML". */
export function pdfBytes(): Uint8Array {
  const head =
    '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Length 44 >>\nstream\n';
  const out = new Uint8Array(head.length + 4096);
  for (let i = 0; i < head.length; i++) out[i] = head.charCodeAt(i) & 0xff;
  let seed = 7;
  for (let i = head.length; i < out.length; i++) out[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
}

/** A real windows-1258 page (combining tone marks), from the CLI fixtures. */
export function windows1258Bytes(): Uint8Array {
  return new Uint8Array(readFileSync(join(here, '../cli/fixtures/windows-1258-article.html')));
}

/**
 * TCVN3 (ABC): Vietnamese letters in font-specific bytes 0xA1-0xFF, under a charset label browsers do not know.
 * A small table (the common letters) is enough to make a page that looks like what old sites serve.
 */
const TCVN3: Record<string, number> = {
  à: 0xb5,
  á: 0xb8,
  ả: 0xb6,
  ã: 0xb7,
  ạ: 0xb9,
  â: 0xa9,
  ầ: 0xc7,
  ấ: 0xca,
  ậ: 0xcb,
  ă: 0xa8,
  ắ: 0xbe,
  đ: 0xae,
  Đ: 0xa7,
  è: 0xcc,
  é: 0xd0,
  ê: 0xaa,
  ề: 0xd2,
  ế: 0xd5,
  ệ: 0xd6,
  ì: 0xd7,
  í: 0xdd,
  ị: 0xde,
  ò: 0xdf,
  ó: 0xe3,
  ô: 0xab,
  ồ: 0xe5,
  ố: 0xe8,
  ộ: 0xe9,
  ơ: 0xac,
  ờ: 0xea,
  ớ: 0xed,
  ợ: 0xee,
  ù: 0xef,
  ú: 0xf3,
  ụ: 0xf4,
  ư: 0xad,
  ừ: 0xf5,
  ứ: 0xf8,
  ự: 0xf9,
  ỳ: 0xfa,
  ý: 0xfd,
  ỹ: 0xfc,
  ọ: 0xe4,
  ủ: 0xf1,
  ể: 0xd3,
  ở: 0xeb,
  ữ: 0xf7,
  ử: 0xf6,
  ỉ: 0xd8,
  ĩ: 0xdc,
  ẩ: 0xc8,
  ẫ: 0xc9,
  ỗ: 0xe7,
  ổ: 0xe6,
};

export function tcvn3Bytes(label = 'x-viet-tcvn3'): Uint8Array {
  const html = articlePage('', { charsetMeta: label }).normalize('NFC').toLowerCase();
  const bytes: number[] = [];
  for (const ch of html) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else bytes.push(TCVN3[ch] ?? 0x3f);
  }
  return new Uint8Array(bytes);
}

/** VNI-Windows: base letter plus a Latin-1 byte for the mark ("Vieät"), served as windows-1252. */
export function vniBytes(): Uint8Array {
  const html = articlePage('', { charsetMeta: 'windows-1252' }).normalize('NFD');
  const marks: Record<string, number> = {
    '\u0300': 0xf8,
    '\u0301': 0xf9,
    '\u0309': 0xfb,
    '\u0303': 0xf5,
    '\u0323': 0xef,
    '\u0302': 0xe2,
    '\u0306': 0xea,
    '\u031b': 0xf6,
  };
  const bytes: number[] = [];
  for (const ch of html) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (marks[ch] !== undefined) bytes.push(marks[ch]!);
    else if (ch === 'đ') bytes.push(0xf1);
    else if (ch === 'Đ') bytes.push(0xd1);
    else bytes.push(0x3f);
  }
  return new Uint8Array(bytes);
}

export interface BadInput {
  name: string;
  /** Builds the HTML text, or bytes to go through decodeHtmlBytes first (as the CLI reads a saved file). */
  make: () => string | Uint8Array;
  /** What a correct answer is: an article, a not-article, or either (a clear verdict is all that is asked). */
  expect: 'article' | 'not-article' | 'either';
  /** Counts toward the "huge pages" worst-case time in the benchmark. */
  huge?: boolean;
}

/** All generated bad inputs; each is built only when its `make` is called (the 10 MB strings too). */
export function badInputs(): BadInput[] {
  return [
    { name: '10 MB of HTML, mostly markup', make: () => hugeMarkupPage(), expect: 'article', huge: true },
    {
      name: '10 MB of HTML, mostly text (a comment thread)',
      make: () => hugeTextPage(),
      expect: 'article',
      huge: true,
    },
    { name: '100,000 element nodes', make: () => manyNodesPage(), expect: 'article', huge: true },
    { name: '5,000-deep nesting', make: () => deepPage(), expect: 'article', huge: true },
    {
      name: 'infinite-scroll list of 5,000 related stories',
      make: () => infiniteScrollPage(),
      expect: 'article',
      huge: true,
    },
    { name: 'frames and 50 iframes', make: () => framesPage(), expect: 'article' },
    { name: 'declarative shadow DOM', make: () => shadowDomPage(), expect: 'either' },
    { name: 'windows-1258 page', make: () => windows1258Bytes(), expect: 'article' },
    { name: 'TCVN3 page under an unknown charset label', make: () => tcvn3Bytes(), expect: 'either' },
    { name: 'VNI-Windows page served as windows-1252', make: () => vniBytes(), expect: 'either' },
    { name: 'page with no text', make: () => NO_TEXT_PAGE, expect: 'not-article' },
    { name: 'empty document', make: () => EMPTY_PAGE, expect: 'not-article' },
    { name: 'PDF bytes', make: () => pdfBytes(), expect: 'not-article' },
  ];
}
