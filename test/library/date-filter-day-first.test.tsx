// @vitest-environment happy-dom
// The library's date filter is day-first in both languages (a browser's own date input follows the browser's
// locale, mm/dd/yyyy in an English Chromium, whatever the page's language): typed as 24/05/2025, kept in the
// query as ISO, shown back day-first; a date that does not exist is refused with a message and removes the bound.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDayFirst, formatDayFirst } from '../../components/library/dates';
import { LibraryApp } from '../../components/library/LibraryApp';
import { parseHtml } from '../../node/parse-html';
import { fakePlatform } from '../popup/fake-platform';

beforeEach(() => history.replaceState(null, '', '/library.html'));
afterEach(cleanup);

describe('day-first dates', () => {
  it('reads d/m/yyyy with /, - or . and checks the day exists', () => {
    expect(parseDayFirst('24/05/2025')).toBe('2025-05-24');
    expect(parseDayFirst(' 1-2-2024 ')).toBe('2024-02-01');
    expect(parseDayFirst('29.02.2024')).toBe('2024-02-29');
    expect(parseDayFirst('29/02/2025')).toBeNull();
    expect(parseDayFirst('31/04/2025')).toBeNull();
    expect(parseDayFirst('05/24/2025')).toBeNull();
    expect(parseDayFirst('24/05')).toBeNull(); // no year: never guessed
    expect(parseDayFirst('2025-05-24')).toBeNull();
    expect(formatDayFirst('2025-05-24')).toBe('24/05/2025');
  });

  it('the filter takes a day-first date, keeps ISO in the address, and refuses a date that does not exist', async () => {
    const p = fakePlatform({ uiLanguage: 'vi' });
    render(<LibraryApp platform={p} parseHtml={parseHtml} save={() => undefined} />);
    const from = (await screen.findByLabelText('Từ ngày')) as HTMLInputElement;
    expect(from.type).toBe('text');
    expect(from.placeholder).toBe('nn/tt/nnnn');
    fireEvent.change(from, { target: { value: '24/05/2025' } });
    await waitFor(() => expect(location.search).toContain('from=2025-05-24'));
    expect(from.value).toBe('24/05/2025');
    // A date that does not exist removes the bound (before, the old one kept filtering, unseen) and says so.
    fireEvent.change(from, { target: { value: '31/02/2025' } });
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByText('Ngày không hợp lệ, không dùng để lọc: nhập theo dạng ngày/tháng/năm, ví dụ 24/05/2025.'),
    ).toBeTruthy();
    await waitFor(() => expect(location.search).not.toContain('from='));
    expect(from.value).toBe('31/02/2025');
    fireEvent.change(from, { target: { value: '24/05/2025' } });
    await waitFor(() => expect(location.search).toContain('from=2025-05-24'));
    expect(from.getAttribute('aria-invalid')).toBeNull();
    fireEvent.change(from, { target: { value: '' } });
    await waitFor(() => expect(location.search).not.toContain('from='));
    expect(from.getAttribute('aria-invalid')).toBeNull();
  });
});
