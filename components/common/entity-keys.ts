// Which entity is selected in a digest view: one key per kind and entity, "p:", "a:" or "s:" + the entity's key,
// so people, agreements and sides share one selection (one set of marks in the article at a time).
import type { Agreement, Entities, Person, Side, Span } from '../../lib/entities';

export type EntityKind = 'p' | 'a' | 's';

/** The entity type of each kind. */
export interface EntityOfKind {
  p: Person;
  a: Agreement;
  s: Side;
}

/** A digest's entities of one kind (digests saved before sides were recognised have none). */
export function entitiesOf<K extends EntityKind>(entities: Entities, kind: K): EntityOfKind[K][] {
  const lists: { [k in EntityKind]: EntityOfKind[k][] } = {
    p: entities.people,
    a: entities.agreements,
    s: entities.sides ?? [],
  };
  return lists[kind];
}

export const entityKey = (kind: EntityKind, key: string) => `${kind}:${key}`;

/** The spans of the selected entity, or null. */
export function selectedSpans(entities: Entities, active: string | null): { key: string; spans: Span[] } | null {
  if (!active) return null;
  const kind = active.slice(0, 1) as EntityKind;
  const key = active.slice(2);
  const spans = entitiesOf(entities, kind)?.find((e) => e.key === key)?.spans;
  return spans ? { key: active, spans } : null;
}

export interface Selection {
  active: string | null;
  onSelect: (key: string | null) => void;
}

/** The toggle of one entity: selects it, or clears the selection when it was already selected. */
export function toggler(
  { active, onSelect }: Selection,
  kind: EntityKind,
  key: string,
): { on: boolean; toggle: () => void } {
  const k = entityKey(kind, key);
  return { on: active === k, toggle: () => onSelect(active === k ? null : k) };
}
