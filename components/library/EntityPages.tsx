// People, Agreements and Sides across all digests: each person with every title seen, dates, mention counts and
// the articles as a timeline; each agreement (aliases merged) with its acronym, kind and articles; each side
// (country, organisation, place) with its acronym, other forms and articles. Each page says so when it is empty.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ArticleRef, SideEntry } from '../../lib/library';
import { sideNameIn } from '../../lib/library';
import type { StringKey } from '../../lib/i18n';
import { foldForSearch } from '../../lib/text';
import { useLibrary } from './context';
import { listDate } from './dates';
import { routeHref } from './route';

/** Entries shown at most; the filter box narrows the rest. */
const SHOWN = 300;

function Timeline({ articles }: { articles: ArticleRef[] }) {
  const { lang, t } = useLibrary();
  return (
    <ol class="lib-timeline">
      {articles.map((a, i) => (
        <li key={`${a.digestId}-${i}`}>
          {a.date ? (
            <time dateTime={a.date}>{listDate(a.date, lang, 'published')}</time>
          ) : (
            <span class="lib-hint">{t('lib.undated')}</span>
          )}{' '}
          <a href={routeHref({ name: 'digest', id: a.digestId })}>{a.title}</a>{' '}
          <span class="lib-hint">· {a.siteName}</span>
        </li>
      ))}
    </ol>
  );
}

function filterHref(param: 'person' | 'agreement' | 'side', value: string): string {
  return `?${new URLSearchParams({ [param]: value }).toString()}#/`;
}

interface PageProps<T> {
  title: StringKey;
  empty: StringKey;
  testId: string;
  /** Null while the index's entity records are read (the page is drawn again when they are). */
  items: T[] | null;
  text: (item: T) => string;
  render: (item: T, open: boolean, toggle: () => void) => ComponentChildren;
  itemKey: (item: T) => string;
}

/** The frame of the three pages: heading, a filter box, the list (or why it is empty), and one timeline open at a time. */
function EntityPage<T>({ title, empty, testId, items, text, render, itemKey }: PageProps<T>) {
  const { t } = useLibrary();
  const [filter, setFilter] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const key = foldForSearch(filter);
  const heading = t(title);
  if (!items) return <p class="lib-hint">{t('lib.loading')}</p>;
  const shown = key ? items.filter((x) => foldForSearch(text(x)).includes(key)) : items;
  return (
    <section class="lib-page" aria-labelledby="lib-page-title">
      <h2 id="lib-page-title">{heading}</h2>
      {items.length === 0 ? (
        <p class="lib-empty" data-testid="entities-empty">
          {t(empty)}
        </p>
      ) : (
        <>
          <input
            type="search"
            class="lib-search__box"
            value={filter}
            placeholder={t('lib.filterList', { what: heading.toLocaleLowerCase() })}
            aria-label={t('lib.filterList', { what: heading.toLocaleLowerCase() })}
            onInput={(e) => setFilter((e.target as HTMLInputElement).value)}
          />
          {shown.length === 0 && <p class="lib-empty">{t('lib.noMatch', { text: filter })}</p>}
          {shown.length > SHOWN && <p class="lib-hint">{t('lib.moreItems', { shown: SHOWN, total: shown.length })}</p>}
          <ul class="lib-entities">
            {shown.slice(0, SHOWN).map((x) => {
              const k = itemKey(x);
              return (
                <li key={k} data-testid={testId}>
                  {render(x, open === k, () => setOpen(open === k ? null : k))}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

function Articles({
  articles,
  open,
  toggle,
  label,
  filter,
}: {
  articles: ArticleRef[];
  open: boolean;
  toggle: () => void;
  label: StringKey;
  filter: string;
}) {
  const { t } = useLibrary();
  return (
    <>
      <button type="button" class="link-button" aria-expanded={open} onClick={toggle}>
        {t(label)}
      </button>
      <a href={filter}>{t('lib.filterBy')}</a>
      {open && <Timeline articles={articles} />}
    </>
  );
}

const distinctArticles = (articles: ArticleRef[]) => new Set(articles.map((x) => x.digestId)).size;

/** " · 01/12/2020 – 07/12/2020 · 2 undated": publication dates only; the articles that give none counted apart. */
function Dates({ entry }: { entry: { firstDate: string | null; lastDate: string | null; undated: number } }) {
  const { t, lang } = useLibrary();
  const { firstDate, lastDate, undated } = entry;
  const range =
    firstDate && lastDate
      ? firstDate === lastDate
        ? listDate(firstDate, lang, 'published')
        : `${listDate(firstDate, lang, 'published')} – ${listDate(lastDate, lang, 'published')}`
      : '';
  return (
    <>
      {range && ` · ${range}`}
      {undated > 0 && ` · ${t('lib.undatedCount', { count: undated })}`}
    </>
  );
}

/** The line under an entry's name: what it is (`what`, for agreements and sides), mentions, articles, dates. */
function Counts({
  what,
  entry,
}: {
  what?: string;
  entry: {
    mentions: number;
    articles: ArticleRef[];
    firstDate: string | null;
    lastDate: string | null;
    undated: number;
  };
}) {
  const { t } = useLibrary();
  return (
    <p class="lib-hint">
      {what ? `${what} · ` : ''}
      {t('digest.mentions', { count: entry.mentions })} ·{' '}
      {t('lib.articles', { count: distinctArticles(entry.articles) })}
      <Dates entry={entry} />
    </p>
  );
}

/** The other names an agreement or a side goes by, when it has any. */
function Aliases({ aliases }: { aliases: string[] }) {
  const { t } = useLibrary();
  return aliases.length > 0 ? (
    <p class="lib-hint">
      {t('lib.aliases')}: {aliases.join('; ')}
    </p>
  ) : null;
}

export function PeoplePage() {
  const { controller } = useLibrary();
  return (
    <EntityPage
      title="lib.people"
      empty="lib.noPeople"
      testId="person"
      items={controller.crossIndex()?.people ?? null}
      itemKey={(p) => p.key}
      text={(p) => `${p.name} ${p.titles.join(' ')}`}
      render={(p, open, toggle) => (
        <>
          <h3>{p.name}</h3>
          {p.titles.length > 0 && <p>{p.titles.join(' · ')}</p>}
          {p.organisations.length > 0 && <p class="lib-hint">{p.organisations.join(' · ')}</p>}
          <Counts entry={p} />
          <Articles
            articles={p.articles}
            open={open}
            toggle={toggle}
            label="lib.timeline"
            filter={filterHref('person', p.key)}
          />
        </>
      )}
    />
  );
}

export function AgreementsPage() {
  const { controller, t } = useLibrary();
  return (
    <EntityPage
      title="lib.agreements"
      empty="lib.noAgreements"
      testId="agreement"
      items={controller.crossIndex()?.agreements ?? null}
      itemKey={(a) => a.id}
      text={(a) => `${a.name} ${a.acronym ?? ''} ${a.aliases.join(' ')}`}
      render={(a, open, toggle) => (
        <>
          <h3>
            {a.acronym && <abbr>{a.acronym}</abbr>} {a.name}
          </h3>
          <Counts what={`${t(`digest.agreementKind.${a.kind}`)}${a.year ? ` · ${a.year}` : ''}`} entry={a} />
          <Aliases aliases={a.aliases} />
          <Articles
            articles={a.articles}
            open={open}
            toggle={toggle}
            label="lib.showArticles"
            filter={filterHref('agreement', a.acronym ?? a.id)}
          />
        </>
      )}
    />
  );
}

export function SidesPage() {
  const { controller, t, lang } = useLibrary();
  // A country or a known body in the UI's language, the page's spellings among its other forms; the filter
  // stays keyed by the side's key, whatever the language.
  const named = (s: SideEntry) => sideNameIn(s, lang);
  return (
    <EntityPage
      title="lib.sides"
      empty="lib.noSides"
      testId="side"
      items={controller.sidesIndex()}
      itemKey={(s) => s.key}
      text={(s) => `${s.name} ${named(s).name} ${s.acronym ?? ''} ${s.aliases.join(' ')}`}
      render={(s, open, toggle) => (
        <>
          <h3>
            {s.acronym && s.acronym !== named(s).name && <abbr>{s.acronym}</abbr>} {named(s).name}
          </h3>
          <Counts what={t(`digest.sideKind.${s.kind}`)} entry={s} />
          <Aliases aliases={named(s).aliases} />
          <Articles
            articles={s.articles}
            open={open}
            toggle={toggle}
            label="lib.showArticles"
            filter={filterHref('side', s.key)}
          />
        </>
      )}
    />
  );
}
