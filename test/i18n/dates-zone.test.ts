// A published date is shown as the page gave it (its day and clock in its own offset), with the zone named when
// it is not the reader's (review defect: a US article dated Sept. 25 read "Wednesday 26 September 2018, 04:28").
// A save ("already saved on …") is the reader's own time.
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatShortDate } from '../../lib/i18n';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('formatDate: the published date as the page gave it', () => {
  it('a US article stays on its own day and clock, labelled with its zone', () => {
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    expect(formatDate('2018-09-25T17:28:31-04:00', 'en')).toBe('Tuesday 25 September 2018, 17:28 (GMT\u22124)');
    expect(formatDate('2018-09-25T17:28:31-04:00', 'vi')).toBe('Thứ Ba, 25/09/2018, 17:28 (GMT\u22124)');
  });

  it('no label when the page’s zone is the reader’s', () => {
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    expect(formatDate('2025-10-22T19:25:00+07:00', 'vi')).toBe('Thứ Tư, 22/10/2025, 19:25');
    process.env.TZ = 'America/New_York';
    expect(formatDate('2018-09-25T17:28:31-04:00', 'en')).toBe('Tuesday 25 September 2018, 17:28');
  });

  it('a Vietnamese article read abroad keeps its Hà Nội time, labelled', () => {
    process.env.TZ = 'America/New_York';
    expect(formatDate('2025-10-22T23:25:00+07:00', 'en')).toBe('Wednesday 22 October 2025, 23:25 (GMT+7)');
    process.env.TZ = 'Europe/Paris';
    expect(formatDate('2025-10-22T19:25:00+07:00', 'vi')).toBe('Thứ Tư, 22/10/2025, 19:25 (GMT+7)');
  });

  it('a date without a time, or a time without an offset, is shown as written and not labelled', () => {
    process.env.TZ = 'America/New_York';
    expect(formatDate('2021-07-08', 'vi')).toBe('Thứ Năm, 08/07/2021');
    expect(formatDate('2021-07-08T09:05:00', 'en')).toBe('Thursday 8 July 2021, 09:05');
  });
});

describe('formatShortDate: a save, in the reader’s time', () => {
  it('is the reader’s own day and clock', () => {
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    expect(formatShortDate('2026-12-06T23:30:00.000Z', 'en')).toBe('07 Dec 2026, 06:30');
    process.env.TZ = 'America/New_York';
    expect(formatShortDate('2026-12-06T23:30:00.000Z', 'vi')).toBe('06/12/2026, 18:30');
  });
});
