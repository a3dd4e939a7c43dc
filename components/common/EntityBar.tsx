// The popup's compact summary of who and what the article is about: one line per kind (people, agreements,
// sides) with its count and the first few names as chips, so the article itself starts in the first screen.
// A chip marks the mentions of its entity in the text; the count opens the full list of that kind (titles,
// acronyms, mentions) under the line. Kinds the digest has none of are left out; digests saved before sides
// were recognised simply have no sides line.
import { useState } from 'preact/hooks';
import type { Entities } from '../../lib/entities';
import type { StringKey } from '../../lib/i18n';
import { toggler, type EntityKind, type Selection } from './entity-keys';
import { EntityList } from './EntityList';
import { useI18n } from './i18n-context';
import type { Lang } from '../../lib/i18n';
import { sideNameIn } from '../../lib/library';

/** Chips shown before the list is opened, per kind. */
export const CHIPS: Record<EntityKind, number> = { p: 3, a: 2, s: 3 };

interface Chip {
  key: string;
  /** What the chip shows (an acronym when there is one). */
  label: string;
  /** The full name, read by screen readers after the label when the label is an acronym. */
  full: string | null;
}

interface Group {
  kind: EntityKind;
  count: StringKey;
  heading: StringKey;
  chips: Chip[];
  total: number;
}

function groups(entities: Entities, lang: Lang): Group[] {
  const out: Group[] = [];
  const { people, agreements, sides } = entities;
  if (people.length)
    out.push({
      kind: 'p',
      count: 'digest.peopleCount',
      heading: 'digest.people',
      total: people.length,
      chips: people.map((p) => ({ key: p.key, label: p.name, full: null })),
    });
  if (agreements.length) {
    const chips = agreements.map((a) => ({ key: a.key, label: a.acronym ?? a.name, full: a.acronym ? a.name : null }));
    out.push({
      kind: 'a',
      count: 'digest.agreementsCount',
      heading: 'digest.agreements',
      total: agreements.length,
      chips,
    });
  }
  if (sides?.length) {
    // (A country or a known body in the UI's language: "United States" for "Hoa Kỳ" in the English UI.)
    const chips = sides.map((s) => {
      const name = sideNameIn(s, lang).name;
      return { key: s.key, label: s.acronym ?? name, full: s.acronym ? name : null };
    });
    out.push({ kind: 's', count: 'digest.sidesCount', heading: 'digest.sides', total: sides.length, chips });
  }
  return out;
}

export function EntityBar({
  entities,
  selection,
  idPrefix,
}: {
  entities: Entities;
  selection: Selection;
  idPrefix: string;
}) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState<ReadonlySet<EntityKind>>(new Set());
  const list = groups(entities, lang);
  if (list.length === 0) return null;
  const toggle = (kind: EntityKind) =>
    setOpen((now) => {
      const next = new Set(now);
      if (!next.delete(kind)) next.add(kind);
      return next;
    });
  return (
    <section class="entity-bar" aria-label={t('digest.entities')} data-testid="entity-bar">
      {list.map((g) => (
        <div class="entity-bar__row" key={g.kind}>
          <button
            type="button"
            class="entity-bar__toggle"
            aria-expanded={open.has(g.kind)}
            aria-controls={`${idPrefix}-${g.kind}`}
            data-testid="entity-toggle"
            data-kind={g.kind}
            onClick={() => toggle(g.kind)}
          >
            {t(g.count, { count: g.total })}
          </button>
          {g.chips.slice(0, CHIPS[g.kind]).map((c) => {
            const { on, toggle: pick } = toggler(selection, g.kind, c.key);
            return (
              <button
                type="button"
                key={c.key}
                class={`chip chip--${g.kind}`}
                aria-pressed={on}
                data-testid="entity-chip"
                onClick={pick}
              >
                {c.label}
                {c.full && <span class="visually-hidden"> {c.full}</span>}
              </button>
            );
          })}
        </div>
      ))}
      {list.map((g) => (
        <section
          key={g.kind}
          id={`${idPrefix}-${g.kind}`}
          class="entity-panel"
          aria-labelledby={`${idPrefix}-${g.kind}-h`}
          hidden={!open.has(g.kind)}
        >
          <h2 id={`${idPrefix}-${g.kind}-h`} class="entities__heading">
            {t(g.heading)}
          </h2>
          <EntityList kind={g.kind} entities={entities} selection={selection} />
        </section>
      ))}
    </section>
  );
}
