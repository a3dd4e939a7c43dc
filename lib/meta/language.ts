// Page language: what the page declares, else a cheap look at the text (Vietnamese tone marks).
import { hasToneMark } from '../text';

/** `metaTags`: meta content by lower-cased name/property/http-equiv, when the caller already has them. */
export function detectLanguage(doc: Document, sampleText: string, metaTags?: Map<string, string>): string {
  const meta = (key: string, selector: string) =>
    metaTags ? metaTags.get(key) : doc.querySelector(selector)?.getAttribute('content');
  const declared =
    doc.documentElement?.getAttribute('lang') ||
    meta('content-language', 'meta[http-equiv="content-language"], meta[http-equiv="Content-Language"]') ||
    meta('og:locale', 'meta[property="og:locale"]') ||
    '';
  const tag =
    declared
      .trim()
      .split(/[,;\s]/)[0]
      ?.replace('_', '-') ?? '';
  const sample = sampleText.slice(0, 2000);
  const words = sample.split(/\s+/).filter(Boolean);
  const toned = words.filter((w) => hasToneMark(w) || /[ăâđêôơư]/iu.test(w)).length;
  const tonedLikeVietnamese = words.length > 0 && toned / words.length > 0.2;
  if (tag && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(tag)) {
    // Old Vietnamese templates often declare "en" by mistake; trust the text when it is clearly Vietnamese:
    // by the marks only Vietnamese uses (Czech, French or Spanish words carry acute and grave accents too).
    if (!/^vi/i.test(tag) && tonedLikeVietnamese && looksVietnamese(sample)) return 'vi';
    return tag.toLowerCase() === 'vi-vn' ? 'vi' : tag;
  }
  return tonedLikeVietnamese && looksVietnamese(sample) ? 'vi' : 'und';
}

/** Marks (NFD) only Vietnamese uses among Latin-script languages: hook above, dot below, breve (ă), horn (ơ ư), đ. */
const VIETNAMESE_ONLY = /[\u0309\u0323\u0306\u031Bđ\u00d0]/iu;

/**
 * Is this text Vietnamese? A quarter or more of Vietnamese words carry a hook, a dot below or one of ă ơ ư đ
 * (unlike French or Spanish accents, these marks are Vietnamese only); 10% leaves room for English names,
 * numbers and headline-style text.
 */
export function looksVietnamese(sampleText: string): boolean {
  // Every mark counted below comes from a character outside ASCII: plain ASCII text is never Vietnamese.
  if (!/[\u0080-\uFFFF]/.test(sampleText.slice(0, 3000))) return false;
  const words = sampleText
    .slice(0, 3000)
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  if (words.length < 3) return false;
  const marked = words.filter((w) => VIETNAMESE_ONLY.test(w.normalize('NFD'))).length;
  return marked / words.length > 0.1;
}
