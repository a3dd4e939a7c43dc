// The list of digests, newest first (or as sorted): site, the labelled dates the list is filtered and sorted by,
// title, lead, people, agreement and side chips, note indicator; the search words marked. Draws a page of rows
// (a screen or two) per keystroke whatever the library's size, once the keystroke's answer is in, and only the
// rows whose text changed; the next page comes when the reader scrolls near the end of the list (or presses
// "more"), and rows off screen are not laid out until they come near it (CSS).
import { Component } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { LibraryQuery, SearchHit, SearchResult } from '../../lib/search';
import { effectiveSort, hasFilters } from '../../lib/search';
import type { StringKey } from '../../lib/i18n';
import { sideNameIn } from '../../lib/library';
import type { DigestSummary } from '../../lib/storage';
import { ChipGroup, type ChipItem } from './ChipGroup';
import { useLibrary, useLibraryState } from './context';
import type { LibraryState } from './library-controller';
import { deleteDigests } from './delete-digests';
import { filterSummary } from './filter-summary';
import { listDate } from './dates';
import { Marked } from './Marked';
import { routeHref } from './route';

/** One row, from a search hit (ready) or a stored summary (while the index loads). */
interface Row {
  id: string;
  title: string;
  siteName: string;
  published: string | null;
  savedAt: string;
  lead: string;
  people: string[];
  agreements: { label: string; title?: string }[];
  sides: { label: string; value: string; title?: string; key?: string }[];
  hasNotes: boolean;
  highlightCount: number;
  hit: SearchHit | null;
}

function fromHit(h: SearchHit): Row {
  return { id: h.id, ...h.row, hit: h };
}

function fromSummary(s: DigestSummary): Row {
  return {
    id: s.id,
    title: s.title,
    siteName: s.siteName || s.domain,
    published: s.published,
    savedAt: s.savedAt,
    lead: s.lead,
    people: s.people,
    agreements: s.agreements.map((label) => ({ label })),
    sides: [],
    hasNotes: s.hasNotes,
    highlightCount: s.highlightCount,
    hit: null,
  };
}

/** A row's date: its label, the value, and which date it is (a publication's day or the reader's day of a save). */
interface RowDate {
  key: StringKey;
  iso: string;
  field: 'published' | 'saved';
}

/**
 * Which dates a row shows, each labelled (a saved date is never read as a publication date). With a date filter
 * set, first the date it filters by (the reader sees why the row matches), then the sort's date when that is
 * another one; without one, the date the list is sorted by, or under relevance or site order the publication
 * date. A publication date the row lacks is its saved date, said to be that.
 */
export function rowDates(query: LibraryQuery, row: Pick<Row, 'published' | 'savedAt'>): RowDate[] {
  const sort = effectiveSort(query).key;
  const sorted = sort === 'saved' || sort === 'published' ? sort : null;
  const fields = query.from || query.to ? [query.dateField, ...(sorted ? [sorted] : [])] : [sorted ?? 'published'];
  const dates: RowDate[] = [];
  for (const field of fields) {
    const date: RowDate =
      field === 'published' && row.published
        ? { key: 'lib.publishedOn', iso: row.published, field }
        : { key: 'lib.savedOn', iso: row.savedAt, field: 'saved' };
    if (!dates.some((d) => d.field === date.field)) dates.push(date);
  }
  return dates;
}

const FIELDS = ['title', 'people', 'agreements', 'lead', 'notes', 'tags', 'body'] as const;

/**
 * The result page in ranked order: a hit where the index holds the digest, else the stored summary (an
 * index loaded from its snapshot searches before every record is read).
 */
function resultRows(result: SearchResult, summaries: DigestSummary[]): Row[] {
  const hits = new Map(result.hits.map((h) => [h.id, h]));
  const missing = new Set(result.missing);
  const byId = missing.size > 0 ? new Map(summaries.map((s) => [s.id, s])) : null;
  const rows: Row[] = [];
  for (const id of result.pageIds) {
    const hit = hits.get(id);
    const summary = byId?.get(id);
    if (hit) rows.push(fromHit(hit));
    else if (summary) rows.push(fromSummary(summary));
  }
  return rows;
}

export function DigestList() {
  const { lang } = useLibrary();
  return <ListFrame state={useLibraryState()} lang={lang} />;
}

/** What the list draws from the library's state (the query's text is drawn by the search box, not here). */
const LIST_STATE = ['result', 'summaries', 'shown', 'selected', 'phase', 'answered', 'total', 'filters'] as const;

const withoutText = (q: LibraryQuery) => JSON.stringify({ ...q, q: '' });

/**
 * The list drawn again only when something it shows changed: a keystroke changes the query's text at once and
 * the answer a moment later; the list waits for the answer instead of being drawn twice.
 */
class ListFrame extends Component<{ state: LibraryState; lang: string }> {
  override shouldComponentUpdate(next: { state: LibraryState; lang: string }): boolean {
    const a = this.props.state;
    const b = next.state;
    return (
      this.props.lang !== next.lang ||
      LIST_STATE.some((f) => a[f] !== b[f]) ||
      (a.query !== b.query && withoutText(a.query) !== withoutText(b.query))
    );
  }

  override render() {
    return <ListBody state={this.props.state} />;
  }
}

function ListBody({ state }: { state: LibraryState }) {
  const { controller, t, lang } = useLibrary();
  const { result, summaries, shown, selected, query, phase, answered } = state;
  const rows: Row[] = result ? resultRows(result, summaries) : summaries.slice(0, shown).map(fromSummary);
  const total = result ? result.total : Math.max(state.total, summaries.length);
  // Every id of the results is read only when something is selected (ordering them all is not a keystroke's work).
  const allSelected = selected.size > 0 && total > 0 && (result?.ids ?? []).every((id) => selected.has(id));
  const more = useRef<HTMLButtonElement>(null);
  useNextPageNearView(more, rows.length, () => controller.showMore());
  if (phase === 'ready' && state.total === 0) return <p class="lib-empty">{t('lib.empty')}</p>;
  return (
    <section class="lib-list" aria-labelledby="lib-results" data-answers={answered ?? undefined}>
      <h2 id="lib-results" class="visually-hidden" tabIndex={-1}>
        {t('lib.digests')}
      </h2>
      <div class="lib-list__bar">
        <label>
          <input type="checkbox" checked={allSelected} disabled={!result} onChange={() => controller.toggleAll()} />{' '}
          {t('lib.selectAll')}
        </label>
        <span data-testid="result-count" role="status">
          {t('lib.results', { count: total })}
        </span>
        {selected.size > 0 && <span>{t('lib.selected', { count: selected.size })}</span>}
        {selected.size > 0 && (
          <button type="button" class="button" onClick={() => void deleteDigests(controller, t, [...selected])}>
            {t('lib.delete')}
          </button>
        )}
      </div>
      {total === 0 && result && hasFilters(query) ? (
        <p class="lib-empty" data-testid="no-results">
          {t('lib.noResultsFilters', { filters: filterSummary(query, t, controller.filterOptions()) })}{' '}
          <button
            type="button"
            class="link-button"
            data-testid="no-results-clear"
            onClick={() => controller.clearFilters()}
          >
            {t('lib.clearFilters')}
          </button>
        </p>
      ) : (
        total === 0 && answered && <p class="lib-empty">{t('lib.noResults')}</p>
      )}
      {result?.scattered && total > 0 && (
        <p class="lib-hint" role="status" data-testid="scattered-notice">
          {t('lib.scatteredNotice')}
        </p>
      )}
      <ol class="lib-rows">
        {rows.map((r) => {
          const dates = rowDates(query, r);
          return (
            <DigestRow
              key={r.id}
              row={r}
              selected={selected.has(r.id)}
              dates={dates}
              same={`${lang}|${selected.has(r.id)}|${JSON.stringify(dates)}|${drawn(r)}`}
            />
          );
        })}
      </ol>
      {rows.length < total && (
        <button type="button" class="button lib-more" ref={more} onClick={() => controller.showMore()}>
          {t('lib.more')} ({t('lib.shownOf', { shown: rows.length, total })})
        </button>
      )}
    </section>
  );
}

/**
 * What a row draws, as text: its fields, and of its hit only the marks, the snippet and whether the words are
 * apart (a hit's score and fields change as the user types on without changing what the row shows).
 */
export function drawn(r: Row): string {
  const { hit, ...row } = r;
  return JSON.stringify([row, hit && [hit.match, hit.titleRanges, hit.leadRanges, hit.snippet]]);
}

/** How far below the screen the "more" button may be when the next page is drawn (about a screen's height). */
const NEAR_PX = 800;

/**
 * Calls `next` when the "more" button comes within NEAR_PX of the screen, and again after each page drawn while it
 * stays that near (a page of short rows). Without IntersectionObserver the button does it.
 */
function useNextPageNearView(button: { current: HTMLElement | null }, drawn: number, next: () => void): void {
  const latest = useRef(next);
  latest.current = next;
  useEffect(() => {
    const el = button.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const seen = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) latest.current();
      },
      { rootMargin: `0px 0px ${NEAR_PX}px 0px` },
    );
    seen.observe(el);
    return () => seen.disconnect();
  }, [button, drawn]);
}

interface RowProps {
  row: Row;
  selected: boolean;
  /** The labelled dates the row shows, the one the date filter reads first. */
  dates: RowDate[];
  /** Everything the row draws, as text: a row whose text is unchanged is not drawn again (typing on). */
  same: string;
}

/** One row of the list, drawn again only when what it shows changed (the language reaches it through the context). */
class DigestRow extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    return next.same !== this.props.same;
  }

  override render() {
    return <RowView {...this.props} />;
  }
}

function RowView({ row: r, selected, dates }: RowProps) {
  const { controller, t, lang } = useLibrary();
  const field = (f: string) =>
    (FIELDS as readonly string[]).includes(f) ? t(`lib.field.${f as (typeof FIELDS)[number]}`) : f;
  const chips: ChipItem[] = [
    ...r.people
      .slice(0, 6)
      .map((p): ChipItem => ({ key: p, label: p, kind: 'person', onPick: () => controller.setQuery({ person: p }) })),
    ...r.agreements.slice(0, 4).map((a): ChipItem => ({
      key: a.label,
      label: a.label,
      title: a.title,
      kind: 'agreement',
      onPick: () => controller.setQuery({ agreement: a.label }),
    })),
    ...r.sides.slice(0, 4).map((s): ChipItem => {
      // A country or a known body in the UI's language; the chip filters by the side whatever the language.
      const name = s.key ? sideNameIn({ key: s.key, name: s.value }, lang).name : s.value;
      return {
        key: s.value,
        label: s.title ? s.label : name,
        title: s.title ? name : undefined,
        kind: 'side',
        onPick: () => controller.setQuery({ side: s.value }),
      };
    }),
  ];
  return (
    <li class="lib-row" data-testid="row" data-row-id={r.id}>
      <input
        type="checkbox"
        aria-label={`${t('lib.select')}: ${r.title}`}
        checked={selected}
        onChange={() => controller.toggle(r.id)}
      />
      <div class="lib-row__main">
        <div class="lib-row__meta">
          <span>{r.siteName}</span>
          {dates.map((date) => (
            <time key={date.field} dateTime={date.iso} data-testid="row-date" data-field={date.field}>
              {t(date.key, { date: listDate(date.iso, lang, date.field) })}
            </time>
          ))}
          {r.hasNotes && <span class="lib-badge">✎ {t('lib.hasNotes')}</span>}
          {r.highlightCount > 0 && <span class="lib-badge">❝ {t('lib.highlights', { count: r.highlightCount })}</span>}
          {r.hit?.match === 'scattered' && (
            <span class="lib-badge" data-testid="scattered">
              {t('lib.scattered')}
            </span>
          )}
        </div>
        <a class="lib-row__title" href={routeHref({ name: 'digest', id: r.id })} data-testid="row-title">
          <Marked text={r.title} ranges={r.hit?.titleRanges} />
        </a>
        {r.lead && (
          <p class="lib-row__lead">
            <Marked text={r.lead} ranges={r.hit?.leadRanges} />
          </p>
        )}
        {r.hit?.snippet && (
          <p class="lib-row__snippet" data-testid="snippet">
            {r.hit.snippet.cutStart && '… '}
            <Marked text={r.hit.snippet.text} ranges={r.hit.snippet.ranges} />
            {r.hit.snippet.cutEnd && ' …'}{' '}
            <span class="lib-hint">({t('lib.inField', { field: field(r.hit.snippet.field) })})</span>
          </p>
        )}
        <ChipGroup label={t('lib.filterByChip', { title: r.title })} items={chips} />
      </div>
    </li>
  );
}
