import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestNames, editDistance } from '../../src/core/suggest.js';

describe('the shared edit distance', () => {
  it('counts insertions, deletions and substitutions by hand-checked examples', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('pm25-anual-mean', 'pm25-annual-mean')).toBe(1);
    expect(editDistance('批次/千口', '批次/千人')).toBe(1);
  });

  it('counts a character outside the BMP as one, not as its two UTF-16 halves', () => {
    expect(editDistance('𠀀', 'a')).toBe(1);
    expect(editDistance('𠀀次', '次')).toBe(1);
  });

  it('is a metric: zero only on equal strings, symmetric, and no more than the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d === 0).toBe(a === b);
        expect(editDistance(b, a)).toBe(d);
        expect(d).toBeLessThanOrEqual(Math.max([...a].length, [...b].length));
      }),
    );
  });

  it('closestNames returns only names it was given, at most three', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 10 }),
        fc.array(fc.string({ maxLength: 10 }), { maxLength: 8 }),
        (n, known) => {
          const out = closestNames(n, known);
          expect(out.length).toBeLessThanOrEqual(3);
          for (const s of out) expect(known).toContain(s);
        },
      ),
    );
  });
});
