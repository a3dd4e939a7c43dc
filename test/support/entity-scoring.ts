// Judges extracted people and agreements against an annotated gold file (seeds and test/fixtures/annotated).
// Matching follows /work/shared/corpus/README.md: a reported entity matches a gold one when its name, acronym
// or an alias is equal after matchKey (NFC, case, tone placement, spaces). Ignored people and optional
// agreements count neither way; anything matching not_people / not_agreements is a violation.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchKey } from '../../lib/text';
import type { Agreement, Entities, Person } from '../../lib/entities';

export interface GoldPerson {
  name: string;
  titles: string[];
  aliases: string[];
}

export interface GoldAgreement {
  name: string;
  acronym: string | null;
  aliases: string[];
}

/** The fields of a seed / annotated gold file that entity scoring reads (the files hold more). */
export interface EntityGold {
  id: string;
  site: string | null;
  title: string | null;
  lead: string | null;
  body_first: string;
  body_last: string;
  captions: string[];
  boilerplate: string[];
  people: GoldPerson[];
  people_ignored: string[];
  not_people: string[];
  agreements: GoldAgreement[];
  agreements_optional: string[];
  not_agreements: string[];
}

export function loadGold(path: string): EntityGold {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<EntityGold> & { id: string };
  return {
    id: raw.id,
    site: raw.site ?? null,
    title: raw.title ?? null,
    lead: raw.lead ?? null,
    body_first: raw.body_first ?? '',
    body_last: raw.body_last ?? '',
    captions: raw.captions ?? [],
    boilerplate: raw.boilerplate ?? [],
    people: raw.people ?? [],
    people_ignored: raw.people_ignored ?? [],
    not_people: raw.not_people ?? [],
    agreements: raw.agreements ?? [],
    agreements_optional: raw.agreements_optional ?? [],
    not_agreements: raw.not_agreements ?? [],
  };
}

export interface CutArticle {
  /** Lines before the article (title, byline, site chrome). */
  before: string;
  /** From the gold lead's start (body_first when there is no lead) to the end of body_last. NFC. */
  article: string;
  /** Everything after body_last (boxes of related news, credits, footers). */
  after: string;
}

/**
 * Cut a seed / annotated text to its article. The text is taken to NFC first so that a gold file written in
 * NFC finds its snippets in an NFD text; throws when a snippet is missing, since the gold would be wrong.
 */
export function cutToArticle(text: string, gold: EntityGold): CutArticle {
  const src = text.normalize('NFC');
  const startSnippet = (gold.lead ?? gold.body_first).normalize('NFC');
  const start = src.indexOf(startSnippet);
  if (start < 0) throw new Error(`gold ${gold.id}: the ${gold.lead ? 'lead' : 'body_first'} is not in the text`);
  const last = gold.body_last.normalize('NFC');
  const lastAt = src.indexOf(last, start);
  if (lastAt < 0) throw new Error(`gold ${gold.id}: body_last is not in the text after the lead`);
  const end = lastAt + last.length;
  return { before: src.slice(0, start).trim(), article: src.slice(start, end), after: src.slice(end).trim() };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export function prf({ tp, fp, fn }: Counts): PRF {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface KindScore extends Counts, PRF {
  /** Gold names not found. */
  missed: string[];
  /** Reported names that match nothing in the gold (violations included). */
  falsePositives: string[];
  /** Reported names that match a gold entity another reported entry already matched (counted as fp). */
  duplicates: string[];
  /** Reported names that match not_people / not_agreements (also in falsePositives). */
  violations: string[];
  /** Reported names that matched ignored / optional entries (not counted). */
  ignored: string[];
}

export interface TitleScore {
  found: number;
  total: number;
  recall: number;
  /** "Person: title" for every gold title the matched person lacks (or whose person was missed). */
  missed: string[];
  /** Titles reported for matched people that no gold title supports (informative: wrong attachments). */
  reported: number;
  supported: number;
  precision: number;
  unsupported: string[];
}

/** matchKey of a title, with a trailing abbreviation full stop dropped ("GS." and "GS" are one title). */
export function titleKey(title: string): string {
  return matchKey(title).replace(/\.$/u, '');
}

/**
 * A reported title is supported when it is a gold title, or a part of one that stands on word boundaries
 * ("Thứ trưởng" of "Thứ trưởng Bộ Ngoại giao", "Đại sứ" of "Đại sứ, Trưởng Phái đoàn ..."): the gold lists
 * only the fullest form, and the shorter forms are honest.
 */
function titleSupported(reported: string, goldTitles: string[]): boolean {
  const k = titleKey(reported);
  return goldTitles.some((g) => {
    const gk = titleKey(g);
    return gk === k || containsWords(gk.replace(/,/g, ' ,'), k) || containsWords(gk, k);
  });
}

export interface EntityScore {
  id: string;
  people: KindScore;
  titles: TitleScore;
  agreements: KindScore;
}

/** Whether the word sequence `inner` occurs inside `outer` (both matchKeys). */
function containsWords(outer: string, inner: string): boolean {
  return inner.length > 0 && ` ${outer} `.includes(` ${inner} `);
}

function keysOf(values: Array<string | null | undefined>): Set<string> {
  const out = new Set<string>();
  for (const v of values) if (v && v.trim()) out.add(matchKey(v));
  return out;
}

interface Candidate {
  label: string;
  keys: Set<string>;
}

interface GoldEntry {
  label: string;
  keys: Set<string>;
}

function scoreKind(reported: Candidate[], gold: GoldEntry[], ignored: Set<string>, forbidden: Set<string>) {
  const matchedBy = new Map<number, number[]>(); // gold index -> reported indexes
  const falsePositives: string[] = [];
  const duplicates: string[] = [];
  const violations: string[] = [];
  const ignoredHits: string[] = [];
  reported.forEach((r, ri) => {
    // Prefer a gold entity nobody matched yet, so that one report matching two gold entries (a protocol named
    // after the agreement it amends) does not hide a second report of the other.
    const hits = gold.flatMap((g, i) => ([...r.keys].some((k) => g.keys.has(k)) ? [i] : []));
    const gi = hits.find((i) => !matchedBy.has(i)) ?? hits[0] ?? -1;
    if (gi >= 0) {
      const list = matchedBy.get(gi) ?? [];
      if (list.length > 0) duplicates.push(r.label);
      list.push(ri);
      matchedBy.set(gi, list);
      return;
    }
    if ([...r.keys].some((k) => ignored.has(k))) {
      ignoredHits.push(r.label);
      return;
    }
    // A forbidden entry reported as is, inside a longer reported name ("Cầu Trần Hưng Đạo"), or cut out of one
    // ("Trưng" from "Hai Bà Trưng").
    if ([...r.keys].some((k) => [...forbidden].some((f) => k === f || containsWords(k, f) || containsWords(f, k))))
      violations.push(r.label);
    falsePositives.push(r.label);
  });
  const tp = matchedBy.size;
  const fp = falsePositives.length + duplicates.length;
  const fn = gold.length - tp;
  const missed = gold.filter((_, gi) => !matchedBy.has(gi)).map((g) => g.label);
  const score: KindScore = {
    tp,
    fp,
    fn,
    ...prf({ tp, fp, fn }),
    missed,
    falsePositives,
    duplicates,
    violations,
    ignored: ignoredHits,
  };
  return { score, matchedBy };
}

export function personCandidate(p: Pick<Person, 'name' | 'key'>): Candidate {
  return { label: p.name, keys: keysOf([p.name, p.key]) };
}

/** "Name (ABC)" as the article writes it: the name and the acronym, when a report keeps both in its name. */
const TRAILING_ACRONYM = /^(.+?)\s*\(([\p{Lu}\p{N}][\p{Lu}\p{N} .&/-]*)\)\s*$/u;

export function agreementCandidate(a: Pick<Agreement, 'name' | 'key' | 'acronym'>): Candidate {
  const split = TRAILING_ACRONYM.exec(a.name);
  return {
    label: a.acronym && !a.name.includes(a.acronym) ? `${a.name} (${a.acronym})` : a.name,
    keys: keysOf([a.name, a.key, a.acronym, split?.[1], split?.[2]]),
  };
}

/** Score one article's extracted entities against its gold. */
export function scoreEntities(entities: Entities, gold: EntityGold): EntityScore {
  const goldPeople: GoldEntry[] = gold.people.map((p) => ({ label: p.name, keys: keysOf([p.name, ...p.aliases]) }));
  const people = scoreKind(
    entities.people.map(personCandidate),
    goldPeople,
    keysOf(gold.people_ignored),
    keysOf(gold.not_people),
  );

  let found = 0;
  let total = 0;
  let reported = 0;
  let supported = 0;
  const missedTitles: string[] = [];
  const unsupported: string[] = [];
  gold.people.forEach((gp, gi) => {
    const reportedTitles = new Set<string>();
    for (const ri of people.matchedBy.get(gi) ?? []) {
      for (const t of entities.people[ri]!.titles) {
        if (reportedTitles.has(titleKey(t))) continue;
        reportedTitles.add(titleKey(t));
        reported++;
        if (titleSupported(t, gp.titles)) supported++;
        else unsupported.push(`${gp.name}: ${t}`);
      }
    }
    for (const t of gp.titles) {
      total++;
      if (reportedTitles.has(titleKey(t))) found++;
      else missedTitles.push(`${gp.name}: ${t}`);
    }
  });

  const goldAgreements: GoldEntry[] = gold.agreements.map((a) => ({
    label: a.acronym ? `${a.name} (${a.acronym})` : a.name,
    keys: keysOf([a.name, a.acronym, ...a.aliases]),
  }));
  const agreements = scoreKind(
    entities.agreements.map(agreementCandidate),
    goldAgreements,
    keysOf(gold.agreements_optional),
    keysOf(gold.not_agreements),
  );

  return {
    id: gold.id,
    people: people.score,
    titles: {
      found,
      total,
      recall: total === 0 ? 1 : found / total,
      missed: missedTitles,
      reported,
      supported,
      precision: reported === 0 ? 1 : supported / reported,
      unsupported,
    },
    agreements: agreements.score,
  };
}

/** Micro-averaged totals over several articles. */
export function totalScores(scores: EntityScore[]) {
  const sum = (pick: (s: EntityScore) => Counts): Counts =>
    scores.reduce(
      (acc, s) => {
        const c = pick(s);
        return { tp: acc.tp + c.tp, fp: acc.fp + c.fp, fn: acc.fn + c.fn };
      },
      { tp: 0, fp: 0, fn: 0 },
    );
  const people = sum((s) => s.people);
  const agreements = sum((s) => s.agreements);
  const titlesFound = scores.reduce((n, s) => n + s.titles.found, 0);
  const titlesTotal = scores.reduce((n, s) => n + s.titles.total, 0);
  const titlesReported = scores.reduce((n, s) => n + s.titles.reported, 0);
  const titlesSupported = scores.reduce((n, s) => n + s.titles.supported, 0);
  return {
    articles: scores.length,
    people: { ...people, ...prf(people) },
    agreements: { ...agreements, ...prf(agreements) },
    titles: {
      found: titlesFound,
      total: titlesTotal,
      recall: titlesTotal === 0 ? 1 : titlesFound / titlesTotal,
      reported: titlesReported,
      supported: titlesSupported,
      precision: titlesReported === 0 ? 1 : titlesSupported / titlesReported,
    },
    violations: scores.reduce((n, s) => n + s.people.violations.length + s.agreements.violations.length, 0),
  };
}

/** Score reported people against a plain list of gold names (the pages corpus). */
export function scoreNameList(people: Array<Pick<Person, 'name' | 'key'>>, goldNames: string[]): KindScore {
  const gold: GoldEntry[] = goldNames.map((n) => ({ label: n, keys: keysOf([n]) }));
  return scoreKind(people.map(personCandidate), gold, new Set(), new Set()).score;
}

/** One line per problem, for test messages and the benchmark's error list. */
export function describeScore(s: EntityScore): string[] {
  const out: string[] = [];
  for (const m of s.people.missed) out.push(`${s.id} person missed: ${m}`);
  for (const f of s.people.falsePositives)
    out.push(`${s.id} person false positive${s.people.violations.includes(f) ? ' (NOT_PEOPLE)' : ''}: ${f}`);
  for (const d of s.people.duplicates) out.push(`${s.id} person duplicate: ${d}`);
  for (const t of s.titles.missed) out.push(`${s.id} title missed: ${t}`);
  for (const t of s.titles.unsupported) out.push(`${s.id} title not in the gold: ${t}`);
  for (const m of s.agreements.missed) out.push(`${s.id} agreement missed: ${m}`);
  for (const f of s.agreements.falsePositives)
    out.push(`${s.id} agreement false positive${s.agreements.violations.includes(f) ? ' (NOT_AGREEMENTS)' : ''}: ${f}`);
  for (const d of s.agreements.duplicates) out.push(`${s.id} agreement duplicate: ${d}`);
  return out;
}

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared corpus beside the repository (seeds, pages). */
export const corpusDir = resolve(repoRoot, '../shared/corpus');
export const seedsDir = join(corpusDir, 'seeds');
/** The annotated set; TINGON_ANNOTATED_DIR points the tests and the benchmark at another set in the same format. */
export const annotatedDir = process.env.TINGON_ANNOTATED_DIR ?? join(repoRoot, 'test/fixtures/annotated');
export const seedHtmlDir = join(repoRoot, 'test/fixtures/seeds');

export interface GoldText {
  id: string;
  /** The whole text file as stored (its own Unicode form). */
  text: string;
  gold: EntityGold;
}

/** Every NNN.txt with an NNN.gold.json beside it in `dir`, in name order. */
export function loadGoldTexts(dir: string): GoldText[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.gold\.json$/, '');
      return { id, text: readFileSync(join(dir, `${id}.txt`), 'utf8'), gold: loadGold(join(dir, f)) };
    });
}
