// People on the five seeds, text cut to the article: every gold person with every gold title, no
// not_people, each person once. (The combined entity test in test/entities/seeds.test.ts is the official
// one; this one checks extractPeople alone and its organisation and mention counts.)
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../lib/entities/people';
import { matchKey } from '../../../lib/text';
import { cutToArticle, loadGoldTexts, seedsDir } from '../../support/entity-scoring';

const seeds = loadGoldTexts(seedsDir);

describe('people on the seeds', () => {
  for (const seed of seeds) {
    it(`seed ${seed.id}`, () => {
      const { article } = cutToArticle(seed.text, seed.gold);
      const people = extractPeople(article);
      const keysOf = (p: { name: string; aliases: string[] }) => [p.name, ...p.aliases].map(matchKey);
      for (const gold of seed.gold.people) {
        const found = people.filter((p) => keysOf(gold).includes(p.key));
        expect(
          found.map((p) => p.key),
          gold.name,
        ).toHaveLength(1);
        const titles = found[0]!.titles.map(matchKey);
        for (const t of gold.titles) expect(titles, `${gold.name}: ${t}`).toContain(matchKey(t));
        // Every span is a mention of this person in the article.
        for (const s of found[0]!.spans) expect(article.slice(s.start, s.end).length).toBeGreaterThan(1);
      }
      const forbidden = seed.gold.not_people.map(matchKey);
      expect(people.filter((p) => forbidden.includes(p.key)).map((p) => p.name)).toEqual([]);
    });
  }

  it('orders the main actor first and gives the side a title names', () => {
    const seed = seeds.find((s) => s.id === '001')!;
    const people = extractPeople(cutToArticle(seed.text, seed.gold).article);
    expect(people[0]!.name).toBe('Hoàng Xuân Chiến');
    expect(people[0]!.mentions).toBe(7);
    expect(people[0]!.organisation).toBe('Bộ Quốc phòng Việt Nam');
    expect(people.find((p) => p.name === 'Benedikta Von Seherr-Thoss')!.mentions).toBe(3);
  });
});
