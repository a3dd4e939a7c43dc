// Markdown rendering of a digest for the command line. Interim: the export module (lib/export/) will own
// Markdown rendering of digests; until it lands the CLI keeps this small renderer of its own.
import type { Article } from '../lib/article/types';
import type { Entities } from '../lib/entities/types';

/** Escape characters that Markdown would read as markup inside running text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>|])/g, '\\$1')
    // A line that would start a heading, quote or list: escape its marker ("1." becomes "1\\.", since only
    // punctuation can be escaped in CommonMark).
    .replace(/^(\s*)([#>+-])(?=\s)/gm, '$1\\$2')
    .replace(/^(\s*)(\d+)([.)])(?=\s)/gm, '$1$2\\$3');
}

function metaLines(article: Article): string[] {
  const lines = [`- Source: ${escapeMarkdown(article.siteName || article.domain)} (<${article.canonicalUrl}>)`];
  if (article.authors.length) lines.push(`- Author${article.authors.length > 1 ? 's' : ''}: ${escapeMarkdown(article.authors.join(', '))}`);
  if (article.published) lines.push(`- Published: ${article.published}`);
  else lines.push(`- Published: unknown${article.publishedNote ? ` (${escapeMarkdown(article.publishedNote)})` : ''}`);
  lines.push(`- Words: ${article.wordCount}`);
  return lines;
}

export function entitiesMarkdown(entities: Entities): string {
  const out: string[] = ['## People', ''];
  if (entities.people.length === 0) out.push('_None found._');
  for (const p of entities.people) {
    const details = [...p.titles, ...(p.organisation ? [p.organisation] : [])].map(escapeMarkdown);
    out.push(`- **${escapeMarkdown(p.name)}**${details.length ? ` — ${details.join('; ')}` : ''} (${p.mentions} mention${p.mentions === 1 ? '' : 's'})`);
  }
  out.push('', '## Agreements', '');
  if (entities.agreements.length === 0) out.push('_None found._');
  for (const a of entities.agreements) {
    const extra = [a.acronym, a.year ? String(a.year) : null].filter(Boolean).join(', ');
    out.push(`- **${escapeMarkdown(a.name)}**${extra ? ` (${escapeMarkdown(extra)})` : ''} — ${a.kind} (${a.mentions} mention${a.mentions === 1 ? '' : 's'})`);
  }
  return out.join('\n') + '\n';
}

export function digestMarkdown(article: Article, entities: Entities): string {
  const out: string[] = [`# ${escapeMarkdown(article.title)}`, '', ...metaLines(article), ''];
  if (article.lead) out.push(`**${escapeMarkdown(article.lead)}**`, '');
  for (const para of article.bodyText.split(/\n\s*\n/)) {
    const text = para.trim();
    if (text) out.push(escapeMarkdown(text), '');
  }
  const images = article.images.filter((img) => img.caption || img.credit);
  if (images.length) {
    out.push('## Images', '');
    for (const img of images) {
      const label = [img.caption, img.credit].filter(Boolean).join(' — ');
      out.push(`- [${escapeMarkdown(label)}](<${img.src}>)`);
    }
    out.push('');
  }
  out.push(entitiesMarkdown(entities));
  return out.join('\n');
}
