// Head words that open the name of an international agreement, curated from
// /work/shared/reference/lexicon/agreement-heads.tsv (Law on International Treaties 2016 art. 2.1, Law on
// International Agreements 2020 art. 6, news usage). See lib/lexicon/README.md for what was left out and why.
import type { AgreementKind } from '../entities/types';

export interface AgreementHead {
  /** The head as usually written; only its first letter must be a capital in the text. */
  head: string;
  /** Other spellings (tone placement variants need not be listed: matching folds them). */
  variants: string[];
  kind: AgreementKind;
  english: string;
}

export const AGREEMENT_HEADS: readonly AgreementHead[] = [
  { head: 'Hiệp ước', variants: [], kind: 'treaty', english: 'Treaty' },
  { head: 'Công ước khung', variants: [], kind: 'convention', english: 'Framework Convention' },
  { head: 'Công ước', variants: [], kind: 'convention', english: 'Convention' },
  { head: 'Hiệp định khung', variants: [], kind: 'framework-agreement', english: 'Framework Agreement' },
  { head: 'Hiệp định', variants: [], kind: 'agreement', english: 'Agreement' },
  { head: 'Hiệp nghị', variants: [], kind: 'agreement', english: 'Accord (historic usage)' },
  { head: 'Định ước', variants: [], kind: 'treaty', english: 'Act (Final Act)' },
  { head: 'Thỏa thuận khung', variants: [], kind: 'framework-agreement', english: 'Framework Agreement' },
  { head: 'Thỏa thuận', variants: [], kind: 'agreement', english: 'Agreement / Arrangement' },
  { head: 'Thỏa ước', variants: [], kind: 'agreement', english: 'Accord' },
  { head: 'Nghị định thư', variants: [], kind: 'protocol', english: 'Protocol' },
  { head: 'Bản ghi nhớ', variants: ['Biên bản ghi nhớ'], kind: 'mou', english: 'Memorandum of Understanding' },
  { head: 'Công hàm trao đổi', variants: [], kind: 'agreement', english: 'Exchange of Notes' },
  { head: 'Ý định thư', variants: ['Thư ý định'], kind: 'other', english: 'Letter of Intent' },
  { head: 'Biên bản thỏa thuận', variants: [], kind: 'agreement', english: 'Record of agreement' },
  { head: 'Thông cáo chung', variants: [], kind: 'declaration', english: 'Joint Communiqué' },
  { head: 'Tuyên bố chung', variants: [], kind: 'declaration', english: 'Joint Statement' },
  { head: 'Tuyên bố', variants: [], kind: 'declaration', english: 'Declaration' },
  { head: 'Tầm nhìn chung', variants: [], kind: 'declaration', english: 'Joint Vision' },
  { head: 'Kế hoạch hành động', variants: [], kind: 'action-plan', english: 'Plan of Action' },
  { head: 'Kế hoạch hợp tác', variants: [], kind: 'action-plan', english: 'Cooperation Plan' },
  { head: 'Chương trình hợp tác', variants: [], kind: 'other', english: 'Cooperation Programme' },
  { head: 'Hiến chương', variants: [], kind: 'charter', english: 'Charter' },
  { head: 'Bộ Quy tắc ứng xử', variants: ['Quy tắc ứng xử'], kind: 'code-of-conduct', english: 'Code of Conduct' },
  { head: 'Đồng thuận', variants: [], kind: 'consensus', english: 'Consensus' },
];
