// The day of a timestamp (review defect: the list, the filter and the exports used different days). A published
// date is the day the page states, in its own offset; a save is the reader's own day, wherever the reader is.
import { afterEach, describe, expect, it } from 'vitest';
import { localDay, localDayRange, offsetLabel, readerOffset, statedDay, statedTime } from '../../lib/time';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('statedDay: the day a published date states', () => {
  it('keeps the page’s own day whatever its offset', () => {
    expect(statedDay('2018-09-25T21:28:31+00:00')).toBe('2018-09-25');
    expect(statedDay('2018-09-25T17:28:31-04:00')).toBe('2018-09-25');
    expect(statedDay('2025-10-22T23:59:00+07:00')).toBe('2025-10-22');
    expect(statedDay('2025-10-22T00:10:00.000Z')).toBe('2025-10-22');
    expect(statedDay('2021-07-08')).toBe('2021-07-08');
  });

  it('is null for what is not an ISO date, or a day that does not exist', () => {
    expect(statedDay(null)).toBeNull();
    expect(statedDay('')).toBeNull();
    expect(statedDay('Tue, 25 Sep 2018 21:28:31 GMT')).toBeNull();
    expect(statedDay('2023-02-29T10:00:00+07:00')).toBeNull();
    expect(statedDay('2023-02-28T25:00:00+07:00')).toBeNull();
  });

  it('reads the wall clock and the offset as written', () => {
    expect(statedTime('2018-09-25T17:28:31-04:00')).toEqual({
      year: 2018,
      month: 9,
      day: 25,
      hour: 17,
      minute: 28,
      offset: -240,
    });
    expect(statedTime('2025-10-22T19:25+0700')?.offset).toBe(420);
    expect(statedTime('2025-10-22T19:25:00Z')?.offset).toBe(0);
    expect(statedTime('2025-10-22T19:25:00')?.offset).toBeNull();
    expect(statedTime('2025-10-22')).toMatchObject({ hour: null, minute: null, offset: null });
  });
});

describe('localDay: the reader’s day of an instant', () => {
  it('a save at 06:30 in Hà Nội (23:30Z the day before) is on the Hà Nội day', () => {
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    expect(localDay('2026-12-06T23:30:00.000Z')).toBe('2026-12-07');
    expect(localDay(Date.parse('2026-12-06T23:30:00.000Z'))).toBe('2026-12-07');
    expect(readerOffset(Date.parse('2026-12-06T23:30:00.000Z'))).toBe(420);
  });

  it('the same instant is another day for a reader in Washington', () => {
    process.env.TZ = 'America/New_York';
    expect(localDay('2026-12-06T23:30:00.000Z')).toBe('2026-12-06');
    expect(readerOffset(Date.parse('2026-07-06T23:30:00.000Z'))).toBe(-240);
  });

  it('is null for an unreadable instant', () => {
    expect(localDay('')).toBeNull();
    expect(localDay('yesterday')).toBeNull();
    expect(localDay(null)).toBeNull();
  });
});

describe('localDayRange: the instants of the reader’s days, for a filter that compares numbers', () => {
  it('holds exactly the instants whose localDay is in the range, across a clock change', () => {
    for (const tz of ['Asia/Ho_Chi_Minh', 'America/New_York', 'America/Santiago', 'Asia/Kolkata']) {
      process.env.TZ = tz;
      const [first, after] = localDayRange('2026-03-08', '2026-03-09');
      // Every 15 minutes over a week around the US spring change (8 March 2026).
      for (let t = Date.parse('2026-03-05T00:00:00Z'); t < Date.parse('2026-03-12T00:00:00Z'); t += 900_000) {
        const day = localDay(t)!;
        expect([tz, t, t >= first && t < after]).toEqual([tz, t, day >= '2026-03-08' && day <= '2026-03-09']);
      }
    }
  });

  it('an open bound is open', () => {
    expect(localDayRange(null, null)).toEqual([-Infinity, Infinity]);
    expect(localDayRange('2026-01-01', null)[1]).toBe(Infinity);
  });
});

describe('offsetLabel', () => {
  it('names an offset the way pages print it, with a true minus sign', () => {
    expect(offsetLabel(420)).toBe('GMT+7');
    expect(offsetLabel(-240)).toBe('GMT\u22124');
    expect(offsetLabel(330)).toBe('GMT+5:30');
    expect(offsetLabel(0)).toBe('GMT');
  });
});
