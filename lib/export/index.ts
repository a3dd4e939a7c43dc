// Public entry of the exporters.
export { buildExport, markdownFiles } from './bundle';
export type { ExportFormat, ExportRequest, ExportOutput } from './bundle';
export {
  digestToMarkdown,
  entitiesMarkdown,
  highlightMarkdown,
  agreementLabel,
  notesMarkdown,
} from './markdown/digest-markdown';
export type { MarkdownOptions, MarkdownSource } from './markdown/digest-markdown';
export { htmlToMarkdown } from './markdown/html-to-markdown';
export type { HtmlParser } from './markdown/html-to-markdown';
export { escapeMarkdown, codeSpan, codeBlock, safeUserMarkdown } from './markdown/escape';
export { obsidianTag, obsidianTags, wikilink } from './markdown/obsidian';
export { MARKDOWN_LABELS } from './markdown/labels';
export { notebookMarkdown } from './markdown/notebook';
export type { NotebookGrouping } from './markdown/notebook';
export { frontMatter, yamlString } from './markdown/yaml';
export { toCsv, csvField, neutralise, digestsCsv, peopleCsv, agreementsCsv, sidesCsv } from './csv';
export type { CsvValue } from './csv';
export { createBackup, backupJson, BACKUP_FORMAT, BACKUP_VERSION } from './json-backup';
export type { Backup } from './json-backup';
export { zipFiles } from './zip';
export type { ExportFile } from './zip';
export { slugify, UniqueNames, datedName, datePart, assertSafeFileName } from './filenames';
export {
  CITATION_FORMATS,
  citationFile,
  citationRecord,
  citationRecords,
  formatCitation,
  formatReferenceList,
} from './citation';
export type { CitationFormat, CitationStyle, CitationRecord, CitationSource, Formatted } from './citation';
export { biblatexEntry } from './citation/biblatex';
export type { CslItem } from './citation/csl-json';
