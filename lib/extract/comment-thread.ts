// Readers' comments left at the end of the article (Readability keeps a thread whose classes do not say
// "comment": "cmt", "ykien", "discussion"…). Known by structure, never by a site's class names: a run of
// sibling items of one tag, each a comment (a short stamp line, "2 giờ trước", "March 4, 2024 at 3:05 pm",
// or a reply/like control), after the article's last paragraph, and named so by a heading before it
// ("Comments", "12 comments", "Bình luận", "Ý kiến bạn đọc") or by reply controls in its items. A run of
// dated items without either (a live blog's entries, a chronology) is the article and stays. Works on the
// candidate body only (Readability's content), never the whole page.
import { foldForSearch } from '../text';
import { isDateOnlyLine, parseVietnameseDate } from '../meta';

/** A comment section's heading, folded: "Comments", "12 comments", "Bình luận (5)", "Ý kiến bạn đọc". */
const HEADING =
  /^(?:\d+\s+)?(?:comments?|reader comments|readers'? comments|responses?|discussion|join the discussion|binh luan|y kien(?: ban doc)?|y kien doc gia|phan hoi)(?:\s*\(?\d+\)?)?$/;
/** A control of a comment (its label, folded): reply, like, report. */
const CONTROL =
  /^(?:reply|replies|\d+\s+repl(?:y|ies)|like|\d+\s+likes?|report|tra loi|thich|\d+\s+thich|bao cao|bao xau|bao vi pham)$/;
/** "2 giờ trước", "vừa xong", "hôm qua": when a comment was posted, in Vietnamese. */
const VI_AGE = /^(?:\d+\s*(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s+trước|vừa xong|hôm qua(?:\s+lúc.*)?)$/iu;

const STAMP_CHARS = 60;
const PROSE_CHARS = 80;

/** A posting time alone on its line (possibly after the commenter's name: "Minh Anh · 2 giờ trước"). */
function isStamp(text: string): boolean {
  if (!text || text.length > STAMP_CHARS) return false;
  const last = text
    .split(/\s[·•|–—-]\s/u)
    .pop()!
    .trim();
  return VI_AGE.test(last) || isDateOnlyLine(last) || (/\d/.test(last) && parseVietnameseDate(last).iso !== null);
}

/** The short texts of `item`'s leaf elements (the ones with no element child holding text). */
function leafTexts(item: Element): string[] {
  const out: string[] = [];
  for (const el of item.querySelectorAll('*')) {
    if (el.firstElementChild && el.firstElementChild.textContent?.trim()) continue;
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t && t.length <= STAMP_CHARS) out.push(t);
  }
  return out;
}

interface Marks {
  stamp: boolean;
  control: boolean;
}

function marksOf(item: Element): Marks {
  const marks = { stamp: false, control: false };
  for (const t of leafTexts(item)) {
    if (!marks.control && CONTROL.test(foldForSearch(t))) marks.control = true;
    else if (!marks.stamp && isStamp(t)) marks.stamp = true;
  }
  return marks;
}

const isCommentHeading = (el: Element | null) => {
  const t = (el?.textContent ?? '').trim();
  return !!t && t.length <= 40 && HEADING.test(foldForSearch(t).replace(/[:：]$/u, ''));
};

/** The heading just before `el` (its previous sibling, or its parent's, two levels up), or null. */
function headingBefore(el: Element, root: Element): Element | null {
  for (let a: Element | null = el; a && a !== root; a = a.parentElement) {
    let prev = a.previousElementSibling;
    while (prev && !(prev.textContent ?? '').trim()) prev = prev.previousElementSibling;
    if (prev) return isCommentHeading(prev) ? prev : null;
  }
  return null;
}

/** Does a paragraph of prose outside the items of `group` come after its first item? */
function proseAfter(root: Element, group: Element[]): boolean {
  const first = group[0]!;
  for (const p of root.querySelectorAll('p')) {
    if (!(first.compareDocumentPosition(p) & 4) || group.some((item) => item.contains(p))) continue;
    if ((p.textContent ?? '').trim().length >= PROSE_CHARS) return true;
  }
  return false;
}

/** Remove the comment threads at the end of `root` (see above); returns how many items went. */
export function removeCommentThreads(root: Element): number {
  let removed = 0;
  for (const parent of [root, ...root.querySelectorAll('ul, ol, div, section')]) {
    if (parent !== root && !root.contains(parent)) continue; // went with an earlier thread
    const items = new Map<string, Element[]>();
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      if (!(c.textContent ?? '').trim()) continue;
      const list = items.get(c.localName) ?? [];
      list.push(c);
      items.set(c.localName, list);
    }
    for (const group of items.values()) {
      if (group.length < 2) continue;
      const marks = group.map(marksOf);
      const comments = marks.filter((m) => m.stamp || m.control).length;
      if (comments < 2 || comments < group.length * 0.6) continue;
      const controls = marks.filter((m) => m.control).length;
      const heading = headingBefore(group[0]!, root);
      if (!heading && (controls < 2 || marks.filter((m) => m.stamp).length < 2)) continue;
      if (proseAfter(root, group)) continue;
      for (const item of group) item.remove();
      heading?.remove();
      removed += group.length;
    }
  }
  return removed;
}
