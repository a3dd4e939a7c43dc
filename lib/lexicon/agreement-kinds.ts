// The kinds of international instrument the agreement heads and the table of known agreements sort into; the
// entity model (lib/entities) reports an agreement's kind in these words.

export type AgreementKind =
  | 'treaty'
  | 'convention'
  | 'agreement'
  | 'framework-agreement'
  | 'fta'
  | 'mou'
  | 'protocol'
  | 'declaration'
  | 'code-of-conduct'
  | 'action-plan'
  | 'charter'
  | 'consensus'
  | 'other';
