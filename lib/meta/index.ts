// Public entry of article metadata: titles, bylines, Vietnamese dates, canonical URLs, JSON-LD, language, outlet names.
export { isBylineText, mergeAuthors, parseByline } from './authors';
export { canonicalUrlKey, findCanonicalUrl, siteDomain, stripTracking } from './canonical-url';
export { localOffset, parseIsoLike, parseVietnameseDate, settleZone, VIETNAM_OFFSET, yearFromUrl } from './dates';
export { registrableDomain, siteOfHost } from './registrable-domain';
export type { ParsedDate } from './dates';
export { isDateOnlyLine, isMonthFirstLanguage, pageRegion, parseForeignDate } from './foreign-dates';
export { jsonLdTypes, readJsonLdArticle } from './jsonld';
export type { JsonLdArticle } from './jsonld';
export { detectLanguage, looksVietnamese } from './language';
export { isAgencyName, isOutletName, siteNameFor } from './site-names';
export { datelineAgency } from './source';
export { chooseTitle, stripSiteSuffix } from './title';
export { parseCredit, withoutPublisher } from './authors';
export { PUBLICATIONS } from './publications';
export { MAX_TITLE_CHARS, cleanTitle } from './title';
export { agreedTitle } from './title-vote';
export type { TitleSignals } from './title-vote';
export { dateFromUrl } from './url-date';
