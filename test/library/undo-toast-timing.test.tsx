// @vitest-environment happy-dom
// The Undo offer ends (review1 defect 5): after UNDO_TOAST_MS when left alone, not while hovered or while a
// keyboard user's focus is in it, on leaving for another page, and when an import changes the library.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryApp } from '../../components/library/LibraryApp';
import { LibraryController } from '../../components/library/library-controller';
import { UNDO_TOAST_MS } from '../../components/library/UndoToast';
import { parseHtml } from '../../node/parse-html';
import { backupJson } from '../../lib/export';
import { createDigestStore } from '../../lib/storage';
import { fakePlatform } from '../popup/fake-platform';
import { makeDigest } from './make-digest';

const digests = [
  makeDigest({ id: 'a', title: 'Bài một', savedAt: '2025-03-01T10:00:00.000Z' }),
  makeDigest({ id: 'b', title: 'Bài hai', savedAt: '2025-02-01T10:00:00.000Z' }),
];

async function deleteOne() {
  const p = fakePlatform({ uiLanguage: 'en' });
  const store = createDigestStore(p.area, { lock: p.lock });
  for (const d of digests) await store.restoreDigest(d);
  render(<LibraryApp platform={p} parseHtml={parseHtml} save={() => {}} />);
  await waitFor(() => expect(screen.getAllByTestId('row')).toHaveLength(2));
  fireEvent.pointerDown(document.body); // a mouse user
  fireEvent.click(screen.getByRole('checkbox', { name: 'Select digest: Bài hai' }));
  fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
  await waitFor(() => expect(screen.getByTestId('undo').hidden).toBe(false));
  return screen.getByTestId('undo');
}

const advance = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

beforeEach(() => {
  history.replaceState(null, '', '/library.html');
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  location.hash = '';
});

describe('the Undo toast', () => {
  it('goes after UNDO_TOAST_MS when left alone, even with a mouse user’s focus on Undo', async () => {
    const toast = await deleteOne();
    expect(UNDO_TOAST_MS).toBeGreaterThanOrEqual(8000);
    expect(UNDO_TOAST_MS).toBeLessThanOrEqual(10_000);
    await advance(UNDO_TOAST_MS - 1000);
    expect(toast.hidden).toBe(false);
    await advance(1500);
    await waitFor(() => expect(toast.hidden).toBe(true));
  });

  it('stays while the pointer is over it, and goes UNDO_TOAST_MS after the pointer leaves', async () => {
    const toast = await deleteOne();
    fireEvent.mouseEnter(toast);
    await advance(UNDO_TOAST_MS * 3);
    expect(toast.hidden).toBe(false);
    fireEvent.mouseLeave(toast);
    await advance(UNDO_TOAST_MS + 500);
    await waitFor(() => expect(toast.hidden).toBe(true));
  });

  it('stays while a keyboard user’s focus is in it', async () => {
    const toast = await deleteOne();
    const undo = screen.getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo)); // focus moved to Undo by the toast
    fireEvent.keyDown(document.body, { key: 'Tab' }); // the user goes on with the keyboard: Tab away and back
    fireEvent.focusOut(undo, { relatedTarget: document.body });
    fireEvent.focusIn(undo);
    await advance(UNDO_TOAST_MS * 3);
    expect(toast.hidden).toBe(false);
  });

  it('goes when the user leaves for another page', async () => {
    const toast = await deleteOne();
    await act(() => {
      location.hash = '#/people';
      dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(toast.hidden).toBe(true));
  });
});

it('an import ends the Undo offer of an earlier delete', async () => {
  vi.useRealTimers();
  const p = fakePlatform({ uiLanguage: 'en' });
  const store = createDigestStore(p.area, { lock: p.lock });
  for (const d of digests) await store.restoreDigest(d);
  const c = new LibraryController(p);
  await c.load();
  await c.remove(['b']);
  expect(c.state.undo).not.toBeNull();
  expect(await c.importBackup(backupJson([makeDigest({ id: 'c', title: 'Bài ba' })], new Date()))).toMatchObject({
    ok: true,
    added: 1,
  });
  expect(c.state.undo).toBeNull();
});
