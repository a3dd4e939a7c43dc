// One article as a reference: the facts every citation format writes (who, what, where, when), read from a
// digest once so that CSL-JSON, RIS, BibLaTeX and the formatted styles cannot disagree.
import type { Article } from '../../article';
import type { Highlight } from '../../digest';
import type { Lang } from '../../i18n';
import { safeHttpUrl } from '../../sanitize';
import { cleanInline } from '../../text';
import { localDay } from '../../time';
import { citationKey } from './keys';
import { citationName, displayName, type CitationName } from './names';

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

export interface CitationRecord {
  /** Stable ASCII key (BibLaTeX key, CSL id). */
  key: string;
  title: string;
  /** The publication: the site's name. */
  site: string;
  url: string | null;
  issued: DateParts | null;
  /** When the reader saved it. */
  accessed: DateParts | null;
  /** The reporters credited. */
  authors: CitationName[];
  /** An agency credited instead of reporters ("TTXVN"): the institutional author. */
  institution: string | null;
  /** The credited origin when it is not the author (reporters are named, or "tổng hợp"), for a note. */
  sourceNote: string | null;
  /** BCP 47 language of the article. */
  language: string | null;
  abstract: string | null;
  /** The user's notes and highlights, only when the export asks for them. */
  notes: string | null;
  tags: string[];
}

/** What a reference is made from: a saved digest, or the CLI's freshly extracted article. */
export interface CitationSource {
  article: Article;
  savedAt?: string | null;
  notes?: string;
  highlights?: readonly Highlight[];
  tags?: readonly string[];
}

export interface RecordOptions {
  /** Language of the labels written into notes ("Nguồn" / "Source"). */
  lang: Lang;
  includeNotes?: boolean;
}

const SOURCE_LABEL: Record<Lang, string> = { vi: 'Nguồn', en: 'Source' };

/** Date parts of an ISO 8601 value as the page gave it (its own day, not converted to UTC). */
export function datePartsOf(iso: string | null | undefined): DateParts | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso ?? '');
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (year < 1000 || (month !== undefined && (month < 1 || month > 12)) || (day !== undefined && (day < 1 || day > 31)))
    return null;
  return month === undefined ? { year } : day === undefined ? { year, month } : { year, month, day };
}

/** The reader's own day of an instant (a save: "accessed", "created"), as date parts (lib/time localDay). */
export function savedDayParts(instant: string | null | undefined): DateParts | null {
  return datePartsOf(localDay(instant));
}

/** "2025-10-22", "2025-10", "2025": the ISO form every format shares. */
export function isoDate(d: DateParts): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return [String(d.year), d.month && pad(d.month), d.month && d.day && pad(d.day)].filter(Boolean).join('-');
}

/** The reader's notes and highlights as plain text for a reference manager's note field. */
function notesText(source: CitationSource): string | null {
  const parts = [source.notes?.trim() ?? ''];
  for (const h of source.highlights ?? [])
    parts.push(`“${cleanInline(h.quote)}”${h.comment.trim() ? ` (${cleanInline(h.comment)})` : ''}`);
  const text = parts.filter(Boolean).join('\n\n');
  return text || null;
}

/** A name an agency can have: it starts like a name ("TTXVN", "Ngôi Sao"), not like a phrase ("tổng hợp"). */
function looksLikeAgency(source: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(source);
}

export function citationRecord(source: CitationSource, options: RecordOptions): CitationRecord {
  const a = source.article;
  const seen = new Set<string>();
  const authors: CitationName[] = [];
  for (const raw of a.authors) {
    const name = citationName(raw);
    if (!name || seen.has(displayName(name).toLowerCase())) continue;
    seen.add(displayName(name).toLowerCase());
    authors.push(name);
  }
  const credited = cleanInline(a.source ?? '') || null;
  const institution = credited && authors.length === 0 && looksLikeAgency(credited) ? credited : null;
  const record: Omit<CitationRecord, 'key'> = {
    title: cleanInline(a.title),
    site: cleanInline(a.siteName || a.domain),
    url: safeHttpUrl(a.canonicalUrl || a.url, ''),
    issued: datePartsOf(a.published),
    accessed: savedDayParts(source.savedAt),
    authors,
    institution,
    sourceNote: credited && !institution ? `${SOURCE_LABEL[options.lang]}: ${credited}` : null,
    language: a.lang?.trim() || null,
    abstract: a.lead ? cleanInline(a.lead) || null : null,
    notes: options.includeNotes ? notesText(source) : null,
    // "a, b" typed as one tag is two keywords, as in the Markdown export.
    tags: (source.tags ?? [])
      .flatMap((t) => t.split(/[,;]/))
      .map(cleanInline)
      .filter(Boolean),
  };
  return { ...record, key: citationKey(record) };
}
