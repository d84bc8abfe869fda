import { z } from 'zod';
import { clampUnit, D, type Dec, maxDec, ZERO } from '../core/decimal.js';

/** How a deduction counts a partial step: as a whole one (不足1个单位按1个单位计), or by its fraction. */
export const PartialStepSchema = z.enum(['full_step', 'pro_rata']);

/** A deduction's partial-step rule. */
export type PartialStep = z.infer<typeof PartialStepSchema>;

/**
 * What a method makes of one target, independent of how many points the target is worth (which
 * changes with weights and exclusions): a share of its points, or a number of points deducted.
 */
export type Credit =
  | { readonly kind: 'share'; readonly share: Dec }
  | { readonly kind: 'deduction'; readonly points: Dec; readonly floorAtZero: boolean };

const ONE = new D(1);

/** A share of the item's points, clipped to [0, 1]; a whole share is {@link FULL_CREDIT} itself. */
export function shareCredit(share: Dec): Credit {
  const clipped = clampUnit(share);
  // The scorer pays full credit from the points it already holds, without multiplying by 1 per region.
  if (clipped.eq(ONE)) return FULL_CREDIT;
  return { kind: 'share', share: clipped };
}

/** Points deducted from the item's points. */
export function deductionCredit(points: Dec, floorAtZero = true): Credit {
  return { kind: 'deduction', points: maxDec(points, ZERO), floorAtZero };
}

/** Full marks. */
export const FULL_CREDIT: Credit = Object.freeze({ kind: 'share', share: ONE }) as Credit;
/** Nothing. */
export const NO_CREDIT: Credit = Object.freeze({ kind: 'share', share: ZERO }) as Credit;

/**
 * The points an item earns out of `possible` under a credit. A deduction floors at zero for the
 * item (扣完为止) unless the scheme says otherwise.
 * @example earnedPoints(D(20), deductionCredit(D(1))).toString() // '19'
 */
export function earnedPoints(possible: Dec, credit: Credit): Dec {
  if (credit.kind === 'share') return possible.times(credit.share);
  const left = possible.minus(credit.points);
  return credit.floorAtZero ? maxDec(left, ZERO) : left;
}

/**
 * 达标得分: full when met, nothing otherwise.
 * @example allOrNothing(false) // NO_CREDIT
 */
export function allOrNothing(met: boolean): Credit {
  return met ? FULL_CREDIT : NO_CREDIT;
}

/**
 * Linear share between a floor goalpost (worth 0) and a full goalpost (worth 1), clipped. Works in
 * either direction: for a ceiling target (PM2.5 ≤ 29) the floor lies above the full goalpost.
 * @example proportionalShare(D(92.5), D(90), D(95)).toString() // '0.5'
 */
export function proportionalShare(value: Dec, floor: Dec, full: Dec): Dec {
  if (floor.eq(full)) return value.gte(full) === full.gte(floor) ? ONE : ZERO;
  return clampUnit(value.minus(floor).div(full.minus(floor)));
}

/**
 * {@link proportionalShare} with its goalposts fixed, for a method read in every region: the same Decimal
 * for every value. When 1 ÷ (full − floor) is an exact short decimal (0.2 → 5, 1 → 1), the 40-digit
 * division becomes a multiplication: both round the same exact number to the same 40 digits.
 * @example proportionalShareFor(D('0.8'), D(1))(D('0.9')).toString() // '0.5'
 */
export function proportionalShareFor(floor: Dec, full: Dec): (value: Dec) => Dec {
  if (floor.eq(full)) return (value) => proportionalShare(value, floor, full);
  const span = full.minus(floor);
  const inverse = exactInverse(span);
  if (inverse === null) return (value) => clampUnit(value.minus(floor).div(span));
  // A difference is already rounded to 40 digits, so times 1 would return its value unchanged.
  if (inverse.eq(ONE)) return (value) => clampUnit(value.minus(floor));
  return (value) => clampUnit(value.minus(floor).times(inverse));
}

/** 1 ÷ span when that is a decimal of fewer than 40 digits in all, so that it was not rounded; else null. */
function exactInverse(span: Dec): Dec | null {
  const inverse = ONE.div(span);
  // With fewer than 41 digits between them the product is exact, so 1 means the inverse is too.
  if (inverse.sd() + span.sd() > 40) return null;
  return inverse.times(span).eq(ONE) ? inverse : null;
}

/**
 * How many steps of size `per` a gap makes: a partial step counts as a whole one (`full_step`,
 * 不足1个单位按1个单位计) or by its fraction (`pro_rata`). A target missed with no gap at all (exactly
 * at a strict boundary, 超150 at 150) is still a partial step under `full_step`.
 * @example deductionSteps(D('0.4'), D(1), 'full_step', false).toString() // '1'
 */
export function deductionSteps(gap: Dec, per: Dec, partial: PartialStep, met: boolean): Dec {
  if (met) return ZERO;
  const steps = gap.div(per);
  if (partial === 'pro_rata') return steps;
  return steps.isZero() ? ONE : steps.ceil();
}

/**
 * 每超/每低一个单位扣若干分: the points a gap costs.
 * @example deductionPoints(D('0.4'), D(1), D('0.25'), 'pro_rata', false).toString() // '0.1'
 */
export function deductionPoints(gap: Dec, per: Dec, points: Dec, partial: PartialStep, met: boolean): Dec {
  return deductionSteps(gap, per, partial, met).times(points);
}

/**
 * The best credit among the levels observed true (写入区域规划 1 > 部门计划 0.5); 0 when none is.
 * @example levelShare([{ credit: D(1), reached: false }, { credit: D('0.5'), reached: true }]).toString() // '0.5'
 */
export function levelShare(levels: ReadonlyArray<{ readonly credit: Dec; readonly reached: boolean }>): Dec {
  return levels.filter((l) => l.reached).reduce((best, l) => maxDec(best, l.credit), ZERO);
}

/**
 * 每发生一次扣若干分: occurrences × points (每批次不合格扣4分).
 * @example perEventPoints(D(2), D(4)).toString() // '8'
 */
export function perEventPoints(count: Dec, points: Dec): Dec {
  return count.times(points);
}
