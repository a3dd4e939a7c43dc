// Words that sit in bylines and author fields but are never a person's name, in any language the pages use:
// job titles and roles ("Staff Writer", "Senior Correspondent", "Phóng viên"), and date words ("Tuesday",
// "March", "Thứ Ba", "Chủ nhật") that a byline line shares with its date. Folded (lower case, no diacritics),
// as foldForSearch gives them. The shape of a name is checked elsewhere (lib/meta/authors.ts); these words
// only veto it.

/** Heads of job titles, roles and accounts (and publishers' words): a "name" holding one is not a person. */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'writer',
  'writers',
  'reporter',
  'reporters',
  'correspondent',
  'correspondents',
  'contributor',
  'contributors',
  'columnist',
  'columnists',
  'journalist',
  'journalists',
  'editor',
  'editors',
  'author',
  'authors',
  'staff',
  'producer',
  'producers',
  'photographer',
  'photographers',
  'photojournalist',
  'intern',
  'interns',
  'bureau',
  'desk',
  'newsroom',
  'team',
  'stringer',
  'analyst',
  'anchor',
  'presenter',
  'blogger',
  'admin',
  'administrator',
  'webmaster',
  'moderator',
  'mod',
  'seo',
  'traffic',
  'marketing',
  'guest',
  'user',
  'support',
  'content',
  // a publisher's words ("Associated Press", "Wire Service"): an organisation, not a person
  'press',
  'agency',
  'wire',
  'newswire',
  'syndicate',
  // byline verbs: "Posted", "Updated", "Published" stand where a name would
  'posted',
  'updated',
  'published',
  'written',
  'reported',
  'edited',
  'compiled',
]);

/** Date words: weekdays and months (English, with their abbreviations), relative days. */
const EN_DATE_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'today',
  'yesterday',
  'tomorrow',
  'am',
  'pm',
  'gmt',
  'utc',
]);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Vietnamese weekdays and day words, folded ("thu hai" … "thu bay", "chu nhat", "hom nay"); not "Nam" alone, a name. */
const VI_DATE = /^(?:thu (?:hai|ba|tu|nam|sau|bay|2|3|4|5|6|7)|chu nhat|hom nay|hom qua|cap nhat)$/u;

/**
 * Is a folded candidate name only date words ("march", "thu ba", "chu nhat") or does it hold a weekday
 * ("tuesday")? Months alone veto only the whole: "Theresa May" is a name, "May" alone is not taken as one.
 */
export function isDateWords(folded: string): boolean {
  const words = folded.split(' ').filter(Boolean);
  if (!words.length) return false;
  if (VI_DATE.test(folded)) return true;
  if (words.some((w) => WEEKDAYS.has(w))) return true;
  return words.every((w) => EN_DATE_WORDS.has(w));
}

/** Does a folded candidate name hold a role or job-title word ("staff writer", "senior correspondent")? */
export function hasRoleWord(folded: string): boolean {
  return folded.split(' ').some((w) => ROLE_WORDS.has(w));
}
