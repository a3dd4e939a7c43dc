// What the popup or the background asks the injected extraction script, and what it answers. Plain JSON:
// it crosses the scripting.executeScript boundary (structured clone).
import type { ExtractionResult } from '../article';
import type { Entities } from '../entities';

export interface ExtractRequest {
  /** 'page': the whole article; 'selection': only the text the user selected. */
  mode: 'page' | 'selection';
  /** Extract even when the page does not look like an article ("extract anyway"). */
  force: boolean;
}

export interface SelectionInfo {
  /** The selected text, as shown (paragraphs separated by blank lines). */
  text: string;
  words: number;
}

export type InjectedResult =
  | {
      ok: true;
      result: ExtractionResult;
      /** People and agreements of lead + "\n\n" + bodyText: null from the page, filled by withEntities. */
      entities: Entities | null;
      /** The current selection when it is long enough to digest on its own, else null. */
      selection: SelectionInfo | null;
      /** Extraction + entities time in the page, ms. */
      ms: number;
      /** The HTTP status the page was served with (its navigation entry), when the browser tells. */
      httpStatus?: number | null;
    }
  | { ok: false; error: string };

/** A selection shorter than this is a stray click, not something to digest. */
export const MIN_SELECTION_WORDS = 8;

/** The text the entity spans point into: lead, a blank line, then the body text. */
export function entityText(article: { lead: string | null; bodyText: string }): string {
  return article.lead ? `${article.lead}\n\n${article.bodyText}` : article.bodyText;
}
