// The search box (as you type; "/" reaches it from anywhere, so the page does not steal focus into it on load and
// the first Tab reaches the skip links) and the filters: site, date range (saved or
// published), person, agreement, side, tag; and the sort. Everything goes through the controller, which keeps it
// in the URL. A filter set from a chip (a name as written) shows as the matching entry of its menu.
import { Component } from 'preact';
import { useCallback, useState } from 'preact/hooks';
import type { Lang, StringKey, Translate } from '../../lib/i18n';
import { sideNameIn } from '../../lib/library';
import type { LibraryQuery, SortKey, FilterOptions } from '../../lib/search';
import { effectiveSort, hasFilters } from '../../lib/search';
import { matchKey } from '../../lib/text';
import { useLibrary, useLibraryState } from './context';
import { DayFirstDate } from './DayFirstDate';
import type { LibraryController } from './library-controller';
import { SEARCH_ID } from './use-slash';

interface Props {
  query: LibraryQuery;
  /** The search index opening, or still catching up with the library (how far it got). */
  indexing: 'opening' | { done: number; total: number } | null;
  /** The index answers for the whole library. */
  ready: boolean;
}

export function SearchFilters({ query, indexing, ready }: Props) {
  const { controller, t, lang } = useLibrary();
  const { filters, clears } = useLibraryState();
  const set = (patch: Partial<LibraryQuery>) => controller.setQuery(patch);
  // Text in a date box that is no date sets no filter, yet "Clear filters" is what empties it.
  const [datesHeld, setDatesHeld] = useState({ from: false, to: false });
  const onDateText = useCallback(
    (box: 'from' | 'to', held: boolean) => setDatesHeld((d) => (d[box] === held ? d : { ...d, [box]: held })),
    [],
  );
  return (
    <div class="lib-search" role="search" data-search={ready ? 'ready' : 'opening'}>
      <label class="visually-hidden" for={SEARCH_ID}>
        {t('lib.searchLabel')}
      </label>
      {/* The index's progress sits inside the box's line: it comes and goes without moving the filters. */}
      <div class="lib-search__field">
        <input
          id={SEARCH_ID}
          class="lib-search__box"
          type="search"
          placeholder={t('lib.search')}
          title={t('lib.searchHelp')}
          aria-describedby="lib-q-help"
          aria-keyshortcuts="/"
          value={query.q}
          onInput={(e) => controller.setQuery({ q: (e.target as HTMLInputElement).value })}
        />
        {indexing && (
          <span class="lib-hint lib-search__status" role="status" data-testid="indexing">
            {indexing === 'opening'
              ? t('lib.indexOpening')
              : t('lib.indexing', { done: indexing.done, total: indexing.total })}
          </span>
        )}
      </div>
      <span id="lib-q-help" class="visually-hidden">
        {t('lib.searchHelp')}
      </span>
      <div class="lib-filters" role="group" aria-label={t('lib.filters')}>
        <FilterMenus
          query={query}
          facets={controller.facets()}
          options={controller.filterOptions()}
          loaded={filters !== null}
          clears={clears}
          onDateText={onDateText}
          controller={controller}
          t={t}
          lang={lang}
        />
        <SortMenu query={query} hasText={query.q.trim() !== ''} set={set} t={t} />
        {(hasFilters(query) || datesHeld.from || datesHeld.to) && (
          <button
            type="button"
            class="link-button"
            data-testid="clear-filters"
            onClick={() => controller.clearFilters()}
          >
            {t('lib.clearFilters')}
          </button>
        )}
      </div>
    </div>
  );
}

const MENU_LIMIT = 500;

interface MenuProps {
  query: LibraryQuery;
  facets: ReturnType<LibraryController['facets']>;
  /** People, agreements and sides with their counts (from the search index's filter records, not from every record). */
  options: FilterOptions;
  /** The menus' options are read (until then the menus are there, disabled, at the width they will have). */
  loaded: boolean;
  /** The controller's count of "clear filters" (the date boxes empty on it). */
  clears: number;
  /** Whether a date box holds text (stable across renders). */
  onDateText: (box: 'from' | 'to', held: boolean) => void;
  controller: LibraryController;
  t: Translate;
  lang: Lang;
}

const FILTER_FIELDS = ['site', 'dateField', 'from', 'to', 'person', 'agreement', 'side', 'tag', 'sort', 'dir'] as const;

/** One entry of a person, agreement or side menu. */
interface EntityOption {
  key: string;
  /** What the filter holds in the address when this entry is chosen. */
  value: string;
  label: string;
  count: number;
  /** The names a filter set from a chip (a name as written) finds this entry by, in any spelling. */
  names: string[];
}

/** The option a filter value stands for: an option's own value, or the option whose name matches in any spelling. */
function chosen(value: string | null, options: readonly EntityOption[]): { value: string; missing: boolean } {
  if (!value) return { value: '', missing: false };
  if (options.some((o) => o.value === value)) return { value, missing: false };
  const key = matchKey(value);
  const hit = options.find((o) => o.names.some((n) => matchKey(n) === key));
  return hit ? { value: hit.value, missing: false } : { value, missing: true };
}

/** A person, agreement or side menu; a value no entry stands for (a hand-edited address) is shown as written. */
function EntityMenu({
  label,
  testId,
  value,
  options,
  disabled,
  onChange,
  t,
}: {
  label: StringKey;
  testId: string;
  value: string | null;
  options: readonly EntityOption[];
  disabled: boolean;
  onChange: (value: string | null) => void;
  t: Translate;
}) {
  const c = chosen(value, options);
  return (
    <label>
      {t(label)}{' '}
      <select
        class="lib-filters__menu"
        value={c.value}
        disabled={disabled}
        data-testid={testId}
        onChange={(e) => onChange((e.target as HTMLSelectElement).value || null)}
      >
        <option value="">{t('lib.any')}</option>
        {c.missing && <option value={c.value}>{c.value}</option>}
        {options.map((o) => (
          <option key={o.key} value={o.value}>
            {o.label} ({o.count})
          </option>
        ))}
      </select>
    </label>
  );
}

/** The sort menu and its direction: the first entry reads "relevance" while there is text, else "saved". */
function SortMenu({
  query,
  hasText,
  set,
  t,
}: {
  query: LibraryQuery;
  hasText: boolean;
  set: (patch: Partial<LibraryQuery>) => void;
  t: Translate;
}) {
  return (
    <>
      <label>
        {t('lib.sort')}{' '}
        <select
          value={query.sort ?? ''}
          onChange={(e) => set({ sort: ((e.target as HTMLSelectElement).value || null) as SortKey | null, dir: null })}
        >
          <option value="">{hasText ? t('lib.sortRelevance') : t('lib.sortSaved')}</option>
          <option value="saved">{t('lib.sortSaved')}</option>
          <option value="published">{t('lib.sortPublished')}</option>
          <option value="site">{t('lib.sortSite')}</option>
        </select>
      </label>
      <button
        type="button"
        class="link-button"
        data-testid="sort-dir"
        aria-label={t('lib.sortDir')}
        title={t('lib.sortDir')}
        onClick={() => set({ dir: effectiveSort(query).dir === 'asc' ? 'desc' : 'asc' })}
      >
        {effectiveSort(query).dir === 'asc' ? '↑' : '↓'}
      </button>
    </>
  );
}

/**
 * The menus hold up to a thousand options; they re-render only when a filter or the data changes, not on
 * every keystroke in the search box (nor when the box fills or empties: only the sort menu says so).
 */
class FilterMenus extends Component<MenuProps> {
  override shouldComponentUpdate(next: MenuProps): boolean {
    const a = this.props;
    return (
      a.facets.sites !== next.facets.sites ||
      a.facets.tags !== next.facets.tags ||
      a.options !== next.options ||
      a.loaded !== next.loaded ||
      a.clears !== next.clears ||
      a.t !== next.t ||
      a.lang !== next.lang ||
      FILTER_FIELDS.some((f) => a.query[f] !== next.query[f])
    );
  }

  override render({ query, facets, options, loaded, clears, onDateText, controller, t, lang }: MenuProps) {
    const set = (patch: Partial<LibraryQuery>) => controller.setQuery(patch);
    const people = options.people
      .slice(0, MENU_LIMIT)
      .map((p) => ({ key: p.key, value: p.key, label: p.name, count: p.count, names: [p.name] }));
    const agreements = options.agreements.slice(0, MENU_LIMIT).map((a) => ({
      key: a.id,
      value: a.acronym ?? a.id,
      label: `${a.acronym ? `${a.acronym} · ` : ''}${a.name}`,
      count: a.count,
      names: [a.name, ...(a.acronym ? [a.acronym] : [])],
    }));
    const sides = options.sides.slice(0, MENU_LIMIT).map((s) => {
      // (The label in the UI's language; the value is the side's key, so a language switch keeps the filter.)
      const label = sideNameIn(s, lang).name;
      return { key: s.key, value: s.key, label, count: s.count, names: [s.name, s.key, label] };
    });
    return (
      <>
        <label>
          {t('lib.site')}{' '}
          <select
            class="lib-filters__menu"
            value={query.site ?? ''}
            disabled={!loaded}
            onChange={(e) => set({ site: (e.target as HTMLSelectElement).value || null })}
          >
            <option value="">{t('lib.allSites')}</option>
            {facets.sites.map((s) => (
              <option key={s.site} value={s.site}>
                {s.siteName} ({s.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('lib.dateField')}{' '}
          <select
            value={query.dateField}
            onChange={(e) => set({ dateField: (e.target as HTMLSelectElement).value as LibraryQuery['dateField'] })}
          >
            <option value="saved">{t('lib.dateSaved')}</option>
            <option value="published">{t('lib.datePublished')}</option>
          </select>
        </label>
        <DayFirstDate
          label={t('lib.from')}
          value={query.from}
          onChange={(from) => set({ from })}
          clears={clears}
          onText={(held) => onDateText('from', held)}
        />
        <DayFirstDate
          label={t('lib.to')}
          value={query.to}
          onChange={(to) => set({ to })}
          clears={clears}
          onText={(held) => onDateText('to', held)}
        />
        <EntityMenu
          label="lib.person"
          testId="filter-person"
          value={query.person}
          options={people}
          disabled={!loaded}
          onChange={(person) => set({ person })}
          t={t}
        />
        <EntityMenu
          label="lib.agreement"
          testId="filter-agreement"
          value={query.agreement}
          options={agreements}
          disabled={!loaded}
          onChange={(agreement) => set({ agreement })}
          t={t}
        />
        <EntityMenu
          label="lib.side"
          testId="filter-side"
          value={query.side}
          options={sides}
          disabled={!loaded}
          onChange={(side) => set({ side })}
          t={t}
        />
        <label>
          {t('lib.tag')}{' '}
          <select
            class="lib-filters__menu"
            value={query.tag ?? ''}
            disabled={!loaded}
            onChange={(e) => set({ tag: (e.target as HTMLSelectElement).value || null })}
          >
            <option value="">{t('lib.any')}</option>
            {facets.tags.map((g) => (
              <option key={g.tag} value={g.tag}>
                {g.tag} ({g.count})
              </option>
            ))}
          </select>
        </label>
      </>
    );
  }
}
