// What the Export dialog produces: one file to download (several files come zipped).
import type { Digest } from '../digest/types';
import type { AcronymResolver } from '../library/agreement-groups';
import { buildCrossIndex } from '../library/cross-index';
import { agreementsCsv, digestsCsv, peopleCsv } from './csv';
import { datedName, slugify, UniqueNames } from './filenames';
import type { HtmlParser } from './html-to-markdown';
import { backupJson } from './json-backup';
import { digestToMarkdown } from './markdown';
import { notebookMarkdown, type NotebookGrouping } from './notebook';
import { zipFiles, type ExportFile } from './zip';

export type ExportFormat = 'markdown' | 'notebook' | 'json' | 'csv';

export interface ExportRequest {
  format: ExportFormat;
  /** Notebook grouping (format "notebook"). */
  grouping?: NotebookGrouping;
  /** HTML parser for the article bodies (format "markdown"). */
  parseHtml?: HtmlParser;
  acronymOf?: AcronymResolver;
  now?: Date;
}

export interface ExportOutput {
  filename: string;
  mime: string;
  data: Uint8Array | string;
  /** How many files the download holds (inside the zip when more than one). */
  files: number;
}

const MIME = { md: 'text/markdown;charset=utf-8', json: 'application/json', csv: 'text/csv;charset=utf-8', zip: 'application/zip' };

/** One file per digest, named after its title, dated folder inside the zip. */
export function markdownFiles(digests: readonly Digest[], parse: HtmlParser): ExportFile[] {
  const names = new UniqueNames();
  return digests.map((d) => ({
    name: names.take(`${(d.article.published ?? d.savedAt).slice(0, 10)}-${slugify(d.article.title)}`, 'md'),
    data: digestToMarkdown(d, parse),
  }));
}

export function buildExport(digests: readonly Digest[], request: ExportRequest): ExportOutput {
  const now = request.now ?? new Date();
  const base = datedName('tin-gon', now);
  switch (request.format) {
    case 'json':
      return { filename: `${base}-backup.json`, mime: MIME.json, data: backupJson(digests, now), files: 1 };
    case 'notebook': {
      const grouping = request.grouping ?? 'article';
      return { filename: `${base}-notebook-${grouping}.md`, mime: MIME.md, data: notebookMarkdown(digests, grouping, { acronymOf: request.acronymOf, now }), files: 1 };
    }
    case 'csv': {
      const index = buildCrossIndex(digests, { acronymOf: request.acronymOf });
      const files = [
        { name: 'digests.csv', data: digestsCsv(digests) },
        { name: 'people.csv', data: peopleCsv(index.people) },
        { name: 'agreements.csv', data: agreementsCsv(index.agreements) },
      ];
      return { filename: `${base}-csv.zip`, mime: MIME.zip, data: zipFiles(files, now), files: files.length };
    }
    case 'markdown': {
      if (!request.parseHtml) throw new Error('Markdown export needs an HTML parser');
      const files = markdownFiles(digests, request.parseHtml);
      if (files.length === 1) return { filename: files[0]!.name, mime: MIME.md, data: files[0]!.data, files: 1 };
      return { filename: `${base}-markdown.zip`, mime: MIME.zip, data: zipFiles(files, now), files: files.length };
    }
  }
}
