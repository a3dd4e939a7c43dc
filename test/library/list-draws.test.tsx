// @vitest-environment happy-dom
// A keystroke's work in the list: the list is drawn once, when the answer comes (not also when the box's text
// changes), and a row is drawn again only when what it shows changed (a hit's score alone does not count).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { options, type VNode } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { drawn } from '../../components/library/DigestList';
import { LibraryApp } from '../../components/library/LibraryApp';
import { parseHtml } from '../../node/parse-html';
import type { SearchHit } from '../../lib/search';
import { createDigestStore } from '../../lib/storage';
import { fakePlatform } from '../popup/fake-platform';
import { makeDigest } from './make-digest';

const digests = [
  makeDigest({ id: 'a', title: 'Thủ tướng tiếp Đại sứ Pháp', savedAt: '2025-03-01T10:00:00.000Z' }),
  makeDigest({ id: 'b', title: 'Thượng tướng thăm Hà Nội', savedAt: '2025-03-02T10:00:00.000Z' }),
];

/** Counts the renders of components by name (Preact's `diffed` hook sees every rendered vnode). */
function countRenders(names: string[]) {
  const counts = new Map<string, number>(names.map((n) => [n, 0]));
  const previous = options.diffed;
  options.diffed = (vnode: VNode) => {
    const type = vnode.type as { name?: string } | string;
    const name = typeof type === 'function' ? (type as { name: string }).name : null;
    if (name && counts.has(name)) counts.set(name, counts.get(name)! + 1);
    previous?.(vnode);
  };
  return { counts, stop: () => (options.diffed = previous) };
}

beforeEach(() => history.replaceState(null, '', '/library.html'));
afterEach(cleanup);

describe('what a keystroke draws in the list', () => {
  it('draws the list once per answer, not again for the text typed', async () => {
    const p = fakePlatform({ uiLanguage: 'vi' });
    const store = createDigestStore(p.area, { lock: p.lock });
    for (const d of digests) await store.restoreDigest(d);
    render(<LibraryApp platform={p} parseHtml={parseHtml} save={() => undefined} />);
    await waitFor(() => expect(screen.getAllByTestId('row-title')).toHaveLength(2));
    await waitFor(() => expect(document.querySelector('[data-search=ready]')).toBeTruthy());
    // Opening is over (the filter menus read): what follows is the typing's work alone.
    await waitFor(() => expect((screen.getByTestId('filter-person') as HTMLSelectElement).disabled).toBe(false));
    await waitFor(() => expect(screen.getByTestId('usage').textContent).not.toBe(''));
    const box = screen.getByRole('searchbox', { name: 'Tìm kiếm' });
    const list = () => document.querySelector('.lib-list')!;
    const { counts, stop } = countRenders(['ListBody', 'SearchFilters']);
    try {
      for (const text of ['t', 'th', 'thu', 'thu t']) {
        fireEvent.input(box, { target: { value: text } });
        await waitFor(() => expect(list().getAttribute('data-answers')).toBe(text));
      }
    } finally {
      stop();
    }
    // The box is drawn for each keystroke's text; the list once per answer (it was twice: text, then answer).
    expect(counts.get('SearchFilters')).toBeGreaterThanOrEqual(4);
    expect(counts.get('ListBody')).toBe(4);
    expect(screen.getAllByTestId('row')).toHaveLength(1);
  });

  it("a row's drawn text leaves out the hit's score and fields", () => {
    const hit = (score: number, fields: SearchHit['fields'], from: number): SearchHit => ({
      id: 'a',
      row: {
        title: 'Thủ tướng',
        siteName: 'VnExpress',
        published: null,
        savedAt: '2025-03-01T10:00:00.000Z',
        lead: '',
        people: [],
        agreements: [],
        sides: [],
        hasNotes: false,
        highlightCount: 0,
      },
      score,
      fields,
      match: 'phrase',
      titleRanges: [{ start: from, end: 9 }],
      leadRanges: [],
      snippet: null,
    });
    const row = (h: SearchHit) => ({ id: h.id, ...h.row, hit: h });
    expect(drawn(row(hit(10, ['title'], 0)))).toBe(drawn(row(hit(1040, ['title', 'body'], 0))));
    expect(drawn(row(hit(10, ['title'], 0)))).not.toBe(drawn(row(hit(10, ['title'], 4))));
  });
});
