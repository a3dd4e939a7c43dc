// fast-check generators of library operations and of the faults aimed at them (faults.test.ts, bench 60).
import fc from 'fast-check';
import type { FaultKind } from './faulty-area';
import { ARTICLES, type Op, type Step } from './fault-run';

const n = fc.integer({ min: 0, max: ARTICLES - 1 });
const text = fc.constantFrom(
  '',
  'Ghi chú',
  'Cần theo dõi EVFTA',
  'Hỏi lại Bộ Ngoại giao về hiệp định.',
  'x'.repeat(200),
);
export const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('save' as const), n, variant: fc.integer({ min: 0, max: 3 }) }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('notes' as const), n, text }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('tags' as const),
      n,
      tags: fc.array(fc.constantFrom('ASEAN', 'EU', 'quốc phòng', ' Nhật Bản '), { maxLength: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('highlight' as const),
      n,
      quote: fc.constantFrom('Hai bên nhất trí', 'tiếp tục hỗ trợ'),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), n }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restore' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('import' as const), n, notes: text }) },
);
export const stepArb: fc.Arbitrary<Step> = fc.record({
  op: opArb,
  fault: fc.option(fc.constantFrom<FaultKind>('quota', 'fail', 'crash'), { freq: 2, nil: undefined }),
  at: fc.integer({ min: 0, max: 2 }),
});
