// @vitest-environment happy-dom
// The library as a user meets it (issue 14): chosen filters shown in their menus, sides everywhere people and
// agreements are, empty pages that say so, labelled dates, plurals, keyboard routes (skip links, "/"), modal
// dialogs, focus after delete and undo, the language switch applied live, text settings, and highlights drawn
// in the article after a reload.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryApp } from '../../components/library/LibraryApp';
import type { Digest, Highlight } from '../../lib/digest';
import type { Side } from '../../lib/entities';
import { parseHtml } from '../../node/parse-html';
import { quoteSelector } from '../../lib/highlights';
import { createDigestStore } from '../../lib/storage';
import { matchKey } from '../../lib/text';
import { fakePlatform, type FakePlatform } from '../popup/fake-platform';
import { agreement, makeDigest, person } from './make-digest';

/** A side with the spans of every place `text` names it. */
function side(
  text: string,
  name: string,
  kind: Side['kind'],
  acronym: string | null = null,
  aliases: string[] = [],
): Side {
  const spans = [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length }));
  return { name, key: matchKey(name), kind, acronym, aliases, mentions: Math.max(1, spans.length), spans };
}

const BODY_A =
  'Thượng tướng Hoàng Xuân Chiến nhấn mạnh hợp tác quốc phòng với Liên minh châu Âu.\n\n' +
  'Hai bên ký Thỏa thuận khung về tham gia. Liên minh châu Âu đánh giá cao vai trò của Việt Nam.';

function digestA(): Digest {
  const d = makeDigest({
    id: 'a',
    title: 'Đối thoại Quốc phòng An ninh Việt Nam - EU lần thứ 3',
    body: BODY_A,
    people: [person('Hoàng Xuân Chiến', ['Thượng tướng'], 1)],
    agreements: [
      agreement('Hiệp định khung về tham gia các hoạt động quản lý khủng hoảng của EU', 'FPA', 'framework-agreement'),
    ],
    domain: 'qdnd.vn',
    siteName: 'Quân đội nhân dân',
    published: '2025-02-20T09:00:00+07:00',
    savedAt: '2025-03-01T10:00:00.000Z',
  });
  d.entities.sides = [side(BODY_A, 'Liên minh châu Âu', 'organisation', 'EU'), side(BODY_A, 'Việt Nam', 'country')];
  return d;
}

/** Saved before sides were recognised: no `sides` at all. */
function digestB(): Digest {
  return makeDigest({
    id: 'b',
    title: 'EVFTA mở ra cơ hội cho nông sản',
    lead: 'Hiệp định Thương mại tự do Việt Nam - EU đã có hiệu lực.',
    agreements: [agreement('Hiệp định Thương mại tự do Việt Nam - EU', 'EVFTA', 'fta')],
    published: null,
    savedAt: '2025-02-01T10:00:00.000Z',
  });
}

async function setup(digests: Digest[] = [digestA(), digestB()], uiLanguage = 'vi'): Promise<FakePlatform> {
  const p = fakePlatform({ uiLanguage });
  const store = createDigestStore(p.area, { lock: p.lock });
  for (const d of digests) await store.restoreDigest(d);
  render(<LibraryApp platform={p} parseHtml={parseHtml} save={() => undefined} />);
  if (digests.length) await waitFor(() => expect(screen.getAllByTestId('row-title')).toHaveLength(digests.length));
  await waitFor(() => expect(screen.queryByText('Đang lập chỉ mục', { exact: false })).toBeNull());
  return p;
}

const rowTitles = () => screen.getAllByTestId('row-title').map((a) => a.textContent);

beforeEach(() => history.replaceState(null, '', '/library.html'));
afterEach(() => {
  cleanup();
  location.hash = '';
});

describe('filters set from a chip', () => {
  it('the person menu shows the person chosen from a chip (the address keeps the name as written)', async () => {
    await setup();
    fireEvent.click(screen.getByText('Hoàng Xuân Chiến', { selector: 'button' }));
    await waitFor(() => expect(rowTitles()).toHaveLength(1));
    const menu = screen.getByTestId('filter-person') as HTMLSelectElement;
    expect(menu.selectedOptions[0]!.textContent).toContain('Hoàng Xuân Chiến');
    expect(new URLSearchParams(location.search).get('person')).toBe('Hoàng Xuân Chiến');
  });

  it('an agreement chip and a side chip filter the list and show in their menus', async () => {
    await setup();
    fireEvent.click(screen.getByText('EVFTA', { selector: 'button' }));
    await waitFor(() => expect(rowTitles()).toEqual([digestB().article.title]));
    expect((screen.getByTestId('filter-agreement') as HTMLSelectElement).selectedOptions[0]!.textContent).toContain(
      'EVFTA',
    );
    fireEvent.click(screen.getByTestId('clear-filters'));
    await waitFor(() => expect(rowTitles()).toHaveLength(2));
    fireEvent.click(screen.getByText('EU', { selector: 'button.lib-chip--side' }));
    await waitFor(() => expect(rowTitles()).toEqual([digestA().article.title]));
    expect(new URLSearchParams(location.search).get('side')).toBe('Liên minh châu Âu');
    expect((screen.getByTestId('filter-side') as HTMLSelectElement).selectedOptions[0]!.textContent).toContain(
      'Liên minh châu Âu',
    );
  });

  it('a side filter from the address finds the digest by an acronym, in any spelling', async () => {
    history.replaceState(null, '', '/library.html?side=eu');
    await setup([digestA(), digestB()]).catch(() => undefined);
    await waitFor(() => expect(rowTitles()).toEqual([digestA().article.title]));
  });
});

describe('cross-digest pages', () => {
  it('the Sides page lists each side with its kind and articles; a digest without sides adds nothing', async () => {
    await setup();
    location.hash = '#/sides';
    const items = await screen.findAllByTestId('side');
    expect(items.map((li) => li.querySelector('h3')!.textContent!.trim())).toEqual([
      'EU Liên minh châu Âu',
      'Việt Nam',
    ]);
    expect(items[0]!.textContent).toContain('tổ chức');
    expect(items[0]!.textContent).toContain('2 lần nhắc · 1 bài');
  });

  it('People, Agreements and Sides say so when they are empty', async () => {
    await setup([digestB()]);
    location.hash = '#/people';
    expect((await screen.findByTestId('entities-empty')).textContent).toMatch(/Chưa bản tin nào nêu tên nhân vật/);
    location.hash = '#/sides';
    await waitFor(() =>
      expect(screen.getByTestId('entities-empty').textContent).toMatch(/Chưa bản tin nào có danh sách các bên/),
    );
    location.hash = '#/agreements';
    await screen.findAllByTestId('agreement');
    expect(screen.getByRole('heading', { level: 2, name: 'Văn kiện' })).toBeTruthy();
    fireEvent.input(screen.getByRole('searchbox', { name: /Lọc danh sách/ }), { target: { value: 'không có' } });
    expect(screen.getByText('Không có mục nào khớp “không có”.')).toBeTruthy();
  });
});

describe('the list', () => {
  it('labels each date as published or saved, and shows the one it sorts by', async () => {
    await setup();
    const dates = () => screen.getAllByTestId('row-date').map((d) => `${d.dataset.field}: ${d.textContent}`);
    // Sorted by saved date (the default): saved dates, labelled.
    expect(dates()).toEqual(['saved: Lưu 01/03/2025', 'saved: Lưu 01/02/2025']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Sắp xếp' }), { target: { value: 'published' } });
    // By publication date: b has none, so its saved date is shown, and said to be that.
    await waitFor(() => expect(dates()).toEqual(['published: Đăng 20/02/2025', 'saved: Lưu 01/02/2025']));
  });

  it('counts in English with plurals: "1 digest", "2 digests", "1 digest deleted."', async () => {
    await setup(undefined, 'en-GB');
    expect(screen.getByTestId('result-count').textContent).toBe('2 digests');
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'evfta' } });
    await waitFor(() => expect(screen.getByTestId('result-count').textContent).toBe('1 digest'));
    fireEvent.click(screen.getByRole('checkbox', { name: `Select digest: ${digestB().article.title}` }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.getByTestId('undo').textContent).toContain('1 digest deleted.'));
  });

  it('after a delete, focus is on Undo; after Undo, on the restored digest', async () => {
    await setup();
    const checkbox = screen.getByRole('checkbox', { name: `Chọn bản tin: ${digestB().article.title}` });
    fireEvent.click(checkbox);
    fireEvent.click(screen.getByRole('button', { name: 'Xoá' }));
    const undo = await within(await screen.findByTestId('undo')).findByRole('button', { name: 'Hoàn tác' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await waitFor(() =>
      expect((document.activeElement as HTMLElement | null)?.textContent).toBe(digestB().article.title),
    );
    expect(document.activeElement!.closest('[data-row-id]')!.getAttribute('data-row-id')).toBe('b');
    expect(screen.getByTestId('notice').textContent).toContain('Đã khôi phục 1 bản tin.');
  });

  it('a row is three Tab stops: checkbox, title, and one for all its chips (arrow keys inside)', async () => {
    await setup();
    const row = screen.getAllByTestId('row')[0]!;
    const stops = [...row.querySelectorAll<HTMLElement>('input, a, button')].filter((el) => el.tabIndex >= 0);
    expect(stops.map((el) => el.tagName)).toEqual(['INPUT', 'A', 'BUTTON']);
    const chips = [...row.querySelectorAll<HTMLButtonElement>('.lib-chip')];
    expect(chips.length).toBeGreaterThan(2);
    chips[0]!.focus();
    fireEvent.keyDown(chips[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(chips[1]);
    fireEvent.keyDown(chips[1]!, { key: 'End' });
    expect(document.activeElement).toBe(chips.at(-1));
    expect(chips.at(-1)!.tabIndex).toBe(0);
    expect(chips[0]!.tabIndex).toBe(-1);
  });
});

describe('keyboard routes', () => {
  it('skip links move focus to the main region and to the results; "/" focuses the search', async () => {
    await setup();
    const links = [...document.querySelectorAll<HTMLAnchorElement>('.skip-link')];
    expect(links.map((a) => a.textContent)).toEqual(['Bỏ qua, đến nội dung chính', 'Bỏ qua, đến danh sách bản tin']);
    // The first thing a Tab reaches.
    expect(document.querySelector('a, button, input, select')).toBe(links[0]);
    fireEvent.click(links[1]!);
    expect(document.activeElement!.id).toBe('lib-results');
    fireEvent.click(links[0]!);
    expect(document.activeElement!.tagName).toBe('MAIN');
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement!.id).toBe('lib-q');
    // Typed in a field, "/" is just a character.
    const notes = screen.getByRole('combobox', { name: 'Sắp xếp' });
    notes.focus();
    fireEvent.keyDown(notes, { key: '/' });
    expect(document.activeElement).toBe(notes);
  });

  it('Export is a modal dialog: opened with showModal, Escape closes it, focus returns to its button', async () => {
    await setup();
    const open = screen.getByTestId('export-open');
    open.focus();
    fireEvent.click(open);
    const dialog = (await screen.findByRole('dialog', { name: 'Xuất bản tin' })) as HTMLDialogElement;
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog.open).toBe(true);
    expect(dialog.contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(open);
    fireEvent.click(screen.getByTestId('import-open'));
    expect((await screen.findByRole('dialog', { name: 'Nhập bản sao lưu JSON' })).tagName).toBe('DIALOG');
  });
});

describe('language and text settings', () => {
  it('switches language in the library at once, and follows a change made in the popup', async () => {
    const p = await setup();
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'en' } });
    await screen.findByRole('heading', { level: 1, name: 'Tin Gọn library' });
    expect(document.documentElement.lang).toBe('en');
    expect(p.prefs.language).toBe('en');
    // The popup's switch: a storage change event reaches this page.
    p.changePrefs({ language: 'vi' });
    await screen.findByRole('heading', { level: 1, name: 'Thư viện Tin Gọn' });
    expect(screen.getByTestId('result-count').textContent).toBe('2 bản tin');
  });

  it('text size, line width and typeface apply to the article and are kept in the preferences', async () => {
    const p = await setup();
    location.hash = '#/digest/a';
    const article = await screen.findByTestId('article');
    fireEvent.click(screen.getByTestId('reader-toggle'));
    fireEvent.click(screen.getByTestId('reader-larger'));
    fireEvent.click(screen.getByTestId('reader-larger'));
    fireEvent.click(screen.getByLabelText('Rộng'));
    fireEvent.click(screen.getByTestId('reader-font-sans'));
    await waitFor(() => expect(article.style.getPropertyValue('--reader-size')).toBe('1.2'));
    expect(article.style.getPropertyValue('--reader-measure')).toBe('50em');
    expect(article.classList.contains('article--sans')).toBe(true);
    expect(p.prefs).toMatchObject({ fontSize: 120, lineWidth: 'wide', articleFont: 'sans' });
  });
});

describe('the digest view', () => {
  it('puts people, agreements and sides beside the article, after it in reading order, and folds them', async () => {
    await setup();
    location.hash = '#/digest/a';
    const article = await screen.findByTestId('article');
    const people = screen.getByTestId('fold-people');
    expect(article.compareDocumentPosition(people) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByTestId('fold-sides').textContent).toContain('Liên minh châu Âu');
    // A side marks its mentions in the text.
    fireEvent.click(screen.getByRole('button', { name: /Liên minh châu Âu/ }));
    await waitFor(() =>
      expect([...article.querySelectorAll('mark.mention')].map((m) => m.textContent)).toEqual([
        'Liên minh châu Âu',
        'Liên minh châu Âu',
      ]),
    );
    // A digest saved before sides existed: no sides section, no error.
    location.hash = '#/digest/b';
    await waitFor(() => expect(screen.getByTestId('title').textContent).toBe(digestB().article.title));
    expect(screen.queryByTestId('fold-sides')).toBeNull();
  });

  it('draws kept highlights in the article with their comments after a reload, even in a refreshed text', async () => {
    const a = digestA();
    const at = BODY_A.indexOf('đánh giá cao vai trò');
    const keep: Highlight = {
      id: 'h1',
      ...quoteSelector(BODY_A, at, at + 'đánh giá cao vai trò'.length),
      comment: 'Lời khen hiếm thấy',
      createdAt: '2025-03-02T00:00:00Z',
    };
    // The article was refreshed after the highlight was made: a paragraph was added above, offsets are stale.
    const refreshed = 'Cập nhật lúc 10h: thêm thông tin.\n\n' + BODY_A;
    a.article.bodyText = refreshed;
    a.article.bodyHtml = refreshed
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('');
    const gone: Highlight = {
      id: 'h2',
      quote: 'một câu đã bị xoá khỏi bài',
      prefix: 'trước ',
      suffix: ' sau',
      start: 5,
      comment: '',
      createdAt: '2025-03-02T00:00:00Z',
    };
    a.highlights = [keep, gone];
    await setup([a]);
    location.hash = '#/digest/a';
    const article = await screen.findByTestId('article');
    await waitFor(() => expect(article.querySelector('mark.highlight')?.textContent).toBe('đánh giá cao vai trò'));
    expect(article.querySelector('.highlight-note')!.textContent).toBe('Nhận xét: Lời khen hiếm thấy');
    const items = screen.getAllByTestId('highlight');
    expect(items.map((li) => li.dataset.anchored)).toEqual(['true', 'false']);
    expect(items[1]!.textContent).toContain('Không còn tìm thấy đoạn này');
  });
});
