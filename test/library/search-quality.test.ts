// The floor of search quality on the real digests: precision of the first ten results and recall, with and
// without diacritics (the figures themselves are reported by the benchmark, section 42).
import { describe, expect, it } from 'vitest';
import { lexiconAcronymOf } from '../../lib/library';
import { SearchIndex } from '../../lib/search';
import { buildQualityLibrary } from './search-quality-corpus';
import { QUALITY_QUERIES, scoreQueries } from './search-quality-set';

describe('search quality on the real pages', () => {
  const library = buildQualityLibrary();
  const index = new SearchIndex(library, { acronymOf: lexiconAcronymOf });

  it('covers at least 60 queries, each expecting digests that exist', () => {
    expect(QUALITY_QUERIES.length).toBeGreaterThanOrEqual(60);
    const ids = new Set(library.map((d) => d.id));
    for (const x of QUALITY_QUERIES)
      for (const id of [...x.expect, ...(x.folded ?? [])]) expect(ids.has(id), `${x.q}: ${id}`).toBe(true);
  });

  it('holds precision@10 and recall at 0.95 or more, with and without diacritics', () => {
    const { accented, plain } = scoreQueries(index, QUALITY_QUERIES);
    const report = (m: typeof accented) => m.misses.map((x) => `${x.q} → ${x.got.join(',')}`).join('; ');
    expect(accented.precisionAt10, report(accented)).toBeGreaterThanOrEqual(0.95);
    expect(accented.recall, report(accented)).toBeGreaterThanOrEqual(0.95);
    expect(plain.precisionAt10, report(plain)).toBeGreaterThanOrEqual(0.95);
    expect(plain.recall, report(plain)).toBeGreaterThanOrEqual(0.95);
  });
});
