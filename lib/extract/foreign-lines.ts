// Lines of an English or other European article that Readability keeps and a reader does not count as its
// text: newsletter and subscription boxes, "Read more: <headline>" teasers between paragraphs, picture credits
// standing alone ("Photo by Jane Doe", "JIM WATSON/AFP/Getty Images"), reading-flow labels ("Continue reading
// the main story") and the author's bio at the end ("Jane Doe is a reporter for ... Follow her on Twitter").
// Each rule needs a label or a shape AND structure that agrees (a short line, a link, a box of short lines,
// the place at the end, the credited author's name); a paragraph of prose is never removed. The box headings
// ("Related", "Sign up", ...) are foreign-cleanup.ts's; the lines here are this file's own.
import { cleanInline, foldForSearch, isAscii } from '../text';
import type { Block } from './body';

/** Lower case without accents, punctuation kept (the labels below end in ":", "|", "–"). */
const lower = (s: string) => {
  const clean = cleanInline(s);
  return (isAscii(clean) ? clean : clean.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase();
};

/**
 * A call to subscribe, on folded text (English, French, German, Spanish): "Sign up for our newsletter",
 * "Get the best stories delivered to your inbox", "Inscrivez-vous à notre newsletter", "Newsletter abonnieren".
 * Alternatives of words only, each anchored by its first words: linear on any text.
 */
const CALL_TO_SUBSCRIBE = [
  /^(?:sign up|signup|subscribe|register)\b.{0,160}\b(?:newsletters?|inbox|e ?mail updates|e ?mail alerts|daily briefing|weekly briefing|digest)\b/,
  /\b(?:delivered|sent|straight|directly) (?:straight |directly |right )?to your inbox\b/,
  /^(?:subscribe|sign up|register) (?:now|today|here|for free|for full access)\b/,
  /^(?:already a subscriber|not a subscriber|become a (?:subscriber|member)|subscribers? only)\b/,
  /^(?:inscrivez vous|abonnez vous)\b/,
  /^(?:newsletter abonnieren|jetzt (?:abonnieren|registrieren|anmelden))\b/,
  /^(?:suscribete|suscribase|registrate)\b/,
];
/**
 * "Get", "Join", "Want" open prose as often as calls ("Get this: the filters let ... into the employee's
 * inbox"): a call is addressed to the reader, about the site's own letter ("your inbox", "our newsletter").
 */
const WEAK_CALL =
  /^(?:join|get|want|receive|never miss)\b.{0,160}\b(?:newsletters?|inbox|e ?mail updates|e ?mail alerts|daily briefing|weekly briefing|digest)\b/;
const ADDRESSED =
  /\b(?:your inbox|our (?:\S+ ){0,3}(?:newsletters?|e ?mails?|briefings?|digest)|sign up|subscribe|for free)\b/;

/** A word every call above holds (on the raw text, any case). */
const SUBSCRIBE_WORDS =
  /newsletter|inbox|subscri|sign ?up|abonn|suscr|inscri|registr|anmelden|never miss|briefing|digest|mail (?:updates|alerts)|become a member/i;

/** Does a short text ask the reader to subscribe? */
export function isCallToSubscribe(text: string): boolean {
  if (text.length > 300) return false;
  const key = foldForSearch(text);
  return CALL_TO_SUBSCRIBE.some((re) => re.test(key)) || (WEAK_CALL.test(key) && ADDRESSED.test(key));
}

/**
 * Texts of a box ("Monthly", "$7/month", "We accept credit card...") are short: none is a paragraph of prose,
 * a sentence of this length or more (news paragraphs are often one sentence of 100 to 200 characters).
 */
const PROSE_CHARS = 80;

/**
 * Remove subscription boxes from Readability's article element `root`: the element holding a call to
 * subscribe, grown to its ancestors while they hold only short texts (the plans, the form's labels, the small
 * print) and stay small beside the article.
 */
export function removeSubscribeBoxes(root: Element): number {
  // Most articles hold no call at all: one look at the text first, the walk only when a word of one is there.
  const rootText = root.textContent ?? '';
  if (!SUBSCRIBE_WORDS.test(rootText)) return 0;
  const calls: Element[] = [];
  for (const el of innermostTextHolders(root)) {
    const text = cleanInline(el.textContent ?? '');
    if (text.length >= 12 && isCallToSubscribe(text)) calls.push(el);
  }
  if (!calls.length) return 0; // a word of a call in the article's prose, and no call: nothing to measure
  const total = cleanInline(rootText).length;
  let n = 0;
  for (const call of calls) {
    if (!root.contains(call)) continue; // gone with an earlier box (the root itself is detached)
    let box: Element = call;
    for (let parent = box.parentElement; parent && parent !== root; parent = parent.parentElement) {
      const len = textLength(parent);
      if (len > 1500 || len > total * 0.3 || holdsProse(parent)) break;
      box = parent;
    }
    // The box shares its container with the article: the plans and small print after the call go with it
    // when nothing but short texts follows it to the container's end.
    const after: Element[] = [];
    for (let sib = box.nextElementSibling; sib; sib = sib.nextElementSibling) after.push(sib);
    if (after.reduce((n, sib) => n + textLength(sib), 0) <= 600 && !after.some(holdsProse))
      for (const sib of after) sib.remove();
    box.remove();
    n++;
  }
  return n;
}

/** Elements that may hold a call to subscribe, and the blocks that make an element a container of others. */
const TEXT_HOLDERS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'span', 'strong', 'b']);
const INNER_BLOCKS = new Set(['p', 'div', 'h2', 'h3', 'h4', 'li']);

/**
 * The text holders under `root` (not itself) with no block inside them, in document order: one walk (a
 * selector query per element would walk each subtree again).
 */
export function innermostTextHolders(root: Element): Element[] {
  const found: (Element | null)[] = [];
  /** Walks the children of `el`; true when a block sits anywhere under it. */
  const visit = (el: Element): boolean => {
    let blockInside = false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const tag = c.localName.toLowerCase();
      const at = TEXT_HOLDERS.has(tag) ? found.push(c) - 1 : -1;
      const inner = visit(c);
      if (inner && at >= 0) found[at] = null;
      if (inner || INNER_BLOCKS.has(tag)) blockInside = true;
    }
    return blockInside;
  };
  visit(root);
  return found.filter((el): el is Element => el !== null);
}

/** Characters of text a reader sees (white space runs count once). */
const textLength = (el: Element) => cleanInline(el.textContent ?? '').length;

/** Does `el` hold a paragraph of prose (itself, or one inside it) that is not a call to subscribe? */
function holdsProse(el: Element): boolean {
  const inner = el.querySelectorAll('p, li, blockquote, div');
  // A container's own text is its children's: only a text holder with no blocks inside is read whole.
  for (const p of inner.length ? el.querySelectorAll('p, li, blockquote') : [el]) {
    const text = cleanInline(p.textContent ?? '');
    if (text.length >= PROSE_CHARS && /[.!?…]["”’)]?$/u.test(text) && !isCallToSubscribe(text)) return true;
  }
  return false;
}

/**
 * "Read more: <headline>", "RELATED: ...", "See also – ...", "Lire aussi : ...", "Lesen Sie auch: ...". The label
 * is parted from what follows by a colon, a bar, a dash or a hyphen with spaces ("Next-generation ..." is a word).
 */
const TEASER_LABEL =
  /^(?:read more|read also|also read|more|related|related stories|related story|related article|see also|watch|listen|recommended|don[’']?t miss|must read|read next|next|previously|lire aussi|a lire aussi|voir aussi|lesen sie auch|mehr zum thema|auch interessant|lee tambien|leer mas|te puede interesar|mira tambien|leggi anche|leia tambem)(?:\s*[:|–—]|\s+-)\s*\S/;

/** Reading-flow and advertising labels standing alone as a line. */
const FLOW_LABELS = new Set([
  'continue reading the main story',
  'continue reading',
  'continue reading below',
  'story continues below',
  'story continues below advertisement',
  'article continues below',
  'article continues below advertisement',
  'advertisement continues below',
  'skip advertisement',
  'scroll to continue with content',
  'ad',
  'advertisement',
  'supported by',
  'weiterlesen',
  'werbung',
  'publicite',
  'la suite apres cette publicite',
  'publicidad',
  'sigue leyendo',
]);

/** Picture agencies and their usual credit forms (a credit line names one beside the photographer). */
const PICTURE_AGENCY =
  /(?:^|\/|\s)(?:getty images?|afp|ap(?: photo)?|reuters|epa(?:-efe)?|shutterstock|alamy|istock(?:photo)?|dpa|anadolu(?: agency)?|bloomberg|xinhua|nurphoto|sipa|rex features|pa(?: images| wire)?|corbis|unsplash)$/;
/** "Photo by Jane Doe", "Photo: Jane Doe", "Top photo by ...", "Image: NASA", "Photos by A, B and C", "Crédit photo : ...". */
const CREDIT_LABEL =
  /^(?:(?:top|main|lead|header|cover|feature|featured) )?(?:photo(?:graph)?s?|images?|pictures?|illustrations?|credits?|fotos?|bild(?:er)?|photo credit|credit photo|image credit) ?(?:by |courtesy of |: ?)/;

/**
 * What a credit names after its label: people or agencies ("Jane Doe", "NASA", "Jane Doe/Getty Images",
 * "A, B and C", "the Ministry of Foreign Affairs"): words in capitals, with the short words that join names.
 * Each word ends at a space, a comma or a slash (the caller adds a final space): one way to read a text, linear.
 * "Images by satellite showed no damage" names nobody.
 */
const CREDITED_NAMES =
  /^(?:(?:the|of|and|for|via|&|de|du|des|la|le|del|van|von|der|y|et|und|e|da|do|dos)\s+|[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*(?:[,/]\s*|\s+)|[/,]\s*)+$/u;

/** A picture credit standing alone: short, no sentence, a credit label and names, or a photographer/agency run. */
export function isPictureCredit(text: string): boolean {
  if (text.length > 160) return false;
  const t = text.replace(/^Credit(?=\p{Lu})/u, 'Credit: '); // "CreditJane Doe/Getty Images": the label glued
  const key = lower(t);
  const label = CREDIT_LABEL.exec(key);
  if (label) {
    const named = cleanInline(t).slice(label[0].length).trim();
    return (
      key.split(' ').length <= 25 &&
      !/[.!?]["”]?$/u.test(t.replace(/\b\p{Lu}\.$/u, '')) &&
      CREDITED_NAMES.test(`${named} `)
    );
  }
  // "JIM WATSON/AFP/Getty Images", "Jane Doe / Reuters": names and an agency parted by slashes, nothing else.
  if (!t.includes('/') || t.length > 80) return false;
  const parts = t.split('/').map((p) => p.trim());
  return (
    parts.length >= 2 &&
    PICTURE_AGENCY.test(foldForSearch(parts[parts.length - 1]!)) &&
    parts.every((p) => /^\p{Lu}[\p{L}.'’ -]{1,40}$/u.test(p))
  );
}

/**
 * A label line that leads to another page: the label and a link, or the label and a headline. A headline ends
 * without a full stop; "Watch: the police did nothing, witnesses said." is a sentence of the article.
 */
function isTeaserLine(b: Block): boolean {
  if (b.kind !== 'p' && b.kind !== 'h') return false;
  if (b.text.length > 220 || !TEASER_LABEL.test(lower(b.text))) return false;
  if (b.linkShare >= 0.4) return true;
  return b.text.length <= 140 && !/[.…]["”’)]?$/u.test(b.text);
}

/** Roles that say a closing line is about its writer ("Jane Doe is a reporter for ..."). */
const WRITER_ROLE =
  /\b(?:phong vien|nha bao|bien tap vien|cong tac vien|reporter|correspondent|writer|editor|journalist|columnist|contributor|author|producer|historian|analyst|critic|fellow|professor|researcher|freelancer|blogger|novelist|photographer|intern|host|commentator|economist|lecturer|journaliste|redacteur|correspondante?|autor|redakteur|korrespondent|periodista|redactor|corresponsal|politologo|investigador|analista)\b/;
/**
 * How a bio goes on after the name: "is", "was", "has covered", "covers", "writes", the same verbs in French,
 * German, Spanish, and Vietnamese "là" ("Minh Anh là phóng viên …").
 */
const BIO_VERB =
  /^(?:,[^,]{2,80},)?\s(?:is|was|has been|has covered|has reported|has written|covers|writes|reports|joined|est|ist|es|fue|è|é|là|hiện là|từng là)\s/u;
/** The calls that close a bio: "Follow him on Twitter @...", "email her at ...". */
const BIO_CONTACT = /\b(?:follow (?:him|her|them|me)|e ?mail (?:him|her|them|me)|reach (?:him|her|them))\b/;
/**
 * What only a writer's bio says, right after the name: "is a reporter for ...", "is a contributing writer",
 * "is the author of ...", "writes about ...", "covers trade for ...". An economist, a fellow or a historian
 * opening the last paragraph is as often a source the article quotes ("Mark Zandi, chief economist at Moody's
 * Analytics, is skeptical ..."): those roles count only with the evidence of the block's form below.
 */
const WRITER_SAYS =
  /^ (?:(?:is|was|has been) (?:an? |the )?(?:[a-z]+ ){0,3}(?:reporter|correspondent|writer|journalist|columnist|contributor|freelancer|blogger|editor)s?\b|(?:is|was|has been) .{0,80}\bthe (?:co )?authors? of\b|(?:writes|has written|covers|has covered|reports|contributes) (?:about|on|for|to|regularly)\b)/;

/** A closing block to judge: its text and its clean HTML (for its form: in italics, the name a link). */
export interface ClosingBlock {
  text: string;
  html: string;
}

/** Set apart as a bio is: the whole block in italics (clean HTML keeps <em> for <i> and <em>). */
function inItalics(html: string): boolean {
  // One pass over the tags (a clean block's HTML is balanced): no letter or digit outside <em>…</em>.
  let depth = 0;
  let italic = false;
  for (let i = 0; i < html.length;) {
    if (html[i] === '<') {
      const close = html.indexOf('>', i);
      if (close < 0) return false;
      const tag = html.slice(i, close + 1);
      if (tag === '<em>') {
        depth++;
        italic = true;
      } else if (tag === '</em>') depth--;
      i = close + 1;
    } else {
      if (depth === 0 && /[\p{L}\p{N}]/u.test(html[i]!)) return false;
      i++;
    }
  }
  return italic;
}
/** A path of a writer's page on its site ("/author/jane-doe", "/people/...", "/profile/..."). */
const AUTHOR_PATH =
  /\/(?:authors?|people|profiles?|staff|contributors?|writers?|journalists?|reporters?|columnists?|by|autor(?:es)?|auteurs?)\//i;
/** Does the block link to a writer's page (the bio's name as a link)? */
function linksAuthorPage(html: string): boolean {
  for (let at = html.indexOf('<a href="'); at >= 0; at = html.indexOf('<a href="', at + 1)) {
    const end = html.indexOf('"', at + 9);
    if (end > 0 && AUTHOR_PATH.test(html.slice(at + 9, end))) return true;
  }
  return false;
}

/**
 * Is `block` (a closing paragraph) a short bio of its writer? `authors`: the names the article credits.
 * Evidence that it is about the writer is required: the credited name, or what only a bio says, or a bio's
 * form (in italics, the name a link to an author page); a role alone ("economist", "fellow") is not.
 */
export function isAuthorBio(block: ClosingBlock, authors: readonly string[]): boolean {
  const text = block.text;
  if (text.length > 500) return false;
  const key = foldForSearch(text);
  const named = authors.some((a) => {
    const k = foldForSearch(a);
    return k.length >= 5 && key.startsWith(k) && BIO_VERB.test(text.slice(a.length));
  });
  if (named) return true;
  // Not a credited author: a name shape opening the line, then "is a <writer role>", or the writer's contact.
  const m = /^((?:\p{Lu}[\p{L}'’.-]+ ){1,3}\p{Lu}[\p{L}'’.-]+)/u.exec(text);
  if (!m || !BIO_VERB.test(text.slice(m[1]!.length))) return false;
  // Only the predicate right after the name: "Snyder, the author of ..., is worried" is about a source.
  const says = WRITER_SAYS.test(` ${foldForSearch(text.slice(m[1]!.length, 200))}`) || BIO_CONTACT.test(key);
  const form = inItalics(block.html) || linksAuthorPage(block.html);
  if (!says && !form) return false;
  return WRITER_ROLE.test(key.slice(0, 160)) && (BIO_CONTACT.test(key) || text.length <= 300);
}

/**
 * The print edition's note closing a newspaper's web article: "A version of this article appears in print on
 * …, on Page A22 of the New York edition with the headline: …", "This article appeared in the print edition
 * under the headline …", with the reprint and subscription links after it.
 */
const PRINT_NOTE =
  /^(?:an? (?:version|earlier version|shorter version) of this (?:article|story|review|essay|column) (?:appears|appeared|was published) in print\b|this (?:article|story) (?:appears|appeared|was published) in (?:the )?(?:[\p{L}’'-]+ ){0,4}print edition\b)/iu;
/** What may follow the print note: its date, page and headline, the reprint links, each a short line. */
const MAX_PRINT_NOTE_CHARS = 600;
const PRINT_NOTE_PART = 100;

/** Where the print edition's note starts among the last blocks (the blocks' length when there is none). */
function printNoteStart(blocks: Block[]): number {
  for (let i = blocks.length - 1, seen = 0; i > 0 && seen <= MAX_PRINT_NOTE_CHARS; i--) {
    const b = blocks[i]!;
    seen += b.text.length;
    if ((b.kind === 'p' || b.kind === 'h') && PRINT_NOTE.test(b.text) && seen <= MAX_PRINT_NOTE_CHARS) return i;
    if (b.text.length >= PRINT_NOTE_PART) break; // a paragraph of prose after it: the article goes on
  }
  return blocks.length;
}

const ABOUT_AUTHOR =
  /^(?:about the authors?|about the writer|the author|l auteur|a propos de l auteur|uber den autor|zum autor|sobre el autor)$/;
/** What may follow an "About the author" heading at the end: a bio's few short lines. */
const MAX_ABOUT_CHARS = 700;

/**
 * Blocks of an English or other European article without the lines above. `authors`: the names the page
 * credits (to recognise their bio at the end).
 */
export function dropForeignLines(blocks: Block[], authors: readonly string[]): Block[] {
  const kept = blocks.filter((b) => {
    if (b.kind !== 'p' && b.kind !== 'h') return true;
    const text = b.text;
    if (text.length > 300) return true;
    if (isTeaserLine(b) || isCallToSubscribe(text)) return false;
    if (text.length <= 60 && FLOW_LABELS.has(foldForSearch(text))) return false;
    return !isPictureCredit(text);
  });
  if (kept.length < 3) return blocks.length === kept.length ? blocks : kept;
  let end = printNoteStart(kept);
  // "About the author" and the bio after it, when all that follows is short.
  for (let i = Math.max(1, end - 5); i < end; i++) {
    const b = kept[i]!;
    if (b.text.length > 40 || !ABOUT_AUTHOR.test(foldForSearch(b.text))) continue;
    const rest = kept.slice(i + 1).reduce((n, x) => n + x.text.length, 0);
    if (rest <= MAX_ABOUT_CHARS) end = i;
    break;
  }
  end = bioStart(kept, end, authors);
  return end === kept.length ? kept : kept.slice(0, end);
}

/** Where the writer's bio starts among `blocks`' first `end` (the closing paragraph, or two: co-authors' bios). */
function bioStart(blocks: Block[], end: number, authors: readonly string[]): number {
  for (let k = 0; k < 2 && end > 2; k++) {
    const b = blocks[end - 1]!;
    if (b.kind !== 'p' || !isAuthorBio(b, authors)) break;
    end--;
  }
  return end;
}

/** `blocks` without the writer's bio closing them (a Vietnamese page's: "Minh Anh là phóng viên …"). */
export function dropClosingBio(blocks: Block[], authors: readonly string[]): Block[] {
  const end = bioStart(blocks, blocks.length, authors);
  return end === blocks.length ? blocks : blocks.slice(0, end);
}

/**
 * The roles of a wire story's closing credit line, "Reporting by Jane Doe in Hanoi; Additional reporting by
 * John Roe; Editing by Mary Major" (Reuters' form, in brackets or not). Reporting and writing credit the
 * article's reporters; editing, graphics and the like credit the desk.
 */
const CREDIT_SEGMENT =
  /^((?:additional |further |extra )?(?:reporting|writing|editing|reported|written|edited|compiled|research|graphics|production|produced|fact[- ]checking|photography|photos)(?: and (?:reporting|writing|editing|research))?) by (.+)$/i;
const REPORTER_ROLE = /^(?:additional |further |extra )?(?:reporting|writing|reported|written)(?: and \w+)?$/;
/** What joins names in a credit, and the place a reporter filed from ("in Hanoi", "in New York"). */
const NAME_JOINERS = new Set(['and', '&', 'in', 'de', 'da', 'van', 'von', 'der', 'bin', 'al', 'el', 'la', 'le', 'du']);

/** The names of a credit's segment, without the places: "Jane Doe in Hanoi and John Roe" → Jane Doe, John Roe. */
function creditNames(text: string): string[] | null {
  const names: string[] = [];
  // Parted by commas, "&" and "and" (the words split once; no pattern tries the spaces around them).
  const parts: string[][] = [[]];
  for (const word of text.replace(/[,&]/gu, ' , ').split(/\s+/u)) {
    if (word === ',' || word === 'and') parts.push([]);
    else if (word) parts[parts.length - 1]!.push(word);
  }
  for (const words of parts) {
    if (!words.length) continue;
    const place = words.indexOf('in');
    const name = place >= 0 ? words.slice(0, place) : words;
    // Every word a name's: capitalised ("Jane", "O'Neil", "Nguyen Thi", "J.") or a particle that joins names.
    if (!words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || NAME_JOINERS.has(w))) return null;
    if (name.length) names.push(name.join(' '));
  }
  return names;
}

/**
 * A wire story's closing credit line: its reporters (the reporting and writing roles), or null when the line is
 * not one. "Reporting by the BBC showed that …" is a sentence: after "by", names only.
 */
export function wireCreditLine(text: string): { reporters: string[] } | null {
  if (text.length > 300) return null;
  const inner = text
    .trim()
    .replace(/^[([]/u, '')
    .replace(/[)\]]?\.?$/u, '')
    .trim();
  const reporters: string[] = [];
  for (const raw of inner.split(';')) {
    const segment = raw.trim();
    const m = CREDIT_SEGMENT.exec(segment);
    if (!m || /^\p{Ll}/u.test(segment.slice(m[1]!.length + 4))) return null;
    const names = creditNames(segment.slice(m[1]!.length + 4));
    if (!names?.length) return null;
    if (REPORTER_ROLE.test(m[1]!.toLowerCase())) reporters.push(...names);
  }
  return { reporters };
}

/** How many of the last blocks may be a wire credit line (a correction note or a bio may follow it). */
const CREDIT_TAIL_BLOCKS = 3;

/**
 * A wire story's credit lines ("Reporting by …; Editing by …") among the article's last blocks, removed; the
 * people they credit with the reporting or writing, for the authors when the page names none elsewhere.
 */
export function dropWireCredits(blocks: Block[]): { blocks: Block[]; reporters: string[] } {
  const reporters: string[] = [];
  const drop = new Set<number>();
  for (let i = Math.max(0, blocks.length - CREDIT_TAIL_BLOCKS); i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'p') continue;
    const credit = wireCreditLine(b.text);
    if (!credit) continue;
    drop.add(i);
    reporters.push(...credit.reporters);
  }
  if (!drop.size || drop.size === blocks.length) return { blocks, reporters: [] };
  return { blocks: blocks.filter((_, i) => !drop.has(i)), reporters };
}
