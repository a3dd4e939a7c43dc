// Head words that open the name of an international agreement, curated from
// /work/shared/reference/lexicon/agreement-heads.tsv (Law on International Treaties 2016 art. 2.1, Law on
// International Agreements 2020 art. 6, news usage). See lib/lexicon/README.md for what was left out and why.
import type { AgreementKind } from './agreement-kinds';

/**
 * How much a head needs around it before it names one instrument:
 * - 'name': a specific name after it (the default);
 * - 'parties': also the parties ("giữa A và B") or a signing verb just before ("ký kết Chương trình phối hợp
 *   ..."): the programme and plan heads, which otherwise name a body's own programme ("Chương trình hành động
 *   của Tỉnh ủy", "Chương trình Truyền hình ...");
 * - 'capital': a capitalised word right after it and the parties or signing ("Biên bản Kỳ họp lần thứ 39 ...
 *   giữa Chính phủ Việt Nam và Chính phủ Lào"), since "biên bản" is any written record.
 */
export type HeadNeeds = 'name' | 'parties' | 'capital';

export interface AgreementHead {
  /** The head as usually written; only its first letter must be a capital in the text. */
  head: string;
  /** Other spellings (tone placement variants need not be listed: matching folds them). */
  variants: string[];
  kind: AgreementKind;
  english: string;
  needs?: HeadNeeds;
  /**
   * Also a head written in lower case, when a proper name, a treaty topic or the parties follow ("thỏa thuận
   * Minsk", "thỏa thuận hạt nhân Iran", "công ước cấm vũ khí hóa học", "tuyên bố chung Việt Nam - Lào"). Only
   * heads that name treaties and joint statements: the lower-case "tuyên bố", "kế hoạch", "chương trình" are
   * everyday words.
   */
  lower?: boolean;
  /** Written exactly so, in capitals (the acronym "FTA" heading "FTA Việt Nam - EU"). */
  exact?: boolean;
}

export const AGREEMENT_HEADS: readonly AgreementHead[] = [
  { head: 'Hiệp ước', variants: [], kind: 'treaty', english: 'Treaty', lower: true },
  { head: 'Công ước khung', variants: [], kind: 'convention', english: 'Framework Convention', lower: true },
  { head: 'Công ước', variants: [], kind: 'convention', english: 'Convention', lower: true },
  { head: 'Hiệp định khung', variants: [], kind: 'framework-agreement', english: 'Framework Agreement', lower: true },
  { head: 'Hiệp định', variants: [], kind: 'agreement', english: 'Agreement', lower: true },
  { head: 'Hiệp nghị', variants: [], kind: 'agreement', english: 'Accord (historic usage)' },
  { head: 'Định ước', variants: [], kind: 'treaty', english: 'Act (Final Act)' },
  { head: 'Thỏa thuận khung', variants: [], kind: 'framework-agreement', english: 'Framework Agreement', lower: true },
  { head: 'Thỏa thuận', variants: [], kind: 'agreement', english: 'Agreement / Arrangement', lower: true },
  { head: 'Thỏa ước', variants: [], kind: 'agreement', english: 'Accord' },
  { head: 'Nghị định thư', variants: [], kind: 'protocol', english: 'Protocol', lower: true },
  { head: 'Bản ghi nhớ', variants: ['Biên bản ghi nhớ'], kind: 'mou', english: 'Memorandum of Understanding' },
  { head: 'Công hàm trao đổi', variants: [], kind: 'agreement', english: 'Exchange of Notes' },
  { head: 'Ý định thư', variants: ['Thư ý định'], kind: 'other', english: 'Letter of Intent' },
  { head: 'Biên bản thỏa thuận', variants: [], kind: 'agreement', english: 'Record of agreement' },
  {
    head: 'Biên bản',
    variants: [],
    kind: 'other',
    english: 'Signed minutes (of a joint committee session)',
    needs: 'capital',
  },
  { head: 'Thông cáo chung', variants: [], kind: 'declaration', english: 'Joint Communiqué', lower: true },
  {
    head: 'Tuyên bố tầm nhìn chung',
    variants: [],
    kind: 'declaration',
    english: 'Joint Vision Statement',
    lower: true,
  },
  { head: 'Tuyên bố chung', variants: [], kind: 'declaration', english: 'Joint Statement', lower: true },
  { head: 'Tuyên bố', variants: [], kind: 'declaration', english: 'Declaration' },
  { head: 'Tầm nhìn chung', variants: [], kind: 'declaration', english: 'Joint Vision' },
  { head: 'Kế hoạch hành động', variants: [], kind: 'action-plan', english: 'Plan of Action', needs: 'parties' },
  { head: 'Kế hoạch hợp tác', variants: [], kind: 'action-plan', english: 'Cooperation Plan', needs: 'parties' },
  { head: 'Kế hoạch phối hợp', variants: [], kind: 'action-plan', english: 'Coordination Plan', needs: 'parties' },
  { head: 'Chương trình hợp tác', variants: [], kind: 'other', english: 'Cooperation Programme', needs: 'parties' },
  { head: 'Chương trình phối hợp', variants: [], kind: 'other', english: 'Coordination Programme', needs: 'parties' },
  {
    head: 'Chương trình hành động',
    variants: [],
    kind: 'action-plan',
    english: 'Programme of Action',
    needs: 'parties',
  },
  { head: 'Hiến chương', variants: [], kind: 'charter', english: 'Charter' },
  { head: 'Bộ Quy tắc ứng xử', variants: ['Quy tắc ứng xử'], kind: 'code-of-conduct', english: 'Code of Conduct' },
  { head: 'Đồng thuận', variants: [], kind: 'consensus', english: 'Consensus' },
  {
    head: 'FTA',
    variants: [],
    kind: 'fta',
    english: 'Free Trade Agreement (acronym before the parties: "FTA Việt Nam - EU")',
    exact: true,
  },
];
