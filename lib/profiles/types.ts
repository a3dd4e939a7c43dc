// A site profile says, declaratively, where one site (or one shared CMS template) puts the parts of an article,
// and it is the one home of the site's facts: its domains, its name (and the other names it goes by), and the
// layout years checked on a real saved page. Selectors are hints, tried in order; the first that matches wins.
// A profile may carry several layouts (the site's current template and older ones still served); the first
// layout whose body selector matches is used, and the extractor checks its choice against the page's prose.

export interface ProfileLayout {
  /** Label for reports ("2025", "2012 SharePoint"). */
  name: string;
  /** Headline element(s). Falls back to metadata when none matches. */
  title?: string[];
  /** Sapo / lead element(s). */
  lead?: string[];
  /** Article body container(s). Required: a layout whose body does not match is skipped. */
  body: string[];
  /** Byline element(s); their text is parsed into names. */
  author?: string[];
  /** Visible date element(s) (text, or a datetime attribute). */
  date?: string[];
  /** Boxes to remove inside the body (related stories, ads, share bars, tag lists, the byline block...). */
  remove?: string[];
  /** Prefer the visible date over the page's metadata (the metadata describes another copy of the article). */
  preferVisibleDate?: boolean;
}

export interface SiteProfile {
  id: string;
  /** Host names the profile claims (sub-domains included: "suckhoe.vnexpress.net" matches "vnexpress.net"). */
  domains: string[];
  /** The publication's name as shown to the user ("Báo Quốc tế"). */
  siteName: string;
  /** Other names it goes by in titles and bylines ("Zing News", "TGVN"): never an author, cut from titles. */
  aliases?: string[];
  /**
   * Hosts other than its own domains that the site serves its article pictures from (CDNs), as seen on its real
   * saved pages. A linked picture from any other host that leads off the site is an advertisement.
   */
  imageHosts?: string[];
  layouts: ProfileLayout[];
  /**
   * Layout name → years of the real saved pages in shared/corpus/pages this profile was checked on (a test
   * holds each entry to such a page). A layout not listed here follows documented selectors only.
   */
  verified?: Record<string, number[]>;
}
