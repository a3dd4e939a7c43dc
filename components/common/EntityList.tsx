// A digest's people, agreements or sides as one list: each entity a button that toggles the marks of its
// mentions, with what its kind tells after the name. The list is the same for every kind; what differs is the
// small part in KINDS: the list's test id, the words when the digest has none, and the detail (titles and
// organisation; acronym and year; acronym, kind and other forms).
import type { ComponentChildren } from 'preact';
import type { Lang, StringKey, Translate } from '../../lib/i18n';
import { sideNameIn } from '../../lib/library';
import type { Entities } from '../../lib/entities';
import { EntityButton } from './EntityButton';
import { entitiesOf, toggler, type EntityKind, type EntityOfKind, type Selection } from './entity-keys';
import { useI18n } from './i18n-context';

interface KindPart<E> {
  testId: string;
  empty: StringKey;
  /** The name shown, when it is not the entity's own (a side's name in the UI's language). */
  name?: (entity: E, lang: Lang) => string;
  detail: (entity: E, t: Translate, lang: Lang) => ComponentChildren;
}

const KINDS: { [K in EntityKind]: KindPart<EntityOfKind[K]> } = {
  p: {
    testId: 'people',
    empty: 'digest.noPeople',
    detail: (p) =>
      (p.titles.length > 0 || p.organisation) && (
        <span class="entity__detail">{[p.titles.join(', '), p.organisation].filter(Boolean).join(' · ')}</span>
      ),
  },
  a: {
    testId: 'agreements',
    empty: 'digest.noAgreements',
    detail: (g) =>
      (g.acronym || g.year) && (
        <span class="entity__detail">
          {g.acronym && <abbr title={g.name}>{g.acronym}</abbr>}
          {g.acronym && g.year ? ' · ' : ''}
          {g.year ?? ''}
        </span>
      ),
  },
  s: {
    testId: 'sides',
    empty: 'digest.noSides',
    name: (s, lang) => sideNameIn(s, lang).name,
    detail: (s, t, lang) => {
      const shown = sideNameIn(s, lang);
      const other = shown.aliases.filter((a) => a !== s.acronym);
      return (
        <span class="entity__detail">
          {s.acronym && (
            <>
              <abbr title={shown.name}>{s.acronym}</abbr>
              {' · '}
            </>
          )}
          {t(`digest.sideKind.${s.kind}`)}
          {other.length > 0 && ` · ${other.join(', ')}`}
        </span>
      );
    },
  },
};

export function EntityList<K extends EntityKind>({
  kind,
  entities,
  selection,
}: {
  kind: K;
  entities: Entities;
  selection: Selection;
}) {
  const { t, lang } = useI18n();
  const part: KindPart<EntityOfKind[K]> = KINDS[kind];
  const items = entitiesOf(entities, kind);
  if (items.length === 0) return <p class="entities__empty">{t(part.empty)}</p>;
  return (
    <ul class="entities__list" data-testid={part.testId}>
      {items.map((e) => {
        const { on, toggle } = toggler(selection, kind, e.key);
        return (
          <li key={e.key}>
            <EntityButton name={part.name?.(e, lang) ?? e.name} mentions={e.mentions} active={on} onToggle={toggle}>
              {part.detail(e, t, lang)}
            </EntityButton>
          </li>
        );
      })}
    </ul>
  );
}
