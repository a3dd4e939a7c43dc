// One agreement under several names: "EVFTA", "Hiệp định EVFTA" and "Hiệp định Thương mại tự do Việt Nam -
// EU" are the same accord. Records are joined when they share a name key or an acronym (union-find over
// name and acronym nodes), so A(name X) + B(name X, acronym EVFTA) + C(acronym EVFTA) become one group.
import type { Agreement } from '../entities';
import { cachedMatchKey as matchKey } from './cached-key';

/**
 * Known acronym for an agreement name, from a lexicon (helper D's table), when the record has none.
 * Optional: without it, records still merge by shared acronym or name key.
 */
export type AcronymResolver = (name: string) => string | null;

export const nameNode = (name: string): string => `n:${matchKey(name)}`;
export const acronymNode = (acronym: string): string => `a:${matchKey(acronym).replace(/[\s-]+/g, '')}`;

/** The graph nodes an agreement record touches: its name key, its key field, its acronym if any. */
export function agreementNodes(a: Pick<Agreement, 'name' | 'key' | 'acronym'>, resolve?: AcronymResolver): string[] {
  const nodes = [nameNode(a.name)];
  if (a.key && `n:${a.key}` !== nodes[0]) nodes.push(`n:${matchKey(a.key)}`);
  const acronym = a.acronym ?? resolve?.(a.name) ?? null;
  if (acronym) nodes.push(acronymNode(acronym));
  // A bare acronym written as the name ("EVFTA") is also an acronym node.
  if (/^[\p{Lu}\d/&.-]{2,12}$/u.test(a.name.trim())) nodes.push(acronymNode(a.name.trim()));
  return nodes;
}

/** Union-find over agreement nodes. `groupOf(node)` is a stable representative for the whole group. */
export class AgreementGroups {
  private parent = new Map<string, string>();

  add(a: Pick<Agreement, 'name' | 'key' | 'acronym'>, resolve?: AcronymResolver): string {
    return this.addNodes(agreementNodes(a, resolve));
  }

  /** Join nodes computed earlier by agreementNodes (one agreement record); returns the group. */
  addNodes(nodes: readonly string[]): string {
    for (const n of nodes) if (!this.parent.has(n)) this.parent.set(n, n);
    for (let i = 1; i < nodes.length; i++) this.union(nodes[0]!, nodes[i]!);
    return this.find(nodes[0]!);
  }

  has(node: string): boolean {
    return this.parent.has(node);
  }

  find(node: string): string {
    let root = node;
    while (this.parent.get(root) !== root) {
      const next = this.parent.get(root);
      if (next === undefined) return node;
      root = next;
    }
    // Path compression keeps later lookups flat.
    let cur = node;
    while (cur !== root) {
      const next = this.parent.get(cur)!;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }

  private union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // Prefer an acronym node as the root: it makes the group id readable and stable ("a:evfta").
    if (ra.startsWith('a:') && !rb.startsWith('a:')) this.parent.set(rb, ra);
    else if (rb.startsWith('a:') && !ra.startsWith('a:')) this.parent.set(ra, rb);
    else if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }

  /**
   * The group a user-facing value names: an acronym ("EVFTA"), a name, a key, or a group id itself.
   * Null when nothing in the library carries that value.
   */
  resolve(value: string): string | null {
    const v = value.trim();
    if (v === '') return null;
    if ((v.startsWith('a:') || v.startsWith('n:')) && this.parent.has(v)) return this.find(v);
    for (const node of [acronymNode(v), nameNode(v)]) if (this.parent.has(node)) return this.find(node);
    return null;
  }
}
