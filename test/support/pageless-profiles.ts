// Site profiles with no real saved page of their site anywhere (shared corpus, seeds, test fixtures): followed
// from documented selectors only (a page written by hand would prove nothing about the site). One list for the
// tests that check it (site facts, profile fixtures); an entry goes when a real saved page of the site is added,
// and a new profile must come with a page or be added here on purpose.
export const PAGELESS_PROFILES: readonly string[] = [
  'baochinhphu',
  'baomoi',
  'cafef',
  'cand',
  'hanoimoi',
  'kenh14',
  'laodong',
  'mofa',
  'nhandan',
  'nld',
  'soha',
  'tienphong',
  'vietnamnet',
  'vietnamplus',
  'vov',
  'vtv',
];
