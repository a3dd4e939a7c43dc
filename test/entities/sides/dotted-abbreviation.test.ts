// A side written as a dotted abbreviation keeps its last dot (an English page: "The U.S. government said ...").
import { describe, expect, it } from 'vitest';
import { extractSides } from '../../../lib/entities/sides';

describe('dotted abbreviations', () => {
  it('shows "U.S." whole, at a sentence end too', () => {
    expect(extractSides('The U.S. government said on Monday that it would act.').map((s) => s.name)).toEqual(['U.S.']);
    const sides = extractSides('Officials met in the U.S. and Canada. Trade with the U.S. grew.');
    expect(sides.find((s) => s.name === 'U.S.')?.mentions).toBe(2);
  });
});
