// Public entry of the exporters.
export { buildExport, markdownFiles } from './bundle';
export type { ExportFormat, ExportRequest, ExportOutput } from './bundle';
export { digestToMarkdown, highlightMarkdown, agreementLabel, LABELS } from './markdown';
export { htmlToMarkdown, escapeMarkdown } from './html-to-markdown';
export type { HtmlParser } from './html-to-markdown';
export { notebookMarkdown, NOTEBOOK_TITLES } from './notebook';
export type { NotebookGrouping } from './notebook';
export { toCsv, csvField, neutralise, digestsCsv, peopleCsv, agreementsCsv } from './csv';
export type { CsvValue } from './csv';
export { createBackup, backupJson, BACKUP_FORMAT, BACKUP_VERSION } from './json-backup';
export type { Backup } from './json-backup';
export { zipFiles } from './zip';
export type { ExportFile } from './zip';
export { slugify, UniqueNames, datedName } from './filenames';
export { frontMatter, yamlString } from './yaml';
