// One agreement per instrument. Mentions merge when they share a table entry, an acronym (or a part of a
// compound one: "VPA" in "Hiệp định VPA/FLEGT"), or a name in another spelling (linkKey: tone placement,
// case, "LHQ" = "Liên hợp quốc"...). Then two similarity rules join what an article writes in more than one
// way: a name whose words all stand in exactly one longer name of the same head is a short form or another
// wording of it, in any order ("Hiệp ước Hữu nghị và Hợp tác" in "Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào",
// "Hiệp định tự do thương mại Việt Nam – EU" and "Hiệp định thương mại tự do Châu Âu – Việt Nam"); an acronym
// the article never defines and the table does not know, one letter away from one that is defined or known,
// is its misspelling ("UKFTA", "UKFVTA" for "UKVFTA"; "CTTPP" for "CPTPP").
import type { AgreementKind } from '../types';
import type { KnownAgreement } from '../../lexicon';
import { replaceEnclosed, canonicalTones } from '../../text';
import { JOINING_WORDS, linkKey } from './known';
import { isForeignWord } from './tokens';
import { COUNTRIES } from '../../lexicon';
import { INTERNATIONAL_BODIES, TYPE_WORDS } from './words';

export interface Mention {
  /** Offsets in the cleaned text. */
  start: number;
  end: number;
  /** Display name as written (null for a standalone acronym). */
  name: string | null;
  acronym: string | null;
  year: number | null;
  kind: AgreementKind;
  known: KnownAgreement | undefined;
  /**
   * Counts only as another mention of an agreement found otherwise: a name that only says what class of
   * agreement it is (CLASS_WORDS), or a programme named with neither its parties nor its signing.
   */
  dependent?: boolean;
  /** The acronym is spelled out here: "(ACRONYM)" right after the name. */
  defined?: boolean;
  /**
   * In the headline and only described, with no capital, acronym or number after its head ("Thỏa thuận chống
   * khai thác gỗ bất hợp pháp"): a headline's wording of an instrument the body names.
   */
  headline?: boolean;
  /** In the headline, with no acronym and no table entry: possibly the headline's wording of a body's instrument. */
  inHeadline?: boolean;
  /** Other names are read inside this one ("Nghị định thư nâng cấp Hiệp định ..."): it is no longer form of them. */
  holdsNames?: boolean;
}

/** The content words of a name, in order: its link key without joining words, and with its final year. */
function contentWords(name: string): string[] {
  let words = contentWordsMemo.get(name);
  if (!words) {
    if (contentWordsMemo.size >= 4096) contentWordsMemo.clear();
    words = computeContentWords(name);
    contentWordsMemo.set(name, words);
  }
  return words;
}
const contentWordsMemo = new Map<string, string[]>();

/** The words of a name written with a capital, lower-cased and without diacritics; read once per distinct name. */
function capitalsOf(name: string): string[] {
  let words = capitalsMemo.get(name);
  if (!words) {
    if (capitalsMemo.size >= 4096) capitalsMemo.clear();
    words = (name.match(/\p{Lu}[\p{L}\p{M}]*/gu) ?? []).map((w) => bare(canonicalTones(w.toLowerCase())));
    capitalsMemo.set(name, words);
  }
  return words;
}
const capitalsMemo = new Map<string, string[]>();

function computeContentWords(name: string): string[] {
  const words = partiesAsStates(linkKey(name).split(' ').filter(Boolean)).filter((w) => !JOINING_WORDS.has(w));
  const year = /((?:19|20)\d{2})\s*$/u.exec(replaceEnclosed(name, '(', ')', ' '))?.[1];
  return year && words[words.length - 1] !== year ? [...words, year] : words;
}

/**
 * The forms of each state as the words of a link key ("cộng hoà dân chủ nhân dân lào", "chxhcn việt nam"), by
 * their first word, longest first. Forms that are also ordinary words or names ("~Mỹ", "~Anh") count only beside
 * a dash, as one of two sides ("Việt Nam - Anh"), and so does the first word of a state's name when no other
 * state's name begins with it ("Việt - Lào", "Mỹ - Trung").
 */
const STATE_FORMS = new Map<string, Array<{ words: string[]; state: string }>>();
const BESIDE_A_DASH = new Map<string, string>();
const firstWordStates = new Map<string, Set<string>>();
COUNTRIES.forEach((c, k) => {
  const state = `@state${k}`;
  for (const form of c.forms) {
    const words = linkKey(form.replace(/^~/u, ''))
      .split(' ')
      .filter((w) => w && w !== '-');
    if (words.length === 0) continue;
    if (words.length === 1) BESIDE_A_DASH.set(words[0]!, state);
    firstWordStates.set(words[0]!, (firstWordStates.get(words[0]!) ?? new Set()).add(state));
    if (form.startsWith('~')) continue;
    const list = STATE_FORMS.get(words[0]!) ?? [];
    list.push({ words, state });
    list.sort((a, b) => b.words.length - a.words.length);
    STATE_FORMS.set(words[0]!, list);
  }
});
for (const [word, states] of firstWordStates)
  if (states.size === 1 && !BESIDE_A_DASH.has(word)) BESIDE_A_DASH.set(word, [...states][0]!);

/**
 * A name's words (of its link key) with each state written as one word, whichever form the text uses: "giữa
 * nước Cộng hòa Dân chủ Nhân dân Lào", "Việt Nam - Lào" and "Việt - Lào" name the same parties.
 */
function partiesAsStates(words: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const form = STATE_FORMS.get(words[k]!)?.find((f) => f.words.every((w, j) => words[k + j] === w));
    if (form) {
      out.push(form.state);
      k += form.words.length - 1;
      continue;
    }
    const dash = words[k - 1] === '-' || words[k + 1] === '-';
    out.push((dash && BESIDE_A_DASH.get(words[k]!)) || words[k]!);
  }
  return out;
}

/** Việt Nam's one word: the home side, which a Vietnamese article often leaves out of a name ("Hiệp định ... với Lào"). */
const HOME_STATE = `@state${COUNTRIES.findIndex((c) => c.forms.includes('Việt Nam'))}`;
/** International bodies as the words of a link key ("eu", "asean", "lhq"). */
const BODY_WORDS = new Set([...INTERNATIONAL_BODIES].map((b) => b.toLowerCase()));

/**
 * The parties a name states (its states, whatever form they take, and international bodies), Việt Nam left out:
 * "Hiệp định ... với Lào" and "... giữa Việt Nam và Lào" name the same parties, "... Việt Nam - EU" and "... Việt
 * Nam - Vương quốc Anh" do not, nor "... Việt Nam - Chile" and "... Việt Nam - Chile - Peru".
 */
function partiesOf(words: string[]): string {
  const parties = new Set(words.filter((w) => (w.startsWith('@state') && w !== HOME_STATE) || BODY_WORDS.has(w)));
  return [...parties].sort().join(' ');
}

/**
 * Two names may be one instrument only when they name the same parties, or when one names none but Việt Nam: a
 * single shared party does not make two instruments one.
 */
function sameParties(a: string[], b: string[]): boolean {
  const pa = partiesOf(a);
  const pb = partiesOf(b);
  return pa === '' || pb === '' || pa === pb;
}

/** A word without diacritics: a missing tone mark is the same word. */
const bare = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
/** A name's words without diacritics and years, for comparing wordings. */
const bareWords = (words: string[]) => words.filter((w) => !YEAR.test(w)).map(bare);

interface Group {
  mentions: Mention[];
  known: KnownAgreement | undefined;
  acronyms: Set<string>;
  /** Years the names state: "Kế hoạch hợp tác quốc phòng năm 2024" is not the plan for 2025. */
  years: Set<number>;
  /** Content words of each distinct name. */
  names: string[][];
  /** Words written with a capital in any name of the group (bare: no diacritics). */
  capitals: Set<string>;
  /** The same for names that hold other names (never the longer form of a short one). */
  outerNames: string[][];
  seen: Set<string>;
}

/**
 * Merge mentions of one agreement. Groups in order of first mention, mentions in text order. At most
 * `maxGroups` groups: past them a mention that would open a new one is dropped, before the merges below
 * compare groups with each other.
 */
export function groupMentions(mentions: Mention[], maxGroups = Infinity): Mention[][] {
  const groups: Group[] = [];
  const index = new Map<string, Group>();
  for (const m of mentions) {
    const keys: string[] = [];
    // A generic entry ("CEPA", "MoU") does not make two different agreements one.
    const known = m.known && m.known.bare !== 'never' ? m.known : undefined;
    if (known) keys.push(`known:${known.vi}`);
    const acronyms = m.acronym
      ? [m.acronym.toUpperCase(), ...(m.acronym.includes('/') ? m.acronym.toUpperCase().split('/') : [])]
      : [];
    for (const a of acronyms) keys.push(`acr:${a}`);
    if (m.name) keys.push(`name:${linkKey(m.name)}`);
    const alone = newGroup();
    alone.known = known;
    for (const a of acronyms) alone.acronyms.add(a);
    if (m.year !== null) alone.years.add(m.year);
    // The same words with another year are another instrument (the link key leaves a final year out).
    let g = keys.map((k) => index.get(k)).find((c) => c && compatible(alone, c));
    if (!g) {
      if (groups.length >= maxGroups) continue;
      g = newGroup();
      groups.push(g);
    }
    g.mentions.push(m);
    g.known ??= known;
    for (const a of acronyms) g.acronyms.add(a);
    if (m.year !== null) g.years.add(m.year);
    if (m.name) {
      const words = contentWords(m.name);
      addName(g, words, m.holdsNames === true);
      for (const w of capitalsOf(m.name)) g.capitals.add(w);
      // A state is a proper name however it is written.
      for (const w of words) if (w.startsWith('@state')) g.capitals.add(w);
    }
    for (const k of keys) if (!index.has(k)) index.set(k, g);
  }
  const merged = mergeHeadlineWording(
    mergeHeadlinePlace(mergeMisspelledAcronyms(mergeJointStatement(mergeContained(groups)))),
  );
  const supported = merged.filter((g) => g.mentions.some((m) => !m.dependent));
  return merged.filter((g) => supported.includes(g) || siblingOfSupported(g, supported)).map((g) => g.mentions);
}

const newGroup = (): Group => ({
  mentions: [],
  known: undefined,
  acronyms: new Set(),
  years: new Set(),
  names: [],
  capitals: new Set(),
  outerNames: [],
  seen: new Set(),
});

function addName(g: Group, words: string[], outer: boolean): void {
  const key = `${outer ? 'o' : 'n'}${words.join(' ')}`;
  if (g.seen.has(key)) return;
  g.seen.add(key);
  (outer ? g.outerNames : g.names).push(words);
}

const YEAR = /^(?:19|20)\d{2}$/u;
const withoutYears = (words: string[]) => words.filter((w) => !YEAR.test(w));

/**
 * "Kế hoạch hợp tác quốc phòng năm 2024" beside "Kế hoạch hợp tác quốc phòng năm 2025 giữa Bộ Quốc phòng Việt
 * Nam và Bộ Quốc phòng Lào": a dated instrument of the same series as one made between parties, for another
 * year, is made between them too.
 */
function siblingOfSupported(g: Group, supported: Group[]): boolean {
  if (g.years.size === 0) return false;
  return g.names.some((name) => {
    const short = withoutYears(name);
    return (
      short.length >= 3 &&
      supported.some((s) => disjoint(s.years, g.years) && s.names.some((long) => startsWith(withoutYears(long), short)))
    );
  });
}

/** `short` begins `long` (or equals it: the names differ only by joining words). */
const startsWith = (long: string[], short: string[]) =>
  short.length <= long.length && short.every((w, k) => long[k] === w);

const disjoint = <T>(a: Set<T>, b: Set<T>) => a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));

/** Two groups may be one instrument: no different table entries, acronyms or years. */
function compatible(a: Group, b: Group): boolean {
  if (a.known && b.known) return a.known === b.known;
  return !disjoint(a.acronyms, b.acronyms) && !disjoint(a.years, b.years);
}

/** Longer names looked at for one short form: past that many the short form is taken as ambiguous. */
const MAX_CANDIDATES = 40;

/**
 * Words a short form may leave out, without diacritics: type words ("song phương", "toàn diện") and the
 * fillers of a topic ("hợp tác trong lĩnh vực giáo dục" is "hợp tác giáo dục").
 */
const BARE_TYPE_WORDS = new Set(
  // "nước" before a party ("giữa nước Cộng hòa ... Việt Nam và nước ... Lào"); a period ("giai đoạn 2017 - 2021",
  // its years are left out of the words) and "công tác" ("phối hợp công tác") say when and what kind, not which.
  [...TYPE_WORDS, 'trong', 'lĩnh', 'vực', 'các', 'những', 'việc', 'sự', 'nước', 'giai', 'đoạn', 'công'].map(bare),
);

/**
 * `short` is another wording of `long`: it begins it ("Hiệp ước Hữu nghị và Hợp tác" and "... Việt Nam - Lào"),
 * or it has the same words in another order ("tự do thương mại Việt Nam – EU", "thương mại tự do EU – Việt
 * Nam"), or all its words stand in `long`, which only adds words written with a capital (the parties named
 * more fully: "Việt Nam - Anh", "Việt Nam - Vương quốc Anh") or words that say what kind of instrument it is
 * ("Hiệp định Thương mại song phương Việt Nam - Hoa Kỳ"). A topic word added inside the name makes another
 * instrument: "Hiệp định Thương mại biên giới Việt Nam - Lào" is not "Hiệp định Thương mại Việt Nam - Lào".
 */
function anotherWording(short: string[], long: string[], longCapitals: Set<string>): boolean {
  if (short.length > long.length || !sameParties(short, long)) return false;
  if (startsWith(long, short)) return true;
  const left = new Map<string, number>();
  for (const w of long) left.set(w, (left.get(w) ?? 0) + 1);
  for (const w of short) {
    // "giữa hai Bộ Ngoại giao": the two sides counted, where the longer name names them.
    if (w === 'hai' && !left.has(w)) continue;
    const n = left.get(w) ?? 0;
    if (n === 0) return false;
    left.set(w, n - 1);
  }
  // A word the short name has may come back in the longer one ("Bộ Ngoại giao Việt Nam và Bộ Ngoại giao Lào").
  const shortWords = new Set(short);
  for (const [w, n] of left)
    if (n > 0 && !longCapitals.has(w) && !BARE_TYPE_WORDS.has(w) && !shortWords.has(w)) return false;
  return true;
}

/**
 * A group whose every name is contained in the name of exactly one other group, with the same head (the
 * first two words), is a short form or another wording of it. With two or more to choose from ("Hiệp định
 * Thương mại" beside "... biên giới" and "... Việt Nam - Lào") it cannot be told which one it means: without an
 * acronym, table entry or year of its own it is a reference back to one of them and no entry. Names that hold other names are no longer form ("Hiệp định Thương mại hàng hóa ASEAN" inside "Nghị
 * định thư nâng cấp Hiệp định Thương mại hàng hóa ASEAN" is another instrument). Candidates come from an
 * index by word: the rarest word of the short name gives at most MAX_CANDIDATES names to compare.
 */
function mergeContained(groups: Group[]): Group[] {
  const byWord = new Map<string, Array<{ words: string[]; g: Group }>>();
  const bare = new Map<string[], string[]>();
  for (const g of groups) {
    for (const name of g.names) {
      const words = bareWords(name);
      bare.set(name, words);
      for (const w of new Set(words)) {
        const list = byWord.get(w) ?? [];
        if (list.length <= MAX_CANDIDATES) list.push({ words, g });
        byWord.set(w, list);
      }
    }
  }
  const merged = new Map<Group, Group>();
  const live = (g: Group) => {
    while (merged.has(g)) g = merged.get(g)!;
    return g;
  };
  // The same words in another order or spelling of the parties ("Việt Nam - Lào", "Việt - Lào", "Lào - Việt
  // Nam") are one name: joined first, by a key of the sorted words, so that neither is taken for a second
  // longer form of a short one.
  const bySameWords = new Map<string, Group>();
  for (const g of groups) {
    const keys = g.names.map((name) => [...bare.get(name)!].sort().join(' '));
    const named = namedAfterPlace(g);
    if (named) keys.push(named);
    for (const key of keys) {
      const other = bySameWords.get(key);
      const into = other && live(other);
      // Named after one place, but about other things: "Thỏa thuận Doha về hòa bình", "Hiệp định Doha về nông nghiệp".
      const topicsClash = !!into && key === named && !topicsAgree(into, live(g));
      if (into && into !== live(g) && compatible(into, live(g)) && !topicsClash) {
        absorb(into, live(g));
        merged.set(live(g), into);
      } else if (!other) bySameWords.set(key, g);
    }
  }
  const headOf = (words: string[]) => `${words[0]} ${words[1]}`;
  const references = new Set<Group>();
  // Longer names first: "... Việt Nam - Lào" joins "... giữa nước Cộng hòa ... Việt Nam và nước ... Lào" before
  // "Hiệp ước Hữu nghị và Hợp tác" looks for the one name it is short for.
  const longest = (g: Group) => Math.max(0, ...g.names.map((n) => n.length));
  for (const short of [...groups].sort((a, b) => longest(b) - longest(a))) {
    if (short.names.length === 0 || merged.has(short)) continue;
    let target: Group | undefined;
    let ambiguous = false;
    for (const name of short.names) {
      const words = bare.get(name)!;
      let rarest: Array<{ words: string[]; g: Group }> | undefined;
      for (const w of words) {
        if (w === 'hai') continue;
        const list = byWord.get(w);
        if (list && (!rarest || list.length < rarest.length)) rarest = list;
      }
      if (!rarest || rarest.length > MAX_CANDIDATES) {
        ambiguous = true;
        break;
      }
      const others = new Set<Group>();
      for (const c of rarest) {
        const g = live(c.g);
        if (
          g !== live(short) &&
          headOf(c.words) === headOf(words) &&
          anotherWording(words, c.words, c.g.capitals) &&
          compatible(short, g)
        )
          others.add(g);
      }
      const [only] = others;
      if (others.size !== 1 || (target && only !== target)) {
        ambiguous = true;
        // "Hiệp định miễn thị thực" beside "... với Chile" and "... với Peru": a short form that fits two named
        // instruments refers back to one of them; it is no third instrument.
        if (others.size >= 2 && short.acronyms.size === 0 && !short.known && short.years.size === 0)
          references.add(short);
        break;
      }
      target = only;
    }
    if (ambiguous || !target) continue;
    absorb(target, short);
    merged.set(short, target);
  }
  return groups
    .filter((g) => !merged.has(g) && !references.has(g))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/** Heads of the statements two sides issue together, as bare words. */
const JOINT_HEADS = ['tuyen bo chung', 'thong cao chung'];
const jointHead = (words: string[]) => {
  const head = words.slice(0, 3).map(bare).join(' ');
  return JOINT_HEADS.includes(head) ? head : null;
};
const isParty = (w: string) => w.startsWith('@state') || BODY_WORDS.has(w);

/**
 * "Tuyên bố chung về nâng cấp quan hệ lên Đối tác chiến lược toàn diện ..." and "Tuyên bố chung Việt Nam - Hoa
 * Kỳ": a joint statement (or communiqué) named by its topic alone and one named by its parties alone are the one
 * statement the two sides issued, when the article names exactly one of each with that head; with two of either
 * it cannot be told which is which, and different years or acronyms keep them apart.
 */
function mergeJointStatement(groups: Group[]): Group[] {
  const byHead = new Map<string, { parties: Group[]; topics: Group[] }>();
  for (const g of groups) {
    const heads = new Set(g.names.map(jointHead));
    const [head] = heads;
    if (g.names.length === 0 || heads.size !== 1 || !head) continue;
    const rests = g.names.map((n) => n.slice(3));
    const entry = byHead.get(head) ?? { parties: [], topics: [] };
    byHead.set(head, entry);
    if (rests.every((r) => r.length > 0 && r.every(isParty))) entry.parties.push(g);
    else if (rests.every((r) => r.length >= 2 && !r.some(isParty))) entry.topics.push(g);
  }
  const gone = new Set<Group>();
  for (const { parties, topics } of byHead.values()) {
    if (parties.length !== 1 || topics.length !== 1 || !compatible(parties[0]!, topics[0]!)) continue;
    const [first, second] = [parties[0]!, topics[0]!].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
    absorb(first!, second!);
    gone.add(second!);
  }
  return gone.size === 0 ? groups : groups.filter((g) => !gone.has(g));
}

/** The topic words of a group's names: lower-case words that are not the head's nor type words (bare). */
function topicWords(g: Group): Set<string> {
  const out = new Set<string>();
  for (const name of g.names)
    for (const w of bareWords(name).slice(2)) if (!g.capitals.has(w) && !BARE_TYPE_WORDS.has(w)) out.add(w);
  return out;
}

/** One group's topic holds the other's, or either has none ("Thỏa thuận khí hậu Paris" in "... Paris về biến đổi khí hậu"). */
function topicsAgree(a: Group, b: Group): boolean {
  const ta = topicWords(a);
  const tb = topicWords(b);
  const within = (x: Set<string>, y: Set<string>) => [...x].every((w) => y.has(w));
  return ta.size === 0 || tb.size === 0 || within(ta, tb) || within(tb, ta);
}

function absorb(target: Group, other: Group): void {
  target.mentions = [...target.mentions, ...other.mentions].sort((a, b) => a.start - b.start);
  target.known ??= other.known;
  for (const a of other.acronyms) target.acronyms.add(a);
  for (const y of other.years) target.years.add(y);
  for (const n of other.names) addName(target, n, false);
  for (const n of other.outerNames) addName(target, n, true);
  for (const w of other.capitals) target.capitals.add(w);
}

/**
 * "Thỏa thuận Paris", "Hiệp định Paris về khí hậu", "Thỏa thuận khí hậu Paris": an instrument named after a
 * foreign place (or meeting) is that place's instrument of its kind, however the rest of the name is worded.
 * The key: the kind (FTAs and framework agreements are agreements), the one foreign proper name of the names
 * (states are left out: they are parties), and their numbers ("Minsk 2" is not "Minsk"); none when the names
 * hold other capitalised words or more than one such name.
 */
function namedAfterPlace(g: Group): string | null {
  let place: string | null = null;
  let numbers = '';
  let parties = '';
  for (const m of g.mentions) {
    if (m.name === null) continue;
    // "Thỏa thuận Paris giữa Mỹ và Pháp" is not the one between other parties.
    const named = partiesOf(contentWords(m.name));
    if (named !== '' && parties !== '' && named !== parties) return null;
    if (named !== '') parties = named;
    const words = m.name.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu) ?? [];
    for (const [k, w] of words.entries()) {
      if (k < 2 || !/^\p{Lu}/u.test(w)) continue;
      const lower = w.toLowerCase();
      // States are parties, not what names the instrument.
      if (STATE_FORMS.has(lower) || BESIDE_A_DASH.has(lower)) continue;
      if (/^\p{Lu}+$/u.test(w) || !isForeignWord(w)) return null;
      if (place !== null && place !== lower) return null;
      place = lower;
    }
    numbers = (m.name.match(/\d+/gu) ?? []).filter((n) => !YEAR.test(n)).join(' ');
  }
  return place === null ? null : `place ${family(g.mentions[0]!.kind)} ${place} ${numbers} ${parties}`;
}

/** FTAs and framework agreements are agreements: a headline may call any of them "Thỏa thuận" or "Hiệp định". */
const family = (kind: AgreementKind) => (kind === 'fta' || kind === 'framework-agreement' ? 'agreement' : kind);

/**
 * Headlines describe what the body names: "Thỏa thuận chống khai thác gỗ bất hợp pháp" over an article on the
 * "Hiệp định đối tác tự nguyện (VPA)". An instrument mentioned only so in the headline is the one agreement of
 * its kind the body names, and is no entry of its own; its wording is not one of that agreement's spans, which
 * show its name or acronym. With no agreement of its kind in the body, or two or more, it stays apart.
 */
function mergeHeadlineWording(groups: Group[]): Group[] {
  const described = groups.filter((g) => g.mentions.every((m) => m.headline));
  if (described.length !== 1) return groups;
  const headline = described[0]!;
  const kind = family(headline.mentions[0]!.kind);
  const named = groups.filter((g) => g !== headline && g.mentions.some((m) => !m.dependent));
  if (named.length !== 1 || !named[0]!.mentions.some((m) => family(m.known?.kind ?? m.kind) === kind)) return groups;
  return groups.filter((g) => g !== headline);
}

/**
 * "Thỏa thuận ngừng bắn ở Gaza" in the headline over "Thỏa thuận ngừng bắn giữa Israel và Hamas" in the body: a
 * headline names an instrument by where it holds. An instrument mentioned only in the headline whose words,
 * those written with a capital left out, all stand in the names of exactly one instrument of the body, with
 * the same head and the same parties, is that instrument.
 */
function mergeHeadlinePlace(groups: Group[]): Group[] {
  const merged = new Set<Group>();
  for (const g of groups) {
    if (g.names.length === 0 || !g.mentions.every((m) => m.inHeadline)) continue;
    const targets = new Set<Group>();
    for (const other of groups) {
      if (other === g || merged.has(other) || other.mentions.every((m) => m.inHeadline || m.dependent)) continue;
      if (!compatible(g, other)) continue;
      const fits = g.names.every((name) => {
        const words = bareWords(name).filter((w, k) => k < 2 || !g.capitals.has(w));
        return other.names.some((long) => {
          const longWords = bareWords(long);
          return (
            words.length >= 3 &&
            `${words[0]} ${words[1]}` === `${longWords[0]} ${longWords[1]}` &&
            sameParties(name, long) &&
            words.every((w) => longWords.includes(w))
          );
        });
      });
      if (fits) targets.add(other);
    }
    const [only] = targets;
    if (targets.size !== 1 || !only) continue;
    absorb(only, g);
    merged.add(g);
  }
  return merged.size === 0 ? groups : groups.filter((g) => !merged.has(g));
}

/** Acronyms shorter than this are too easily another instrument's one letter away ("TPP", "TAC"). */
const MIN_TYPO_LENGTH = 4;

/** Damerau-Levenshtein distance is exactly 1: one letter missing, added, changed, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The acronym and the acronym with one letter left out, each place in turn: two acronyms one edit apart share
 * one of these ("UKFTA" and "UKVFTA" share "UKFTA"; "CTTPP" and "CPTPP" share "CTPP"; a swap "ABDC"/"ACBD"
 * shares "ABC"...), so candidates come from an index by them, never from every acronym of the text.
 */
function deletionKeys(acronym: string): string[] {
  const keys = [acronym];
  for (let k = 0; k < acronym.length; k++) keys.push(acronym.slice(0, k) + acronym.slice(k + 1));
  return keys;
}

/**
 * An acronym the article never spells out and the table does not know, one edit away from exactly one that
 * is spelled out or known and mentioned at least as often, is a misspelling of it: "Hiệp định UKFTA" and
 * "Hiệp định UKFVTA" in an article on the UKVFTA. Two acronyms that both stand on their own (ACFTA and AKFTA,
 * both in the table) stay two agreements. The established acronyms are indexed by their deletion keys.
 */
function mergeMisspelledAcronyms(groups: Group[]): Group[] {
  const established = new Set(
    groups.filter(
      (g) => g.acronyms.size > 0 && ((g.known && g.known.bare !== 'never') || g.mentions.some((m) => m.defined)),
    ),
  );
  if (established.size === 0) return groups;
  const byKey = new Map<string, Array<{ acronym: string; g: Group }>>();
  for (const g of established)
    for (const acronym of g.acronyms) {
      if (acronym.length < MIN_TYPO_LENGTH) continue;
      for (const key of new Set(deletionKeys(acronym))) byKey.set(key, [...(byKey.get(key) ?? []), { acronym, g }]);
    }
  const merged = new Set<Group>();
  for (const g of groups) {
    if (g.known || g.acronyms.size === 0 || established.has(g)) continue;
    const targets = new Set<Group>();
    for (const a of g.acronyms) {
      if (a.length < MIN_TYPO_LENGTH) continue;
      for (const key of deletionKeys(a))
        for (const e of byKey.get(key) ?? []) {
          if (merged.has(e.g) || e.g.mentions.length < g.mentions.length) continue;
          if (oneEditApart(a, e.acronym)) targets.add(e.g);
        }
    }
    const [only] = targets;
    if (targets.size !== 1 || !only || disjoint(only.years, g.years)) continue;
    absorb(only, g);
    merged.add(g);
  }
  return merged.size === 0 ? groups : groups.filter((g) => !merged.has(g));
}
