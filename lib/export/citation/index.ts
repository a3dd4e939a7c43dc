// Citations of saved articles: the machine formats reference managers import (CSL-JSON, RIS, BibLaTeX) and
// references ready to paste (APA 7, Chicago notes and bibliography), all from one CitationRecord.
//
// The two styles are written here rather than run through a CSL processor: a newspaper article is one item
// type, so each style is a few dozen lines; the popup can copy a citation without loading a ~1 MB processor
// and its style and locale files; citeproc-js's licence (CPAL/AGPL) stays out of the extension; and the
// Vietnamese wording can be right where the CSL vi-VN locale is not. test/citation/ renders the same records
// with citeproc-js and the official APA and Chicago styles and requires the same output.
import type { Lang } from '../../i18n';
import { biblatexFile } from './biblatex';
import { cslJson } from './csl-json';
import { withUniqueKeys } from './keys';
import { citationRecord, type CitationRecord, type CitationSource, type RecordOptions } from './record';
import { risFile } from './ris';
import { apaReference } from './styles/apa';
import { chicagoBibliography, chicagoNote } from './styles/chicago';
import type { Formatted } from './styles/rich';

export type CitationFormat = 'csl-json' | 'ris' | 'biblatex';
export type CitationStyle = 'apa' | 'chicago-note' | 'chicago-bibliography';

export const CITATION_FORMATS: Record<CitationFormat, { ext: string; mime: string }> = {
  'csl-json': { ext: 'json', mime: 'application/vnd.citationstyles.csl+json' },
  ris: { ext: 'ris', mime: 'application/x-research-info-systems' },
  biblatex: { ext: 'bib', mime: 'application/x-bibtex;charset=utf-8' },
};

export function citationRecords(sources: readonly CitationSource[], options: RecordOptions): CitationRecord[] {
  return withUniqueKeys(sources.map((s) => citationRecord(s, options)));
}

/** A file of the records in a reference manager's format. */
export function citationFile(records: readonly CitationRecord[], format: CitationFormat): string {
  if (format === 'csl-json') return cslJson(records);
  if (format === 'ris') return risFile(records);
  return biblatexFile(records);
}

export function formatCitation(record: CitationRecord, style: CitationStyle, lang: Lang): Formatted {
  if (style === 'apa') return apaReference(record, lang);
  if (style === 'chicago-note') return chicagoNote(record, lang);
  return chicagoBibliography(record, lang);
}

/** A list of references, one a paragraph: APA and the bibliography sorted as a reference list is. */
export function formatReferenceList(records: readonly CitationRecord[], style: CitationStyle, lang: Lang): Formatted {
  const items = records.map((r) => formatCitation(r, style, lang));
  if (style !== 'chicago-note') items.sort((a, b) => a.text.localeCompare(b.text, lang));
  return {
    text: items.map((i) => i.text).join('\n\n') + '\n',
    html: items.map((i) => `<p>${i.html}</p>`).join('\n') + '\n',
  };
}

export { citationRecord, datePartsOf, isoDate, savedDayParts } from './record';
export type { CitationRecord, CitationSource, DateParts, RecordOptions } from './record';
export { citationName, displayName } from './names';
export type { CitationName } from './names';
export { cslItem, cslJson } from './csl-json';
export type { CslItem } from './csl-json';
export { risFile, risRecord } from './ris';
export { biblatexEntry, biblatexFile, texEscape } from './biblatex';
export { citationKey, withUniqueKeys } from './keys';
export { apaInText, apaReference } from './styles/apa';
export { chicagoBibliography, chicagoNote } from './styles/chicago';
export type { Formatted } from './styles/rich';
