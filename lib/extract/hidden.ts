// Text the page hides is not article text: hidden text is a common way to plant spam or instructions for
// whoever reads the page by machine. What a DOM without layout (Node, a detached copy) can see: the `hidden`
// attribute, inline styles and the usual hiding classes. Kept here, one place, for both extraction paths.
import { FIELD_CAPS } from '../article';
import { classOf } from './class-attr';

const HIDDEN_CLASS =
  /(?:^|\s)(?:hidden|hide|d-none|invisible|is-hidden|u-hidden|sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|element-invisible)(?:\s|$)/i;

/**
 * The declarations of an inline style or of a style sheet rule's block, lower-cased property → value (last one
 * wins, as in CSS). Read up to the cap on a style attribute's length.
 */
export function declarations(style: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const decl of style.slice(0, FIELD_CAPS.style).toLowerCase().split(';')) {
    const colon = decl.indexOf(':');
    if (colon > 0)
      map.set(
        decl.slice(0, colon).trim(),
        decl
          .slice(colon + 1)
          .replace('!important', '')
          .trim(),
      );
  }
  return map;
}

const num = (v: string | undefined) => (v === undefined ? NaN : parseFloat(v));
/** A length that puts a box or its text off screen ("-9999px", "-100em", "-200%"); `px` is the threshold in pixels. */
const farNegative = (v: string | undefined, px: number) =>
  /px$/.test(v ?? '') ? num(v) <= -px : num(v) <= -50 && /(?:em|rem|%|vw|vh)$/.test(v ?? '');
/** A colour with no alpha left: transparent, rgba(…, 0), hsla(…, 0), #rgb0, #rrggbb00. */
const invisibleColour = (v: string | undefined) =>
  !!v &&
  (v === 'transparent' ||
    /^(?:rgba|hsla)\(.*[,/]\s*0(?:\.0+)?%?\s*\)$/.test(v) ||
    /^#(?:[0-9a-f]{3}0|[0-9a-f]{6}00)$/.test(v));

/** Inline styles that hide an element's text. */
function hiddenByInlineStyle(style: string, hasChildElements: boolean): boolean {
  const d = declarations(style);
  if (d.get('display') === 'none' || d.get('visibility') === 'hidden' || d.get('visibility') === 'collapse')
    return true;
  if (num(d.get('opacity')) === 0) return true;
  if (invisibleColour(d.get('color'))) return true;
  if (farNegative(d.get('left'), 100) || farNegative(d.get('top'), 100) || farNegative(d.get('text-indent'), 999))
    return true;
  if (
    /^rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)$/.test(d.get('clip') ?? '') ||
    /^rect\(\s*1px[\s,]+1px[\s,]+1px[\s,]+1px\s*\)$/.test(d.get('clip') ?? '')
  )
    return true;
  if (/^(?:inset\(\s*(?:50|100)%\s*\)|circle\(\s*0(?:px|%)?\s*\))$/.test(d.get('clip-path') ?? '')) return true;
  if (/(?:^|\s)scale[xy]?\(\s*0(?:\.0+)?\s*[,)]/.test(d.get('transform') ?? '')) return true;
  const overflowHidden = (d.get('overflow') ?? '') === 'hidden';
  if (overflowHidden && (num(d.get('height')) === 0 || num(d.get('width')) === 0 || num(d.get('max-height')) === 0))
    return true;
  // Zero font size hides text; an element with children may set it only to close inline-block gaps.
  return num(d.get('font-size')) === 0 && !hasChildElements;
}

/** A decoration hidden from assistive technology: aria-hidden and short (an icon, a drop cap, a repeated label). */
function isAriaDecoration(el: Element): boolean {
  if (el.getAttribute('aria-hidden')?.trim().toLowerCase() !== 'true') return false;
  // A whole region marked aria-hidden (a page behind an open dialog) is still the page's visible text.
  return (el.textContent ?? '').length <= 40 && !el.querySelector('p, img, figure, h1, h2, h3, h4, h5, h6, li');
}

/** Hidden by what a DOM without layout can see: the hidden attribute, inline style, hiding classes, aria-hidden decorations. */
export function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && hiddenByInlineStyle(style, !!el.firstElementChild)) return true;
  const cls = classOf(el);
  if (cls && HIDDEN_CLASS.test(cls.slice(0, FIELD_CAPS.style))) return true;
  return el.hasAttribute('aria-hidden') && isAriaDecoration(el);
}

/** Content of a closed <details> that a reader does not see (everything but its <summary>). */
export function isInClosedDetails(el: Element): boolean {
  const parent = el.parentElement;
  return (
    !!parent &&
    parent.localName.toLowerCase() === 'details' &&
    !parent.hasAttribute('open') &&
    el.localName.toLowerCase() !== 'summary'
  );
}
