// Public entry of the digest: the record saved per article, its id and url keys, and the injected script's
// request and answer (the page side of a digest).
export { digestDocument, selectionInfo } from './digest-document';
export { digestIdFor } from './digest-id';
export { entityText } from './injected';
export type { ExtractRequest, InjectedResult, SelectionInfo } from './injected';
export { makeDigest } from './make-digest';
export { searchVersion } from './search-version';
export { addTags, cleanTags, splitTags, tagKey } from './tags';
export { accessProblemFromError, httpErrorStatus, pageAccessProblem } from './page-access';
export type { AccessProblem } from './page-access';
export { DIGEST_SCHEMA_VERSION } from './types';
export type { Digest, Highlight } from './types';
export { aliasKeysOf, siteOfUrl, urlKeyOf } from './url-keys';
export { entriesFor, keyFromStored, keysOfArticle, keysOfDigest, keysOfImported, pickMatch } from './url-match';
export type { DigestKeys, UrlEntry } from './url-match';
export { withEntities } from './with-entities';
export { BACKUP_FORMAT, BACKUP_VERSION } from './backup-format';
export type { Backup } from './backup-format';
