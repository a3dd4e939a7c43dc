// The active filters in words, for the message of a list the filters alone have emptied ("From 01/01/2030
// (saved) · Site: qdnd.vn"): the reader sees what is filtering, including a bound set in another view.
import type { Translate } from '../../lib/i18n';
import type { FilterOptions, LibraryQuery } from '../../lib/search';
import { formatDayFirst } from './dates';

/** The filters set in `query`, each with its label; a person or side by the name the menus show for its key. */
export function filterSummary(query: LibraryQuery, t: Translate, options: FilterOptions): string {
  const parts: string[] = [];
  const siteName = options.sites.find((s) => s.site === query.site)?.siteName;
  if (query.site) parts.push(`${t('lib.site')}: ${siteName ?? query.site}`);
  const field = t(query.dateField === 'published' ? 'lib.datePublished' : 'lib.dateSaved');
  if (query.from) parts.push(`${t('lib.from')} ${formatDayFirst(query.from)} (${field})`);
  if (query.to) parts.push(`${t('lib.to')} ${formatDayFirst(query.to)} (${field})`);
  const person = options.people.find((p) => p.key === query.person)?.name;
  if (query.person) parts.push(`${t('lib.person')}: ${person ?? query.person}`);
  if (query.agreement) parts.push(`${t('lib.agreement')}: ${query.agreement}`);
  const side = options.sides.find((x) => x.key === query.side)?.name;
  if (query.side) parts.push(`${t('lib.side')}: ${side ?? query.side}`);
  if (query.tag) parts.push(`${t('lib.tag')}: ${query.tag}`);
  return parts.join(' · ');
}
