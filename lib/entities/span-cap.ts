// What a stored digest keeps of each entity's mentions: the count, and the spans of the first
// MAX_SPANS_PER_ENTITY of them (the article view highlights those). A real article names a person a few dozen
// times at most; a page of generated text named two people 6,000 times each and made a 4 MB record.
import type { Entities } from './types';

/** Spans kept per person, agreement or side; `mentions` keeps the full count. */
export const MAX_SPANS_PER_ENTITY = 100;

/** `entities` with at most MAX_SPANS_PER_ENTITY spans per entity; the same object when nothing is cut. */
export function capSpans(entities: Entities): Entities {
  const over = <T extends { spans: unknown[] }>(list: readonly T[] | undefined) =>
    !!list?.some((e) => e.spans.length > MAX_SPANS_PER_ENTITY);
  if (!over(entities.people) && !over(entities.agreements) && !over(entities.sides)) return entities;
  const cap = <T extends { spans: unknown[] }>(list: readonly T[]): T[] =>
    list.map((e) =>
      e.spans.length > MAX_SPANS_PER_ENTITY ? { ...e, spans: e.spans.slice(0, MAX_SPANS_PER_ENTITY) } : e,
    );
  const out: Entities = { ...entities, people: cap(entities.people), agreements: cap(entities.agreements) };
  if (entities.sides) out.sides = cap(entities.sides);
  return out;
}
