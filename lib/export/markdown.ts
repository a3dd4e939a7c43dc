// One Markdown file per digest: YAML front matter (title, url, site, authors, published, people,
// agreements, tags), then the lead, the user's notes and highlights, and the article.
import type { Digest, Highlight } from '../digest/types';
import type { Agreement } from '../entities/types';
import { escapeMarkdown, htmlToMarkdown, type HtmlParser } from './html-to-markdown';
import { safeHttpUrl, sanitizeArticleHtml } from '../sanitize/article-html';
import { frontMatter } from './yaml';

/** Section headings, in the reader's language. */
export const LABELS = {
  notes: 'Ghi chú',
  highlights: 'Đoạn đánh dấu',
  article: 'Bài viết',
  source: 'Nguồn',
};

export function agreementLabel(a: Pick<Agreement, 'name' | 'acronym'>): string {
  return a.acronym && !a.name.includes(a.acronym) ? `${a.name} (${a.acronym})` : a.name;
}

/** A highlight as a Markdown quote, the user's comment under it. */
export function highlightMarkdown(h: Highlight): string {
  const quote = h.quote
    .trim()
    .split(/\n+/)
    .map((l) => `> ${escapeMarkdown(l.trim())}`)
    .join('\n');
  return h.comment.trim() ? `${quote}\n\n${escapeMarkdown(h.comment.trim())}` : quote;
}

/** The user's notes: their own text, kept as typed (it may already be Markdown). */
export function notesMarkdown(notes: string): string {
  return notes.replace(/\r\n?/g, '\n').trim();
}

export function digestToMarkdown(d: Digest, parse: HtmlParser): string {
  const a = d.article;
  const fm = frontMatter([
    ['title', a.title],
    ['url', a.canonicalUrl || a.url],
    ['site', a.siteName || a.domain],
    ['authors', a.authors],
    ...(a.source ? ([['source', a.source]] as [string, string][]) : []),
    ['published', a.published],
    ['people', d.entities.people.map((p) => p.name)],
    ['agreements', d.entities.agreements.map(agreementLabel)],
    ['tags', d.tags],
    ['saved', d.savedAt],
  ]);
  const parts = [fm, `# ${escapeMarkdown(a.title.replace(/\s+/g, ' ').trim())}`];
  const home = safeHttpUrl(a.canonicalUrl || a.url, '');
  const site = escapeMarkdown(a.siteName || a.domain);
  const source = [home ? `[${site}](<${home}>)` : site, ...a.authors.map(escapeMarkdown), a.published?.slice(0, 10) ?? ''].filter(Boolean);
  parts.push(`${LABELS.source}: ${source.join(' · ')}`);
  if (a.lead?.trim()) parts.push(`**${escapeMarkdown(a.lead.replace(/\s+/g, ' ').trim())}**`);
  const notes = notesMarkdown(d.notes);
  if (notes) parts.push(`## ${LABELS.notes}`, notes);
  if (d.highlights.length > 0) parts.push(`## ${LABELS.highlights}`, ...d.highlights.map(highlightMarkdown));
  // A stored record may have been tampered with: the body is sanitised here as it is before any render.
  const safe = sanitizeArticleHtml(a.bodyHtml, home ?? '', parse('<p></p>'));
  const body = htmlToMarkdown(safe, parse, { minHeading: 3 }) || escapeMarkdown(a.bodyText.trim());
  if (body) parts.push(`## ${LABELS.article}`, body);
  return parts.join('\n\n') + '\n';
}
