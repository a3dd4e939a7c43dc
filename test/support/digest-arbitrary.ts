// fast-check generators of arbitrary (but schema-valid) digests: Vietnamese letters in NFC and NFD, quotes,
// commas, newlines, formula triggers, YAML and Markdown syntax, any Unicode. For exporter and importer
// property tests.
import fc from 'fast-check';
import { DIGEST_SCHEMA_VERSION, type Digest, type Highlight } from '../../lib/digest';
import type { Agreement, AgreementKind, Person, Span } from '../../lib/entities';

const TRICKY = [
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '"',
  "'",
  ',',
  ';',
  ':',
  '#',
  '*',
  '_',
  '[',
  ']',
  '|',
  '`',
  '>',
  '<',
  '&',
  '\\',
  ' ',
  '\u00A0',
  '\u200B',
  '\u2028',
  'Ð',
];
const VIETNAMESE = [
  'Đ',
  'đ',
  'ă',
  'â',
  'ê',
  'ô',
  'ơ',
  'ư',
  'Hoàng',
  'Xuân',
  'Chiến',
  'thoả',
  'thỏa',
  'thuận',
  'Uỷ',
  'Ủy',
  'Hiệp định',
  'EVFTA',
  'Việt Nam',
  '2025',
  'hòa',
];

/** Text mixing Vietnamese words (NFC or NFD), separators, syntax characters and arbitrary Unicode. */
export const vnText = (maxLength = 40): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...VIETNAMESE) },
        { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
        { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
      ),
      { maxLength },
    )
    .chain((parts) => fc.boolean().map((nfd) => (nfd ? parts.join('').normalize('NFD') : parts.join(''))));

const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const published = fc.option(
  isoDate.map((d) => d.replace(/\.\d{3}Z$/, '+07:00')),
  { nil: null },
);
const nat = fc.nat({ max: 100_000 });
const span: fc.Arbitrary<Span> = fc.record({ start: nat, end: nat });
const KINDS: AgreementKind[] = [
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

const person: fc.Arbitrary<Person> = fc.record({
  name: vnText(6),
  key: vnText(6),
  titles: fc.array(vnText(6), { maxLength: 3 }),
  organisation: fc.option(vnText(5), { nil: null }),
  mentions: fc.nat({ max: 50 }),
  spans: fc.array(span, { maxLength: 3 }),
  firstSentence: vnText(10),
});

const agreement: fc.Arbitrary<Agreement> = fc.record({
  name: vnText(8),
  key: vnText(8),
  acronym: fc.option(fc.constantFrom('EVFTA', 'EVIPA', 'CPTPP', 'RCEP', 'UNCLOS', 'FPA', '=SUM(A1)'), { nil: null }),
  kind: fc.constantFrom(...KINDS),
  year: fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null }),
  mentions: fc.nat({ max: 50 }),
  spans: fc.array(span, { maxLength: 3 }),
  firstSentence: vnText(10),
});

const highlight: fc.Arbitrary<Highlight> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 8 }),
  quote: vnText(12),
  start: fc.option(nat, { nil: null }),
  prefix: vnText(4),
  suffix: vnText(4),
  comment: vnText(8),
  createdAt: isoDate,
});

const HTML_PARTS = [
  '<p>',
  '</p>',
  '<h2>',
  '</h2>',
  '<ul><li>',
  '</li></ul>',
  '<blockquote><p>',
  '</p></blockquote>',
  '<figure><img src="https://a.vn/x.jpg" alt="ảnh"><figcaption>',
  '</figcaption></figure>',
  '<table><tr><td>',
  '</td><td>|',
  '</td></tr></table>',
  '<strong>',
  '</strong>',
  '<em>',
  '</em>',
  '<br>',
  '<a href="https://a.vn/?q=1&amp;b=2">',
  '</a>',
  '<pre>',
  '</pre>',
  '&lt;',
  '&amp;',
];
const bodyHtml = fc
  .array(fc.oneof(fc.constantFrom(...HTML_PARTS), vnText(8)), { maxLength: 20 })
  .map((parts) => parts.join(''));

/** One schema-valid digest with arbitrary content. */
export const digestArbitrary: fc.Arbitrary<Digest> = fc
  .record({
    urlKey: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''),
    savedAt: isoDate,
    updatedAt: isoDate,
    source: fc.constantFrom('page' as const, 'selection' as const),
    domain: fc.constantFrom('vnexpress.net', 'baoquocte.vn', 'qdnd.vn', 'tuoitre.vn'),
    siteName: vnText(4),
    title: vnText(20),
    authors: fc.array(vnText(4), { maxLength: 3 }),
    published,
    publishedNote: fc.option(vnText(6), { nil: null }),
    lead: fc.option(vnText(30), { nil: null }),
    bodyHtml,
    bodyText: vnText(60),
    wordCount: fc.nat({ max: 5000 }),
    people: fc.array(person, { maxLength: 4 }),
    agreements: fc.array(agreement, { maxLength: 3 }),
    notes: vnText(30),
    notesUpdatedAt: fc.option(isoDate, { nil: null }),
    tags: fc.array(vnText(3), { maxLength: 4 }),
    highlights: fc.uniqueArray(highlight, { selector: (h) => h.id, maxLength: 3 }),
  })
  .map((r): Digest => ({
    schemaVersion: DIGEST_SCHEMA_VERSION,
    id: `id-${r.urlKey}`,
    urlKey: r.urlKey,
    savedAt: r.savedAt,
    updatedAt: r.updatedAt,
    source: r.source,
    article: {
      kind: 'article',
      url: `https://${r.domain}/${encodeURIComponent(r.urlKey)}`,
      canonicalUrl: `https://${r.domain}/${encodeURIComponent(r.urlKey)}`,
      domain: r.domain,
      siteName: r.siteName,
      title: r.title,
      authors: r.authors,
      published: r.published,
      publishedNote: r.publishedNote,
      lead: r.lead,
      bodyHtml: r.bodyHtml,
      bodyText: r.bodyText,
      images: [],
      lang: 'vi',
      wordCount: r.wordCount,
      extractor: { path: 'generic', profile: null, fallbackReason: null, ms: 3.5 },
    },
    entities: { people: r.people, agreements: r.agreements },
    notes: r.notes,
    notesUpdatedAt: r.notesUpdatedAt,
    tags: r.tags,
    highlights: r.highlights,
  }));

/** A library: digests with distinct urlKeys (and so distinct ids). */
export const libraryArbitrary = (maxLength = 8): fc.Arbitrary<Digest[]> =>
  fc.uniqueArray(digestArbitrary, { selector: (d) => d.urlKey, maxLength });
