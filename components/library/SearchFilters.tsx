// The search box (as you type; "/" reaches it from anywhere, so the page does not steal focus into it on load and
// the first Tab reaches the skip links) and the filters: site, date range (saved or
// published), person, agreement, side, tag; and the sort. Everything goes through the controller, which keeps it
// in the URL. A filter set from a chip (a name as written) shows as the matching entry of its menu.
import { Component } from 'preact';
import type { Translate } from '../../lib/i18n';
import type { LibraryQuery, SortKey, FilterOptions } from '../../lib/search';
import { effectiveSort, hasFilters } from '../../lib/search';
import { matchKey } from '../../lib/text';
import { useLibrary } from './context';
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
  const { controller, t } = useLibrary();
  return (
    <div class="lib-search" role="search" data-search={ready ? 'ready' : 'opening'}>
      <label class="visually-hidden" for={SEARCH_ID}>
        {t('lib.searchLabel')}
      </label>
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
      <span id="lib-q-help" class="visually-hidden">
        {t('lib.searchHelp')}
      </span>
      {indexing && (
        <span class="lib-hint" role="status" data-testid="indexing">
          {indexing === 'opening'
            ? t('lib.indexOpening')
            : t('lib.indexing', { done: indexing.done, total: indexing.total })}
        </span>
      )}
      <FilterMenus
        query={query}
        hasText={query.q.trim() !== ''}
        facets={controller.facets()}
        options={controller.filterOptions()}
        controller={controller}
        t={t}
      />
    </div>
  );
}

const MENU_LIMIT = 500;

interface MenuProps {
  query: LibraryQuery;
  hasText: boolean;
  facets: ReturnType<LibraryController['facets']>;
  /** People, agreements and sides with their counts (from the search index's filter records, not from every record). */
  options: FilterOptions;
  controller: LibraryController;
  t: Translate;
}

const FILTER_FIELDS = ['site', 'dateField', 'from', 'to', 'person', 'agreement', 'side', 'tag', 'sort', 'dir'] as const;

/** The option a filter value stands for: an option's own value, or the option whose name matches in any spelling. */
function chosen<T>(
  value: string | null,
  items: readonly T[],
  optionValue: (x: T) => string,
  names: (x: T) => string[],
): { value: string; missing: boolean } {
  if (!value) return { value: '', missing: false };
  if (items.some((x) => optionValue(x) === value)) return { value, missing: false };
  const key = matchKey(value);
  const hit = items.find((x) => names(x).some((n) => matchKey(n) === key));
  return hit ? { value: optionValue(hit), missing: false } : { value, missing: true };
}

const agreementValue = (a: FilterOptions['agreements'][number]) => a.acronym ?? a.id;

/**
 * The menus hold up to a thousand options; they re-render only when a filter or the data changes, not on
 * every keystroke in the search box.
 */
class FilterMenus extends Component<MenuProps> {
  override shouldComponentUpdate(next: MenuProps): boolean {
    const a = this.props;
    return (
      a.facets.sites !== next.facets.sites ||
      a.facets.tags !== next.facets.tags ||
      a.options !== next.options ||
      a.t !== next.t ||
      a.hasText !== next.hasText ||
      FILTER_FIELDS.some((f) => a.query[f] !== next.query[f])
    );
  }

  override render({ query, hasText, facets, options, controller, t }: MenuProps) {
    const set = (patch: Partial<LibraryQuery>) => controller.setQuery(patch);
    const people = options.people.slice(0, MENU_LIMIT);
    const person = chosen(
      query.person,
      people,
      (p) => p.key,
      (p) => [p.name],
    );
    const agreements = options.agreements.slice(0, MENU_LIMIT);
    const agreement = chosen(query.agreement, agreements, agreementValue, (a) => [
      a.name,
      ...(a.acronym ? [a.acronym] : []),
    ]);
    const sideList = options.sides.slice(0, MENU_LIMIT);
    const side = chosen(
      query.side,
      sideList,
      (s) => s.key,
      (s) => [s.name, s.key],
    );
    // A value no menu entry stands for (a hand-edited address) is still shown as chosen, as written.
    const extra = (c: { value: string; missing: boolean }) => c.missing && <option value={c.value}>{c.value}</option>;
    return (
      <div class="lib-filters" role="group" aria-label={t('lib.filters')}>
        <label>
          {t('lib.site')}{' '}
          <select
            value={query.site ?? ''}
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
        <DayFirstDate label={t('lib.from')} value={query.from} onChange={(from) => set({ from })} />
        <DayFirstDate label={t('lib.to')} value={query.to} onChange={(to) => set({ to })} />
        <label>
          {t('lib.person')}{' '}
          <select
            value={person.value}
            data-testid="filter-person"
            onChange={(e) => set({ person: (e.target as HTMLSelectElement).value || null })}
          >
            <option value="">{t('lib.any')}</option>
            {extra(person)}
            {people.map((p) => (
              <option key={p.key} value={p.key}>
                {p.name} ({p.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('lib.agreement')}{' '}
          <select
            value={agreement.value}
            data-testid="filter-agreement"
            onChange={(e) => set({ agreement: (e.target as HTMLSelectElement).value || null })}
          >
            <option value="">{t('lib.any')}</option>
            {extra(agreement)}
            {agreements.map((a) => (
              <option key={a.id} value={agreementValue(a)}>
                {a.acronym ? `${a.acronym} · ` : ''}
                {a.name} ({a.count})
              </option>
            ))}
          </select>
        </label>
        {(sideList.length > 0 || query.side) && (
          <label>
            {t('lib.side')}{' '}
            <select
              value={side.value}
              data-testid="filter-side"
              onChange={(e) => set({ side: (e.target as HTMLSelectElement).value || null })}
            >
              <option value="">{t('lib.any')}</option>
              {extra(side)}
              {sideList.map((s) => (
                <option key={s.key} value={s.key}>
                  {s.name} ({s.count})
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('lib.tag')}{' '}
          <select value={query.tag ?? ''} onChange={(e) => set({ tag: (e.target as HTMLSelectElement).value || null })}>
            <option value="">{t('lib.any')}</option>
            {facets.tags.map((g) => (
              <option key={g.tag} value={g.tag}>
                {g.tag} ({g.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('lib.sort')}{' '}
          <select
            value={query.sort ?? ''}
            onChange={(e) =>
              set({ sort: ((e.target as HTMLSelectElement).value || null) as SortKey | null, dir: null })
            }
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
        {hasFilters(query) && (
          <button
            type="button"
            class="link-button"
            data-testid="clear-filters"
            onClick={() =>
              set({ site: null, from: null, to: null, person: null, agreement: null, side: null, tag: null })
            }
          >
            {t('lib.clearFilters')}
          </button>
        )}
      </div>
    );
  }
}
