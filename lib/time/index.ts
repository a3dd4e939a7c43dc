// The day of a timestamp: a published date's own day and clock, a save's day in the reader's zone.
export {
  isoDay,
  localDay,
  localDayRange,
  offsetLabel,
  readerOffset,
  statedDay,
  statedTime,
  type StatedTime,
} from './day';
