// The user's own work on a digest: free-text notes saved as they type (debounced, flushed when leaving),
// tags, and highlights (text selected in the article, kept as a quote with the text around it and a comment,
// drawn in the article and found again by its words after a reload or a refresh).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Digest, Highlight } from '../../lib/digest';
import { anchorQuote, CONTEXT_CHARS } from '../../lib/highlights';
import { mergeNotes } from '../../lib/storage';
import { articleTextNodes } from '../common/text-nodes';
import { useLibrary } from './context';

const SAVE_DELAY_MS = 400;

/** Offset of a DOM point in the concatenated text of `nodes`, or null when the point is not in one of them. */
function textOffset(nodes: Text[], starts: number[], container: Node, offset: number): number | null {
  const i = nodes.indexOf(container as Text);
  return i >= 0 ? starts[i]! + offset : null;
}

/**
 * A highlight from the current selection inside `container`, or null when nothing is selected there: the quote,
 * the article text just before and after it (what anchors it again later), and where it starts in the stored
 * body text (found by those words, not by the position on screen).
 */
export function selectionHighlight(
  container: HTMLElement | null,
  bodyText: string,
): Pick<Highlight, 'quote' | 'start' | 'prefix' | 'suffix'> | null {
  const sel = typeof getSelection === 'function' ? getSelection() : null;
  if (!container || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const quote = sel.toString().replace(/\s+/g, ' ').trim();
  if (!quote) return null;
  const nodes = articleTextNodes(container);
  const starts: number[] = [];
  let text = '';
  for (const n of nodes) {
    starts.push(text.length);
    text += n.data;
  }
  const from = textOffset(nodes, starts, range.startContainer, range.startOffset);
  const to = textOffset(nodes, starts, range.endContainer, range.endOffset);
  const prefix = from === null ? '' : text.slice(Math.max(0, from - CONTEXT_CHARS), from).replace(/\s+/g, ' ');
  const suffix = to === null ? '' : text.slice(to, to + CONTEXT_CHARS).replace(/\s+/g, ' ');
  const near = from === null || text.length === 0 ? null : Math.round((from / text.length) * bodyText.length);
  const inBody = anchorQuote(bodyText, { quote, prefix, suffix, start: null }, { near });
  return { quote, start: inBody?.start ?? null, prefix, suffix };
}

/** Scrolls the article to a highlight drawn in it. */
function showInArticle(id: string): void {
  const mark = document.querySelector(`mark[data-highlight="${CSS.escape(id)}"]`);
  mark?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
}

interface Props {
  digest: Digest;
  articleRef: { current: HTMLElement | null };
  /** The highlights found in the article as shown (null until it has been drawn). */
  anchored: Set<string> | null;
}

export function NotesPanel({ digest, articleRef, anchored }: Props) {
  const { controller, t } = useLibrary();
  const [notes, setNotes] = useState(digest.notes);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | string>('idle');
  const [tag, setTag] = useState('');
  const [hint, setHint] = useState<{ text: string; done: boolean } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string | null>(null);
  /** The stored text this window's edits start from: a save made by another window meanwhile is merged. */
  const base = useRef(digest.notes);
  /** A save of this window is under way (its answer sets `base`). */
  const saving = useRef(false);

  const flush = async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const text = pending.current;
    if (text === null) return;
    pending.current = null;
    setStatus('saving');
    saving.current = true;
    try {
      const saved = await controller.saveNotes(digest.id, text, base.current);
      base.current = saved.notes;
      if (saved.merged) {
        // Another window edited this note: show the merged text, with anything typed since on top of it.
        const shown = pending.current === null ? saved.notes : mergeNotes(text, pending.current, saved.notes).notes;
        setNotes(shown);
        if (pending.current !== null) pending.current = shown;
        setStatus(t('lib.notesMerged'));
      } else setStatus('saved');
    } catch (err) {
      setStatus(t('lib.saveFailed', { error: err instanceof Error ? err.message : String(err) }));
    } finally {
      saving.current = false;
    }
  };

  // Another window saved this note (the open digest is read again): shown here when nothing typed here waits.
  useEffect(() => {
    if (pending.current !== null || timer.current || saving.current || notes !== base.current) return;
    if (digest.notes === base.current) return;
    base.current = digest.notes;
    setNotes(digest.notes);
  }, [digest.notes]);

  // Leaving the digest or closing the tab must not lose the last keystrokes.
  useEffect(() => {
    const onHide = () => void flush();
    addEventListener('pagehide', onHide);
    return () => {
      removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [digest.id]);

  const onNotes = (value: string) => {
    setNotes(value);
    pending.current = value;
    setStatus('saving');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  };

  const addTag = () => {
    const value = tag.trim();
    if (!value) return;
    setTag('');
    void controller.addTag(digest.id, value);
  };

  const keep = async () => {
    const h = selectionHighlight(articleRef.current, digest.article.bodyText);
    if (!h) {
      setHint({ text: t('lib.selectFirst'), done: false });
      return;
    }
    setHint(null);
    await controller.addHighlight(digest.id, h);
    getSelection()?.removeAllRanges();
    // Said where the user is looking (the selection is gone, the new entry is further down the list).
    setHint({
      text: t('lib.highlightKept', { quote: h.quote.length > 60 ? `${h.quote.slice(0, 59)}…` : h.quote }),
      done: true,
    });
  };

  return (
    <section class="lib-notes" aria-labelledby="lib-notes-title">
      <h2 id="lib-notes-title">{t('lib.notes')}</h2>
      <textarea
        data-testid="notes"
        aria-labelledby="lib-notes-title"
        rows={8}
        value={notes}
        onInput={(e) => onNotes((e.target as HTMLTextAreaElement).value)}
        onBlur={() => void flush()}
      />
      <p class="lib-notes__print" aria-hidden="true">
        {notes}
      </p>
      <p
        class="lib-hint"
        role="status"
        data-testid="notes-status"
        data-state={status === 'idle' || status === 'saving' || status === 'saved' ? status : 'error'}
      >
        {status === 'idle'
          ? t('lib.notesHint')
          : status === 'saving'
            ? t('common.saving')
            : status === 'saved'
              ? t('common.saved')
              : status}
      </p>
      <h2>{t('lib.tags')}</h2>
      <div class="lib-chips">
        {digest.tags.map((g) => (
          <span class="lib-chip" key={g}>
            {g}{' '}
            <button
              type="button"
              class="link-button"
              aria-label={t('lib.removeTag', { tag: g })}
              onClick={() => void controller.removeTag(digest.id, g)}
            >
              ×
            </button>
          </span>
        ))}
      </div>
      <input
        type="text"
        data-testid="tag-input"
        placeholder={t('lib.addTag')}
        aria-label={t('lib.addTag')}
        value={tag}
        onInput={(e) => setTag((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',' || e.key === ';') {
            e.preventDefault();
            addTag();
          }
        }}
      />
      <h2>{t('lib.highlightsTitle')}</h2>
      <button
        type="button"
        class="button"
        data-testid="keep-selection"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => void keep()}
      >
        {t('lib.keepSelection')}
      </button>
      <p
        class={hint?.done ? 'lib-hint lib-hint--done' : 'lib-hint'}
        role="status"
        data-testid="keep-status"
        hidden={!hint}
      >
        {hint?.text}
      </p>
      <ul class="lib-highlights">
        {digest.highlights.map((h) => (
          <li key={h.id} data-testid="highlight" data-anchored={anchored ? String(anchored.has(h.id)) : undefined}>
            <blockquote>{h.quote}</blockquote>
            {anchored && !anchored.has(h.id) ? (
              <p class="lib-hint">{t('lib.highlightLost')}</p>
            ) : (
              <button type="button" class="link-button" onClick={() => showInArticle(h.id)}>
                {t('lib.showInArticle')}
              </button>
            )}
            <input
              type="text"
              aria-label={t('lib.comment')}
              placeholder={t('lib.comment')}
              value={h.comment}
              onChange={(e) =>
                void controller.addHighlight(digest.id, { ...h, comment: (e.target as HTMLInputElement).value })
              }
            />
            <button type="button" class="link-button" onClick={() => void controller.removeHighlight(digest.id, h.id)}>
              {t('lib.removeHighlight')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
