// The independent implementations our citation exports are checked against (dev dependencies only):
// citeproc-js with the official APA and Chicago CSL styles, Citation.js's CSL-JSON data model, astrocite's RIS
// parser and Better BibTeX's BibLaTeX parser.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import type { CslItem } from '../../lib/export/citation';

const require = createRequire(import.meta.url);
const CSL_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'csl');

interface CiteprocEngine {
  setOutputFormat(format: 'text' | 'html'): void;
  updateItems(ids: string[]): void;
  makeBibliography(): [unknown, string[]];
  makeCitationCluster(items: { id: string }[]): string;
  previewCitationCluster(citation: unknown, pre: unknown[], post: unknown[], format: string): string;
}
const CSL = require('citeproc') as {
  Engine: new (sys: unknown, style: string, lang: string, force: boolean) => CiteprocEngine;
};

export type CslStyleFile = 'apa' | 'chicago-fullnote-bibliography';
/**
 * 'vi-VN-gregorian' is the CSL vi-VN locale with two terms changed, the two places where our Vietnamese wording
 * differs on purpose: months named "tháng 1"… "tháng 12" (the locale's own short forms) instead of the lunar
 * month names, and "truy cập" (accessed) instead of "truy vấn" (query) for "retrieved".
 */
export type CslLocale = 'en-US' | 'vi-VN-gregorian';

function localeXml(locale: string): string {
  if (!locale.startsWith('vi')) return read(`locales-${locale}.xml`);
  return read('locales-vi-VN.xml')
    .replace(
      /<term name="month-(\d\d)">[^<]*<\/term>/g,
      (_m, n: string) => `<term name="month-${n}">tháng ${Number(n)}</term>`,
    )
    .replace('<term name="retrieved">truy vấn</term>', '<term name="retrieved">truy cập</term>');
}

const styles = new Map<string, string>();
const read = (file: string) => {
  if (!styles.has(file)) styles.set(file, readFileSync(join(CSL_DIR, file), 'utf8'));
  return styles.get(file)!;
};

const items = new Map<string, CslItem>();
const engines = new Map<string, CiteprocEngine>();

/** One engine per style, locale and output format (building one parses the whole style: seconds). */
function engine(style: CslStyleFile, locale: CslLocale, format: 'text' | 'html'): CiteprocEngine {
  const id = `${style} ${locale} ${format}`;
  let e = engines.get(id);
  if (!e) {
    const sys = { retrieveLocale: (l: string) => localeXml(l), retrieveItem: (key: string) => items.get(key) };
    e = new CSL.Engine(sys, read(`${style}.csl`), locale === 'en-US' ? 'en-US' : 'vi-VN', true);
    e.setOutputFormat(format);
    engines.set(id, e);
  }
  return e;
}

const unwrap = (s: string) =>
  s
    .trim()
    .replace(/^<div class="csl-entry">|<\/div>$/g, '')
    .trim();

/** citeproc-js's rendering of one item: the bibliography entry, the in-text citation and the first note. */
export function citeproc(item: CslItem, style: CslStyleFile, locale: CslLocale, format: 'text' | 'html' = 'text') {
  // A fresh id each time: the engine keeps state per item (a second note of an item is a short note).
  const id = `${item.id}#${items.size}`;
  items.set(id, { ...item, id });
  const e = engine(style, locale, format);
  e.updateItems([id]);
  const bibliography = unwrap(e.makeBibliography()[1].join(''));
  const citation = e.makeCitationCluster([{ id }]);
  const note = e.previewCitationCluster({ citationItems: [{ id }], properties: { noteIndex: 1 } }, [], [], format);
  return { bibliography, citation, note };
}

const cslData = require('@citation-js/core/lib/plugins/input/csl.js') as {
  clean(items: unknown[], bestGuess: boolean): unknown[];
};

/** Citation.js's strict CSL-JSON check: it drops every field, name or date that is not valid CSL data. */
export function cslStrictClean(items: CslItem[]): unknown[] {
  return cslData.clean(structuredClone(items), false);
}

export const parseRis = (require('astrocite-ris') as { parse(text: string): Record<string, unknown>[] }).parse;

export function parseBiblatex(text: string) {
  return parseBibtex(text);
}
