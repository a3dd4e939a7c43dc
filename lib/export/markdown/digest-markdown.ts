// The one Markdown rendering of an article, for the library's export and the command line alike: an
// Obsidian-ready note. Properties (YAML front matter) named as Obsidian Web Clipper names them — title,
// source, author, published, created — plus site, tags, people, agreements and sides; then the lead, the
// user's notes and highlights, the article, and its people and agreements (said to be none when none were
// found) and sides. Headings in the UI's language; names optionally as [[wikilinks]].
import type { Highlight } from '../../digest';
import type { Agreement, Entities } from '../../entities';
import type { Lang } from '../../i18n';
import { safeHttpUrl, sanitizeArticleHtml } from '../../sanitize';
import { citationName, displayName } from '../citation/names';
import { datePartsOf, isoDate, savedDayParts, type CitationSource } from '../citation/record';
import { escapeMarkdown, linkDestination, safeUserMarkdown } from './escape';
import { htmlToMarkdown, type HtmlParser } from './html-to-markdown';
import { MARKDOWN_LABELS, type MarkdownLabels } from './labels';
import { obsidianTags, wikilink } from './obsidian';
import { frontMatter } from './yaml';

/** What a note is made from: what a reference is made from (a saved digest, or the command line's freshly
 * extracted article), with its entities. */
export interface MarkdownSource extends CitationSource {
  entities: Entities;
}

export interface MarkdownOptions {
  /** Headings and labels (default Vietnamese). */
  lang?: Lang;
  /** Authors, people, agreements and sides as [[wikilinks]], in the properties and in the lists. */
  wikilinks?: boolean;
}

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

/** The user's notes: their own Markdown, without raw HTML or script links (an imported backup may carry them). */
export function notesMarkdown(notes: string): string {
  return safeUserMarkdown(notes);
}

/** A credited byline as the citations write it ("THUẬN VĂN" → "Thuận Văn"), so links to a reporter agree. */
function authorName(raw: string): string {
  const name = citationName(raw);
  return name ? displayName(name) : '';
}

/** People, agreements and sides as lists; an empty list is left out, or said to be empty when `always`. */
function entitySections(
  entities: Entities,
  l: MarkdownLabels,
  link: (name: string) => string,
  always = false,
): string[] {
  const item = (name: string, details: string[], mentions: number) =>
    `- ${link(name)}${details.length ? ` — ${details.map(escapeMarkdown).join('; ')}` : ''} (${l.mentions(mentions)})`;
  const section = (heading: string, lines: string[], required: boolean) =>
    lines.length > 0 ? [`## ${heading}`, lines.join('\n')] : required ? [`## ${heading}`, `*${l.none}*`] : [];
  return [
    ...section(
      l.people,
      entities.people.map((p) => item(p.name, [...p.titles, ...(p.organisation ? [p.organisation] : [])], p.mentions)),
      always,
    ),
    ...section(
      l.agreements,
      entities.agreements.map((a) =>
        item(agreementLabel(a), [[a.kind, a.year ? String(a.year) : ''].filter(Boolean).join(', ')], a.mentions),
      ),
      always,
    ),
    ...section(
      l.sides,
      (entities.sides ?? []).map((s) => item(s.name, [s.acronym ?? '', s.kind].filter(Boolean), s.mentions)),
      false,
    ),
  ];
}

const boldName = (name: string) => `**${escapeMarkdown(name)}**`;

/** People, agreements and sides alone (the command line's `--text --format md`). */
export function entitiesMarkdown(entities: Entities, options: MarkdownOptions = {}): string {
  const l = MARKDOWN_LABELS[options.lang ?? 'vi'];
  return entitySections(entities, l, options.wikilinks ? wikilink : boldName, true).join('\n\n') + '\n';
}

export function digestToMarkdown(d: MarkdownSource, parse: HtmlParser, options: MarkdownOptions = {}): string {
  const a = d.article;
  const l = MARKDOWN_LABELS[options.lang ?? 'vi'];
  const asLink = (name: string) => (options.wikilinks ? wikilink(name) : name);
  const authors = a.authors.map(authorName).filter(Boolean);
  const published = datePartsOf(a.published);
  const created = savedDayParts(d.savedAt);
  const home = safeHttpUrl(a.canonicalUrl || a.url, '');
  const fm = frontMatter([
    ['title', a.title],
    ['source', home],
    ['author', authors.map(asLink)],
    ['published', published ? isoDate(published) : null],
    ['created', created ? isoDate(created) : null],
    ['site', a.siteName || a.domain],
    ['tags', obsidianTags(d.tags ?? [])],
    ['people', d.entities.people.map((p) => asLink(p.name))],
    ['agreements', d.entities.agreements.map((g) => asLink(agreementLabel(g)))],
    ['sides', (d.entities.sides ?? []).map((s) => asLink(s.name))],
  ]);
  const parts = [fm, `# ${escapeMarkdown(a.title.replace(/\s+/g, ' ').trim())}`];
  const site = escapeMarkdown(a.siteName || a.domain);
  const credited = a.source?.trim() ? `${l.credited} ${escapeMarkdown(a.source.trim())}` : '';
  const source = [
    home ? `[${site}](${linkDestination(home)})` : site,
    ...authors.map(escapeMarkdown),
    published ? isoDate(published) : '',
    credited,
  ].filter(Boolean);
  parts.push(`${l.source}: ${source.join(' · ')}`);
  if (a.lead?.trim()) parts.push(`**${escapeMarkdown(a.lead.replace(/\s+/g, ' ').trim())}**`);
  const notes = notesMarkdown(d.notes ?? '');
  if (notes) parts.push(`## ${l.notes}`, notes);
  if (d.highlights && d.highlights.length > 0) parts.push(`## ${l.highlights}`, ...d.highlights.map(highlightMarkdown));
  // A stored record may have been tampered with: the body is sanitised here as it is before any render.
  const safe = sanitizeArticleHtml(a.bodyHtml, home ?? '', parse('<p></p>'));
  const body = htmlToMarkdown(safe, parse, { minHeading: 3 }) || escapeMarkdown(a.bodyText.trim());
  if (body) parts.push(`## ${l.article}`, body);
  parts.push(...entitySections(d.entities, l, options.wikilinks ? wikilink : boldName, true));
  return parts.join('\n\n') + '\n';
}
