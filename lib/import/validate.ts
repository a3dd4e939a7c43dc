// Validation of a JSON backup before anything is written: a bad or foreign file is refused with a message
// that says what is wrong and where; a backup from a newer version is refused with a message saying so. What
// passes is rebuilt from the fields this version knows, its HTML sanitised again and its fields capped.
import { BACKUP_FORMAT, BACKUP_VERSION, DIGEST_SCHEMA_VERSION, type Digest } from '../digest';
import { FIELD_CAPS, capArticle } from '../article';
import { sanitizeArticleHtml, keepableImageUrl } from '../sanitize';

export type ValidationResult = { ok: true; digests: Digest[]; exportedAt: string } | { ok: false; error: string };

type Check = (value: unknown, path: string) => string | null;

/** A field's rule: how to check it and, for objects and lists, how to copy only what the schema names. */
interface Rule {
  check: Check;
  pick?: (value: unknown) => unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const leaf = (check: Check): Rule => ({ check });
const str = leaf((v, p) => (typeof v === 'string' ? null : `${p} must be text`));
const strOrNull = leaf((v, p) => (v === null || typeof v === 'string' ? null : `${p} must be text or null`));
const int = leaf((v, p) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? null : `${p} must be a whole number ≥ 0`,
);
const num = leaf((v, p) => (typeof v === 'number' && Number.isFinite(v) ? null : `${p} must be a number`));
const intOrNull = leaf((v, p) =>
  v === null ? null : typeof v === 'number' && Number.isInteger(v) ? null : `${p} must be a whole number or null`,
);

/**
 * Strict ISO 8601 as the extension writes it: a calendar date, optionally with a time and a zone, every part
 * in range. Date.parse accepted "../../../../tmp/x 2020" and "C:/Users/ 2020", which became export file names.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;
export function isStrictIsoDate(v: unknown): v is string {
  if (typeof v !== 'string' || v.length > 40) return false;
  const m = ISO_DATE.exec(v);
  if (!m) return false;
  const [y, mo, d, h = '0', mi = '0', sec = '0', zh = '0', zm = '0'] = m.slice(1).map((x) => x ?? '0');
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return (
    day.getUTCFullYear() === Number(y) &&
    day.getUTCMonth() === Number(mo) - 1 &&
    day.getUTCDate() === Number(d) &&
    Number(h) < 24 &&
    Number(mi) < 60 &&
    Number(sec) < 60 &&
    Number(zh) < 24 &&
    Number(zm) < 60
  );
}
const date = leaf((v, p) =>
  isStrictIsoDate(v) ? null : `${p} must be a date in ISO 8601 (such as 2025-10-22T19:25:00+07:00)`,
);
const dateOrNull = leaf((v, p) => (v === null ? null : date.check(v, p)));
/** An http(s) address (the article's own addresses; an imported record must not point anywhere else). */
const webAddress = leaf((v, p) => {
  if (typeof v !== 'string') return `${p} must be text`;
  if (v.length > FIELD_CAPS.url) return `${p} is longer than any web address`;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:' ? null : `${p} must be an http or https address`;
  } catch {
    return `${p} must be an http or https address`;
  }
});
const oneOf = (...values: string[]): Rule =>
  leaf((v, p) =>
    typeof v === 'string' && values.includes(v)
      ? null
      : `${p} must be one of ${values.map((x) => `"${x}"`).join(', ')}`,
  );

const arrayOf = (item: Rule): Rule => ({
  check: (v, p) => {
    if (!Array.isArray(v)) return `${p} must be a list`;
    for (let i = 0; i < v.length; i++) {
      const e = item.check(v[i], `${p}[${i}]`);
      if (e) return e;
    }
    return null;
  },
  pick: (v) => (v as unknown[]).map((x) => (item.pick ? item.pick(x) : x)),
});

/** An object with these fields (those in `optional` may be absent); copies keep only these fields. */
const shape = (fields: Record<string, Rule>, optional: string[] = []): Rule => ({
  check: (v, p) => {
    if (!isObject(v)) return `${p} must be an object`;
    for (const [k, rule] of Object.entries(fields)) {
      if (!(k in v)) {
        if (optional.includes(k)) continue;
        return `${p}.${k} is missing`;
      }
      const e = rule.check(v[k], `${p}.${k}`);
      if (e) return e;
    }
    return null;
  },
  pick: (v) => {
    const obj = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [k, rule] of Object.entries(fields)) if (k in obj) out[k] = rule.pick ? rule.pick(obj[k]) : obj[k];
    return out;
  },
});

const span = shape({ start: int, end: int });
const AGREEMENT_KINDS = [
  'treaty',
  'convention',
  'agreement',
  'framework-agreement',
  'fta',
  'mou',
  'protocol',
  'declaration',
  'code-of-conduct',
  'action-plan',
  'charter',
  'consensus',
  'other',
];

const article = shape(
  {
    kind: oneOf('article'),
    url: webAddress,
    canonicalUrl: leaf((v, p) => (v === '' ? null : webAddress.check(v, p))),
    domain: str,
    siteName: str,
    title: str,
    authors: arrayOf(str),
    source: strOrNull,
    published: dateOrNull,
    publishedNote: strOrNull,
    lead: strOrNull,
    bodyHtml: str,
    bodyText: str,
    images: arrayOf(shape({ src: str, alt: str, caption: strOrNull, credit: strOrNull })),
    lang: str,
    wordCount: int,
    extractor: shape({
      path: oneOf('profile', 'generic', 'selection'),
      profile: strOrNull,
      fallbackReason: strOrNull,
      ms: num,
    }),
  },
  ['source'],
);

const entities = shape(
  {
    people: arrayOf(
      shape({
        name: str,
        key: str,
        titles: arrayOf(str),
        organisation: strOrNull,
        mentions: int,
        spans: arrayOf(span),
        firstSentence: str,
      }),
    ),
    agreements: arrayOf(
      shape({
        name: str,
        key: str,
        acronym: strOrNull,
        kind: oneOf(...AGREEMENT_KINDS),
        year: intOrNull,
        mentions: int,
        spans: arrayOf(span),
        firstSentence: str,
      }),
    ),
    sides: arrayOf(
      shape({
        name: str,
        key: str,
        kind: oneOf('country', 'organisation', 'place'),
        acronym: strOrNull,
        aliases: arrayOf(str),
        mentions: int,
        spans: arrayOf(span),
      }),
    ),
  },
  ['sides'],
);

const highlight = shape({
  id: str,
  quote: str,
  start: intOrNull,
  prefix: str,
  suffix: str,
  comment: str,
  createdAt: date,
});

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

/**
 * What an imported record becomes before it is stored: only the fields this version knows, its body HTML
 * sanitised again (a backup is a file anyone can edit), its image list limited to addresses a digest may
 * keep (https on a public host), and every field within its cap.
 */
function cleanImported(d: Digest, doc: Document): Digest {
  const picked = digestFields.pick!(d) as Digest;
  const a = picked.article;
  const base = a.canonicalUrl || a.url;
  const images = a.images.flatMap((img) => {
    const src = keepableImageUrl(img.src, base);
    return src ? [{ ...img, src }] : [];
  });
  return { ...picked, article: capArticle({ ...a, bodyHtml: sanitizeArticleHtml(a.bodyHtml, base, doc), images }) };
}

function describe(d: unknown, i: number): string {
  const title = isObject(d) && isObject(d.article) && typeof d.article.title === 'string' ? d.article.title : '';
  return title ? `digest ${i + 1} ("${title.length > 60 ? `${title.slice(0, 57)}…` : title}")` : `digest ${i + 1}`;
}

/** Check one digest; the message names the field ("article.title must be text"). */
export function validateDigest(d: unknown, path = 'digest'): string | null {
  if (isObject(d) && typeof d.schemaVersion === 'number' && d.schemaVersion > DIGEST_SCHEMA_VERSION) {
    return `${path} uses digest format ${d.schemaVersion}, newer than this version of Tin Gọn understands (${DIGEST_SCHEMA_VERSION}); update the extension first`;
  }
  const e = digestFields.check(d, path);
  if (e) return e;
  const digest = d as unknown as Digest;
  if (digest.id.trim() === '') return `${path}.id is empty`;
  if (digest.urlKey.trim() === '') return `${path}.urlKey is empty`;
  return null;
}

const FOREIGN =
  'This file is not a Tin Gọn backup. Export a backup from the library (Export → JSON backup) and import that file.';

/** The document the sanitiser parses with: the caller's, else the page's own (the library page). */
function documentFor(doc: Document | undefined): Document {
  const owner = doc ?? (typeof document !== 'undefined' ? document : undefined);
  if (!owner) throw new Error('validateBackup needs a Document outside the browser (pass one from parseHtml)');
  return owner;
}

/**
 * Validate a parsed backup. Nothing is written either way: the caller writes only on `ok`, and what it
 * writes is the cleaned records (see cleanImported). `doc` is the DOM to sanitise with outside the browser.
 */
export function validateBackup(json: unknown, doc?: Document): ValidationResult {
  if (!isObject(json)) return { ok: false, error: FOREIGN };
  if (json.format !== BACKUP_FORMAT) return { ok: false, error: FOREIGN };
  if (typeof json.version !== 'number' || !Number.isInteger(json.version) || json.version < 1) {
    return { ok: false, error: 'This Tin Gọn backup has no valid version number; the file may be damaged.' };
  }
  if (json.version > BACKUP_VERSION) {
    return {
      ok: false,
      error: `This backup was made by a newer version of Tin Gọn (backup version ${json.version}; this version reads up to ${BACKUP_VERSION}). Update the extension, then import it again.`,
    };
  }
  const exportedAt = date.check(json.exportedAt, 'exportedAt');
  if (exportedAt) return { ok: false, error: `The backup is damaged: ${exportedAt}.` };
  if (!Array.isArray(json.digests)) return { ok: false, error: 'The backup is damaged: it has no list of digests.' };
  const ids = new Set<string>();
  const urlKeys = new Set<string>();
  for (let i = 0; i < json.digests.length; i++) {
    const d = json.digests[i];
    const where = describe(d, i);
    const e = validateDigest(d, 'digest');
    if (e)
      return {
        ok: false,
        error: `The backup is damaged: in ${where}, ${e.replace(/^digest\./, '')}. Nothing was imported.`,
      };
    const digest = d as Digest;
    if (ids.has(digest.id) || urlKeys.has(digest.urlKey))
      return { ok: false, error: `The backup is damaged: ${where} appears twice. Nothing was imported.` };
    ids.add(digest.id);
    urlKeys.add(digest.urlKey);
  }
  const owner = documentFor(doc);
  return {
    ok: true,
    digests: (json.digests as Digest[]).map((d) => cleanImported(d, owner)),
    exportedAt: json.exportedAt as string,
  };
}

/** Parse the text of a file, then validate it. */
export function parseBackup(text: string, doc?: Document): ValidationResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: `${FOREIGN} (It is not valid JSON.)` };
  }
  return validateBackup(json, doc);
}
