// Page language: what the page declares, else a cheap look at the text (Vietnamese tone marks).
import { hasToneMark } from '../text/normalize';

/** `metaTags`: meta content by lower-cased name/property/http-equiv, when the caller already has them. */
export function detectLanguage(doc: Document, sampleText: string, metaTags?: Map<string, string>): string {
  const meta = (key: string, selector: string) =>
    metaTags ? metaTags.get(key) : doc.querySelector(selector)?.getAttribute('content');
  const declared =
    doc.documentElement?.getAttribute('lang') ||
    meta('content-language', 'meta[http-equiv="content-language"], meta[http-equiv="Content-Language"]') ||
    meta('og:locale', 'meta[property="og:locale"]') ||
    '';
  const tag = declared.trim().split(/[,;\s]/)[0]?.replace('_', '-') ?? '';
  const sample = sampleText.slice(0, 2000);
  const words = sample.split(/\s+/).filter(Boolean);
  const toned = words.filter((w) => hasToneMark(w) || /[ăâđêôơư]/iu.test(w)).length;
  const looksVietnamese = words.length > 0 && toned / words.length > 0.2;
  if (tag && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(tag)) {
    // Old Vietnamese templates often declare "en" by mistake; trust the text when it is clearly Vietnamese.
    if (looksVietnamese && !/^vi/i.test(tag)) return 'vi';
    return tag.toLowerCase() === 'vi-vn' ? 'vi' : tag;
  }
  return looksVietnamese ? 'vi' : words.length ? 'und' : 'und';
}
