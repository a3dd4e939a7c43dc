// What the library shows: the search text, the filters and the sort. Lives in the page URL so a view can be
// bookmarked; parsing is forgiving (a hand-edited URL never breaks the page, unknown values are dropped).

export type SortKey = 'relevance' | 'saved' | 'published' | 'site';
export type SortDir = 'asc' | 'desc';
export type DateField = 'published' | 'saved';

export interface LibraryQuery {
  /** Search text as typed; the last word matches as a prefix. */
  q: string;
  /** Site filter: the digest's domain ("vnexpress.net"). */
  site: string | null;
  /** Which date the range applies to. */
  dateField: DateField;
  /** Inclusive range of calendar days, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  /** Person filter: a person key (matchKey of the name) or a name in any spelling. */
  person: string | null;
  /** Agreement filter: an acronym, a name, or a group id from the library index. */
  agreement: string | null;
  /** Side filter (a country, organisation or place): its key, name, acronym or another form, in any spelling. */
  side: string | null;
  /** Tag filter, compared with matchKey. */
  tag: string | null;
  /** Null: by relevance when there is search text, else by saved date. */
  sort: SortKey | null;
  /** Null: newest first for dates and relevance, A→Z for sites. */
  dir: SortDir | null;
}

/** Every filter off (not the search text, the date field or the sort): the one list of what a filter is. */
export const NO_FILTERS = Object.freeze({
  site: null,
  from: null,
  to: null,
  person: null,
  agreement: null,
  side: null,
  tag: null,
}) satisfies Partial<LibraryQuery>;

const FILTER_KEYS = Object.keys(NO_FILTERS) as ReadonlyArray<keyof typeof NO_FILTERS>;

export const EMPTY_QUERY: LibraryQuery = Object.freeze({
  q: '',
  dateField: 'saved',
  ...NO_FILTERS,
  sort: null,
  dir: null,
}) as LibraryQuery;

export function emptyQuery(): LibraryQuery {
  return { ...EMPTY_QUERY };
}

/** The sort actually used for a query. */
export function effectiveSort(query: LibraryQuery): { key: SortKey; dir: SortDir } {
  const key: SortKey = query.sort ?? (query.q.trim() !== '' ? 'relevance' : 'saved');
  const dir: SortDir = query.dir ?? (key === 'site' ? 'asc' : 'desc');
  return { key, dir };
}

/** True when any filter (not the search text, not the sort) is set. */
export function hasFilters(query: LibraryQuery): boolean {
  return FILTER_KEYS.some((key) => Boolean(query[key]));
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SORTS: readonly SortKey[] = ['relevance', 'saved', 'published', 'site'];

function validDay(value: string | null): string | null {
  if (!value || !DAY.test(value)) return null;
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? null : value;
}

/** The query as a URL query string (without "?"); defaults are left out so URLs stay short. */
export function toQueryString(query: LibraryQuery): string {
  const p = new URLSearchParams();
  if (query.q.trim() !== '') p.set('q', query.q);
  if (query.site) p.set('site', query.site);
  if (query.from || query.to) {
    if (query.dateField !== 'saved') p.set('date', query.dateField);
    if (query.from) p.set('from', query.from);
    if (query.to) p.set('to', query.to);
  }
  if (query.person) p.set('person', query.person);
  if (query.agreement) p.set('agreement', query.agreement);
  if (query.side) p.set('side', query.side);
  if (query.tag) p.set('tag', query.tag);
  if (query.sort) p.set('sort', query.sort);
  if (query.dir) p.set('dir', query.dir);
  return p.toString();
}

/** Parse a query string ("?q=..." or "q=..."); anything unknown or malformed falls back to the default. */
export function fromQueryString(search: string): LibraryQuery {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const text = (name: string): string | null => {
    const v = p.get(name)?.trim();
    return v ? v : null;
  };
  const sort = p.get('sort');
  const dir = p.get('dir');
  const date = p.get('date');
  return {
    q: p.get('q') ?? '',
    site: text('site'),
    dateField: date === 'published' ? 'published' : 'saved',
    from: validDay(p.get('from')),
    to: validDay(p.get('to')),
    person: text('person'),
    agreement: text('agreement'),
    side: text('side'),
    tag: text('tag'),
    sort: SORTS.includes(sort as SortKey) ? (sort as SortKey) : null,
    dir: dir === 'asc' || dir === 'desc' ? dir : null,
  };
}
