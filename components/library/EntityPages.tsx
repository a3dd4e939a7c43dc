// People and Agreements across all digests: each person with every title seen, dates, mention counts and
// the articles as a timeline; each agreement (aliases merged) with its acronym, kind and articles.
import { useState } from 'preact/hooks';
import type { ArticleRef } from '../../lib/library';
import { foldForSearch } from '../../lib/text/normalize';
import { useLibrary } from './context';
import { listDate as formatShortDate } from './dates';
import { routeHref } from './route';

function Timeline({ articles }: { articles: ArticleRef[] }) {
  const { lang } = useLibrary();
  return (
    <ol class="lib-timeline">
      {articles.map((a, i) => (
        <li key={`${a.digestId}-${i}`}>
          <time>{formatShortDate(a.date, lang)}</time> <a href={routeHref({ name: 'digest', id: a.digestId })}>{a.title}</a> <span class="lib-hint">· {a.siteName}</span>
        </li>
      ))}
    </ol>
  );
}

function filterHref(param: string, value: string): string {
  return `?${new URLSearchParams({ [param]: value }).toString()}#/`;
}

function useFilterText(): [string, (v: string) => void, (text: string) => boolean] {
  const [text, setText] = useState('');
  const key = foldForSearch(text);
  return [text, setText, (s: string) => key === '' || foldForSearch(s).includes(key)];
}

export function PeoplePage() {
  const { controller, t, lang } = useLibrary();
  const [text, setText, matches] = useFilterText();
  const [open, setOpen] = useState<string | null>(null);
  const cross = controller.crossIndex();
  if (!cross) return <p class="lib-hint">{t('loading')}</p>;
  const people = cross.people.filter((p) => matches(`${p.name} ${p.titles.join(' ')}`));
  return (
    <section class="lib-page" aria-label={t('people')}>
      <input type="search" class="lib-search__box" value={text} placeholder={t('people')} aria-label={t('people')} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
      <ul class="lib-entities">
        {people.slice(0, 300).map((p) => (
          <li key={p.key} data-testid="person">
            <h3>{p.name}</h3>
            {p.titles.length > 0 && <p>{p.titles.join(' · ')}</p>}
            {p.organisations.length > 0 && <p class="lib-hint">{p.organisations.join(' · ')}</p>}
            <p class="lib-hint">
              {t('mentions', { count: p.mentions })} · {t('articles', { count: p.articles.length })} · {formatShortDate(p.firstDate, lang)} – {formatShortDate(p.lastDate, lang)}
            </p>
            <button type="button" class="link-button" aria-expanded={open === p.key} onClick={() => setOpen(open === p.key ? null : p.key)}>
              {t('timeline')}
            </button>
            <a href={filterHref('person', p.key)}>{t('filterBy')}</a>
            {open === p.key && <Timeline articles={p.articles} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function AgreementsPage() {
  const { controller, t, lang } = useLibrary();
  const [text, setText, matches] = useFilterText();
  const [open, setOpen] = useState<string | null>(null);
  const cross = controller.crossIndex();
  if (!cross) return <p class="lib-hint">{t('loading')}</p>;
  const agreements = cross.agreements.filter((a) => matches(`${a.name} ${a.acronym ?? ''} ${a.aliases.join(' ')}`));
  return (
    <section class="lib-page" aria-label={t('agreements')}>
      <input type="search" class="lib-search__box" value={text} placeholder={t('agreements')} aria-label={t('agreements')} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
      <ul class="lib-entities">
        {agreements.slice(0, 300).map((a) => (
          <li key={a.id} data-testid="agreement">
            <h3>
              {a.acronym && <abbr>{a.acronym}</abbr>} {a.name}
            </h3>
            <p class="lib-hint">
              {a.kind}
              {a.year ? ` · ${a.year}` : ''} · {t('mentions', { count: a.mentions })} · {t('articles', { count: new Set(a.articles.map((x) => x.digestId)).size })} · {formatShortDate(a.firstDate, lang)} – {formatShortDate(a.lastDate, lang)}
            </p>
            {a.aliases.length > 0 && (
              <p class="lib-hint">
                {t('aliases')}: {a.aliases.join('; ')}
              </p>
            )}
            <button type="button" class="link-button" aria-expanded={open === a.id} onClick={() => setOpen(open === a.id ? null : a.id)}>
              {t('showArticles')}
            </button>
            <a href={filterHref('agreement', a.acronym ?? a.id)}>{t('filterBy')}</a>
            {open === a.id && <Timeline articles={a.articles} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
