// The list of digests, newest first (or as sorted): site, date, title, lead, people and agreement chips,
// note indicator; the search words marked. Shows PAGE rows at a time, so 10,000 digests render quickly.
import type { SearchHit, SearchResult } from '../../lib/search';
import type { DigestSummary } from '../../lib/storage/summary';
import { useLibrary } from './context';
import { listDate } from './dates';
import { Marked } from './Marked';
import { routeHref } from './route';
import { FIELD_NAMES } from './strings';

/** One row, from a search hit (ready) or a stored summary (while the index loads). */
interface Row {
  id: string;
  title: string;
  siteName: string;
  date: string;
  lead: string;
  people: string[];
  agreements: string[];
  hasNotes: boolean;
  highlightCount: number;
  hit: SearchHit | null;
}

function fromHit(h: SearchHit): Row {
  return { id: h.id, ...h.row, hit: h };
}

function fromSummary(s: DigestSummary): Row {
  return { id: s.id, title: s.title, siteName: s.siteName || s.domain, date: s.published ?? s.savedAt, lead: s.lead, people: s.people, agreements: s.agreements, hasNotes: s.hasNotes, highlightCount: s.highlightCount, hit: null };
}

/**
 * The result page in ranked order: a hit where the index holds the digest, else the stored summary (an
 * index loaded from its snapshot searches before every record is read).
 */
function resultRows(result: SearchResult, summaries: DigestSummary[]): Row[] {
  const hits = new Map(result.hits.map((h) => [h.id, h]));
  const missing = new Set(result.missing);
  const byId = missing.size > 0 ? new Map(summaries.map((s) => [s.id, s])) : null;
  const rows: Row[] = [];
  for (const id of result.ids.slice(0, result.hits.length + result.missing.length)) {
    const hit = hits.get(id);
    const summary = byId?.get(id);
    if (hit) rows.push(fromHit(hit));
    else if (summary) rows.push(fromSummary(summary));
  }
  return rows;
}

export function DigestList() {
  const { controller, t, lang } = useLibrary();
  const { result, summaries, shown, selected, query, phase, answered } = controller.state;
  const rows: Row[] = result ? resultRows(result, summaries) : summaries.slice(0, shown).map(fromSummary);
  const total = result ? result.total : Math.max(controller.state.total, summaries.length);
  const allSelected = total > 0 && (result?.ids ?? []).every((id) => selected.has(id));
  if (phase === 'ready' && controller.state.total === 0) return <p class="lib-empty">{t('empty')}</p>;
  return (
    <section class="lib-list" aria-label={t('digests')} data-answers={answered ?? undefined}>
      <div class="lib-list__bar">
        <label>
          <input type="checkbox" checked={allSelected} disabled={!result} onChange={() => controller.toggleAll()} /> {t('selectAll')}
        </label>
        <span data-testid="result-count">{t('results', { count: total.toLocaleString(lang) })}</span>
        {selected.size > 0 && <span>{t('selected', { count: selected.size })}</span>}
        {selected.size > 0 && (
          <button type="button" class="button" onClick={() => void controller.remove([...selected])}>
            {t('delete')}
          </button>
        )}
      </div>
      {total === 0 && query.q && <p class="lib-empty">{t('noResults')}</p>}
      {result?.scattered && total > 0 && (
        <p class="lib-hint" role="status" data-testid="scattered-notice">
          {t('scatteredNotice')}
        </p>
      )}
      <ol class="lib-rows">
        {rows.map((r) => (
          <li key={r.id} class="lib-row" data-testid="row">
            <input type="checkbox" aria-label={`${t('select')}: ${r.title}`} checked={selected.has(r.id)} onChange={() => controller.toggle(r.id)} />
            <div class="lib-row__main">
              <div class="lib-row__meta">
                {r.siteName} · {listDate(r.date, lang)}
                {r.hasNotes && (
                  <span class="lib-badge" title={t('hasNotes')}>
                    ✎ {t('hasNotes')}
                  </span>
                )}
                {r.highlightCount > 0 && <span class="lib-badge">❝ {t('highlights', { count: r.highlightCount })}</span>}
                {r.hit?.match === 'scattered' && (
                  <span class="lib-badge" data-testid="scattered">
                    {t('scattered')}
                  </span>
                )}
              </div>
              <a class="lib-row__title" href={routeHref({ name: 'digest', id: r.id }) + ''} data-testid="row-title">
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
                  {r.hit.snippet.cutEnd && ' …'} <span class="lib-hint">({t('inField', { field: FIELD_NAMES[lang][r.hit.snippet.field] ?? r.hit.snippet.field })})</span>
                </p>
              )}
              <div class="lib-chips">
                {r.people.slice(0, 6).map((p) => (
                  <button type="button" key={p} class="lib-chip lib-chip--person" onClick={() => controller.setQuery({ person: p })}>
                    {p}
                  </button>
                ))}
                {r.agreements.slice(0, 4).map((a) => (
                  <button type="button" key={a} class="lib-chip lib-chip--agreement" onClick={() => controller.setQuery({ agreement: a })}>
                    {a}
                  </button>
                ))}
              </div>
            </div>
          </li>
        ))}
      </ol>
      {rows.length < total && (
        <button type="button" class="button lib-more" onClick={() => controller.showMore()}>
          {t('more')} ({rows.length}/{total})
        </button>
      )}
    </section>
  );
}
