// Layout drift (issue 11): redesigns are the normal case. Every real corpus page and every seed fixture is
// changed the way sites change (class names renamed or hashed, the body wrapped in a new container, part of
// the article in a box with a new class or with a class the profile removes, a related box moved into the
// body, other lazy-image attributes, the sapo as an h2, and all of these at once) and must keep its body
// (F1 ≥ 0.95), leak no boilerplate, and keep its title, authors, date and pictures. One seed per change
// here (bounded); the benchmark (section 12) runs more.
import { describe, expect, it } from 'vitest';
import { DRIFT_KINDS, mutatePage, type DriftKind, type Mutated } from '../support/layout-drift';
import { checkDrift, extractPage } from '../support/drift-check';
import { vnPages, type VnPage } from '../support/vn-pages';

const SEED = 1;
const pages = vnPages();
const made = new Map<string, Mutated | null>();
/** Each page's mutated copy, made once (the tests and the count below share it). */
const mutated = (page: VnPage, kind: DriftKind) => {
  const k = `${page.name}/${kind}`;
  if (!made.has(k)) made.set(k, mutatePage(page, kind, SEED));
  return made.get(k)!;
};

for (const page of pages) {
  describe(`layout drift: ${page.name}`, () => {
    let baseline: string[] | undefined;
    const images = () => (baseline ??= extractPage(page, page.html)?.images.map((i) => i.src) ?? []);
    for (const kind of DRIFT_KINDS) {
      it(kind, () => {
        const m = mutated(page, kind);
        if (!m) return; // the change does not apply to this page (no sapo, no related box to move...)
        const outcome = checkDrift(page, m, images());
        expect(outcome.problems, m.note).toEqual([]);
      });
    }
  });
}

describe('layout drift mutations', () => {
  it('apply to most pages (the test is not vacuous)', () => {
    // The profile-class box needs a profile, the sapo a gold lead, the related box one outside the body.
    const least: Partial<Record<(typeof DRIFT_KINDS)[number], number>> = {
      'prose-box-profile': 9,
      'sapo-h2': 9,
      'related-inside': 7,
    };
    for (const kind of DRIFT_KINDS) {
      const applied = pages.filter((p) => mutated(p, kind) !== null).length;
      expect(applied, kind).toBeGreaterThanOrEqual(least[kind] ?? 12);
    }
  });
  it('are seeded: the same seed gives the same page', () => {
    const page = pages[0]!;
    expect(mutatePage(page, 'combined', 7)?.html).toBe(mutatePage(page, 'combined', 7)?.html);
  });
});
