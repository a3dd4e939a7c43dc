// Validation of a JSON backup before anything is written: a bad or foreign file is refused with a message
// that says what is wrong and where; a backup from a newer version is refused with a message saying so.
import { DIGEST_SCHEMA_VERSION, type Digest } from '../digest/types';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../export/json-backup';

export type ValidationResult = { ok: true; digests: Digest[]; exportedAt: string } | { ok: false; error: string };

type Check = (value: unknown, path: string) => string | null;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const str: Check = (v, p) => (typeof v === 'string' ? null : `${p} must be text`);
const strOrNull: Check = (v, p) => (v === null || typeof v === 'string' ? null : `${p} must be text or null`);
const int: Check = (v, p) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? null : `${p} must be a whole number ≥ 0`);
const num: Check = (v, p) => (typeof v === 'number' && Number.isFinite(v) ? null : `${p} must be a number`);
const intOrNull: Check = (v, p) => (v === null ? null : typeof v === 'number' && Number.isInteger(v) ? null : `${p} must be a whole number or null`);
const date: Check = (v, p) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? null : `${p} must be a date (ISO 8601)`);
const dateOrNull: Check = (v, p) => (v === null ? null : date(v, p));
const oneOf =
  (...values: string[]): Check =>
  (v, p) =>
    typeof v === 'string' && values.includes(v) ? null : `${p} must be one of ${values.map((x) => `"${x}"`).join(', ')}`;
const arrayOf =
  (item: Check): Check =>
  (v, p) => {
    if (!Array.isArray(v)) return `${p} must be a list`;
    for (let i = 0; i < v.length; i++) {
      const e = item(v[i], `${p}[${i}]`);
      if (e) return e;
    }
    return null;
  };
const shape =
  (fields: Record<string, Check>): Check =>
  (v, p) => {
    if (!isObject(v)) return `${p} must be an object`;
    for (const [k, check] of Object.entries(fields)) {
      if (!(k in v)) return `${p}.${k} is missing`;
      const e = check(v[k], `${p}.${k}`);
      if (e) return e;
    }
    return null;
  };

const span = shape({ start: int, end: int });
const AGREEMENT_KINDS = ['treaty', 'convention', 'agreement', 'framework-agreement', 'fta', 'mou', 'protocol', 'declaration', 'code-of-conduct', 'action-plan', 'charter', 'consensus', 'other'];

const article = shape({
  kind: oneOf('article'),
  url: str,
  canonicalUrl: str,
  domain: str,
  siteName: str,
  title: str,
  authors: arrayOf(str),
  published: dateOrNull,
  publishedNote: strOrNull,
  lead: strOrNull,
  bodyHtml: str,
  bodyText: str,
  images: arrayOf(shape({ src: str, alt: str, caption: strOrNull, credit: strOrNull })),
  lang: str,
  wordCount: int,
  extractor: shape({ path: oneOf('profile', 'generic', 'selection'), profile: strOrNull, fallbackReason: strOrNull, ms: num }),
});

const entities = shape({
  people: arrayOf(shape({ name: str, key: str, titles: arrayOf(str), organisation: strOrNull, mentions: int, spans: arrayOf(span), firstSentence: str })),
  agreements: arrayOf(shape({ name: str, key: str, acronym: strOrNull, kind: oneOf(...AGREEMENT_KINDS), year: intOrNull, mentions: int, spans: arrayOf(span), firstSentence: str })),
});

const highlight = shape({ id: str, quote: str, start: intOrNull, prefix: str, suffix: str, comment: str, createdAt: date });

const digestFields = shape({
  schemaVersion: int,
  id: str,
  urlKey: str,
  savedAt: date,
  updatedAt: date,
  source: oneOf('page', 'selection'),
  article,
  entities,
  notes: str,
  notesUpdatedAt: dateOrNull,
  tags: arrayOf(str),
  highlights: arrayOf(highlight),
});

function describe(d: unknown, i: number): string {
  const title = isObject(d) && isObject(d.article) && typeof d.article.title === 'string' ? d.article.title : '';
  return title ? `digest ${i + 1} ("${title.length > 60 ? `${title.slice(0, 57)}…` : title}")` : `digest ${i + 1}`;
}

/** Check one digest; the message names the field ("article.title must be text"). */
export function validateDigest(d: unknown, path = 'digest'): string | null {
  if (isObject(d) && typeof d.schemaVersion === 'number' && d.schemaVersion > DIGEST_SCHEMA_VERSION) {
    return `${path} uses digest format ${d.schemaVersion}, newer than this version of Tin Gọn understands (${DIGEST_SCHEMA_VERSION}); update the extension first`;
  }
  const e = digestFields(d, path);
  if (e) return e;
  const digest = d as unknown as Digest;
  if (digest.id.trim() === '') return `${path}.id is empty`;
  if (digest.urlKey.trim() === '') return `${path}.urlKey is empty`;
  return null;
}

const FOREIGN = 'This file is not a Tin Gọn backup. Export a backup from the library (Export → JSON backup) and import that file.';

/** Validate a parsed backup. Nothing is written either way: the caller writes only on `ok`. */
export function validateBackup(json: unknown): ValidationResult {
  if (!isObject(json)) return { ok: false, error: FOREIGN };
  if (json.format !== BACKUP_FORMAT) return { ok: false, error: FOREIGN };
  if (typeof json.version !== 'number' || !Number.isInteger(json.version) || json.version < 1) {
    return { ok: false, error: 'This Tin Gọn backup has no valid version number; the file may be damaged.' };
  }
  if (json.version > BACKUP_VERSION) {
    return { ok: false, error: `This backup was made by a newer version of Tin Gọn (backup version ${json.version}; this version reads up to ${BACKUP_VERSION}). Update the extension, then import it again.` };
  }
  const exportedAt = date(json.exportedAt, 'exportedAt');
  if (exportedAt) return { ok: false, error: `The backup is damaged: ${exportedAt}.` };
  if (!Array.isArray(json.digests)) return { ok: false, error: 'The backup is damaged: it has no list of digests.' };
  const ids = new Set<string>();
  const urlKeys = new Set<string>();
  for (let i = 0; i < json.digests.length; i++) {
    const d = json.digests[i];
    const where = describe(d, i);
    const e = validateDigest(d, 'digest');
    if (e) return { ok: false, error: `The backup is damaged: in ${where}, ${e.replace(/^digest\./, '')}. Nothing was imported.` };
    const digest = d as Digest;
    if (ids.has(digest.id) || urlKeys.has(digest.urlKey)) return { ok: false, error: `The backup is damaged: ${where} appears twice. Nothing was imported.` };
    ids.add(digest.id);
    urlKeys.add(digest.urlKey);
  }
  return { ok: true, digests: json.digests as Digest[], exportedAt: json.exportedAt as string };
}

/** Parse the text of a file, then validate it. */
export function parseBackup(text: string): ValidationResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: `${FOREIGN} (It is not valid JSON.)` };
  }
  return validateBackup(json);
}
