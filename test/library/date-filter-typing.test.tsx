// @vitest-environment happy-dom
// The date filter applies as it is typed (review defect: it applied only on Enter or blur, and an unparsable text
// left the old, invisible bound filtering while the list read just "0 digests"). Typed text that reads as a date
// applies once the typing pauses; text that does not removes that bound and says so; a list emptied by filters
// alone names them and offers to clear them. Events are the ones typing fires (input per keystroke), not change.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryApp } from '../../components/library/LibraryApp';
import { createDigestStore } from '../../lib/storage';
import { parseHtml } from '../../node/parse-html';
import { fakePlatform } from '../popup/fake-platform';
import { makeDigest } from './make-digest';

beforeEach(() => history.replaceState(null, '', '/library.html'));
afterEach(cleanup);

const digests = [
  makeDigest({ id: 'a', title: 'Bài năm 2024', savedAt: '2024-03-01T03:00:00.000Z' }),
  makeDigest({ id: 'b', title: 'Bài năm 2025', savedAt: '2025-03-01T03:00:00.000Z' }),
];

async function setup(uiLanguage: string) {
  const p = fakePlatform({ uiLanguage });
  const store = createDigestStore(p.area, { lock: p.lock });
  for (const d of digests) await store.restoreDigest(d);
  render(<LibraryApp platform={p} parseHtml={parseHtml} save={() => undefined} />);
  await waitFor(() => expect(screen.getAllByTestId('row-title')).toHaveLength(2));
}

/** Types `text` one character at a time, as a keyboard does (an input event per keystroke, no change event). */
function type(input: HTMLInputElement, text: string) {
  for (let k = 1; k <= text.length; k++) fireEvent.input(input, { target: { value: text.slice(0, k) } });
}

const count = () => screen.getByTestId('result-count').textContent;

describe('the date filter as typed', () => {
  it('applies a typed date once the typing pauses, without Enter or leaving the box', async () => {
    await setup('en');
    const to = (await screen.findByLabelText('To')) as HTMLInputElement;
    type(to, '31/12/2024');
    await waitFor(() => expect(location.search).toContain('to=2024-12-31'));
    await waitFor(() => expect(count()).toBe('1 digest'));
    expect(to.getAttribute('aria-invalid')).toBeNull();
  });

  it('an unparsable text removes that bound and says so; the list is not filtered by a date no longer shown', async () => {
    await setup('en');
    const to = (await screen.findByLabelText('To')) as HTMLInputElement;
    type(to, '01/01/2015');
    await waitFor(() => expect(location.search).toContain('to=2015-01-01'));
    await waitFor(() => expect(count()).toBe('0 digests'));
    fireEvent.input(to, { target: { value: '' } });
    type(to, '1/1/20');
    await waitFor(() => expect(to.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('alert').textContent).toContain('not filtering');
    await waitFor(() => expect(location.search).not.toContain('to='));
    await waitFor(() => expect(count()).toBe('2 digests'));
    expect(to.value).toBe('1/1/20');
  });

  it('text that is no date, alone in a date box, can be cleared with "Clear filters"', async () => {
    await setup('en');
    const from = (await screen.findByLabelText('From')) as HTMLInputElement;
    expect(screen.queryByTestId('clear-filters')).toBeNull();
    type(from, 'hôm qua');
    await waitFor(() => expect(from.getAttribute('aria-invalid')).toBe('true'));
    fireEvent.click(screen.getByTestId('clear-filters'));
    await waitFor(() => expect(from.value).toBe(''));
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() => expect(screen.queryByTestId('clear-filters')).toBeNull());
  });

  it('a list emptied by filters alone names them and clears them', async () => {
    await setup('vi');
    const from = (await screen.findByLabelText('Từ ngày')) as HTMLInputElement;
    type(from, '01/01/2030');
    const empty = await screen.findByTestId('no-results');
    expect(empty.textContent).toContain('Từ ngày 01/01/2030');
    fireEvent.click(screen.getByTestId('no-results-clear'));
    await waitFor(() => expect(screen.getAllByTestId('row-title')).toHaveLength(2));
    expect(location.search).not.toContain('from=');
    expect(from.value).toBe('');
  });
});
