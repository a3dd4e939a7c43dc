// Reading one stored record without trusting it. Storage can hold anything: a record written by a newer
// version, one edited by hand or by another tool, a value cut short. `checkRecord` either returns the digest
// (migrated to the current schema, harmless gaps filled) or says why it cannot be read. It never changes
// storage: an unreadable record stays where it is, so nothing is dropped silently.
import type { Digest } from '../digest';
import { CURRENT_SCHEMA, migrateRecord, type SchemaInfo } from './migrations';

export type ReadProblemReason =
  | 'not-an-object' // a number, null, an array...
  | 'unparseable' // a string that is not (complete) JSON: a truncated or half-written value
  | 'missing-fields' // an object without what every digest has (article, title, body...)
  | 'wrong-types' // the fields are there with the wrong types
  | 'newer-schema'; // saved by a newer version of Tin Gọn: kept untouched until the extension is updated

export interface ReadProblem {
  /** The storage key (`digest:<id>`, `index` or `meta`). */
  key: string;
  reason: ReadProblemReason;
  /** Which fields, or which version, in plain words (for the report and the logs). */
  detail: string;
}

export type RecordCheck = { ok: true; digest: Digest } | { ok: false; problem: ReadProblem };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fields every digest must have (with their type), else the record cannot be shown or searched. */
const REQUIRED_ARTICLE: [string, 'string' | 'number'][] = [
  ['url', 'string'],
  ['title', 'string'],
  ['bodyText', 'string'],
  ['bodyHtml', 'string'],
];

export function checkRecord(key: string, raw: unknown, schema: SchemaInfo = CURRENT_SCHEMA): RecordCheck {
  const fail = (reason: ReadProblemReason, detail: string): RecordCheck => ({
    ok: false,
    problem: { key, reason, detail },
  });
  let value = raw;
  if (typeof value === 'string') {
    // A record stored as a JSON string (by hand or another tool) is read if it is whole.
    const text = value;
    try {
      value = JSON.parse(text);
    } catch {
      return fail('unparseable', `text that is not complete JSON (${text.length} characters)`);
    }
  }
  if (!isObject(value))
    return fail('not-an-object', value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);
  const version = value.schemaVersion;
  if (version !== undefined && (typeof version !== 'number' || !Number.isInteger(version) || version < 1)) {
    return fail('wrong-types', `schemaVersion ${JSON.stringify(version)}`);
  }
  if (typeof version === 'number' && version > schema.current) {
    return fail('newer-schema', `schema v${version}; this version of Tin Gọn reads up to v${schema.current}`);
  }
  const missing: string[] = [];
  const wrong: string[] = [];
  const need = (obj: Record<string, unknown>, field: string, type: string, path: string) => {
    if (obj[field] === undefined) missing.push(path);
    else if (typeof obj[field] !== type) wrong.push(path);
  };
  need(value, 'urlKey', 'string', 'urlKey');
  need(value, 'savedAt', 'string', 'savedAt');
  if (!isObject(value.article)) (value.article === undefined ? missing : wrong).push('article');
  else for (const [f, type] of REQUIRED_ARTICLE) need(value.article, f, type, `article.${f}`);
  if (value.entities !== undefined && !isObject(value.entities)) wrong.push('entities');
  for (const f of ['notes', 'notesUpdatedAt', 'updatedAt', 'id']) {
    if (value[f] !== undefined && value[f] !== null && typeof value[f] !== 'string') wrong.push(f);
  }
  for (const f of ['tags', 'highlights']) if (value[f] !== undefined && !Array.isArray(value[f])) wrong.push(f);
  if (missing.length) return fail('missing-fields', `missing ${missing.join(', ')}`);
  if (wrong.length) return fail('wrong-types', `wrong type of ${wrong.join(', ')}`);
  try {
    return { ok: true, digest: repair(key, migrateRecord(value, schema)) };
  } catch (err) {
    return fail('wrong-types', err instanceof Error ? err.message : String(err));
  }
}

/** Gaps that have an obvious value: the id is the key's, the entity lists and small article fields empty. */
function repair(key: string, d: Digest): Digest {
  const id = key.startsWith('digest:') ? key.slice('digest:'.length) : d.id;
  const a = d.article as Digest['article'] & Record<string, unknown>;
  const entities = isObject(d.entities) ? d.entities : { people: [], agreements: [] };
  return {
    ...d,
    id: typeof d.id === 'string' && d.id ? d.id : id,
    updatedAt: typeof d.updatedAt === 'string' ? d.updatedAt : d.savedAt,
    source: d.source === 'selection' ? 'selection' : 'page',
    tags: d.tags.filter((t): t is string => typeof t === 'string'),
    highlights: d.highlights.filter((h) => isObject(h) && typeof h.quote === 'string'),
    article: {
      ...a,
      kind: 'article',
      canonicalUrl: typeof a.canonicalUrl === 'string' ? a.canonicalUrl : a.url,
      domain: typeof a.domain === 'string' ? a.domain : '',
      siteName: typeof a.siteName === 'string' ? a.siteName : '',
      authors: Array.isArray(a.authors) ? a.authors : [],
      published: typeof a.published === 'string' ? a.published : null,
      lead: typeof a.lead === 'string' ? a.lead : null,
      images: Array.isArray(a.images) ? a.images : [],
      wordCount: typeof a.wordCount === 'number' ? a.wordCount : 0,
    },
    entities: {
      people: Array.isArray(entities.people)
        ? entities.people.filter((p) => isObject(p) && typeof p.name === 'string')
        : [],
      agreements: Array.isArray(entities.agreements)
        ? entities.agreements.filter((g) => isObject(g) && typeof g.name === 'string')
        : [],
      // Sides are optional (absent in records saved before they were recognised): kept when present.
      ...(Array.isArray(entities.sides)
        ? { sides: entities.sides.filter((s) => isObject(s) && typeof s.name === 'string') }
        : {}),
    },
  };
}
