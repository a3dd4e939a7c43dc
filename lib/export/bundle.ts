// What the Export dialog produces: one file to download (several files come zipped).
import type { Digest } from '../digest';
import type { Lang } from '../i18n';
import type { AcronymResolver } from '../library';
import { buildCrossIndex } from '../library';
import {
  CITATION_FORMATS,
  citationFile,
  citationRecords,
  formatReferenceList,
  type CitationFormat,
  type CitationStyle,
} from './citation';
import { agreementsCsv, digestsCsv, peopleCsv, sidesCsv } from './csv';
import { assertSafeFileName, datedName, datePart, slugify, UniqueNames } from './filenames';
import { backupJson } from './json-backup';
import { digestToMarkdown } from './markdown/digest-markdown';
import type { HtmlParser } from './markdown/html-to-markdown';
import { notebookMarkdown, type NotebookGrouping } from './markdown/notebook';
import { zipFiles, type ExportFile } from './zip';

export type ExportFormat = 'markdown' | 'notebook' | 'json' | 'csv' | CitationFormat | 'references';

export interface ExportRequest {
  format: ExportFormat;
  /** Notebook grouping (format "notebook"). */
  grouping?: NotebookGrouping;
  /** HTML parser for the article bodies (format "markdown"). */
  parseHtml?: HtmlParser;
  acronymOf?: AcronymResolver;
  /** The UI's language: Markdown headings, formatted references, labels in citation notes (default vi). */
  lang?: Lang;
  /** Markdown: names as [[wikilinks]]. */
  wikilinks?: boolean;
  /** Citation formats: the user's notes and highlights in the note field. */
  includeNotes?: boolean;
  /** Format "references": the style of the formatted list (default APA). */
  style?: CitationStyle;
  now?: Date;
}

export interface ExportOutput {
  filename: string;
  mime: string;
  data: Uint8Array | string;
  /** How many files the download holds (inside the zip when more than one). */
  files: number;
}

const MIME = {
  md: 'text/markdown;charset=utf-8',
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  zip: 'application/zip',
  txt: 'text/plain;charset=utf-8',
};

/** One file per digest, named after its date and title (safe letters only). */
export function markdownFiles(
  digests: readonly Digest[],
  parse: HtmlParser,
  options: { lang?: Lang; wikilinks?: boolean } = {},
): ExportFile[] {
  const names = new UniqueNames();
  return digests.map((d) => ({
    name: assertSafeFileName(
      names.take(`${datePart(d.article.published, d.savedAt)}-${slugify(d.article.title)}`, 'md'),
    ),
    data: digestToMarkdown(d, parse, options),
  }));
}

export function buildExport(digests: readonly Digest[], request: ExportRequest): ExportOutput {
  const now = request.now ?? new Date();
  const lang = request.lang ?? 'vi';
  const base = datedName('tin-gon', now);
  const one = (suffix: string, ext: string, mime: string, data: string): ExportOutput => ({
    filename: assertSafeFileName(`${base}-${suffix}.${ext}`),
    mime,
    data,
    files: 1,
  });
  switch (request.format) {
    case 'json':
      return one('backup', 'json', MIME.json, backupJson(digests, now));
    case 'notebook': {
      const grouping = request.grouping ?? 'article';
      return one(
        `notebook-${grouping}`,
        'md',
        MIME.md,
        notebookMarkdown(digests, grouping, { acronymOf: request.acronymOf, now, lang }),
      );
    }
    case 'csv': {
      const index = buildCrossIndex(digests, { acronymOf: request.acronymOf });
      const files = [
        { name: 'digests.csv', data: digestsCsv(digests) },
        { name: 'people.csv', data: peopleCsv(index.people) },
        { name: 'agreements.csv', data: agreementsCsv(index.agreements) },
        { name: 'sides.csv', data: sidesCsv(digests) },
      ];
      return {
        filename: assertSafeFileName(`${base}-csv.zip`),
        mime: MIME.zip,
        data: zipFiles(files, now),
        files: files.length,
      };
    }
    case 'markdown': {
      if (!request.parseHtml) throw new Error('Markdown export needs an HTML parser');
      const files = markdownFiles(digests, request.parseHtml, { lang, wikilinks: request.wikilinks });
      if (files.length === 1) return { filename: files[0]!.name, mime: MIME.md, data: files[0]!.data, files: 1 };
      return {
        filename: assertSafeFileName(`${base}-markdown.zip`),
        mime: MIME.zip,
        data: zipFiles(files, now),
        files: files.length,
      };
    }
    case 'references': {
      const style = request.style ?? 'apa';
      return one(
        `references-${style}`,
        'txt',
        MIME.txt,
        formatReferenceList(citationRecords(digests, { lang }), style, lang).text,
      );
    }
    default: {
      const format = request.format;
      const records = citationRecords(digests, { lang, includeNotes: request.includeNotes });
      return one(
        'citations',
        CITATION_FORMATS[format].ext,
        CITATION_FORMATS[format].mime,
        citationFile(records, format),
      );
    }
  }
}
