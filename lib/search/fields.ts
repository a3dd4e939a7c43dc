// The searchable fields of a digest and their weights: a title hit counts more than a body hit.
import type { Digest } from '../digest';

export const FIELDS = ['title', 'people', 'agreements', 'lead', 'notes', 'tags', 'body'] as const;
export type Field = (typeof FIELDS)[number];

export const FIELD_WEIGHT: Record<Field, number> = {
  title: 10,
  people: 8,
  agreements: 6,
  lead: 4,
  notes: 3,
  tags: 3,
  body: 1,
};

/** Bit of a field in a posting's field mask. */
export const FIELD_BIT: Record<Field, number> = Object.fromEntries(FIELDS.map((f, i) => [f, 1 << i])) as Record<
  Field,
  number
>;

/** Best weight among the fields set in `mask` (precomputed for the 128 masks). */
export const MASK_WEIGHT: Float64Array = (() => {
  const out = new Float64Array(1 << FIELDS.length);
  for (let m = 0; m < out.length; m++) {
    let best = 0;
    FIELDS.forEach((f, i) => {
      if (m & (1 << i)) best = Math.max(best, FIELD_WEIGHT[f]);
    });
    out[m] = best;
  }
  return out;
})();

/** Separator between the parts of a composite field; not a word character, so it splits tokens. */
const SEP = ' · ';

/** The original (display) text of one searchable field. */
export function fieldText(d: Digest, f: Field, acronymOf?: (name: string) => string | null): string {
  switch (f) {
    case 'title':
      return d.article.title;
    case 'people':
      return d.entities.people
        .map((p) => [p.name, ...p.titles, p.organisation ?? ''].filter(Boolean).join(', '))
        .join(SEP);
    case 'agreements':
      return d.entities.agreements
        .map((a) => {
          const acronym = a.acronym ?? acronymOf?.(a.name) ?? null;
          return acronym && !a.name.includes(acronym) ? `${a.name} (${acronym})` : a.name;
        })
        .join(SEP);
    case 'lead':
      return d.article.lead ?? '';
    case 'notes':
      return [d.notes, ...d.highlights.flatMap((h) => [h.quote, h.comment])].filter(Boolean).join('\n');
    case 'tags':
      return d.tags.join(SEP);
    case 'body':
      return d.article.bodyText;
  }
}

/** The original (display) text of every searchable field. */
export function fieldTexts(d: Digest, acronymOf?: (name: string) => string | null): Record<Field, string> {
  return Object.fromEntries(FIELDS.map((f) => [f, fieldText(d, f, acronymOf)])) as Record<Field, string>;
}
