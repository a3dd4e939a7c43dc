// @vitest-environment happy-dom
// The library's Undo after the same article was saved again in another window (review1 defect 1): the new save
// and its note stay, the deleted version's note is added, and the status line says a newer version was kept.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { LibraryApp } from '../../components/library/LibraryApp';
import { parseHtml } from '../../node/parse-html';
import { createDigestStore } from '../../lib/storage';
import { makeArticle, makeEntities } from '../storage/fixtures';
import { fakePlatform } from '../popup/fake-platform';

afterEach(cleanup);

it('Undo of a delete keeps the article saved again meanwhile, merges the deleted note in, and says so', async () => {
  history.replaceState(null, '', '/library.html');
  const p = fakePlatform({ uiLanguage: 'en' });
  const store = createDigestStore(p.area, { lock: p.lock });
  const a = makeArticle(1);
  const { digest } = await store.saveDigest(a, makeEntities(a));
  await store.updateNotes(digest.id, 'old note');
  render(<LibraryApp platform={p} parseHtml={parseHtml} save={() => {}} />);
  await waitFor(() => expect(screen.getAllByTestId('row-title')).toHaveLength(1));
  fireEvent.click(screen.getByRole('checkbox', { name: `Select digest: ${a.title}` }));
  fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
  await waitFor(() => expect(screen.queryAllByTestId('row')).toHaveLength(0));
  // Another window (the popup) saves the same article again and a note is typed on it.
  const popup = createDigestStore(p.area, { lock: p.lock });
  await popup.saveDigest(a, makeEntities(a));
  await popup.updateNotes(digest.id, 'new note');
  fireEvent.click(within(screen.getByTestId('undo')).getByRole('button', { name: 'Undo' }));
  await waitFor(() =>
    expect(screen.getByTestId('notice').textContent).toContain('saved again after the delete: the newer one is kept'),
  );
  const now = (await store.getDigest(digest.id))!;
  expect(now.notes).toContain('new note');
  expect(now.notes).toContain('old note');
  await waitFor(() => expect(screen.getAllByTestId('row')).toHaveLength(1));
  // Focus goes to the restored digest's row (and its polling for the row ends before the page goes away).
  await waitFor(() => expect(document.activeElement?.classList.contains('lib-row__title')).toBe(true));
});
