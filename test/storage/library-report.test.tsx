// @vitest-environment happy-dom
// The library opens on damaged storage: it lists what it can read, says what it could not read (kept, not
// deleted), and that it rebuilt the index; the damaged records stay in storage untouched.
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryApp } from '../../components/library/LibraryApp';
import { parseHtml } from '../../node/parse-html';
import { createDigestStore, DIRECTORY_KEY, META_KEY, RECORD_PREFIX } from '../../lib/storage/digest-store';
import { storedLayout } from '../support/stored-layout';
import { fakePlatform } from '../popup/fake-platform';
import { makeArticle, makeEntities } from './fixtures';

async function library(uiLanguage: string) {
  const p = fakePlatform({ uiLanguage });
  const store = createDigestStore(p.area, { lock: p.lock });
  const ids = [];
  for (let n = 1; n <= 3; n++) {
    const a = makeArticle(n);
    ids.push((await store.saveDigest(a, makeEntities(a), 'page')).digest.id);
  }
  return { p, ids };
}

beforeEach(() => history.replaceState(null, '', '/library.html'));
afterEach(cleanup);

describe('library on damaged storage', () => {
  it('lists the readable digests, reports the unreadable and newer ones, rebuilt the index, deletes nothing (vi)', async () => {
    const { p, ids } = await library('vi');
    const good = JSON.parse(p.area.data.get(RECORD_PREFIX + ids[0])!);
    p.area.data.set(RECORD_PREFIX + 'hong', JSON.stringify(JSON.stringify(good).slice(0, 500))); // cut short
    p.area.data.set(RECORD_PREFIX + 'moi', JSON.stringify({ ...good, id: 'moi', urlKey: 'x/y', schemaVersion: 3 }));
    p.area.data.delete(DIRECTORY_KEY);
    const before = new Map(p.area.data);
    render(<LibraryApp platform={p} parseHtml={parseHtml} save={() => undefined} />);
    await waitFor(() => expect(screen.getAllByTestId('row-title')).toHaveLength(3));
    const banner = await screen.findByTestId('storage-report');
    expect(banner.textContent).toContain('1 bản tin không đọc được');
    expect(banner.textContent).toContain('không bị xoá');
    expect(banner.textContent).toContain('1 bản tin được lưu bởi phiên bản mới hơn');
    expect(banner.textContent).toContain('dựng lại');
    expect(within(banner).getByText(RECORD_PREFIX + 'hong', { exact: false })).toBeTruthy();
    for (const k of [RECORD_PREFIX + 'hong', RECORD_PREFIX + 'moi']) expect(p.area.data.get(k)).toBe(before.get(k));
    expect(storedLayout(p.area.data)!.summaries).toHaveLength(3);
  });

  it('a corrupt meta and a lost index are reported in English; the library still works', async () => {
    const { p } = await library('en');
    p.area.data.set(META_KEY, JSON.stringify('garbage'));
    p.area.data.set(DIRECTORY_KEY, JSON.stringify({ version: 2, shards: 'nope' }));
    render(<LibraryApp platform={p} parseHtml={parseHtml} save={() => undefined} />);
    await waitFor(() => expect(screen.getAllByTestId('row-title')).toHaveLength(3));
    const banner = await screen.findByTestId('storage-report');
    expect(banner.textContent).toContain('rebuilt');
    expect(banner.textContent).not.toContain('could not be read');
  });

  it('healthy storage: no banner', async () => {
    const { p } = await library('vi');
    render(<LibraryApp platform={p} parseHtml={parseHtml} save={() => undefined} />);
    await waitFor(() => expect(screen.getAllByTestId('row-title')).toHaveLength(3));
    await waitFor(() => expect(screen.queryByText('Đang lập chỉ mục', { exact: false })).toBeNull());
    expect(screen.queryByTestId('storage-report')).toBeNull();
  });
});

describe('library: two windows on one note', () => {
  it('the second window to save merges instead of overwriting, and is told', async () => {
    const { LibraryController } = await import('../../components/library/library-controller');
    const { p, ids } = await library('vi');
    const w1 = new LibraryController(p);
    const w2 = new LibraryController(p);
    const r1 = await w1.saveNotes(ids[0]!, 'Cửa sổ 1: hỏi Vụ Châu Âu.', '');
    const r2 = await w2.saveNotes(ids[0]!, 'Cửa sổ 2: gọi Đại sứ quán.', ''); // w2 loaded the note before w1 saved
    expect(r1.merged).toBe(false);
    expect(r2.merged).toBe(true);
    expect(r2.notes).toContain('Cửa sổ 1: hỏi Vụ Châu Âu.');
    expect(r2.notes).toContain('Cửa sổ 2: gọi Đại sứ quán.');
    expect((await w1.store.getDigest(ids[0]!))!.notes).toBe(r2.notes);
  });
});
