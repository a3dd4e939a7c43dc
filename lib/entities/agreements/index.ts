// Agreements named in an article body: treaties, conventions, agreements, MoUs, protocols, declarations,
// codes of conduct, action plans, charters, consensus documents.
//
// 1. Every capitalised head word ("Hiệp định", "Thoả thuận khung", "Bộ Quy tắc ứng xử") followed by a
//    specific name; the name ends where scan.ts decides; "(ACRONYM)" right after it links the acronym.
// 2. Every acronym standing alone that the article defined in step 1 or that the table of well-known
//    agreements knows ("DOC", "COC", "UNCLOS 1982"); the table also spells it out.
// 3. Mentions of one agreement merge: same acronym, same table entry, or the same name.
//
// Counting: a mention is one full name (with its parenthesised acronym, if any) or one standalone
// acronym. Bare heads and references back ("Công ước trên", "Hiệp định này", "Hiệp định" alone) are not
// counted: they cannot be told apart from a different agreement of the same kind.
import type { Agreement, AgreementKind, Span } from '../types';
import type { KnownAgreement } from '../../lexicon/agreement-acronyms';
import { canonicalTones, cleanWithOffsets, matchKey } from '../../text/normalize';
import { sentenceAt, sentenceSpans } from '../../text/sentences';
import { findHeads } from './heads';
import { bareAcronyms, knownByAcronym, knownByName, knownNameAt, linkKey } from './known';
import { BLOCKING_PREDECESSORS } from './words';
import { scanName } from './scan';

interface Mention {
  /** Offsets in the cleaned text. */
  start: number;
  end: number;
  /** Display name as written (null for a standalone acronym). */
  name: string | null;
  acronym: string | null;
  year: number | null;
  kind: AgreementKind;
  known: KnownAgreement | undefined;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+');

const QUOTES = /[“”"«»‘’']/g;
/** A quoted title ("Tuyên bố “Tầm nhìn ASEAN 2045”") without its quotes, so either spelling finds it. */
const agreementKey = (name: string) => matchKey(name.replace(QUOTES, ''));

/**
 * The one year a name states ("năm 1982"); none for a period ("2018-2022", "từ năm 2021 đến năm 2025"),
 * nor a horizon: a year inside a quoted title ("“Tầm nhìn ASEAN 2045”") or after "đến năm" ("... đến năm
 * 2030") is what the document looks towards, not when it was made.
 */
function yearInName(name: string): number | null {
  const unquoted = name.replace(/[“"«‘][^”"»’]*[”"»’]/g, ' ');
  // "từ năm 2021 đến năm 2025" is a period (two years, so no year); "đến năm 2030" alone is a horizon.
  const dated = /từ[ \t]+(?:năm[ \t]+)?\d{4}/iu.test(unquoted) ? unquoted : unquoted.replace(/(?:đến|tới)[ \t]+năm[ \t]+\d{4}/giu, ' ');
  const years = [...dated.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1]));
  return years.length === 1 ? years[0]! : null;
}

/** A free-trade agreement is an "agreement" head whose name says so. */
function refineKind(kind: AgreementKind, name: string): AgreementKind {
  if (kind === 'agreement' && /thương mại tự do|FTA\b/iu.test(canonicalTones(name))) return 'fta';
  return kind;
}

/** "Luật Thỏa thuận quốc tế", "Ủy ban Công ước": the head is part of the name of something else. */
function blockedByPredecessor(work: string, start: number): boolean {
  const before = /(\p{L}[\p{L}\p{M}]*)(?:[ \t]+(\p{L}[\p{L}\p{M}]*))?[ \t]+$/u.exec(work.slice(Math.max(0, start - 24), start));
  if (!before) return false;
  const last = before[2] ?? before[1]!;
  const lastTwo = before[2] ? `${before[1]} ${before[2]}` : '';
  const capital = (w: string) => w[0] !== w[0]!.toLocaleLowerCase('vi');
  return (capital(last) && BLOCKING_PREDECESSORS.has(last.toLocaleLowerCase('vi'))) || (!!lastTwo && capital(lastTwo) && BLOCKING_PREDECESSORS.has(lastTwo.toLocaleLowerCase('vi')));
}

function headMentions(work: string, display: string): Mention[] {
  const out: Mention[] = [];
  let outer: Mention | undefined;
  let outerHeadEnd = 0;
  for (const head of findHeads(work)) {
    if (blockedByPredecessor(work, head.start)) continue;
    const sentenceInitial = /(?:^|[.!?…:\n]["”’»)]*)[ \t]*["“‘«(]?$/u.test(work.slice(Math.max(0, head.start - 4), head.start));
    let scan = scanName(work, head.end, { sentenceInitial, head: head.head });
    // A well-known name the scanner cut short is read whole, then whatever follows it ("năm 1982 (UNCLOS)").
    const whole = knownNameAt(work, head.start);
    if (whole && (!scan || whole.end > scan.nameEnd)) scan = scanName(work, whole.end, { continued: true });
    if (!scan) continue;
    let name = collapse(display.slice(head.start, scan.nameEnd));
    // "Biên bản ghi nhớ (MoU) về hợp tác ...": the generic acronym inside is not part of the name.
    if (scan.acronym && knownByAcronym(scan.acronym)?.bare === 'never') name = collapse(name.replace(`(${scan.acronym})`, ' '));
    const known = (scan.acronym ? knownByAcronym(scan.acronym) : undefined) ?? whole?.known ?? knownByName(name);
    const mention: Mention = {
      start: head.start,
      end: scan.mentionEnd,
      name,
      acronym: scan.acronym,
      year: yearInName(name) ?? scan.acronymYear,
      kind: head.kind,
      known,
    };
    // "Tuyên bố Tầm nhìn chung ...": a head right after another is part of one name, not a second agreement.
    if (outer && head.start < outer.end && /^[ \t]*$/.test(work.slice(outerHeadEnd, head.start))) continue;
    if (outer && head.start < outer.end) {
      // A name inside a name ("Nghị định thư nâng cấp Hiệp định Thương mại hàng hóa ASEAN (ATIGA)"): both
      // are mentioned, and the acronym at the end belongs to the inner one.
      if (outer.acronym && outer.end === mention.end) {
        outer.name = collapse(display.slice(outer.start, scan.nameEnd));
        outer.end = scan.nameEnd;
        outer.acronym = null;
        outer.known = knownByName(outer.name!);
        outer.year = yearInName(outer.name!);
      }
      out.push(mention);
      continue;
    }
    out.push(mention);
    outer = mention;
    outerHeadEnd = head.end;
  }
  return out;
}

function acronymMentions(work: string, taken: Mention[], defined: Iterable<string>): Mention[] {
  const euContext = /(?<![\p{L}\p{N}])EU(?![\p{L}\p{N}])|Liên minh châu Âu/iu.test(work);
  const acronyms = [...new Set([...defined, ...bareAcronyms(euContext)])].sort((a, b) => b.length - a.length);
  if (acronyms.length === 0) return [];
  const re = new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}])(${acronyms.map(escapeRe).join('|')})(?![\\p{L}\\p{M}\\p{N}])(?:[ \\t]+(?:năm[ \\t]+)?((?:19|20)\\d{2})(?!\\d))?`,
    'gu',
  );
  const out: Mention[] = [];
  for (const m of work.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((t) => start < t.end && end > t.start)) continue;
    const known = knownByAcronym(m[1]!);
    out.push({ start, end, name: null, acronym: m[1]!, year: m[2] ? Number(m[2]) : null, kind: known?.kind ?? 'other', known });
  }
  return out;
}

interface Group {
  mentions: Mention[];
}

/** Merge mentions of one agreement: by table entry, by acronym, by name. First mention first. */
function group(mentions: Mention[]): Group[] {
  const groups: Group[] = [];
  const index = new Map<string, Group>();
  for (const m of mentions) {
    const keys: string[] = [];
    // A generic entry ("CEPA", "MoU") does not make two different agreements one.
    if (m.known && m.known.bare !== 'never') keys.push(`known:${m.known.vi}`);
    if (m.acronym) keys.push(`acr:${m.acronym.toUpperCase()}`);
    if (m.name) keys.push(`name:${linkKey(m.name)}`);
    let g = keys.map((k) => index.get(k)).find(Boolean);
    if (!g) {
      g = { mentions: [] };
      groups.push(g);
    }
    g.mentions.push(m);
    for (const k of keys) if (!index.has(k)) index.set(k, g);
  }
  return groups;
}

/**
 * Agreements named in `text` (an article body), in order of first mention. Spans are offsets into
 * `text.normalize('NFC')`.
 */
export function extractAgreements(text: string): Agreement[] {
  const { text: display, map, source } = cleanWithOffsets(text);
  // Canonical tone placement keeps the NFC length, so offsets in `work` are offsets in `display`.
  const canonical = canonicalTones(display);
  const work = canonical.length === display.length ? canonical : display;

  const named = headMentions(work, display);
  const defined = named.flatMap((m) => (m.acronym ? [m.acronym] : []));
  const all = [...named, ...acronymMentions(work, named, defined)].sort((a, b) => a.start - b.start);
  if (all.length === 0) return [];

  const sentences = sentenceSpans(display);
  const toSource = (start: number, end: number): Span => {
    const last = map[end - 1]!;
    return { start: map[start]!, end: last + (source.codePointAt(last)! > 0xffff ? 2 : 1) };
  };

  return group(all).map(({ mentions }) => {
    const first = mentions[0]!;
    const named = mentions.find((m) => m.name !== null);
    const known = mentions.find((m) => m.known)?.known;
    const acronym = mentions.find((m) => m.acronym)?.acronym ?? known?.acronyms[0] ?? null;
    const name = named?.name ?? known?.vi ?? acronym ?? '';
    const kind = known?.kind ?? refineKind(named?.kind ?? first.kind, name);
    return {
      name,
      key: agreementKey(name),
      acronym,
      kind,
      year: mentions.find((m) => m.year !== null)?.year ?? null,
      mentions: mentions.length,
      spans: mentions.map((m) => toSource(m.start, m.end)),
      firstSentence: collapse(sentenceAt(display, first.start, sentences)),
    };
  });
}
