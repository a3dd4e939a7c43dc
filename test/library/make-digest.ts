// A small hand-written digest for library tests: every field filled, overrides where a test needs them.
import { DIGEST_SCHEMA_VERSION, type Digest } from '../../lib/digest';
import type { Agreement, Person } from '../../lib/entities';
import { matchKey } from '../../lib/text';

export function person(name: string, titles: string[] = [], mentions = 1): Person {
  return {
    name,
    key: matchKey(name),
    titles,
    organisation: null,
    mentions,
    spans: [],
    firstSentence: `${name} phát biểu.`,
  };
}

export function agreement(
  name: string,
  acronym: string | null = null,
  kind: Agreement['kind'] = 'agreement',
): Agreement {
  return {
    name,
    key: matchKey(name),
    acronym,
    kind,
    year: null,
    mentions: 1,
    spans: [],
    firstSentence: `Nhắc đến ${name}.`,
  };
}

export interface DigestInput {
  id: string;
  title?: string;
  lead?: string | null;
  body?: string;
  domain?: string;
  siteName?: string;
  published?: string | null;
  savedAt?: string;
  people?: Person[];
  agreements?: Agreement[];
  notes?: string;
  tags?: string[];
}

export function makeDigest(input: DigestInput): Digest {
  const domain = input.domain ?? 'vnexpress.net';
  const url = `https://${domain}/${input.id}.html`;
  const savedAt = input.savedAt ?? '2025-01-01T00:00:00.000Z';
  const body = input.body ?? 'Nội dung bài viết.';
  return {
    schemaVersion: DIGEST_SCHEMA_VERSION,
    id: input.id,
    urlKey: `${domain}/${input.id}.html`,
    savedAt,
    updatedAt: savedAt,
    source: 'page',
    article: {
      kind: 'article',
      url,
      canonicalUrl: url,
      domain,
      siteName: input.siteName ?? 'VnExpress',
      title: input.title ?? `Bài ${input.id}`,
      authors: ['Phương Linh'],
      published: input.published === undefined ? '2025-01-01T08:00:00+07:00' : input.published,
      publishedNote: null,
      lead: input.lead === undefined ? null : input.lead,
      bodyHtml: body
        .split(/\n\n+/)
        .map((p) => `<p>${p}</p>`)
        .join(''),
      bodyText: body,
      images: [],
      lang: 'vi',
      wordCount: body.split(/\s+/).length,
      extractor: { path: 'generic', profile: null, fallbackReason: null, ms: 1 },
    },
    entities: { people: input.people ?? [], agreements: input.agreements ?? [] },
    notes: input.notes ?? '',
    notesUpdatedAt: input.notes ? savedAt : null,
    tags: input.tags ?? [],
    highlights: [],
  };
}
