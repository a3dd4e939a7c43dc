// The key of an organisation found by its shape, which decides which of its mentions are one side: the countries
// and places inside the name by their lexicon entry ("Chính phủ Hoa Kỳ" = "Chính phủ Mỹ"), an abbreviated head
// by the words it stands for ("UBND" = "Ủy ban nhân dân"), and a short form that the article itself completes
// ("Sở Xây dựng" when the only Sở Xây dựng it names is "Sở Xây dựng Hà Nội"; "UBND Quảng Nam" beside "UBND tỉnh
// Quảng Nam"). Two bodies of two places are never one: "Sở Y tế" beside "Sở Y tế Hà Nội" and "Sở Y tế TP.HCM"
// stays on its own.
import { HEAD_ABBREVIATIONS, ORGANISATION_HEADS } from '../../lexicon';
import { lexicon } from '../people/lexicon';
import { isJoiningGap, type Token } from '../people/tokens';
import type { SideMention } from './find';

interface KeyParts {
  key: string;
  /** The key without the place that closes the name and its unit ("sở xây dựng"), when a place closes it. */
  bare: string | null;
  /** The key without the administrative unit before the closing place ("ủy ban nhân dân #place:Quảng Nam"). */
  unitless: string | null;
}

let headKeys: Set<string> | null = null;

/**
 * Keys of the shaped organisation mentions (those with no lexicon entry of their own), by mention. `spanKey`
 * gives the match key of tokens [s, e) as the text writes them, `textKey` that of a string.
 */
export function shapedKeys(
  tokens: readonly Token[],
  mentions: readonly SideMention[],
  spanKey: (s: number, e: number) => string,
  textKey: (text: string) => string,
): Map<SideMention, string> {
  const lex = lexicon();
  headKeys ??= new Set([...ORGANISATION_HEADS, ...Object.values(HEAD_ABBREVIATIONS)].map(textKey));
  const lows = tokens.map((t) => t.low);
  const joined = (k: number) => isJoiningGap(tokens[k]!.gap);
  /** Start of the administrative unit ("tỉnh", "thành phố") that ends right before token e, or e. */
  const unitBefore = (e: number, from: number) => {
    for (let back = 1; back <= 2 && e - back >= from; back++)
      if (lex.adminUnits.match(lows, e - back, joined)?.length === back) return e - back;
    return e;
  };
  const parts = new Map<SideMention, KeyParts>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.known) continue;
    const segments: string[] = [];
    let at = m.start;
    const expansion = HEAD_ABBREVIATIONS[tokens[at]!.text];
    if (expansion) {
      segments.push(textKey(expansion));
      at++;
    }
    let bare: string | null = null;
    let unitless: string | null = null;
    // find() lists the countries and places inside a name right after it.
    for (let q = k + 1; q < mentions.length && mentions[q]!.start < m.end; q++) {
      const inner = mentions[q]!;
      if (!inner.known || inner.end > m.end || inner.start < at) continue;
      const closes = inner.end === m.end && inner.known.kind !== 'organisation';
      const unit = closes ? unitBefore(inner.start, at) : inner.start;
      if (unit > at) segments.push(spanKey(at, unit));
      const prefix = segments.join(' ');
      if (unit < inner.start) segments.push(spanKey(unit, inner.start));
      segments.push(`#${inner.known.id}`);
      if (closes && prefix) {
        // A body named by its place alone ("UBND tỉnh Quảng Nam") has no short form without it.
        if (!headKeys.has(prefix)) bare = prefix;
        if (unit < inner.start) unitless = `${prefix} #${inner.known.id}`;
      }
      at = inner.end;
    }
    if (at < m.end) segments.push(spanKey(at, m.end));
    parts.set(m, { key: segments.join(' '), bare, unitless });
  }
  // The long forms each short form may stand for: one only, and the article implies it.
  const longForms = new Map<string, Set<string>>();
  const add = (short: string | null, long: string) => {
    if (short === null || short === long) return;
    let set = longForms.get(short);
    if (!set) longForms.set(short, (set = new Set()));
    set.add(long);
  };
  for (const p of parts.values()) {
    add(p.unitless, p.key);
    add(p.bare, p.key);
  }
  const only = (set: Set<string> | undefined) => (set && set.size === 1 ? [...set][0]! : null);
  // First the forms without a unit ("UBND Quảng Nam"), then the bare ones, through them ("Sở Y tế" → "Sở Y tế Hà
  // Nội" and "Sở Y tế thành phố Hà Nội", one side).
  const withoutUnit = (key: string) => only(longForms.get(key)) ?? key;
  const out = new Map<SideMention, string>();
  for (const [m, p] of parts) {
    const long = longForms.get(p.key);
    let key = p.key;
    if (long) {
      const targets = new Set([...long].map(withoutUnit));
      key = only(targets) ?? p.key;
    }
    out.set(m, key);
  }
  return out;
}
