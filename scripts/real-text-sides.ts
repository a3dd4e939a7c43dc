// Sides on the real-text corpus. The corpus has no gold sides, but its annotators wrote the organisation names
// they met, with their extent, in `not_people` and `people_ignored` ("Cty TNHH một thành viên Lê Quang Lộc",
// "Tổng Liên đoàn Lao động Việt Nam"). Each occurrence of such a name (one that opens with a capitalised
// organisation head word; places such as "Đài Loan" open with one too) is compared with the side mention found
// at the same place: the same extent, running on past the gold name (into the verb or clause after it), cut short
// inside it, or none starting there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entitiesOfText } from '../cli/pipeline';
import { ORGANISATION_HEADS } from '../lib/lexicon';

export interface SidesExtent {
  sides: number;
  organisations: number;
  /** Occurrences of the annotators' organisation names in the texts. */
  gold: number;
  exact: number;
  runOn: number;
  cutShort: number;
  /** No side mention starts there (or one starts elsewhere and covers it). */
  other: number;
}

const heads = [...ORGANISATION_HEADS].sort((a, b) => b.length - a.length);
const isOrganisationName = (s: string) => heads.some((h) => s.startsWith(h + ' ') && /^\p{Lu}/u.test(s));

export function sidesExtent(dir: string, ids: readonly string[], onError?: (line: string) => void): SidesExtent {
  const out: SidesExtent = { sides: 0, organisations: 0, gold: 0, exact: 0, runOn: 0, cutShort: 0, other: 0 };
  for (const id of ids) {
    const raw = readFileSync(join(dir, `${id}.txt`), 'utf8');
    const text = raw.replace(/^\uFEFF/, '').normalize('NFC');
    const gold = JSON.parse(readFileSync(join(dir, `${id}.gold.json`), 'utf8')) as {
      not_people?: string[];
      people_ignored?: string[];
    };
    const names = new Set(
      [...(gold.not_people ?? []), ...(gold.people_ignored ?? [])]
        .map((s) => s.normalize('NFC'))
        .filter(isOrganisationName),
    );
    const { sides } = entitiesOfText(raw);
    out.sides += sides.length;
    const orgs = sides.filter((s) => s.kind === 'organisation');
    out.organisations += orgs.length;
    const spans = sides.flatMap((s) => s.mentionsAt);
    for (const name of names) {
      // Whole occurrences only: not inside a longer word or a longer gold name's capitalised run.
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (/\p{L}/u.test(text[end] ?? '') || /\p{L}/u.test(text[at - 1] ?? '')) continue;
        out.gold++;
        const m = spans.find((s) => s.start === at);
        const kind = !m ? 'other' : m.end === end ? 'exact' : m.end > end ? 'runOn' : 'cutShort';
        out[kind]++;
        if (kind !== 'exact') onError?.(`${id}\t${kind}\t${name}\t${m ? m.text : '—'}`);
      }
    }
  }
  return out;
}

export function sidesLine(s: SidesExtent): string {
  return `   sides ${s.sides} (organisations ${s.organisations}) | annotated organisation names ${s.gold}: exact ${s.exact}, run on ${s.runOn}, cut short ${s.cutShort}, other ${s.other}`;
}
