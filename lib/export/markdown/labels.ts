// Headings and short words of the Markdown exports, in the UI's language (the library passes its language).
import type { Lang } from '../../i18n';

export interface MarkdownLabels {
  source: string;
  credited: string;
  notes: string;
  highlights: string;
  article: string;
  people: string;
  agreements: string;
  sides: string;
  none: string;
  mentions: (n: number) => string;
  notebook: { article: string; person: string; agreement: string };
  notebookCount: (n: number) => string;
  notebookEmpty: string;
  /** The article line's date when the publication date is unknown: the save date, said to be one. */
  savedOn: (day: string) => string;
  ungrouped: { person: string; agreement: string };
}

export const MARKDOWN_LABELS: Record<Lang, MarkdownLabels> = {
  vi: {
    source: 'Nguồn',
    credited: 'Theo',
    notes: 'Ghi chú',
    highlights: 'Đoạn đánh dấu',
    article: 'Bài viết',
    people: 'Nhân vật',
    agreements: 'Văn kiện',
    sides: 'Các bên',
    none: 'Không tìm thấy.',
    mentions: (n) => `${n} lần nhắc`,
    notebook: {
      article: 'Sổ ghi chép: theo bài viết',
      person: 'Sổ ghi chép: theo nhân vật',
      agreement: 'Sổ ghi chép: theo văn kiện',
    },
    notebookCount: (n) => `${n} bài`,
    notebookEmpty: 'Chưa có ghi chú hay đoạn đánh dấu nào.',
    savedOn: (day) => `lưu ngày ${day}`,
    ungrouped: { person: 'Bài không nêu nhân vật nào', agreement: 'Bài không nêu văn kiện nào' },
  },
  en: {
    source: 'Source',
    credited: 'Via',
    notes: 'Notes',
    highlights: 'Highlights',
    article: 'Article',
    people: 'People',
    agreements: 'Agreements',
    sides: 'Sides',
    none: 'None found.',
    mentions: (n) => `${n} mention${n === 1 ? '' : 's'}`,
    notebook: { article: 'Notebook: by article', person: 'Notebook: by person', agreement: 'Notebook: by agreement' },
    notebookCount: (n) => `${n} article${n === 1 ? '' : 's'}`,
    notebookEmpty: 'No notes or highlights yet.',
    savedOn: (day) => `saved ${day}`,
    ungrouped: { person: 'Articles that name no person', agreement: 'Articles that name no agreement' },
  },
};
