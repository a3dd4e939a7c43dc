// @vitest-environment happy-dom
// The library list shows what the search found: phrase matches, and scattered-word matches said to be so.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryApp } from '../../components/library/LibraryApp';
import { parseHtml } from '../../node/parse-html';
import { createDigestStore } from '../../lib/storage';
import { fakePlatform } from '../popup/fake-platform';
import { makeDigest } from './make-digest';

const digests = [
  makeDigest({ id: 'pm', title: 'Thủ tướng tiếp Đại sứ Pháp', savedAt: '2025-03-01T10:00:00.000Z' }),
  makeDigest({
    id: 'apart',
    title: 'Thượng tướng thăm đơn vị',
    body: 'Đội bóng có thủ môn mới.',
    savedAt: '2025-03-02T10:00:00.000Z',
  }),
];

async function setup() {
  const p = fakePlatform({ uiLanguage: 'vi' });
  const store = createDigestStore(p.area, { lock: p.lock });
  for (const d of digests) await store.restoreDigest(d);
  render(<LibraryApp platform={p} parseHtml={parseHtml} save={() => undefined} />);
  await waitFor(() => expect(screen.getAllByTestId('row-title')).toHaveLength(2));
  await waitFor(() => expect(screen.queryByText('Đang lập chỉ mục', { exact: false })).toBeNull());
}

beforeEach(() => {
  history.replaceState(null, '', '/library.html');
});
afterEach(cleanup);

describe('search results in the list', () => {
  it('lists only the digest with the phrase, marked as a phrase', async () => {
    await setup();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Tìm kiếm' }), { target: { value: 'thu tuong' } });
    await waitFor(() => expect(screen.getAllByTestId('row')).toHaveLength(1));
    const row = screen.getAllByTestId('row')[0]!;
    expect([...row.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Thủ tướng']);
    expect(screen.queryByTestId('scattered-notice')).toBeNull();
    expect(screen.queryByTestId('scattered')).toBeNull();
  });

  it('says when the words are only found apart, on the list and on each row', async () => {
    await setup();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Tìm kiếm' }), { target: { value: 'tuong thu ' } });
    await waitFor(() => expect(screen.getByTestId('scattered-notice')).toBeTruthy());
    expect(screen.getAllByTestId('row')).toHaveLength(2);
    expect(screen.getAllByTestId('scattered')).toHaveLength(2);
  });

  it('explains the search syntax to assistive technology', async () => {
    await setup();
    const box = screen.getByRole('searchbox', { name: 'Tìm kiếm' });
    expect(document.getElementById(box.getAttribute('aria-describedby')!)?.textContent).toMatch(/person:/);
  });
});
