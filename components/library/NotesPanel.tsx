// The user's own work on a digest: free-text notes saved as they type (debounced, flushed when leaving),
// tags, and highlights (text selected in the article, kept as a quoted note with a comment).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Digest, Highlight } from '../../lib/digest/types';
import { mergeNotes } from '../../lib/storage/notes-merge';
import { useLibrary } from './context';
import { storageStrings } from './storage-strings';

const SAVE_DELAY_MS = 400;

/** A highlight from the current selection inside `container`, or null when nothing is selected there. */
export function selectionHighlight(container: HTMLElement | null, bodyText: string): Pick<Highlight, 'quote' | 'start' | 'prefix' | 'suffix'> | null {
  const sel = typeof getSelection === 'function' ? getSelection() : null;
  if (!container || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const quote = sel.toString().replace(/\s+/g, ' ').trim();
  if (!quote) return null;
  const at = bodyText.indexOf(quote);
  return {
    quote,
    start: at >= 0 ? at : null,
    prefix: at >= 0 ? bodyText.slice(Math.max(0, at - 32), at) : '',
    suffix: at >= 0 ? bodyText.slice(at + quote.length, at + quote.length + 32) : '',
  };
}

export function NotesPanel({ digest, articleRef }: { digest: Digest; articleRef: { current: HTMLElement | null } }) {
  const { controller, t, lang } = useLibrary();
  const [notes, setNotes] = useState(digest.notes);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | string>('idle');
  const [tag, setTag] = useState('');
  const [hint, setHint] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string | null>(null);
  /** The stored text this window's edits start from: a save made by another window meanwhile is merged. */
  const base = useRef(digest.notes);

  const flush = async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const text = pending.current;
    if (text === null) return;
    pending.current = null;
    setStatus('saving');
    try {
      const saved = await controller.saveNotes(digest.id, text, base.current);
      base.current = saved.notes;
      if (saved.merged) {
        // Another window edited this note: show the merged text, with anything typed since on top of it.
        const shown = pending.current === null ? saved.notes : mergeNotes(text, pending.current, saved.notes).notes;
        setNotes(shown);
        if (pending.current !== null) pending.current = shown;
        setStatus(storageStrings(lang)('notesMerged'));
      } else setStatus('saved');
    } catch (err) {
      setStatus(t('saveFailed', { error: err instanceof Error ? err.message : String(err) }));
    }
  };

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
      setHint(t('selectFirst'));
      return;
    }
    setHint(null);
    await controller.addHighlight(digest.id, h);
    getSelection()?.removeAllRanges();
  };

  return (
    <aside class="lib-notes" aria-label={t('notes')}>
      <h2>{t('notes')}</h2>
      <textarea data-testid="notes" aria-label={t('notes')} rows={8} value={notes} onInput={(e) => onNotes((e.target as HTMLTextAreaElement).value)} onBlur={() => void flush()} />
      <p class="lib-hint" role="status" data-testid="notes-status" data-state={status === 'idle' || status === 'saving' || status === 'saved' ? status : 'error'}>
        {status === 'idle' ? t('notesHint') : status === 'saving' ? t('saving') : status === 'saved' ? t('saved') : status}
      </p>
      <h2>{t('tags')}</h2>
      <div class="lib-chips">
        {digest.tags.map((g) => (
          <span class="lib-chip" key={g}>
            {g}{' '}
            <button type="button" class="link-button" aria-label={t('removeTag', { tag: g })} onClick={() => void controller.removeTag(digest.id, g)}>
              ×
            </button>
          </span>
        ))}
      </div>
      <input
        type="text"
        data-testid="tag-input"
        placeholder={t('addTag')}
        aria-label={t('addTag')}
        value={tag}
        onInput={(e) => setTag((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',') {
            e.preventDefault();
            addTag();
          }
        }}
      />
      <h2>{t('highlightsTitle')}</h2>
      <button type="button" class="button" data-testid="keep-selection" onMouseDown={(e) => e.preventDefault()} onClick={() => void keep()}>
        {t('keepSelection')}
      </button>
      {hint && <p class="lib-hint">{hint}</p>}
      <ul class="lib-highlights">
        {digest.highlights.map((h) => (
          <li key={h.id} data-testid="highlight">
            <blockquote>{h.quote}</blockquote>
            <input
              type="text"
              aria-label={t('comment')}
              placeholder={t('comment')}
              value={h.comment}
              onChange={(e) => void controller.addHighlight(digest.id, { ...h, comment: (e.target as HTMLInputElement).value })}
            />
            <button type="button" class="link-button" onClick={() => void controller.removeHighlight(digest.id, h.id)}>
              {t('removeHighlight')}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
