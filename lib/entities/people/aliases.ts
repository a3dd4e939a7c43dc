// Two names of one person given in apposition: a religious name and the lay name ("Thượng tọa Thích Minh X (thế
// danh Nguyễn Văn Y)", "ni sư X, tên thật là Y"), a pen name, a nom de guerre, "X, tức Y". The later name joins the
// earlier person (an alias of it), so the digest shows one person.
import type { Token } from './tokens';
import type { PersonDraft } from './group';
import { PhraseDict } from './lexicon';

/** Words that introduce another name of the same person, right after a name (in parentheses or after a comma). */
const ALIAS_WORDS = new PhraseDict<true>().addAll(
  [
    'thế danh',
    'tục danh',
    'pháp danh',
    'pháp hiệu',
    'tên thật',
    'tên thật là',
    'tên khai sinh',
    'tên khai sinh là',
    'tên đời',
    'tên thường gọi',
    'tên thường gọi là',
    'tên gọi khác',
    'tên gọi khác là',
    'còn gọi là',
    'hay còn gọi là',
    'còn có tên',
    'còn có tên là',
    'bút danh',
    'bí danh',
    'nghệ danh',
    'tức',
  ],
  () => true,
);

/** Where a name may be followed by its other name: "(" or "," after it, one space or none before the words. */
const OPENING = /^[ \t]*[(,][ \t]*$/u;
const SPACED = /^[ \t]+$/u;

/**
 * Joins each person named right after an alias word that follows another person's mention to that person.
 * Linear: one look after each mention, a bounded phrase.
 */
export function mergeAliases(tokens: readonly Token[], people: PersonDraft[]): PersonDraft[] {
  const lows = tokens.map((t) => t.low);
  const startOf = new Map<number, PersonDraft>();
  for (const p of people) for (const m of p.mentions) startOf.set(m.start, p);
  const into = new Map<PersonDraft, PersonDraft>();
  const root = (p: PersonDraft): PersonDraft => {
    let r = p;
    while (into.has(r)) r = into.get(r)!;
    return r;
  };
  for (const p of people) {
    for (const m of p.mentions) {
      const open = tokens[m.end];
      if (!open || !OPENING.test(open.gap)) continue;
      const words = ALIAS_WORDS.match(lows, m.end, (k) => SPACED.test(tokens[k]!.gap));
      if (!words) continue;
      const at = m.end + words.length;
      if (at >= tokens.length || (!SPACED.test(tokens[at]!.gap) && !/^[ \t]*:[ \t]*$/.test(tokens[at]!.gap))) continue;
      const other = startOf.get(at);
      if (!other) continue;
      const a = root(p);
      const b = root(other);
      if (a !== b) into.set(b, a);
    }
  }
  if (into.size === 0) return people;
  const out: PersonDraft[] = [];
  for (const p of people) {
    const r = root(p);
    if (r === p) {
      out.push(p);
      continue;
    }
    r.mentions.push(...p.mentions);
  }
  for (const p of out) p.mentions.sort((x, y) => x.start - y.start);
  return out;
}
