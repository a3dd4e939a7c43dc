// Agreements named in an article body: treaties, conventions, agreements, MoUs, protocols, declarations,
// codes of conduct, action plans and cooperation programmes, charters, consensus documents.
//
// 1. Every head word ("Hiệp định", "Thoả thuận khung", "Bộ Quy tắc ứng xử"; "thỏa thuận" in lower case before a
//    proper name) followed by a specific name; the name ends where scan.ts decides; "(ACRONYM)" right after
//    it links the acronym.
// 2. Every acronym standing alone that the article defined in step 1 or that the table of well-known
//    agreements knows ("DOC", "COC", "UNCLOS 1982"); the table also spells it out.
// 3. Mentions of one agreement merge (merge.ts): same acronym, same table entry, the same name in another
//    spelling, or a short form of a longer name.
//
// Counting: a mention is one full name (with its parenthesised acronym, if any) or one standalone
// acronym. Bare heads and references back ("Công ước trên", "Hiệp định này", "Hiệp định" alone) are not
// counted: they cannot be told apart from a different agreement of the same kind.
import type { Agreement, AgreementKind, Span } from '../types';
import { replaceEnclosed, canonicalTones, cleanWithOffsets, matchKey, sentenceAt, sentenceSpans } from '../../text';
import { findHeads, type HeadMatch } from './heads';
import { bareAcronyms, knownByAcronym, knownByName, knownNameAt, isNotAgreementAcronym } from './known';
import { ORGANISATIONS, type KnownAgreement } from '../../lexicon';
import { groupMentions, type Mention } from './merge';
import {
  CLASS_WORDS,
  DOMESTIC_INSTRUMENTS,
  INTERNATIONAL_BODIES,
  TYPE_WORDS,
  isPlaceName,
  isStateName,
  NOT_OPENING_A_NAME,
} from './words';
import { isAcronymWord, parseParenAcronym, TokenCache } from './tokens';
import {
  blockedByPredecessor,
  capital,
  draftBefore,
  pluralBefore,
  properlyNamed,
  properNameAt,
  signedBefore,
  SentenceSides,
  wordsAfterHead,
  wordsBefore,
} from './context';
import { scanName, type NameScan, type ScanContext } from './scan';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const escapeChar = (c: string) => (c === ' ' ? '[ \\t]+' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

interface Trie {
  next: Map<string, Trie>;
  end: boolean;
}

/**
 * One pattern for many acronyms, as a tree of shared prefixes ("A(?:SEAN|PEC)"), so that a text is read in
 * time linear in its length however many acronyms an article defines (an alternation of thousands is read
 * once per position for each of them). Longer acronyms are tried first, as in a list sorted by length.
 */
function acronymPattern(acronyms: string[]): string {
  const root: Trie = { next: new Map(), end: false };
  for (const a of acronyms) {
    let node = root;
    for (const c of a) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Trie): string => {
    const branches = [...node.next].map(([c, child]) => escapeChar(c) + emit(child));
    if (branches.length === 0) return '';
    const group = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    return node.end ? `(?:${group})?` : group;
  };
  return emit(root);
}

const QUOTES = /[“”"«»‘’']/g;
/** A quoted title ("Tuyên bố “Tầm nhìn ASEAN 2045”") without its quotes, so either spelling finds it. */
const agreementKey = (name: string) => matchKey(name.replace(QUOTES, ''));

/**
 * The one year a name states ("năm 1982"); none for a period ("2018-2022", "từ năm 2021 đến năm 2025"),
 * nor a horizon: a year inside a quoted title ("“Tầm nhìn ASEAN 2045”") or after "đến năm" ("... đến năm
 * 2030") is what the document looks towards, not when it was made.
 */
function yearInName(name: string): number | null {
  const unquoted = replaceEnclosed(name, '“"«‘', '”"»’', ' ');
  // "từ năm 2021 đến năm 2025" is a period (two years, so no year); "đến năm 2030" alone is a horizon.
  const dated = /từ[ \t]+(?:năm[ \t]+)?\d{4}/iu.test(unquoted)
    ? unquoted
    : unquoted.replace(/(?:đến|tới)[ \t]+(?:năm[ \t]+)?\d{4}/giu, ' ');
  const years = [...dated.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1]));
  return years.length === 1 ? years[0]! : null;
}

/** A free-trade agreement is an "agreement" head whose name says so. */
function refineKind(kind: AgreementKind, name: string): AgreementKind {
  if (kind === 'agreement' && /thương mại tự do|FTA(?![\p{L}\p{N}])/iu.test(canonicalTones(name))) return 'fta';
  return kind;
}

/**
 * "Tuyên bố xác định đường cơ sở ... Việt Nam", "Tuyên bố phản đối ...": a bare "Tuyên bố" followed by what it
 * declares, naming no one but a country, is one side's statement. A declaration the parties adopted is named
 * after a place or a meeting ("Tuyên bố Bali"), a quoted title, its topic after "về" ("Tuyên bố về ứng xử của
 * các bên ở Biển Đông"), or those who issued it ("Tuyên bố báo chí đồng Chủ tịch").
 */
function declaresSomething(name: string, head: string): boolean {
  if (head !== 'tuyên bố') return false;
  const words = name.slice(head.length).match(/[\p{L}\p{N}“"«‘][\p{L}\p{M}\p{N}]*/gu) ?? [];
  if (words.length === 0 || /^[\p{Lu}\p{N}“"«‘]/u.test(words[0]!) || canonicalTones(words[0]!.toLowerCase()) === 'về')
    return false;
  // Capitalised runs other than places name who made it.
  const runs: string[] = [];
  let run: string[] = [];
  for (const w of [...words, '']) {
    if (w && capital(w)) {
      run.push(w);
    } else if (run.length > 0) {
      runs.push(run.join(' '));
      run = [];
    }
  }
  return runs.every((r) => isPlaceName(r));
}

/** Names inside one name that are reported (the most in real names is two: "bổ sung Hiệp ước ... và Hiệp ước ..."). */
const MAX_INNER_NAMES = 3;

const SENTENCE_START = /(?:^|[.!?…:\n]["”’»)]*)[ \t]*["“‘«(]?$/u;

/** What a name says, read once per distinct name and head (an article repeats its names). */
interface NameFacts {
  year: number | null;
  known: KnownAgreement | undefined;
  /** Only class words after the head ("Hiệp định Thương mại tự do"). */
  classOnly: boolean;
  /** One side's statement ("Tuyên bố xác định ..."). */
  statement: boolean;
  /** A plan that carries out a domestic instrument ("... thực hiện Nghị quyết 36"). */
  carriesOutDomestic: boolean;
  /** The one agreement acronym among type words after the head ("Hiệp định thương mại tự do RCEP"), else null. */
  acronymInName: string | null;
  /** Lower-case words after the head. */
  lowerWords: number;
}

function factsOf(name: string, head: string, memo = nameFacts): NameFacts {
  const key = `${head}\u0000${name}`;
  let facts = memo.get(key);
  if (!facts) {
    const words = wordsAfterHead(name, head);
    facts = {
      year: yearInName(name),
      known: knownByName(name),
      classOnly: words.every((w) => CLASS_WORDS.has(w)),
      statement: declaresSomething(name, head),
      carriesOutDomestic: words.some(
        (w, k) => DOMESTIC_INSTRUMENTS.has(w) || DOMESTIC_INSTRUMENTS.has(`${w} ${words[k + 1]}`),
      ),
      ...wordShapes(name.slice(head.length)),
    };
    if (memo.size >= 4096) memo.clear();
    memo.set(key, facts);
  }
  return facts;
}
const nameFacts = new Map<string, NameFacts>();

/** The acronym a name holds among type words only, and how many lower-case words it has (after the head). */
function wordShapes(rest: string): Pick<NameFacts, 'acronymInName' | 'lowerWords'> {
  const words = rest.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu) ?? [];
  const lower = words.filter((w) => w[0] === w[0]!.toLowerCase() && !/^\d/u.test(w));
  const acronyms = words.filter((w) => isAcronymWord(w) && !isNotAgreementAcronym(w));
  const typeOnly = words.every((w) => acronyms.includes(w) || TYPE_WORDS.has(canonicalTones(w.toLowerCase())));
  return {
    acronymInName: acronyms.length === 1 && words.length > 1 && typeOnly ? acronyms[0]! : null,
    lowerWords: lower.length,
  };
}

/**
 * "Hiệp định Thương mại tự do Việt Nam - EU và Việt Nam - Vương quốc Anh": each pair of parties coordinated with
 * the name's own names another instrument, of the same head and topic (the words before the first pair).
 */
function coordinatedMentions(display: string, head: HeadMatch, scan: NameScan): Mention[] {
  const shared = display.slice(head.start, scan.pairStart);
  return scan.coordinated.map((pair) => {
    const name = collapse(`${shared} ${display.slice(pair.start, pair.end)}`);
    const facts = factsOf(name, head.head);
    return {
      start: pair.start,
      end: pair.mentionEnd,
      name,
      acronym: pair.acronym,
      defined: pair.acronym !== null,
      year: facts.year,
      kind: head.kind,
      known: (pair.acronym ? knownByAcronym(pair.acronym) : undefined) ?? facts.known,
    };
  });
}

function headMentions(work: string, display: string, heads: HeadMatch[]): Mention[] {
  const bracketed = bracketedAcronyms(work);
  const bodyNamed = acronymsNamedAsBodies(work);
  const capitalHeads = new Map(heads.filter((h) => h.cap).map((h) => [h.start, h.end]));
  const ctx: ScanContext = {
    text: work,
    tokens: new TokenCache(work),
    isHead: (pos) => capitalHeads.has(pos),
    headEnd: (pos) => capitalHeads.get(pos),
    sides: new SentenceSides(work),
  };
  const out: Mention[] = [];
  const headlineEnd = headlineEndOf(work);
  let outer: Mention | undefined;
  let outerHeadEnd = 0;
  let inner = 0;
  for (const head of heads.slice(0, MAX_HEADS)) {
    // A name holds at most a few names ("Nghị định thư nâng cấp Hiệp định ..."); more heads inside one name
    // are a list or garbage ("Hiệp định Hiệp định ..."), not agreements: this also bounds the work per name.
    if (outer && head.start < outer.end && inner >= MAX_INNER_NAMES) continue;
    // "Tuyên bố Tầm nhìn chung ...": a head right after another is part of one name, not a second agreement.
    if (outer && head.start < outer.end && /^[ \t]*$/.test(work.slice(outerHeadEnd, head.start))) continue;
    const before = wordsBefore(work, head.start);
    if (blockedByPredecessor(before)) continue;
    // A lower-case head inside a name already read is one of its words ("Bản ghi nhớ Thỏa thuận hợp tác về
    // du lịch" ... "thỏa thuận"), never a second agreement.
    if (!head.cap && outer && head.start < outer.end) continue;
    const plural = pluralBefore(before);
    // "các thỏa thuận", "dự thảo thỏa thuận về Brexit": a class, or a draft that is no instrument yet; but
    // "các thỏa thuận Minsk" names the instruments signed there.
    if (!head.cap && ((plural && !properNameAt(ctx, head.end)) || draftBefore(work, head.start))) continue;
    const sentenceInitial = SENTENCE_START.test(work.slice(Math.max(0, head.start - 4), head.start));
    let scan = scanName(ctx, head.end, {
      sentenceInitial,
      head: head.head,
      lower: !head.cap,
      capitalFirst: head.needs === 'capital' || head.exact,
    });
    // A well-known name the scanner cut short is read whole, then whatever follows it ("năm 1982 (UNCLOS)"), in
    // either case ("thỏa thuận về những nguyên tắc cơ bản ..."): two words tell whether one starts here.
    const whole = knownNameAt(ctx.tokens, head.start);
    if (whole && (!scan || whole.end > scan.nameEnd)) scan = scanName(ctx, whole.end, { continued: true });
    if (!scan) {
      const joint = head.cap && !plural ? jointStatementAlone(work, display, head, ctx) : null;
      if (joint) out.push(joint);
      continue;
    }
    // Programmes, plans and minutes are agreements when they are made between parties or signed; a mention
    // with neither counts only as another mention of one that has them.
    // "Kế hoạch hành động của UBND tỉnh ...": a body's own plan, unless it names the parties.
    const ownPlan = head.kind === 'action-plan' && /^[ \t]+của[ \t]+\p{Lu}/u.test(work.slice(head.end, head.end + 12));
    const unsupported =
      (head.needs !== 'name' || ownPlan) &&
      !whole &&
      !scan.parties &&
      !signedBefore(work, head.start) &&
      !ctx.sides.around(head.start, scan.nameEnd);
    // "chưa có Thỏa thuận hòa bình nào", "Hiệp định thương mại nào": any or none of a class, no instrument.
    if (ctx.tokens.at(scan.mentionEnd)?.lower === 'nào' && !scan.acronym && !whole) continue;
    // "thỏa thuận Mỹ đạt được với ...", "Tuyên bố Nga sẽ rút quân", "Hiệp định Việt Nam ký kết với EU": a state
    // alone after a head, with the clause going on, is the subject of a verb (of a relative clause without "mà"),
    // not the instrument's name: a name joins a state to its topic or to another party.
    const after = ctx.tokens.at(scan.mentionEnd);
    if (
      !scan.acronym &&
      after?.type === 'word' &&
      !after.cap &&
      isStateName(collapse(work.slice(head.end, scan.nameEnd)))
    )
      continue;
    // "Theo ông Nam, Hiệp định đồng ý giảm thuế nhập khẩu ...": a head in a subject's place (a sentence or clause
    // start, after "rằng" or a reporting verb) followed by lower-case words only is the subject of those words, a
    // reference back, unless a predicate follows them ("Hiệp ước cấm thử vũ khí hạt nhân có hiệu lực ...").
    if (
      !scan.specific &&
      !scan.acronym &&
      !whole &&
      // "Bản ghi nhớ về ...": a topic after "về" is how instruments are named, in lists and subjects alike.
      !/^[ \t]*về[ \t]/u.test(work.slice(head.end, head.end + 6)) &&
      subjectPlace(work, head.start, before, sentenceInitial) &&
      !(after?.type === 'word' && PREDICATE_STARTS.has(after.lower))
    )
      continue;
    // "Hiệp định xóa bỏ thuế quan đối với hàng Việt Nam xuất sang EU": in a subject's place, a description that
    // runs through a proper name into more lower-case words is a predicate with its object; the head refers back.
    // After ";" the head opens an item of a list of what was signed, an object: "...; Biên bản Thỏa thuận thành
    // lập công ty liên doanh đầu tư Dự án xây dựng ...".
    if (
      scan.clauseInside &&
      !scan.acronym &&
      !whole &&
      !/;[ \t]*$/u.test(work.slice(Math.max(0, head.start - 3), head.start)) &&
      subjectPlace(work, head.start, before, sentenceInitial)
    )
      continue;
    // "thỏa thuận Washington và Bắc Kinh đạt được", "Hiệp định Nga và Ukraine ký ở Minsk": sides joined by "và"
    // with the clause going on are who made it, the subject of a relative clause, not its name (a name joins its
    // parties with a dash or after "giữa").
    if (!scan.acronym && after?.type === 'word' && !after.cap && sidesOnly(work.slice(head.end, scan.nameEnd)))
      continue;
    let name = collapse(display.slice(head.start, scan.nameEnd));
    // "đạt được Thỏa thuận gia hạn hợp đồng": what two sides reached, described in lower case, is the act of
    // agreeing; an instrument reached is named by a capital, an acronym or a number ("đạt được Thỏa thuận Paris").
    if (!scan.acronym && !whole && reachedBefore(before) && !/[\p{Lu}\p{N}]/u.test(name.slice(head.end - head.start)))
      continue;
    // "12 Hiệp định Thương mại tự do (FTA)": a class of agreements, unless a proper name makes it one ("các
    // Công ước Geneva năm 1949").
    if (plural && !whole && !properlyNamed(name, head.head)) continue;
    // "Biên bản ghi nhớ (MoU) về hợp tác ...": the generic acronym inside is not part of the name.
    if (scan.acronym && knownByAcronym(scan.acronym)?.bare === 'never')
      name = collapse(name.replace(`(${scan.acronym})`, ' '));
    let facts = factsOf(name, head.head);
    // "Hiệp định thương mại tự do RCEP": only type words and an agreement's acronym after the head; the acronym
    // names it. "Hiệp định cũ (TPP)": a word or two of description before the acronym name nothing more than it.
    let acronym = scan.acronym ?? facts.acronymInName;
    let end = scan.mentionEnd;
    // "Hiệp định thương mại tự do VCCI đánh giá cao", "Hiệp định EVN ký với Lào": an acronym after the head, not
    // in brackets, that stands for a body is the subject of the clause or a party, not the instrument's short
    // name: the name ends before it.
    // "Bản ghi nhớ hợp tác với Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)": brackets right after a party named by
    // "giữa"/"với" give that party's acronym, unless it is a known agreement's or shaped as one ("...FTA").
    if (acronym && scan.defined && endsWithParty(name) && !knownByAcronym(acronym) && !AGREEMENT_SHAPED.test(acronym))
      acronym = null;
    if (acronym && !scan.defined && bodyAcronym(acronym, work, bracketed, bodyNamed)) {
      const at = work.lastIndexOf(acronym, scan.nameEnd);
      if (at > head.end && !/[\p{L}\p{M}]/u.test(work.slice(at + acronym.length, scan.nameEnd))) {
        const cut = collapse(display.slice(head.start, at));
        if (cut.length <= head.end - head.start) continue;
        name = cut;
        end = head.start + display.slice(head.start, at).trimEnd().length;
        facts = factsOf(name, head.head);
      }
      acronym = null;
    }
    const bare = scan.acronym !== null && !scan.specific && !scan.parties && facts.lowerWords === 1;
    // "Kế hoạch hành động thực hiện Nghị quyết 36": a plan that carries out a domestic instrument.
    if (head.kind === 'action-plan' && !scan.parties && !whole && facts.carriesOutDomestic) continue;
    const known = (acronym ? knownByAcronym(acronym) : undefined) ?? whole?.known ?? facts.known;
    const mention: Mention = {
      start: head.start,
      end,
      name: bare ? null : name,
      acronym,
      defined: scan.defined,
      year: facts.year ?? scan.acronymYear,
      kind: head.kind,
      known,
      dependent:
        unsupported ||
        (!acronym && !known && namedByBodyOnly(display.slice(head.end, scan.nameEnd), work, bracketed, bodyNamed)) ||
        (!acronym && (!known || known.bare === 'never') && facts.classOnly) ||
        (!acronym && !known && facts.statement),
      inHeadline: head.start < headlineEnd && !acronym && !known,
      headline:
        head.start < headlineEnd &&
        !acronym &&
        !known &&
        !/[\p{Lu}\p{N}“"«]/u.test(display.slice(head.end, scan.nameEnd)),
    };
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
      outer.holdsNames = true;
      out.push(mention, ...coordinatedMentions(display, head, scan));
      inner++;
      continue;
    }
    out.push(mention, ...coordinatedMentions(display, head, scan));
    outer = mention;
    outerHeadEnd = head.end;
    inner = 0;
  }
  return out;
}

/** Acronyms the text gives in brackets ("(EVFTA)", "(EVN)"), each with where it is first given. */
function bracketedAcronyms(work: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of work.matchAll(/\(([^()\n]{2,40})\)/gu)) {
    const p = parseParenAcronym(m[1]!.trim());
    if (p && !out.has(p.acronym.toUpperCase())) out.set(p.acronym.toUpperCase(), m.index);
  }
  return out;
}

/** Words that name a body before its acronym ("Liên minh AUKUS", "khối NATO", "Tập đoàn EVN"). */
const BODY_WORDS_BEFORE =
  /(?<![\p{L}\p{M}])(?:liên minh|khối|tổ chức|nhóm|diễn đàn|hiệp hội|tập đoàn|công ty|ngân hàng|quỹ|cơ quan)[ \t]+([A-Z][A-Z0-9]{1,9})(?![\p{L}\p{M}\p{N}])/giu;

/** Acronyms the text writes after a word that names a body, read once. */
function acronymsNamedAsBodies(work: string): Set<string> {
  const out = new Set<string>();
  for (const m of work.matchAll(BODY_WORDS_BEFORE)) if (isAcronymWord(m[1]!)) out.add(m[1]!.toUpperCase());
  return out;
}

/** Acronyms of the organisations lexicon ("VCCI", "JICA", "TTXVN"). */
const BODY_ACRONYMS = new Set(
  ORGANISATIONS.flatMap((o) => o.forms.filter((f) => isAcronymWord(f)).map((f) => f.toUpperCase())),
);

/**
 * An acronym that stands for a body, not an agreement: one of the organisations lexicon, or one the article
 * gives in brackets after a name that no head opens ("Tập đoàn Điện lực Việt Nam (EVN)"). The table's
 * agreements are never bodies here.
 */
function bodyAcronym(
  acronym: string,
  work: string,
  bracketed: ReadonlyMap<string, number>,
  bodyNamed: ReadonlySet<string>,
): boolean {
  const upper = acronym.toUpperCase();
  if (knownByAcronym(upper)) return false;
  if (BODY_ACRONYMS.has(upper)) return true;
  // "Liên minh AUKUS", "khối AUKUS", "Tập đoàn EVN": the article names it as a body.
  if (bodyNamed.has(upper)) return true;
  const at = bracketed.get(upper);
  if (at === undefined) return false;
  const before =
    work
      .slice(Math.max(0, at - 60), at)
      .split(/[.,;:!?\n(]/u)
      .pop() ?? '';
  return /\p{Lu}/u.test(before) && findHeads(before).length === 0;
}

/**
 * "Hiệp định ASEAN kêu gọi ...", "Tuyên bố chung APEC", "Bản ghi nhớ WTO": after the head only the acronyms of
 * bodies or meetings, which say who speaks or where, not which instrument; such a mention counts only as another
 * mention of an instrument named otherwise ("Hiệp định ASEAN về thương mại hàng hóa" has a topic and is a name).
 */
function namedByBodyOnly(
  rest: string,
  work: string,
  bracketed: ReadonlyMap<string, number>,
  bodyNamed: ReadonlySet<string>,
): boolean {
  const words = rest.trim().split(/[\s\-–—/]+/u);
  return (
    words.length > 0 &&
    words.every(
      (w) =>
        isAcronymWord(w) &&
        (INTERNATIONAL_BODIES.has(w) || isNotAgreementAcronym(w) || bodyAcronym(w, work, bracketed, bodyNamed)),
    )
  );
}

/** Words that open a predicate: auxiliaries, negations and the commonest verbs after a subject. */
const PREDICATE_STARTS = new Set(
  'đã, đang, sẽ, được, bị, là, vừa, mới, cũng, vẫn, còn, chưa, đều, có, không, sắp, chính, luôn, từng, nhằm, giúp, ký'
    .split(', ')
    .map((w) => canonicalTones(w)),
);
/** Words after which a noun phrase is a clause's subject: "rằng", "là", and reporting verbs ("cho biết"). */
const BEFORE_A_SUBJECT = new Set(
  'rằng, là, nói, biết, cho rằng, khẳng định, nhấn mạnh, thừa nhận, lưu ý, cho hay, cho thấy, nhận định'
    .split(', ')
    .map((w) => canonicalTones(w)),
);

/** "đạt", "đạt được": a head after these is what was reached (canonical-tone lower case). */
const REACHING = new Set(['đạt', 'đạt được'].map((w) => canonicalTones(w)));
const reachedBefore = (before: ReturnType<typeof wordsBefore>) =>
  !!before && (REACHING.has(before.last) || REACHING.has(before.lastTwo));

/** A head at a sentence or clause start, or after "rằng" or a reporting verb: where a subject stands. */
function subjectPlace(
  work: string,
  start: number,
  before: ReturnType<typeof wordsBefore>,
  sentenceInitial: boolean,
): boolean {
  if (sentenceInitial || /[,;][ \t]*$/u.test(work.slice(Math.max(0, start - 3), start))) return true;
  return !!before && (BEFORE_A_SUBJECT.has(before.last) || BEFORE_A_SUBJECT.has(before.lastTwo));
}

/** Two or more states or places joined by "và" or commas, and nothing else ("Washington và Bắc Kinh"). */
function sidesOnly(text: string): boolean {
  const parts = collapse(text).split(/ và |, ?/u);
  return parts.length >= 2 && parts.every((p) => isStateName(p) || isPlaceName(p));
}

/** An acronym shaped as an agreement's: a (free) trade or partnership agreement ("VIFTA", "EVIPA", "VN-EAEU FTA"). */
const AGREEMENT_SHAPED = /(?:TA|PA)$/u;

/**
 * The name ends with a party it names after "giữa" or "với": a capitalised word after the last of these, and a
 * capitalised word last ("... với Cơ quan Hợp tác Quốc tế Nhật Bản", "... giữa Việt Nam và Tập đoàn Điện lực
 * Pháp").
 */
function endsWithParty(name: string): boolean {
  const words = replaceEnclosed(name, '(', ')', ' ').split(/\s+/u).filter(Boolean);
  if (words.length < 3 || !/^\p{Lu}/u.test(words[words.length - 1]!)) return false;
  for (let k = words.length - 2; k > 0; k--) {
    const w = canonicalTones(words[k]!.toLowerCase());
    if (w === 'giữa' || w === 'với') return /^\p{Lu}/u.test(words[k + 1]!);
  }
  return false;
}

/**
 * Heads read in one text. The most in one real article of the corpus is 23 and a long page holds a few hundred;
 * past this many the text is a list or garbage ("Hiệp định " 100,000 times), and the rest is not read: the work
 * per text stays bounded whatever it holds.
 */
export const MAX_HEADS = 2000;
/** Heads found beyond MAX_HEADS, so that the names of the last heads read still see the heads inside them. */
const HEADS_AHEAD = 100;

/** Longest first line read as a headline. */
const MAX_HEADLINE = 250;

/** Where the headline ends: a short first line with more text after it; -1 when the text has none. */
function headlineEndOf(work: string): number {
  const end = work.indexOf('\n');
  return end > 0 && end <= MAX_HEADLINE && /\S/u.test(work.slice(end)) ? end : -1;
}

/**
 * "Hai nước đã thông qua Tuyên bố Tầm nhìn chung", "hai bên ra Tuyên bố chung, nhấn mạnh ...": a joint
 * statement with no name after its head is the one the parties of its sentence issued. Without them it counts
 * only as another mention of a named one ("Tuyên bố chung sẽ nhấn mạnh ..." after "Tuyên bố chung Astana").
 * A reference back ("Tuyên bố chung này") or another head after it is no mention.
 */
function jointStatementAlone(work: string, display: string, head: HeadMatch, ctx: ScanContext): Mention | null {
  if (!JOINT_STATEMENT.test(head.head)) return null;
  const next = ctx.tokens.at(head.end);
  if (
    next &&
    next.type === 'word' &&
    (next.cap || next.acr || REFERENCE_BACK.has(next.lower) || NOT_OPENING_A_NAME.has(next.lower))
  )
    return null;
  const issued =
    ISSUED_BEFORE.test(work.slice(Math.max(0, head.start - 16), head.start)) || signedBefore(work, head.start);
  return {
    start: head.start,
    end: head.end,
    name: collapse(display.slice(head.start, head.end)),
    acronym: null,
    year: null,
    kind: head.kind,
    known: undefined,
    dependent: !issued && !ctx.sides.around(head.start, head.end),
  };
}
const JOINT_STATEMENT = /^(?:tuyên bố|thông cáo)(?: tầm nhìn)? chung$/u;
/** "Tuyên bố chung này", "Thông cáo chung nêu trên": a statement named before. */
const REFERENCE_BACK = new Set(['này', 'đó', 'ấy', 'trên', 'nói', 'kia', 'đây', 'nêu']);
/** Issuing or adopting a statement: "ra", "đưa ra", "thông qua", "công bố" right before it. */
const ISSUED_BEFORE = /(?<![\p{L}\p{M}])(?:ra|thông[ \t]+qua|công[ \t]+bố)[ \t]+$/iu;

/**
 * Acronyms the article spells out for something other than an agreement: "Bộ Thương mại Mỹ (DOC)", "Tòa Trọng
 * tài Thường trực (PCA)". There the bare acronym means that body, not the table's agreement.
 */
function definedForOthers(work: string, taken: Mention[], table: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const spans = [...taken].sort((a, b) => a.start - b.start);
  let k = 0;
  let reach = -1;
  for (const m of work.matchAll(/\(([A-Z][A-Z0-9]{1,9})\)/gu)) {
    while (k < spans.length && spans[k]!.start <= m.index) reach = Math.max(reach, spans[k++]!.end);
    // Only the table's acronyms can be taken alone: the others need no check.
    if (reach > m.index || out.has(m[1]!) || !table.has(m[1]!)) continue;
    // The words before it, back to the clause start: a capitalised name that no head opens.
    const before =
      work
        .slice(Math.max(0, m.index - 60), m.index)
        .split(/[.,;:!?\n(]/u)
        .pop() ?? '';
    if (/\p{Lu}/u.test(before) && findHeads(before).every((h) => !h.cap)) out.add(m[1]!);
  }
  return out;
}

function acronymMentions(work: string, taken: Mention[], defined: Iterable<string>): Mention[] {
  const euContext = /(?<![\p{L}\p{N}])EU(?![\p{L}\p{N}])|Liên minh châu Âu/iu.test(work);
  const known = bareAcronyms(euContext);
  const elsewhere = definedForOthers(work, taken, new Set(known));
  const definedHere = new Set(defined);
  const table = known.filter((a) => !elsewhere.has(a));
  const acronyms = [...new Set([...definedHere, ...table])].sort((a, b) => b.length - a.length);
  if (acronyms.length === 0) return [];
  const re = new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}])(${acronymPattern(acronyms)})(?![\\p{L}\\p{M}\\p{N}])(?:[ \\t]+(?:năm[ \\t]+)?((?:19|20)\\d{2})(?!\\d))?`,
    'gu',
  );
  // `taken` is sorted by start and its spans only nest or follow each other: one pointer walks it.
  const spans = [...taken].sort((a, b) => a.start - b.start);
  let k = 0;
  let reach = -1;
  const out: Mention[] = [];
  for (const m of work.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < spans.length && spans[k]!.start < end) reach = Math.max(reach, spans[k++]!.end);
    if (reach > start) continue;
    const known = knownByAcronym(m[1]!);
    out.push({
      start,
      end,
      name: null,
      acronym: m[1]!,
      year: m[2] ? Number(m[2]) : null,
      kind: known?.kind ?? 'other',
      known,
    });
  }
  return out;
}

/**
 * Agreements one text may report. A real article names a handful (the most in one article of the corpus is 8;
 * a page listing every free-trade agreement of Vietnam about 20); a page with more is a list or an attack, and
 * its first ones in order of first mention are enough. The cap is applied when mentions are grouped, before
 * any comparison of names or acronyms between groups.
 */
export const MAX_AGREEMENTS = 100;

/** Characters cleanWithOffsets replaces or drops (invisible ones, odd spaces, Ð/ð). */
const NEEDS_CLEANING = /[\u00A0\u00AD\u00D0\u00F0\u1680\u2000-\u200D\u202F\u205F\u2060\u3000\uFEFF]/u;

/** cleanWithOffsets, or the NFC text itself with no offset map when there is nothing to clean (most pages). */
function cleanOrIdentity(text: string): { text: string; map: number[] | null; source: string } {
  const nfc = text.normalize('NFC');
  return NEEDS_CLEANING.test(nfc) ? cleanWithOffsets(nfc) : { text: nfc, map: null, source: nfc };
}

/**
 * Agreements named in `text` (an article body), in order of first mention. Spans are offsets into
 * `text.normalize('NFC')`.
 */
export function extractAgreements(text: string): Agreement[] {
  const { text: display, map, source } = cleanOrIdentity(text);
  // Canonical tone placement keeps the NFC length, so offsets in `work` are offsets in `display`.
  const canonical = canonicalTones(display);
  const work = canonical.length === display.length ? canonical : display;

  const named = headMentions(work, display, findHeads(work, MAX_HEADS + HEADS_AHEAD));
  const defined = named.flatMap((m) => (m.acronym ? [m.acronym] : []));
  const all = [...named, ...acronymMentions(work, named, defined)].sort((a, b) => a.start - b.start);
  if (all.length === 0) return [];

  const sentences = sentenceSpans(display);
  const toSource = (start: number, end: number): Span => {
    if (!map) return { start, end };
    const last = map[end - 1]!;
    return { start: map[start]!, end: last + (source.codePointAt(last)! > 0xffff ? 2 : 1) };
  };

  return groupMentions(all, MAX_AGREEMENTS).map((mentions) => {
    const first = mentions[0]!;
    const named = fullest(mentions);
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

/** The mention with the fullest name (most words; the first of equals), as the gold and a reader name it. */
function fullest(mentions: Mention[]): Mention | undefined {
  let best: Mention | undefined;
  let most = 0;
  for (const m of mentions) {
    if (m.name === null) continue;
    const words = m.name.split(/\s+/u).length;
    if (words > most) {
      best = m;
      most = words;
    }
  }
  return best;
}
