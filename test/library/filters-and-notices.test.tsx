// @vitest-environment happy-dom
// Review defects of the list's filters and the page's notices: a row under a date filter shows the date it is
// filtered by (the saved date alone left the reader unable to see why a row matched a published-date filter);
// "clear filters" empties a date box holding text that is no date, and its message; a notice (an export's) belongs
// to the page it was given on and does not follow the reader to a digest.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryApp } from '../../components/library/LibraryApp';
import { createDigestStore } from '../../lib/storage';
import { parseHtml } from '../../node/parse-html';
import { fakePlatform } from '../popup/fake-platform';
import { makeDigest, person } from './make-digest';

beforeEach(() => history.replaceState(null, '', '/library.html'));
afterEach(() => {
  cleanup();
  location.hash = '';
});

const digests = [
  makeDigest({
    id: 'a',
    title: 'Bài đăng năm 2024, lưu năm 2025',
    people: [person('Hoàng Xuân Chiến', ['Thượng tướng'], 1)],
    published: '2024-11-20T09:00:00+07:00',
    savedAt: '2025-03-01T03:00:00.000Z',
  }),
  makeDigest({
    id: 'b',
    title: 'Bài đăng và lưu năm 2025',
    published: '2025-02-20T09:00:00+07:00',
    savedAt: '2025-02-21T03:00:00.000Z',
  }),
];

async function setup() {
  const p = fakePlatform({ uiLanguage: 'en' });
  const store = createDigestStore(p.area, { lock: p.lock });
  for (const d of digests) await store.restoreDigest(d);
  render(<LibraryApp platform={p} parseHtml={parseHtml} save={() => undefined} />);
  await waitFor(() => expect(screen.getAllByTestId('row-title')).toHaveLength(2));
  await waitFor(() => expect((screen.getByTestId('filter-person') as HTMLSelectElement).disabled).toBe(false));
}

/** Types `text` one character at a time, as a keyboard does (an input event per keystroke, no change event). */
function type(input: HTMLInputElement, text: string) {
  for (let k = 1; k <= text.length; k++) fireEvent.input(input, { target: { value: text.slice(0, k) } });
}

/** Each row's dates, "field: text", in the order the row shows them. */
const rowDates = () =>
  screen
    .getAllByTestId('row')
    .map((row) =>
      [...row.querySelectorAll<HTMLElement>('[data-testid=row-date]')]
        .map((d) => `${d.dataset.field}: ${d.textContent}`)
        .join(' | '),
    );

describe('a row under a date filter', () => {
  it('shows the published date a published-date filter matched, then the saved date the list is sorted by', async () => {
    await setup();
    expect(rowDates()).toEqual(['saved: Saved 01 Mar 2025', 'saved: Saved 21 Feb 2025']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Date' }), { target: { value: 'published' } });
    type((await screen.findByLabelText('From')) as HTMLInputElement, '01/01/2025');
    await waitFor(() => expect(screen.getAllByTestId('row')).toHaveLength(1));
    expect(rowDates()).toEqual(['published: Published 20 Feb 2025 | saved: Saved 21 Feb 2025']);
  });

  it('shows one date when the filter and the sort read the same one', async () => {
    await setup();
    type((await screen.findByLabelText('From')) as HTMLInputElement, '01/03/2025');
    await waitFor(() => expect(screen.getAllByTestId('row')).toHaveLength(1));
    expect(rowDates()).toEqual(['saved: Saved 01 Mar 2025']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort' }), { target: { value: 'site' } });
    await waitFor(() => expect(rowDates()).toEqual(['saved: Saved 01 Mar 2025']));
  });
});

describe('clear filters', () => {
  it('empties a date box holding text that is no date, and removes its message', async () => {
    await setup();
    fireEvent.change(screen.getByTestId('filter-person'), { target: { value: 'hoàng xuân chiến' } });
    await waitFor(() => expect(screen.getAllByTestId('row')).toHaveLength(1));
    const from = (await screen.findByLabelText('From')) as HTMLInputElement;
    type(from, '1/1/20');
    await waitFor(() => expect(from.getAttribute('aria-invalid')).toBe('true'));
    const message = screen.getByRole('alert');
    expect(message.textContent).toContain('From');
    expect(from.getAttribute('aria-describedby')).toBe(message.id);
    fireEvent.click(screen.getByTestId('clear-filters'));
    await waitFor(() => expect(screen.getAllByTestId('row')).toHaveLength(2));
    expect(from.value).toBe('');
    expect(from.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('the empty list\'s "clear filters" does the same', async () => {
    await setup();
    const [from, to] = ['From', 'To'].map((l) => screen.getByLabelText(l) as HTMLInputElement) as [
      HTMLInputElement,
      HTMLInputElement,
    ];
    type(from, '01/01/2030');
    await screen.findByTestId('no-results');
    type(to, '31/31/2030');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('To'));
    fireEvent.click(screen.getByTestId('no-results-clear'));
    await waitFor(() => expect(screen.getAllByTestId('row')).toHaveLength(2));
    expect([from.value, to.value]).toEqual(['', '']);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('notices', () => {
  it("an export's notice stays on the list it was given on and closes when a digest is opened", async () => {
    await setup();
    fireEvent.click(screen.getByTestId('export-open'));
    fireEvent.click(await screen.findByTestId('export-run'));
    const notice = await screen.findByTestId('notice');
    expect(notice.textContent).toMatch(/^Exported/);
    // Filtering stays on the list: the notice stays.
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'lưu' } });
    await waitFor(() => expect(document.querySelector('.lib-list')!.getAttribute('data-answers')).toBe('lưu'));
    expect(screen.getByTestId('notice')).toBe(notice);
    location.hash = '#/digest/a';
    await screen.findByTestId('delete-digest');
    await waitFor(() => expect(screen.queryByTestId('notice')).toBeNull());
  });
});
