// A stored digest keeps each entity's mention count and only its first MAX_SPANS_PER_ENTITY spans
// (lib/entities/span-cap.ts), for a save (makeDigest) and an import alike.
import { describe, expect, it } from 'vitest';
import { makeDigest } from '../../lib/digest';
import { MAX_SPANS_PER_ENTITY, type Entities } from '../../lib/entities';
import { createDigestStore, createMemoryArea } from '../../lib/storage';
import { makeArticle } from '../storage/fixtures';

const spans = (n: number) => Array.from({ length: n }, (_, i) => ({ start: i * 10, end: i * 10 + 5 }));

function manyMentions(n: number): Entities {
  return {
    people: [
      {
        name: 'Bùi Thanh Sơn',
        key: 'bui thanh son',
        titles: [],
        organisation: null,
        mentions: n,
        spans: spans(n),
        firstSentence: '',
      },
      {
        name: 'Lê Văn A',
        key: 'le van a',
        titles: [],
        organisation: null,
        mentions: 2,
        spans: spans(2),
        firstSentence: '',
      },
    ],
    agreements: [
      {
        name: 'Hiệp định CPTPP',
        key: 'cptpp',
        acronym: 'CPTPP',
        kind: 'agreement',
        year: null,
        mentions: n,
        spans: spans(n),
        firstSentence: '',
      },
    ],
    sides: [
      { name: 'Nhật Bản', key: 'nhat ban', kind: 'country', acronym: null, aliases: [], mentions: n, spans: spans(n) },
    ],
  } as Entities;
}

describe('spans kept per entity', () => {
  it('a save keeps the count and the first spans of each entity', () => {
    const d = makeDigest(makeArticle(1), manyMentions(6_000), 'page');
    const [person, other] = d.entities.people;
    expect(person).toMatchObject({ mentions: 6_000, spans: spans(MAX_SPANS_PER_ENTITY) });
    expect(other!.spans).toHaveLength(2);
    expect(d.entities.agreements[0]).toMatchObject({ mentions: 6_000, spans: spans(MAX_SPANS_PER_ENTITY) });
    expect(d.entities.sides![0]).toMatchObject({ mentions: 6_000, spans: spans(MAX_SPANS_PER_ENTITY) });
  });

  it('an imported digest is capped the same way', async () => {
    const store = createDigestStore(createMemoryArea());
    const backup = {
      ...makeDigest(makeArticle(2), { people: [], agreements: [] }, 'page'),
      entities: manyMentions(500),
    };
    await store.importDigests([backup]);
    const [stored] = await store.getDigests([backup.id]);
    expect(stored!.entities.people[0]).toMatchObject({ mentions: 500, spans: spans(MAX_SPANS_PER_ENTITY) });
  });
});
