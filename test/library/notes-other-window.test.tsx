// @vitest-environment happy-dom
// A note saved in another window shows in this window's open digest when its editor holds nothing unsaved; text
// typed here and not yet saved is never replaced (the save merges it: lib/storage/notes-merge.ts).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryApp } from '../../components/library/LibraryApp';
import { parseHtml } from '../../node/parse-html';
import { createDigestStore } from '../../lib/storage';
import { fakePlatform } from '../popup/fake-platform';
import { makeDigest } from './make-digest';

async function openDigest() {
  const p = fakePlatform({ uiLanguage: 'vi' });
  const listeners = new Set<(ids: string[]) => void>();
  p.onDigestsChanged = (cb) => {
    listeners.add(cb);
    return () => listeners.delete(cb);
  };
  const other = createDigestStore(p.area, { lock: p.lock });
  await other.restoreDigest(makeDigest({ id: 'a', title: 'Hội đàm Việt Nam - Nhật Bản', body: 'Nội dung bài.' }));
  render(<LibraryApp platform={p} parseHtml={parseHtml} save={() => undefined} />);
  await waitFor(() => expect(screen.getAllByTestId('row-title')).toHaveLength(1));
  location.hash = '#/digest/a';
  const notes = (await screen.findByTestId('notes')) as HTMLTextAreaElement;
  /** Another window saves the note and says so, as the extension's pages do. */
  const otherWindowSaves = async (text: string) => {
    await other.saveNotes('a', text, '');
    for (const cb of listeners) cb(['a']);
  };
  return { notes, otherWindowSaves };
}

beforeEach(() => history.replaceState(null, '', '/library.html'));
afterEach(() => {
  cleanup();
  location.hash = '';
});

describe('a note saved in another window', () => {
  it('shows in the open digest when nothing typed here waits', async () => {
    const { notes, otherWindowSaves } = await openDigest();
    expect(notes.value).toBe('');
    await otherWindowSaves('Từ cửa sổ khác.');
    await waitFor(() => expect(notes.value).toBe('Từ cửa sổ khác.'));
  });

  it('does not replace text typed here and not saved yet', async () => {
    const { notes, otherWindowSaves } = await openDigest();
    fireEvent.input(notes, { target: { value: 'Đang gõ' } });
    await otherWindowSaves('Từ cửa sổ khác.');
    await new Promise((r) => setTimeout(r, 50));
    expect(notes.value).toBe('Đang gõ');
  });
});
