// One "notebook" file of the user's notes and highlights, grouped by article, by person or by agreement.
// Digests without notes or highlights are left out: the notebook is what the user wrote.
import type { Digest } from '../../digest';
import type { Lang } from '../../i18n';
import type { AcronymResolver } from '../../library';
import { buildCrossIndex } from '../../library';
import { safeHttpUrl } from '../../sanitize';
import { localDay, statedDay } from '../../time';
import { agreementLabel, highlightMarkdown, notesMarkdown } from './digest-markdown';
import { escapeMarkdown, linkDestination } from './escape';
import { MARKDOWN_LABELS, type MarkdownLabels } from './labels';

export type NotebookGrouping = 'article' | 'person' | 'agreement';

function hasNotes(d: Digest): boolean {
  return d.notes.trim() !== '' || d.highlights.length > 0;
}

/** One article's notes and highlights under a heading of `level`; its line: site, publication date or "saved <date>". */
function articleSection(d: Digest, level: number, l: MarkdownLabels): string {
  const a = d.article;
  const meta = [a.siteName || a.domain, statedDay(a.published) ?? l.savedOn(localDay(d.savedAt) ?? '')].join(', ');
  const home = safeHttpUrl(a.canonicalUrl || a.url, '');
  const title = escapeMarkdown(a.title.replace(/\s+/g, ' ').trim());
  const parts = [
    `${'#'.repeat(level)} ${home ? `[${title}](${linkDestination(home)})` : title}`,
    `*${escapeMarkdown(meta)}*`,
  ];
  const notes = notesMarkdown(d.notes);
  if (notes) parts.push(notes);
  for (const h of d.highlights) parts.push(highlightMarkdown(h));
  return parts.join('\n\n');
}

function byDate(a: Digest, b: Digest): number {
  return (a.article.published ?? a.savedAt).localeCompare(b.article.published ?? b.savedAt);
}

export function notebookMarkdown(
  digests: readonly Digest[],
  grouping: NotebookGrouping,
  options: { acronymOf?: AcronymResolver; now?: Date; lang?: Lang } = {},
): string {
  const l = MARKDOWN_LABELS[options.lang ?? 'vi'];
  const withNotes = digests.filter(hasNotes).sort(byDate);
  const head = [
    `# ${l.notebook[grouping]}`,
    `*${l.notebookCount(withNotes.length)} · ${localDay((options.now ?? new Date()).getTime())}*`,
  ];
  if (withNotes.length === 0) return [...head, l.notebookEmpty].join('\n\n') + '\n';
  if (grouping === 'article') return [...head, ...withNotes.map((d) => articleSection(d, 2, l))].join('\n\n') + '\n';

  const byId = new Map(withNotes.map((d) => [d.id, d]));
  const index = buildCrossIndex(withNotes, { acronymOf: options.acronymOf });
  const groups =
    grouping === 'person'
      ? index.people.map((p) => ({ title: p.name, sub: p.titles.join(', '), ids: p.articles.map((x) => x.digestId) }))
      : index.agreements.map((g) => ({
          title: agreementLabel(g),
          sub: g.aliases.join('; '),
          ids: g.articles.map((x) => x.digestId),
        }));
  const placed = new Set<string>();
  const parts = [...head];
  for (const g of groups.sort((a, b) => a.title.localeCompare(b.title, 'vi'))) {
    const ids = [...new Set(g.ids)];
    parts.push(`## ${escapeMarkdown(g.title)}`);
    if (g.sub) parts.push(`*${escapeMarkdown(g.sub)}*`);
    for (const id of ids) {
      placed.add(id);
      parts.push(articleSection(byId.get(id)!, 3, l));
    }
  }
  const rest = withNotes.filter((d) => !placed.has(d.id));
  if (rest.length > 0) parts.push(`## ${l.ungrouped[grouping]}`, ...rest.map((d) => articleSection(d, 3, l)));
  return parts.join('\n\n') + '\n';
}
