// A formatted reference as plain text and as HTML (italics survive a paste into a word processor), built
// piece by piece with the punctuation rules CSL processors apply: no second period after ".", "?" or "!",
// and, in English (American usage), a period or comma after a closing quote mark goes inside it.
import type { Lang } from '../../../i18n/index';
import { stripEnd } from '../../../text';

export interface Formatted {
  text: string;
  html: string;
}

interface Piece {
  text: string;
  italic: boolean;
}

/** The escapes citeproc-js writes in HTML output, so a pasted reference reads the same from either. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;');
}

export class RichText {
  private pieces: Piece[] = [];

  constructor(private readonly lang: Lang) {}

  add(text: string, italic = false): this {
    if (text) this.pieces.push({ text, italic });
    return this;
  }

  /** A title in quotation marks (quotes inside it already turned to single marks by the caller). */
  quoted(text: string): this {
    return this.add(`“${text}”`);
  }

  /** Adds "." or "," unless the text already ends a sentence there. */
  punct(mark: '.' | ','): this {
    const last = this.pieces[this.pieces.length - 1];
    if (!last) return this;
    const core = stripEnd(last.text, /[”’]/);
    if (mark === '.' && /[.?!]$/.test(core)) return this;
    if (this.lang === 'en' && core.length < last.text.length)
      last.text = `${core}${mark}${last.text.slice(core.length)}`;
    else this.pieces.push({ text: mark, italic: false });
    return this;
  }

  result(): Formatted {
    const merged: Piece[] = [];
    for (const p of this.pieces) {
      const prev = merged[merged.length - 1];
      if (prev && prev.italic === p.italic) prev.text += p.text;
      else merged.push({ ...p });
    }
    return {
      text: merged.map((p) => p.text).join(''),
      html: merged.map((p) => (p.italic ? `<i>${escapeHtml(p.text)}</i>` : escapeHtml(p.text))).join(''),
    };
  }
}
