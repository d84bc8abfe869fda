/**
 * 左右 / 接近: the tolerance a threshold, benchmark or change target may declare, and what it allows.
 *
 * A target says `"tolerance": { "absolute": "2" }` (in the unit named by the kind: the indicator's for
 * thresholds and benchmarks, the change's for change targets), `{ "relative": "5" }` (5% of the figure it
 * is about), or `"default"` when the document says 左右 without a figure: then {@link DEFAULT_TOLERANCE}
 * applies and every report says it was assumed. The tolerance only widens the side the target is strict
 * about: 「60%左右」 on an at-least target is met from 58% up (with ±2), and 70% is still met; only an
 * `equal` target is capped on both sides (docs/DESIGN.md, "Approximately").
 */
import { z } from 'zod';
import { type Dec, plainString, toDecimal } from '../core/decimal.js';
import { inputIssue } from '../core/errors.js';
import { DecimalInputSchema } from '../core/schemas.js';
import { gapTexts } from '../core/unit-format.js';
import { convertValue, type Unit } from '../core/units.js';
import { ERROR_MESSAGES } from '../locales/index.js';
import type { LocalizedText } from '../locales/locale.js';
import type { CompileContext } from './contract.js';
import { THRESHOLD_MESSAGES } from './threshold/messages.js';

const T = THRESHOLD_MESSAGES.tolerance;
const E = ERROR_MESSAGES.expected;

/** 左右 with its figure (absolute, or relative in % of the figure it is about), or `default` when the document gives none. */
export const ToleranceSchema = z.union([
  z.literal('default'),
  z.strictObject({ absolute: DecimalInputSchema }),
  z.strictObject({ relative: DecimalInputSchema }),
]);

/** A tolerance as a rule set writes it. */
export type Tolerance = z.infer<typeof ToleranceSchema>;

/**
 * The tolerance of 左右 when the document gives no figure: ±5% of the figure it is about (60%左右 → ±3
 * percentage points, 年均增长12%左右 → ±0.6). No standard fixes one; reports flag it as assumed.
 */
export const DEFAULT_TOLERANCE = { relative: '5' } as const;

/** A checked tolerance, ready to apply to a reference figure. */
export interface ToleranceSpec {
  readonly basis: 'absolute' | 'relative';
  /** The declared figure: in `unit` when absolute, a percent when relative. */
  readonly figure: Dec;
  /** The unit an absolute figure is stated in. */
  readonly unit: Unit;
  /** True when the document gives no figure and the default applies. */
  readonly assumed: boolean;
  /** What a relative figure is a share of, for its words. */
  readonly of: 'target' | 'benchmark' | 'change';
}

/**
 * Checks a target's tolerance, reporting E_NEGATIVE_VALUE (below zero) or E_BAD_RANGE (a relative one
 * above 100%) at its JSON path; undefined without a tolerance, null when it is refused.
 */
export function compileTolerance(
  tolerance: Tolerance | undefined,
  ctx: CompileContext,
  unit: Unit,
  of: ToleranceSpec['of'],
): ToleranceSpec | undefined | null {
  if (tolerance === undefined) return undefined;
  const declared = tolerance === 'default' ? DEFAULT_TOLERANCE : tolerance;
  const basis = 'absolute' in declared ? 'absolute' : 'relative';
  const raw = 'absolute' in declared ? declared.absolute : declared.relative;
  const figure = toDecimal(raw);
  const path = `${ctx.path}.tolerance.${basis}`;
  if (figure.isNegative()) {
    ctx.issues.push(inputIssue('E_NEGATIVE_VALUE', path, E.nonNegativeNumber, raw));
    return null;
  }
  if (basis === 'relative' && figure.gt(100)) {
    ctx.issues.push(inputIssue('E_BAD_RANGE', path, E.rateAtMost100, raw));
    return null;
  }
  return { basis, figure, unit, assumed: tolerance === 'default', of };
}

/** The tolerance in `unit` around a reference figure (also in `unit`): the absolute figure converted, or the share of |reference|. */
export function toleranceAmount(spec: ToleranceSpec, reference: Dec, unit: Unit): Dec {
  if (spec.basis === 'absolute') return convertValue(spec.figure, spec.unit, unit);
  return reference.abs().times(spec.figure).div(100);
}

/** The tolerance as declared, in words: "2个百分点" or "目标值的5%". */
export function toleranceText(spec: ToleranceSpec): LocalizedText {
  return spec.basis === 'absolute' ? gapTexts(spec.figure, spec.unit) : T.share(spec.figure.toString(), spec.of);
}

/** The note saying which tolerance was applied, how much it came to and whether it was assumed. */
export function toleranceNote(spec: ToleranceSpec, amount: Dec, unit: Unit): LocalizedText {
  return T.applied(toleranceText(spec), gapTexts(amount, unit), !spec.assumed);
}

/** The structured record of the tolerance applied, for the report's `detail.tolerance`. */
export function toleranceDetail(spec: ToleranceSpec, amount: Dec, unit: Unit): Record<string, unknown> {
  return {
    basis: spec.basis,
    figure: plainString(spec.figure),
    applied: plainString(amount),
    unit: unit.gapSymbol,
    assumed: spec.assumed,
  };
}
