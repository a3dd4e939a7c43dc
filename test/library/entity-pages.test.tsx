// @vitest-environment happy-dom
// The library's People, Agreements and Sides pages and the person / agreement / side filter menus: their DOM
// (headings, the line of counts and dates, other names, the options with their counts) pinned, so that the parts
// they share can have one owner without changing what a reader, a style or an end-to-end selector meets.
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryApp } from '../../components/library/LibraryApp';
import type { Side } from '../../lib/entities';
import { createDigestStore } from '../../lib/storage';
import { matchKey } from '../../lib/text';
import { parseHtml } from '../../node/parse-html';
import { fakePlatform } from '../popup/fake-platform';
import { agreement, makeDigest, person } from './make-digest';

const side = (name: string, kind: Side['kind'], acronym: string | null, aliases: string[]): Side => ({
  name,
  key: matchKey(name),
  kind,
  acronym,
  aliases,
  mentions: 2,
  spans: [],
});

const a = makeDigest({
  id: 'a',
  title: 'Đối thoại Quốc phòng Việt Nam - EU',
  people: [person('Hoàng Xuân Chiến', ['Thượng tướng', 'Thứ trưởng'], 3), person('Lê Văn A')],
  agreements: [
    agreement('Hiệp định khung về tham gia các hoạt động quản lý khủng hoảng của EU', 'FPA', 'framework-agreement'),
  ],
  savedAt: '2025-03-01T10:00:00.000Z',
});
a.entities.sides = [
  side('Liên minh châu Âu', 'organisation', 'EU', ['EU', 'Khối EU']),
  side('Hà Nội', 'place', null, []),
];
const b = makeDigest({
  id: 'b',
  title: 'EVFTA mở ra cơ hội',
  people: [person('Hoàng Xuân Chiến', ['Thượng tướng'], 1)],
  agreements: [agreement('Hiệp định Thương mại tự do Việt Nam - EU', 'EVFTA', 'fta')],
  savedAt: '2025-02-01T10:00:00.000Z',
});
b.entities.sides = [side('Liên minh châu Âu', 'organisation', 'EU', [])];

async function open(hash: string): Promise<string> {
  location.hash = hash;
  await waitFor(() => expect(document.querySelector('section.lib-page ul.lib-entities')).not.toBeNull());
  return document.querySelector('section.lib-page')!.innerHTML;
}

beforeEach(async () => {
  history.replaceState(null, '', '/library.html');
  const p = fakePlatform({ uiLanguage: 'en' });
  const store = createDigestStore(p.area, { lock: p.lock });
  for (const d of [a, b]) await store.restoreDigest(d);
  render(<LibraryApp platform={p} parseHtml={parseHtml} save={() => undefined} />);
  await waitFor(() => expect(screen.getAllByTestId('row-title')).toHaveLength(2));
  // The menus are there from the first frame, disabled until their options are read.
  await waitFor(() => expect((screen.getByTestId('filter-side') as HTMLSelectElement).disabled).toBe(false));
});
afterEach(() => {
  cleanup();
  location.hash = '';
});

describe('the entity pages and filters', () => {
  it('people: titles, organisations, the line of counts and dates', async () => {
    expect(await open('#/people')).toMatchSnapshot();
  });

  it('agreements: acronym, kind, year, counts, dates and other names', async () => {
    expect(await open('#/agreements')).toMatchSnapshot();
  });

  it('sides: acronym, kind, counts, dates and other names', async () => {
    expect(await open('#/sides')).toMatchSnapshot();
  });

  it('the person, agreement and side menus', () => {
    const menus = ['filter-person', 'filter-agreement', 'filter-side'].map((id) => screen.getByTestId(id));
    expect(menus.map((m) => m.closest('label')!.outerHTML)).toMatchSnapshot();
  });
});
