// Word lists that decide where an agreement's name ends. All entries are lower case with canonical tone
// placement (the scanner works on canonicalTones text), so "hoà"/"hòa" need no second entry.
import { canonicalTones } from '../../text/normalize';

const set = (words: string) => new Set(words.split(/\s*,\s*/).map((w) => canonicalTones(w.trim())).filter(Boolean));

/** A head followed by one of these is a reference back ("Công ước trên", "Hiệp định này"), not a name. */
export const ANAPHORA = set('này, đó, ấy, trên, nói, kia, đây, nêu, vừa, mới, cũng, đã, sẽ, được, là, rằng, với, cho');

/**
 * Words (and two-word phrases) that end a name: auxiliaries, adverbs, conjunctions and the verbs that most often follow an
 * agreement's name in the news ("Hiệp định EVFTA đã có hiệu lực", "Hiến chương ... và các nguyên tắc").
 */
export const STOP_WORDS = set(
  [
    'đã, đang, sẽ, được, bị, là, vừa, mới, cũng, vẫn, còn, chưa, đều, luôn, rất, thì, mà, nên, nhưng, song, tuy, khi',
    'nếu, vì, do, để, nhằm, bằng, theo, sau, trước, kể, có, hay, hoặc, cùng, tới, sang, lên, ra, rồi, lại, nhất, hơn',
    'này, đó, ấy, trên, đây, kia, rằng, như, gồm, bao, nêu, nói, ký, kí, phê, thông qua, hiệu, chính thức, tiếp, sớm',
    'đặt, nhấn, khẳng, cho, kêu, yêu, đề, ghi, tạo, mang, giúp, góp, mở, đưa, đạt, thực, triển, cam, hướng, dự, bắt',
    'trong khi, nhờ, giữa lúc, tại đây, hết, xong, bất, chấm, ngay, chỉ, phải, cần, muốn, nhất trí, thống nhất',
    'ủng, tôn, tuân, vi, áp, hoan, ngày, tháng, lần, qua, từng, vốn, nay, hiện, thêm, nữa, cả, với',
  ].join(', '),
);

/** After "về" these begin the topic of the sentence, not of the name ("Tuyên bố ... về các kết quả"). */
export const PLURALS = set('các, những, một, mọi, nhiều, cả');

/** After "và" these begin a new phrase, not the rest of a name ("Hiến chương ... và các nguyên tắc"). */
export const DETERMINERS = new Set([...PLURALS, ...set('luật, việc, sự')]);

/** Connectors that join the parts of a name only when a capitalised word follows ("của Việt Nam"). */
export const CONNECT_BEFORE_CAPITAL = set('của, ở, tại, với, thuộc');

/** Connectors that may also be followed by "các" inside a long descriptive name ("vào các hoạt động"). */
export const CONNECT_BEFORE_CAPITAL_OR_PLURAL = set('trong, vào');

/** Connectors that always continue a name ("về Luật Biển", "giữa hai Bộ", "từ năm 2021 đến năm 2025"). */
export const CONNECT_ALWAYS = set('về, giữa');

/** Connectors of a period ("từ năm 2021 đến năm 2025", "giai đoạn 2021-2025"). */
export const CONNECT_PERIOD = set('từ, đến, giai');
