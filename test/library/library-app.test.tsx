// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryApp } from '../../components/library/LibraryApp';
import { parseHtml } from '../../node/parse-html';
import type { ExportOutput } from '../../lib/export';
import { createDigestStore } from '../../lib/storage';
import { fakePlatform } from '../popup/fake-platform';
import { agreement, makeDigest, person } from './make-digest';

const digests = [
  makeDigest({
    id: 'a',
    title: 'Đối thoại Quốc phòng An ninh Việt Nam - EU lần thứ 3',
    lead: 'Thượng tướng Hoàng Xuân Chiến đồng chủ trì đối thoại.',
    body: 'Thượng tướng Hoàng Xuân Chiến nhấn mạnh hợp tác quốc phòng.\n\nHai bên ký Thỏa thuận khung về tham gia.',
    people: [person('Hoàng Xuân Chiến', ['Thượng tướng'], 3)],
    agreements: [
      agreement('Hiệp định khung về tham gia các hoạt động quản lý khủng hoảng của EU', 'FPA', 'framework-agreement'),
    ],
    domain: 'qdnd.vn',
    siteName: 'Quân đội nhân dân',
    savedAt: '2025-03-01T10:00:00.000Z',
  }),
  makeDigest({
    id: 'b',
    title: 'EVFTA mở ra cơ hội cho nông sản',
    lead: 'Hiệp định Thương mại tự do Việt Nam - EU đã có hiệu lực.',
    agreements: [agreement('Hiệp định Thương mại tự do Việt Nam - EU', 'EVFTA', 'fta')],
    savedAt: '2025-02-01T10:00:00.000Z',
  }),
];

async function setup() {
  const p = fakePlatform({ uiLanguage: 'vi' });
  const store = createDigestStore(p.area, { lock: p.lock });
  for (const d of digests) await store.restoreDigest(d);
  const saved: ExportOutput[] = [];
  render(<LibraryApp platform={p} parseHtml={parseHtml} save={(o) => saved.push(o)} />);
  await waitFor(() => expect(screen.getAllByTestId('row-title')).toHaveLength(2));
  await waitFor(() => expect(screen.queryByText('Đang lập chỉ mục', { exact: false })).toBeNull());
  return { p, store, saved };
}

beforeEach(() => {
  history.replaceState(null, '', '/library.html');
});
afterEach(cleanup);

describe('LibraryApp', () => {
  it('lists digests newest first with site, people and agreement chips, and the storage usage', async () => {
    await setup();
    const titles = screen.getAllByTestId('row-title').map((a) => a.textContent);
    expect(titles).toEqual([digests[0]!.article.title, digests[1]!.article.title]);
    expect(screen.getByText('Hoàng Xuân Chiến', { selector: 'button' })).toBeTruthy();
    expect(screen.getByText('EVFTA', { selector: 'button' })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('usage').textContent).toMatch(/^2 bản tin/));
  });

  it('searches as you type without diacritics, marks the words and keeps the search in the URL', async () => {
    await setup();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Tìm kiếm' }), { target: { value: 'hoang xuan chien' } });
    await waitFor(() => expect(screen.getAllByTestId('row')).toHaveLength(1));
    const row = screen.getAllByTestId('row')[0]!;
    expect([...row.querySelectorAll('mark')].map((m) => m.textContent)).toContain('Hoàng Xuân Chiến');
    // Typed text reaches the URL once the typing pauses (filters and sort at once).
    await waitFor(() => expect(location.search).toBe('?q=hoang+xuan+chien'));
    fireEvent.input(screen.getByRole('searchbox', { name: 'Tìm kiếm' }), {
      target: { value: 'Thoả thuận'.normalize('NFD') },
    });
    await waitFor(() => expect(screen.getAllByTestId('row')).toHaveLength(1));
  });

  it('filters by a person from a chip', async () => {
    await setup();
    fireEvent.click(screen.getByText('Hoàng Xuân Chiến', { selector: 'button' }));
    await waitFor(() => expect(screen.getAllByTestId('row')).toHaveLength(1));
    expect(location.search).toContain('person=');
  });

  it('opens a digest, saves notes as the user types, adds a tag, and they survive a reload', async () => {
    const { p, store } = await setup();
    location.hash = '#/digest/a';
    const notes = (await screen.findByTestId('notes')) as HTMLTextAreaElement;
    fireEvent.input(notes, { target: { value: 'Theo dõi FPA' } });
    await waitFor(() => expect(screen.getByTestId('notes-status').textContent).toBe('Đã lưu'), { timeout: 3000 });
    expect((await store.getDigest('a'))!.notes).toBe('Theo dõi FPA');
    const tag = screen.getByTestId('tag-input');
    fireEvent.input(tag, { target: { value: 'quốc phòng' } });
    fireEvent.keyDown(tag, { key: 'Enter' });
    await waitFor(async () => expect((await store.getDigest('a'))!.tags).toEqual(['quốc phòng']));
    cleanup();
    location.hash = '#/digest/a';
    render(<LibraryApp platform={p} />);
    expect(((await screen.findByTestId('notes')) as HTMLTextAreaElement).value).toBe('Theo dõi FPA');
    location.hash = '';
  });

  it('the digest view puts the notes, tags and highlights first beside the text, before the entity lists', async () => {
    await setup();
    location.hash = '#/digest/a';
    const notes = await screen.findByTestId('notes');
    const side = notes.closest('.digest__side')!;
    const order = [...side.children].map((el) => el.className);
    expect(order).toEqual(['lib-notes', 'digest__entities']);
    location.hash = '';
  });

  it('keeps text selected in the article as a highlight', async () => {
    const { store } = await setup();
    location.hash = '#/digest/a';
    await screen.findByTestId('notes');
    const paragraph = [...document.querySelectorAll('[data-testid=article] p')].find((el) =>
      el.textContent?.includes('hợp tác quốc phòng'),
    )!;
    const text = paragraph.firstChild!;
    const start = text.textContent!.indexOf('hợp tác quốc phòng');
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + 'hợp tác quốc phòng'.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    fireEvent.click(screen.getByTestId('keep-selection'));
    await waitFor(() => expect(screen.getAllByTestId('highlight')).toHaveLength(1));
    // Said beside the button, where the user is looking (review1 defect 4).
    await waitFor(() =>
      expect(screen.getByTestId('keep-status').textContent).toBe('Đã giữ đoạn đánh dấu: “hợp tác quốc phòng”'),
    );
    expect(screen.getByTestId('keep-status').hidden).toBe(false);
    const h = (await store.getDigest('a'))!.highlights[0]!;
    expect(h.quote).toBe('hợp tác quốc phòng');
    expect(digests[0]!.article.bodyText.slice(h.start!, h.start! + h.quote.length)).toBe(h.quote);
    location.hash = '';
  });

  it('reverses the sort order and deletes from the digest view with undo', async () => {
    const { store } = await setup();
    fireEvent.click(screen.getByTestId('sort-dir'));
    await waitFor(() =>
      expect(screen.getAllByTestId('row-title').map((a) => a.textContent)).toEqual([
        digests[1]!.article.title,
        digests[0]!.article.title,
      ]),
    );
    expect(location.search).toBe('?dir=asc');
    location.hash = '#/digest/b';
    fireEvent.click(await screen.findByTestId('delete-digest'));
    await waitFor(() => expect(screen.getAllByTestId('row')).toHaveLength(1));
    expect(await store.getDigest('b')).toBeNull();
    fireEvent.click(within(screen.getByTestId('undo')).getByRole('button', { name: 'Hoàn tác' }));
    await waitFor(() => expect(screen.getAllByTestId('row')).toHaveLength(2));
    location.hash = '';
  });

  it('deletes the selection with undo', async () => {
    const { store } = await setup();
    fireEvent.click(screen.getByRole('checkbox', { name: `Chọn bản tin: ${digests[1]!.article.title}` }));
    fireEvent.click(screen.getByRole('button', { name: 'Xoá' }));
    await waitFor(() => expect(screen.getAllByTestId('row')).toHaveLength(1));
    expect(await store.getDigest('b')).toBeNull();
    fireEvent.click(within(screen.getByTestId('undo')).getByRole('button', { name: 'Hoàn tác' }));
    await waitFor(() => expect(screen.getAllByTestId('row')).toHaveLength(2));
    expect((await store.getDigest('b'))!.article.title).toBe(digests[1]!.article.title);
  });

  it('exports a JSON backup and refuses a foreign file on import without changing anything', async () => {
    const { saved, store } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Xuất' }));
    fireEvent.click(screen.getByLabelText('JSON: bản sao lưu đầy đủ'));
    fireEvent.click(screen.getByTestId('export-run'));
    await waitFor(() => expect(saved).toHaveLength(1)); // the export reads what the search index lacks from the store: async
    const backup = JSON.parse(saved[0]!.data as string);
    expect(backup.format).toBe('tin-gon-backup');
    expect(backup.digests.map((d: { id: string }) => d.id).sort()).toEqual(['a', 'b']);
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('tin-gon-'));

    fireEvent.click(screen.getByRole('button', { name: 'Nhập' }));
    const input = screen.getByTestId('import-file') as HTMLInputElement;
    const file = new File(['{"hello": "world"}'], 'other.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    expect((await screen.findByTestId('import-error')).textContent).toContain('not a Tin Gọn backup');
    expect((await store.listSummaries()).length).toBe(2);
  });

  it('exports the selection as BibLaTeX, and copies formatted references to the clipboard', async () => {
    const { saved } = await setup();
    fireEvent.click(screen.getByRole('checkbox', { name: `Chọn bản tin: ${digests[0]!.article.title}` }));
    fireEvent.click(screen.getByRole('button', { name: 'Xuất' }));
    fireEvent.click(screen.getByLabelText('BibLaTeX (.bib)'));
    fireEvent.click(screen.getByTestId('export-run'));
    // The export reads the digests in full from the store first.
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.filename).toMatch(/^tin-gon-\d{4}-\d{2}-\d{2}-citations\.bib$/);
    expect(saved[0]!.data).toMatch(/^@article\{phuonglinh2025doithoai-/);
    expect(saved[0]!.data).toContain('journaltitle = {Quân đội nhân dân},');

    fireEvent.click(screen.getByRole('button', { name: 'Xuất' }));
    fireEvent.click(screen.getByLabelText('Danh mục trích dẫn để dán'));
    fireEvent.change(screen.getByTestId('export-style'), { target: { value: 'chicago-note' } });
    fireEvent.click(screen.getByTestId('export-copy'));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('Đã sao chép 1 trích dẫn'));
    expect(await navigator.clipboard.readText()).toBe(
      `Phương Linh, “${digests[0]!.article.title}”, Quân đội nhân dân, ngày 1 tháng 1 năm 2025, https://qdnd.vn/a.html.\n`,
    );
  });

  it('shows people and agreements gathered across digests', async () => {
    await setup();
    location.hash = '#/people';
    expect((await screen.findAllByTestId('person')).map((li) => li.querySelector('h3')!.textContent)).toEqual([
      'Hoàng Xuân Chiến',
    ]);
    location.hash = '#/agreements';
    const items = await screen.findAllByTestId('agreement');
    expect(items.map((li) => li.querySelector('abbr')?.textContent).sort()).toEqual(['EVFTA', 'FPA']);
    location.hash = '';
  });
});

describe('LibraryController.reload', () => {
  it('catches up with writes the index was not told of: only the changed shard is read; deleted digests leave the list', async () => {
    const { LibraryController } = await import('../../components/library/library-controller');
    const p = fakePlatform({ uiLanguage: 'vi' });
    // A store that does not keep the search index (a context whose index write was lost, another tool).
    const store = createDigestStore(p.area, { lock: p.lock });
    for (const d of digests) await store.restoreDigest(d);
    const c = new LibraryController(p);
    await c.load();
    await c.reload();
    expect(c.state.result!.ids.sort()).toEqual(['a', 'b']);
    // Another tab: a note on "a", "b" deleted, a new digest saved.
    await store.updateNotes('a', 'ghi chú từ tab khác');
    await store.deleteDigest('b');
    await store.restoreDigest(makeDigest({ id: 'c', title: 'Bài mới về EVFTA' }));
    const reads: string[][] = [];
    const get = p.area.get.bind(p.area);
    p.area.get = async (keys: string[]) => {
      reads.push(keys);
      return get(keys);
    };
    await c.reload();
    expect(
      reads
        .flat()
        .filter((k) => k.startsWith('digest:'))
        .sort(),
    ).toEqual(['digest:a', 'digest:c']);
    expect(c.state.result!.ids.sort()).toEqual(['a', 'c']);
    c.setQuery({ q: 'ghi chu tu tab khac' });
    await c.reload();
    expect(c.state.result!.ids).toEqual(['a']);
    reads.length = 0;
    await c.reload();
    expect(reads.flat().filter((k) => k.startsWith('digest:'))).toEqual([]);
  });
});
