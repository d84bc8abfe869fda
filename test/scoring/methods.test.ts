import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import { aggregate, allocate } from '../../src/scoring/allocate.js';
import {
  bandProblems,
  bandsFromRuleSet,
  compileBand,
  type NamedScores,
  schemeBandText,
  schemeGradeFor,
} from '../../src/scoring/bands.js';
import {
  deductionCredit,
  deductionPoints,
  deductionSteps,
  earnedPoints,
  levelShare,
  perEventPoints,
  proportionalShare,
} from '../../src/scoring/methods.js';
import { moveWeight } from '../../src/scoring/what-if.js';

const d = (x: string | number) => new D(x);
const s = (x: { toString(): string }) => x.toString();

describe('deduction per unit of gap (hand-worked)', () => {
  it('a 0.4-point shortfall at 0.25 per point costs 0.25 with full steps and 0.1 pro rata', () => {
    expect(s(deductionPoints(d('0.4'), d(1), d('0.25'), 'full_step', false))).toBe('0.25');
    expect(s(deductionPoints(d('0.4'), d(1), d('0.25'), 'pro_rata', false))).toBe('0.1');
  });
  it('PM2.5 31 against 29 at 0.5 per μg/m³: 2 steps, 1 point; 29.1 is one full step or 0.05 pro rata', () => {
    expect(s(deductionPoints(d(2), d(1), d('0.5'), 'full_step', false))).toBe('1');
    expect(s(deductionPoints(d('0.1'), d(1), d('0.5'), 'full_step', false))).toBe('0.5');
    expect(s(deductionPoints(d('0.1'), d(1), d('0.5'), 'pro_rata', false))).toBe('0.05');
  });
  it('steps of 2 units: a gap of 3 is 2 full steps or 1.5 pro rata', () => {
    expect(s(deductionSteps(d(3), d(2), 'full_step', false))).toBe('2');
    expect(s(deductionSteps(d(3), d(2), 'pro_rata', false))).toBe('1.5');
  });
  it('a met target costs nothing; missed exactly at a strict boundary is one partial step in full', () => {
    expect(s(deductionSteps(d(0), d(1), 'full_step', true))).toBe('0');
    expect(s(deductionSteps(d(0), d(1), 'full_step', false))).toBe('1');
    expect(s(deductionSteps(d(0), d(1), 'pro_rata', false))).toBe('0');
  });
  it('floors the item at zero (扣完为止) unless told not to', () => {
    expect(s(earnedPoints(d(5), deductionCredit(d(8))))).toBe('0');
    expect(s(earnedPoints(d(5), deductionCredit(d(8), false)))).toBe('-3');
    expect(s(earnedPoints(d(20), deductionCredit(d(1))))).toBe('19');
  });
});

describe('proportional between two goalposts', () => {
  it('is linear between floor (0) and full (1), clipped at both ends', () => {
    expect(s(proportionalShare(d('92.5'), d(90), d(95)))).toBe('0.5');
    expect(s(proportionalShare(d(89), d(90), d(95)))).toBe('0');
    expect(s(proportionalShare(d(99), d(90), d(95)))).toBe('1');
  });
  it('works for lower-is-better: PM2.5 floor 39, target 29; 31 earns 0.8', () => {
    expect(s(proportionalShare(d(31), d(39), d(29)))).toBe('0.8');
    expect(s(proportionalShare(d(45), d(39), d(29)))).toBe('0');
    expect(s(proportionalShare(d(20), d(39), d(29)))).toBe('1');
  });
});

describe('levels and events', () => {
  it('takes the best level reached: regional plan 1, department plan 0.5, none 0', () => {
    expect(
      s(
        levelShare([
          { credit: d(1), reached: false },
          { credit: d('0.5'), reached: true },
        ]),
      ),
    ).toBe('0.5');
    expect(
      s(
        levelShare([
          { credit: d(1), reached: true },
          { credit: d('0.5'), reached: true },
        ]),
      ),
    ).toBe('1');
    expect(
      s(
        levelShare([
          { credit: d(1), reached: false },
          { credit: d('0.5'), reached: false },
        ]),
      ),
    ).toBe('0');
  });
  it('each failed batch costs 4', () => {
    expect(s(perEventPoints(d(3), d(4)))).toBe('12');
  });
});

describe('allocation and aggregation', () => {
  it('fixed children keep their points; weighted ones share the rest among those taking part', () => {
    const out = allocate(d(100), [
      { pinned: d(40), weight: d(1), participates: true },
      { pinned: null, weight: d(2), participates: true },
      { pinned: null, weight: d(1), participates: true },
      { pinned: null, weight: d(5), participates: false },
    ]);
    expect(out.map(s)).toEqual(['40', '40', '20', '0']);
  });
  it('a fixed child that does not take part drops out of the maximum', () => {
    expect(
      allocate(d(100), [
        { pinned: d(40), weight: d(1), participates: false },
        { pinned: null, weight: d(1), participates: true },
      ]).map(s),
    ).toEqual(['0', '60']);
  });
  it('the lower of two parts: each part as a share of its own points, applied to the whole', () => {
    // Part A 40/50 = 0.8, part B 25/50 = 0.5 → 100 × 0.5 = 50; the weighted sum would be 65.
    const parts = [
      { possible: d(50), earned: d(40) },
      { possible: d(50), earned: d(25) },
    ];
    expect(s(aggregate('lowest', parts))).toBe('50');
    expect(s(aggregate('weighted_sum', parts))).toBe('65');
  });
  it('moving a fixed child by +10% rescales its fixed siblings so the total stays', () => {
    const moved = moveWeight(
      [
        { pinned: d(60), weight: d(1) },
        { pinned: d(40), weight: d(1) },
      ],
      0,
      d('1.1'),
    );
    const total = moved.reduce((t, m) => t.plus(m.pinned as InstanceType<typeof D>), d(0));
    expect(s(total)).toBe('100');
    expect(moved[0]?.pinned?.gt(60)).toBe(true);
  });
});

const scores = (total100: string, base100 = total100): NamedScores => ({
  total100: d(total100),
  total: d(total100),
  base100: d(base100),
  base: d(base100),
});

describe('scheme grade bands with explicit half-open edges', () => {
  const national = ['A:90:', 'B:80:90', 'C:60:80', 'D::60'].map((x) => {
    const [grade = '', min, below] = x.split(':');
    return compileBand({ grade, ...(min ? { min } : {}), ...(below ? { below } : {}) });
  });
  it.each([
    ['100', 'A'],
    ['90', 'A'],
    ['89.99', 'B'],
    ['89.5', 'B'],
    ['80', 'B'],
    ['79.99', 'C'],
    ['60', 'C'],
    ['59.5', 'D'],
    ['59.99', 'D'],
    ['0', 'D'],
  ])('%s is %s', (score, grade) => {
    expect(schemeGradeFor(national, scores(score))?.grade).toBe(grade);
  });
  it('the national bands tile the line: no problems, and each score is in exactly one band', () => {
    expect(bandProblems(national)).toEqual([]);
    for (let i = 0; i <= 10000; i += 5) {
      const sc = scores(d(i).div(100).toString());
      expect(
        national.filter((b) =>
          b.tests.every(
            (t) => (t.min === null || sc.total100!.gte(t.min)) && (t.below === null || sc.total100!.lt(t.below)),
          ),
        ).length,
      ).toBe(1);
    }
    expect(national.map(schemeBandText)).toEqual([
      'total100 ∈ [90, +∞)',
      'total100 ∈ [80, 90)',
      'total100 ∈ [60, 80)',
      'total100 ∈ [−∞, 60)',
    ]);
  });
  it('finds gaps, overlaps, open ends and duplicate grades', () => {
    const bad = [
      compileBand({ grade: 'A', min: 90 }),
      compileBand({ grade: 'B', min: 80, below: '89.5' }),
      compileBand({ grade: 'C', min: 60, below: 85 }),
      compileBand({ grade: 'C', min: 0, below: 60 }),
    ];
    expect(bandProblems(bad).map((p) => [p.index, p.problem])).toEqual([
      [3, 'duplicate'],
      [1, 'gap'],
      [2, 'overlap'],
      [3, 'open_bottom'],
    ]);
  });
  it('tests two scores at once: 优秀 needs a total of 90 and a base score of 85; the last band catches the rest', () => {
    const bands = [
      compileBand({ grade: '优秀', min: 90, and: [{ score: 'base100', min: 85 }] }),
      compileBand({ grade: '良好', min: 80 }),
      compileBand({ grade: '合格', min: 60 }),
      compileBand({ grade: '不合格' }),
    ];
    expect(bandProblems(bands)).toEqual([]);
    expect(schemeGradeFor(bands, scores('92', '86'))?.grade).toBe('优秀');
    expect(schemeGradeFor(bands, scores('92', '84'))?.grade).toBe('良好');
    expect(schemeGradeFor(bands, scores('59.5'))?.grade).toBe('不合格');
    expect(bandProblems(bands.slice(0, 3)).map((p) => p.problem)).toEqual(['no_catch_all']);
  });
  it("reads a rule set's grades as explicit bands, the lowest taking every lower score", () => {
    const bands = bandsFromRuleSet([
      { grade: 'A', min: 90 },
      { grade: 'B', min: 80 },
      { grade: 'C', min: 60 },
      { grade: 'D', min: 0 },
    ]);
    expect(bands.map(schemeBandText)).toEqual([
      'total100 ∈ [90, +∞)',
      'total100 ∈ [80, 90)',
      'total100 ∈ [60, 80)',
      'total100 ∈ [−∞, 60)',
    ]);
    expect(bandProblems(bands)).toEqual([]);
  });
});
