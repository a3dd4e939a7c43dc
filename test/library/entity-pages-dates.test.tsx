// @vitest-environment happy-dom
// The People, Agreements and Sides pages date an entry by its articles' publication dates only: an undated
// article (no publication date) is counted apart, never dated by the day it was saved, and listed last.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { LibraryApp } from '../../components/library/LibraryApp';
import { parseHtml } from '../../node/parse-html';
import { createDigestStore } from '../../lib/storage';
import { fakePlatform } from '../popup/fake-platform';
import { agreement, makeDigest, person } from './make-digest';

beforeEach(() => history.replaceState(null, '', '/library.html'));
afterEach(cleanup);

async function showPeople(uiLanguage: string) {
  const p = fakePlatform({ uiLanguage });
  const store = createDigestStore(p.area, { lock: p.lock });
  const entities = { people: [person('Bùi Thanh Sơn', ['Bộ trưởng'])], agreements: [agreement('EVFTA', 'EVFTA')] };
  await store.restoreDigest(
    makeDigest({ id: 'dated', title: 'Bài có ngày', published: '2020-12-01T08:00:00+07:00', ...entities }),
  );
  await store.restoreDigest(
    makeDigest({
      id: 'undated',
      title: 'Bài không ngày',
      published: null,
      savedAt: '2026-12-07T03:00:00.000Z',
      ...entities,
    }),
  );
  render(<LibraryApp platform={p} parseHtml={parseHtml} save={() => undefined} />);
  await waitFor(() => expect(screen.getAllByTestId('row-title')).toHaveLength(2));
  // The pages across digests read the search index: once it covers both.
  await waitFor(() => expect(screen.queryByText(/Đang lập chỉ mục|indexing the article text/i)).toBeNull());
  location.hash = '#/people';
  return (await screen.findAllByTestId('person'))[0]!;
}

it('the range from the one published date, the undated article counted apart and listed last', async () => {
  const item = await showPeople('vi');
  const hint = item.querySelectorAll('p.lib-hint')[0]!.textContent!;
  expect(hint).toContain('2 bài · 01/12/2020 · 1 bài không rõ ngày đăng');
  expect(hint).not.toContain('2026');
  fireEvent.click(within(item).getByRole('button', { name: 'Dòng thời gian' }));
  const rows = [...item.querySelectorAll('.lib-timeline li')].map((li) => li.textContent);
  expect(rows[0]).toContain('01/12/2020');
  expect(rows[1]).toContain('không rõ ngày đăng');
  expect(rows[1]).toContain('Bài không ngày');
  // In English: "undated".
  fireEvent.change(screen.getByTestId('language'), { target: { value: 'en' } });
  await waitFor(() =>
    expect(screen.getAllByTestId('person')[0]!.textContent).toContain('2 articles · 01 Dec 2020 · 1 undated'),
  );
  expect(screen.getAllByTestId('person')[0]!.querySelector('.lib-timeline')?.textContent).toContain('undated');
});
