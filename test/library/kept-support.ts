// Shared by the kept-index tests: a digest store whose writes keep a kept search index (over the in-memory
// database unless one is given), the queries both indexes are asked, and each index's full answer to them.
import type { Digest } from '../../lib/digest';
import { lexiconAcronymOf } from '../../lib/library';
import {
  SearchIndex,
  emptyQuery,
  type LibraryQuery,
  type SearchResult,
  createMemorySearchDb,
  KeptIndexWriter,
  KeptSearch,
  type SearchDb,
} from '../../lib/search';
import { createDigestStore, type DigestStore, createQueueLock, createMemoryArea } from '../../lib/storage';

export const options = { acronymOf: lexiconAcronymOf };

export interface KeptLibrary {
  area: ReturnType<typeof createMemoryArea>;
  db: SearchDb;
  writer: KeptIndexWriter;
  store: DigestStore;
  search: KeptSearch;
  lock: ReturnType<typeof createQueueLock>;
}

export function keptLibrary(db: SearchDb = createMemorySearchDb(), area = createMemoryArea()): KeptLibrary {
  const writer = new KeptIndexWriter(db, options);
  const lock = createQueueLock();
  const errors: unknown[] = [];
  const store = createDigestStore(area, { lock, derived: writer, onDerivedError: (e) => errors.push(e) });
  return { area, db, writer, store, search: new KeptSearch(db, options), lock };
}

/** Every digest the store holds (the truth both indexes are compared with). */
export async function storedDigests(store: DigestStore): Promise<Digest[]> {
  return store.getDigests((await store.listSummaries()).map((s) => s.id));
}

export const QUERIES: Partial<LibraryQuery>[] = [
  { q: '' },
  { q: 'hoang xuan chien' },
  { q: 'Hoàng Xuân Chiến' },
  { q: 'hoang xuan c' },
  { q: 'h' },
  { q: 'ch' },
  { q: 'Thỏa thuận' },
  { q: 'thoả thuận'.normalize('NFD') },
  { q: 'EVFTA' },
  { q: 'DOC' },
  { q: 'bien dong' },
  { q: 'hop tac quoc' },
  { q: 'ghi chu' },
  { q: 'tag:EU' },
  { q: 'person:"Phạm Minh Chính"' },
  { q: '"an ninh năng lượng"' },
  { q: 'nguyen chien thuong' },
  { q: 'tuong thu ' },
  { q: 'TP HCM' },
  { q: 'site:qdnd.vn quoc phong' },
  { q: 'note:bien' },
  { q: 'quoc phong', site: 'qdnd.vn' },
  { q: 'quoc phong', site: 'Quân đội nhân dân' },
  { q: 'doi tac', agreement: 'EVFTA', sort: 'published' },
  { q: '', agreement: 'Hiệp định Đối tác Kinh tế Toàn diện Khu vực' },
  { q: '', person: 'Hoàng Xuân Chiến', sort: 'site' },
  { q: '', tag: 'quốc phòng', sort: 'published', dir: 'asc' },
  { q: 'viet nam', from: '2023-02-01', to: '2023-06-30' },
  { q: '', dateField: 'published', from: '2023-03-01', to: '2023-12-31', sort: 'saved', dir: 'asc' },
  { q: 'an ninh', sort: 'site', dir: 'desc' },
];

/** An index's full answer to every query: ids in order, total, scattered, and every hit of the first page. */
export function answerOf(r: SearchResult) {
  return { total: r.total, ids: r.ids, pageIds: r.pageIds, scattered: r.scattered, hits: r.hits, missing: r.missing };
}

export function inMemoryAnswers(digests: readonly Digest[], limit = 60) {
  const index = new SearchIndex(digests, options);
  return QUERIES.map((over) => answerOf(index.search({ ...emptyQuery(), ...over }, { limit })));
}

export async function keptAnswers(search: KeptSearch, limit = 60) {
  await search.refresh();
  const out = [];
  for (const over of QUERIES) out.push(answerOf(await search.search({ ...emptyQuery(), ...over }, { limit })));
  return out;
}
