// Word lists that decide where an agreement's name ends. All entries are lower case with canonical tone
// placement (the scanner works on canonicalTones text), so "hoà"/"hòa" need no second entry.
import { canonicalTones } from '../../text';
import { COUNTRIES, PLACES } from '../../lexicon';

const set = (words: string) =>
  new Set(
    words
      .split(',')
      .map((w) => canonicalTones(w.trim()))
      .filter(Boolean),
  );

/** A head followed by one of these is a reference back ("Công ước trên", "Hiệp định này"), not a name. */
export const ANAPHORA = set('này, đó, ấy, trên, nói, kia, đây, nêu, vừa, mới, cũng, đã, sẽ, được, là, rằng, với, cho');

/**
 * Words (and two-word phrases) that end a name: auxiliaries, adverbs, conjunctions and the verbs that most often follow an
 * agreement's name in the news ("Hiệp định EVFTA đã có hiệu lực", "Hiến chương ... và các nguyên tắc").
 */
export const STOP_WORDS = set(
  [
    'đã, đang, sẽ, được, bị, là, vừa, mới, cũng, vẫn, còn, chưa, đều, luôn, rất, thì, mà, nên, nhưng, song, tuy, khi',
    'nếu, vì, do, để, nhằm, bằng, theo, sau, trước, kể, có, hay, hoặc, cùng, tới, ra, rồi, lại, nhất, hơn',
    'này, đó, ấy, đây, kia, rằng, như, gồm, bao gồm, nêu, nói, ký, kí, phê, thông qua, hiệu lực, hiệu quả',
    'chính thức, tiếp tục, sớm, đặt, nhấn, khẳng, cho, kêu, yêu cầu, đề nghị, đề ra, đề cập, đề xuất, ghi nhận, tạo',
    'mang, giúp, góp, mở ra, mở rộng, đưa, đạt, thực hiện, cam kết, hướng tới, hướng đến, dự kiến, bắt đầu',
    'bổ sung cho, trong khi, nhờ, giữa lúc, tại đây, hết, xong, bất chấp, chấm dứt, ngay, chỉ, phải, cần, muốn, nhất trí, thống nhất',
    'ủng hộ, tôn trọng, tuân thủ, vi phạm, áp dụng, hoan nghênh, ngày, tháng, hôm, sáng, chiều, tối, trưa, đêm, lần, qua, từng, nay, hiện, thêm, nữa, cả, với',
    // A price or an amount after a loan agreement's name ("... Dự án Cầu Đầm Vạc trị giá 21,8 triệu USD").
    'trị giá, có giá trị, tổng trị giá',
    // A negation or a verb of time that starts the predicate ("... không chỉ mang lại", "... sắp có hiệu lực").
    'không, sắp, đi vào, bước vào, tiến tới',
    // "chưa có Thỏa thuận hòa bình nào": any, none (index.ts drops the head).
    'nào',
  ].join(', '),
);

/** First words of the stop phrases of two or three words ("thông qua", "có giá trị"). */
export const STOP_PHRASE_STARTS = new Set([...STOP_WORDS].filter((w) => w.includes(' ')).map((w) => w.split(' ')[0]!));

/** After "về" these begin the topic of the sentence, not of the name ("Tuyên bố ... về các kết quả"). */
export const PLURALS = set('các, những, một, mọi, nhiều, cả');

/** After "và" these begin a new phrase, not the rest of a name ("Hiến chương ... và các nguyên tắc"). */
export const DETERMINERS = new Set([
  ...PLURALS,
  // ... and the verbs that start the next clause ("Thỏa thuận Paris ... và triển khai ...").
  ...set('luật, việc, sự, triển, thúc, tăng, chia, nâng, phối, mở, đẩy, giải, tạo, khởi, đề, ký, kí, hướng, cùng'),
]);

/** Connectors that join the parts of a name only when a capitalised word follows ("của Việt Nam"). */
export const CONNECT_BEFORE_CAPITAL = set('của, ở, tại, trên, với, thuộc');

/**
 * Connectors that join a capitalised word or one of a few lower-case continuations inside a long descriptive
 * name ("vào các hoạt động", "trong lĩnh vực di cư", "cho dự án").
 */
export const CONNECT_BEFORE_CAPITAL_OR_PLURAL: ReadonlyMap<string, string[]> = new Map([
  ['trong', ['các', 'lĩnh vực']],
  ['vào', ['các']],
  ['cho', ['dự án', 'các dự án']],
]);

/** Connectors that always continue a name ("về Luật Biển", "giữa hai Bộ", "từ năm 2021 đến năm 2025"). */
export const CONNECT_ALWAYS = set('về, giữa');

/** Locatives that continue a lower-case descriptive name ("trên đất liền", "ở vùng biển nằm ngoài ..."). */
export const LOCATIVES = set('trên, ở');

/** "giữa hai nước", "giữa hai bên": the sentence's two sides, not a name's parties ("giữa hai Bộ"). */
export const GENERIC_SIDES = set('nước, bên, phía, quốc gia, nền');

/** Meetings, whose session a name may state ("Biên bản Kỳ họp lần thứ 39", "Hội nghị ... lần thứ 58"). */
export const MEETING_WORDS = set(
  'hội nghị, kỳ họp, phiên, khóa, đại hội, cuộc họp, hội đàm, cấp cao, thượng đỉnh, diễn đàn',
);

/** Connectors of a period ("từ năm 2021 đến năm 2025", "giai đoạn 2021-2025"). */
export const CONNECT_PERIOD = set('từ, đến, giai');

/**
 * Two-syllable words that contain a stop word but belong in a name ("Thương mại tự do", "Bộ Giáo dục và
 * Đào tạo", "trang thiết bị", "nguyên tắc cơ bản chỉ đạo"): a stop word in one of them does not stop.
 */
export const COMPOUNDS = set(
  [
    'tự do, công bằng, cân bằng, đào tạo, sáng tạo, chế tạo, kiến tạo, cải tạo, thiết bị, trang bị, phòng bị',
    'vấn đề, chủ đề, chỉ đạo, tiếp cận, thực thi, hướng dẫn, dự án, đề án, phạm vi, hành vi, định hướng, xu hướng',
    'trực tiếp, tất cả, tạo thuận, duy nhất, hiện đại, hậu cần, chỉ huy, địa chỉ, trợ giúp, đóng góp, lắp đặt, tín chỉ, chỉ số, hai lần, song phương, song song, đổi mới',
    // Nouns made on a verb that opens a clause elsewhere: "lao động, việc làm và an sinh xã hội", "phát triển bền vững".
    'việc làm, phát triển',
    // Free of nuclear weapons ("Khu vực ... không có vũ khí hạt nhân").
    'không có',
    // ... and words built on "không" (air, space): "hàng không", "không gian", "phòng không".
    'hàng không, không gian, không khí, không quân, phòng không, không phận, không lưu',
  ].join(', '),
);

/** Three-word fixed phrases with a stop word inside ("Doanh nghiệp nhỏ và vừa", non-proliferation, non-aggression). */
export const FIXED_TRIPLES = set('nhỏ và vừa, có tổ chức, không phổ biến, không xâm phạm');

/** A head right after one of these is part of another name ("Luật Thỏa thuận quốc tế năm 2020"). */
export const BLOCKING_PREDECESSORS = set(
  [
    'luật, dự luật, pháp lệnh, ủy ban, uỷ ban, ban, hội đồng, viện, cục, vụ, quỹ, văn phòng',
    // "Tổ chức Hiệp ước Bắc Đại Tây Dương", "Ban Thư ký Công ước ...": bodies named after a treaty (two words are
    // read before a head: "Thư ký" stands for "Ban Thư ký").
    'tổ chức, liên minh, khối, diễn đàn, cơ quan, thư ký, nhóm, trung tâm, tòa án, toà án',
  ].join(', '),
);

/**
 * Before a head these make it a class of agreements ("các hiệp định", "những thỏa thuận", "một số Công ước"), or
 * one of a class not yet named: indefinite ("ký một Hiệp định thương mại tự do với Mỹ", "bất kỳ Hiệp định ...").
 */
export const PLURAL_PREDECESSORS = set(
  'các, những, mọi, nhiều, một số, hàng loạt, loạt, hai, ba, bốn, vài, mấy, số, một, bất kỳ, bất cứ',
);

/**
 * Verbs that, right after a capitalised word of a name, start the rest of the sentence ("Công ước Viên quy
 * định", "Thỏa thuận Paris thúc đẩy"). Inside a lower-case stretch they may belong to the name ("Kế hoạch hành
 * động thúc đẩy hợp tác ..."), so they stop only after a capital, an acronym or a number.
 */
export const VERBS_AFTER_NAME = set(
  [
    'quy định, nêu rõ, thúc đẩy, tăng cường, đánh dấu, mở đường, tạo ra, chứng minh, cho thấy, bảo đảm, đảm bảo',
    'trở thành, giữ vai trò, đóng vai trò, là, gồm, bao gồm, xác định, khẳng định, thể hiện, phản ánh, mang lại',
    'nhằm, hướng tới, tiếp tục, vẫn, đặt ra, ra đời, bị, được, sẽ, đã, có',
  ].join(', '),
);

/** Word pairs written with a comma inside a name's topic ("phòng, chống khai thác ...", "phát thanh, truyền hình"). */
export const COMMA_PAIRS = set('phòng chống, phát thanh truyền hình, văn hóa thể thao, khoa học công nghệ');

/** Words that link the parts of a name; never a topic word themselves. */
export const CONNECTORS = set('về, giữa, của, ở, tại, trên, với, thuộc, và, từ, đến, trong, vào, cho, năm, đối với');

/**
 * A head followed right away by one of these is not followed by a name: "Thỏa thuận với Mỹ" (a deal with),
 * "Tuyên bố tại cuộc họp báo" (a statement at), "Hiệp định như vậy".
 */
export const NOT_OPENING_A_NAME = set('với, tại, ở, trên, thuộc, như, nào, cùng, mà, thì');

/** "về" + one of these is an adverbial ("về cơ bản" = basically, "về phía", "về mặt"), not a name's topic. */
export const VE_PHRASES_ENDING_A_NAME = set('cơ, phía, mặt, phần, nước, nhà, sau, lâu');

/** A convention or treaty written in lower case names one when its topic opens with one of these ("công ước cấm vũ khí hóa học"). */
export const TREATY_TOPIC_OPENERS = set('cấm, chống, không, về');

/**
 * Syllables of the words that only say what kind of instrument it is ("thương mại tự do", "hợp tác chiến
 * lược toàn diện", "đối tác kinh tế"): a lower-case description made of these alone names a class of
 * agreements, not one ("các Hiệp định thương mại tự do").
 */
export const TYPE_WORDS = new Set(
  [
    'thương mại, tự do, hợp tác, đối tác, kinh tế, toàn diện, song phương, đa phương, khu vực, quốc tế, chiến lược',
    'đầu tư, thế hệ, mới, chung, cấp cao, liên chính phủ, hữu nghị, lịch sử, quan trọng, chính thức, sơ bộ, cuối cùng',
    'tạm thời, ban đầu, khung, hai nước, hai bên, các bên, tiến bộ, sâu rộng, chất lượng, cao',
  ]
    .join(', ')
    .split(/[\s,]+/u)
    .filter(Boolean)
    .map((w) => canonicalTones(w)),
);

/** Nouns that are also verbs (so stop words) but open a topic after "về": "Nghị định thư về yêu cầu kiểm dịch". */
export const NOUNS_AFTER_VE = set('yêu cầu, thực hiện, cam kết');

/**
 * Syllables of the words that name a class of agreements ("Hiệp định Thương mại tự do", "Hiệp định Đối tác
 * kinh tế toàn diện", "Hiệp định Đối tác và Hợp tác toàn diện"): a name made of these alone, with no
 * acronym, party or year, is a class or a short form, reported only when it merges into one longer name.
 */
export const CLASS_WORDS = set(
  'thương, mại, tự, do, đầu, tư, hợp, tác, kinh, tế, đối, toàn, diện, song, phương, đa, khu, vực, thế, hệ, mới, khung, và',
);

/** A plan that implements a domestic instrument ("Kế hoạch hành động thực hiện Nghị quyết 36"), not an agreement. */
export const DOMESTIC_INSTRUMENTS = set(
  'nghị quyết, chỉ thị, quyết định, nghị định, thông tư, kết luận, luật, pháp lệnh, công điện, đề án, chương trình mục tiêu',
);

/**
 * Acronyms of international bodies: a plan or programme whose name holds one is made with it ("Kế hoạch hành
 * động Hà Nội triển khai Tầm nhìn ARF 2020"), not a domestic one.
 */
export const INTERNATIONAL_BODIES: ReadonlySet<string> = new Set(
  'ASEAN, ARF, EU, EC, LHQ, UN, UNSC, APEC, ASEM, EAS, ADMM, WTO, NATO, G7, G20, BRICS, SCO, OECD, IMF, WB, ADB, AIIB, MRC, GMS, CLMV, CLV, EAEU, EFTA, IAEA, WHO, ILO, FAO, UNESCO, UNDP, UNICEF, IMO, OPEC, AU, OSCE, CPTPP'
    .split(',')
    .map((w) => w.trim()),
);

const PLACE_NAMES = new Set(PLACES.map((p) => canonicalTones(p.toLowerCase())));
/** A country, province, city or sea ("Việt Nam", "Hà Nội", "Biển Đông"), by the shared gazetteer. */
export const isPlaceName = (words: string) => PLACE_NAMES.has(canonicalTones(words.toLowerCase()));

const STATE_NAMES = new Set(
  COUNTRIES.flatMap((c) => c.forms.map((f) => canonicalTones(f.replace(/^~/u, '').toLowerCase()))),
);
/** A state in any of its forms ("Mỹ", "Hoa Kỳ", "Cộng hòa Dân chủ Nhân dân Lào"), by lib/lexicon/countries.ts. */
export const isStateName = (words: string) => STATE_NAMES.has(canonicalTones(words.toLowerCase()));

/** Words that open a person's name ("ông Trump"): an instrument is never named after a person so. */
export const PERSON_HONORIFICS = set('ông, bà, ngài');
