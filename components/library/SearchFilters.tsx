// The search box (as you type) and the filters: site, date range (saved or published), person, agreement,
// tag; and the sort. Everything goes through the controller, which keeps it in the URL.
import { Component } from 'preact';
import type { LibraryQuery, SortKey } from '../../lib/search';
import type { FilterOptions } from '../../lib/search/kept';
import { effectiveSort, hasFilters } from '../../lib/search';
import { useLibrary } from './context';
import type { LibraryController } from './library-controller';
import type { LibraryT } from './strings';

interface Props {
  query: LibraryQuery;
  /** The search index opening, or still catching up with the library (how far it got). */
  indexing: 'opening' | { done: number; total: number } | null;
  /** The index answers for the whole library. */
  ready: boolean;
}

export function SearchFilters({ query, indexing, ready }: Props) {
  const { controller, t, lang } = useLibrary();
  return (
    <div class="lib-search" role="search" data-search={ready ? 'ready' : 'opening'}>
      <label class="visually-hidden" for="lib-q">
        {t('searchLabel')}
      </label>
      <input
        id="lib-q"
        class="lib-search__box"
        type="search"
        placeholder={t('search')}
        title={t('searchHelp')}
        aria-describedby="lib-q-help"
        value={query.q}
        onInput={(e) => controller.setQuery({ q: (e.target as HTMLInputElement).value })}
        autoFocus
      />
      <span id="lib-q-help" class="visually-hidden">
        {t('searchHelp')}
      </span>
      {indexing && (
        <span class="lib-hint" role="status" data-testid="indexing">
          {indexing === 'opening' ? t('indexOpening') : t('indexing', { done: indexing.done.toLocaleString(lang), total: indexing.total.toLocaleString(lang) })}
        </span>
      )}
      <FilterMenus query={query} hasText={query.q.trim() !== ''} facets={controller.facets()} options={controller.filterOptions()} controller={controller} t={t} />
    </div>
  );
}

interface MenuProps {
  query: LibraryQuery;
  hasText: boolean;
  facets: ReturnType<LibraryController['facets']>;
  /** People and agreements with their counts (from the search index, not from every record). */
  options: FilterOptions;
  controller: LibraryController;
  t: LibraryT;
}

const FILTER_FIELDS = ['site', 'dateField', 'from', 'to', 'person', 'agreement', 'tag', 'sort', 'dir'] as const;

/**
 * The menus hold up to a thousand options; they re-render only when a filter or the data changes, not on
 * every keystroke in the search box.
 */
class FilterMenus extends Component<MenuProps> {
  override shouldComponentUpdate(next: MenuProps): boolean {
    const a = this.props;
    return a.facets.sites !== next.facets.sites || a.facets.tags !== next.facets.tags || a.options !== next.options || a.t !== next.t || a.hasText !== next.hasText || FILTER_FIELDS.some((f) => a.query[f] !== next.query[f]);
  }

  override render({ query, hasText, facets, options, controller, t }: MenuProps) {
    const set = (patch: Partial<LibraryQuery>) => controller.setQuery(patch);
    return (
      <div class="lib-filters">
          <label>
            {t('site')}{' '}
            <select value={query.site ?? ''} onChange={(e) => set({ site: (e.target as HTMLSelectElement).value || null })}>
              <option value="">{t('allSites')}</option>
              {facets.sites.map((s) => (
                <option key={s.site} value={s.site}>
                  {s.siteName} ({s.count})
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('dateField')}{' '}
            <select value={query.dateField} onChange={(e) => set({ dateField: (e.target as HTMLSelectElement).value as LibraryQuery['dateField'] })}>
              <option value="saved">{t('dateSaved')}</option>
              <option value="published">{t('datePublished')}</option>
            </select>
          </label>
          <label>
            {t('from')} <input type="date" value={query.from ?? ''} onChange={(e) => set({ from: (e.target as HTMLInputElement).value || null })} />
          </label>
          <label>
            {t('to')} <input type="date" value={query.to ?? ''} onChange={(e) => set({ to: (e.target as HTMLInputElement).value || null })} />
          </label>
          <label>
            {t('person')}{' '}
            <select value={query.person ?? ''} onChange={(e) => set({ person: (e.target as HTMLSelectElement).value || null })}>
              <option value="">{t('any')}</option>
              {options.people.slice(0, 500).map((p) => (
                <option key={p.key} value={p.key}>
                  {p.name} ({p.count})
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('agreement')}{' '}
            <select value={query.agreement ?? ''} onChange={(e) => set({ agreement: (e.target as HTMLSelectElement).value || null })}>
              <option value="">{t('any')}</option>
              {options.agreements.slice(0, 500).map((a) => (
                <option key={a.id} value={a.acronym ?? a.id}>
                  {a.acronym ? `${a.acronym} · ` : ''}
                  {a.name} ({a.count})
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('tag')}{' '}
            <select value={query.tag ?? ''} onChange={(e) => set({ tag: (e.target as HTMLSelectElement).value || null })}>
              <option value="">{t('any')}</option>
              {facets.tags.map((g) => (
                <option key={g.tag} value={g.tag}>
                  {g.tag} ({g.count})
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('sort')}{' '}
            <select value={query.sort ?? ''} onChange={(e) => set({ sort: ((e.target as HTMLSelectElement).value || null) as SortKey | null, dir: null })}>
              <option value="">{hasText ? t('sortRelevance') : t('sortSaved')}</option>
              <option value="saved">{t('sortSaved')}</option>
              <option value="published">{t('sortPublished')}</option>
              <option value="site">{t('sortSite')}</option>
            </select>
          </label>
          <button
            type="button"
            class="link-button"
            data-testid="sort-dir"
            aria-label={t('sortDir')}
            title={t('sortDir')}
            onClick={() => set({ dir: effectiveSort(query).dir === 'asc' ? 'desc' : 'asc' })}
          >
            {effectiveSort(query).dir === 'asc' ? '↑' : '↓'}
          </button>
          {hasFilters(query) && (
            <button type="button" class="link-button" data-testid="clear-filters" onClick={() => set({ site: null, from: null, to: null, person: null, agreement: null, tag: null })}>
              {t('clearFilters')}
            </button>
          )}
      </div>
    );
  }
}
