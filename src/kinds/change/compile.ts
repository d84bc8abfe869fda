/**
 * Change targets: 「单位产值能耗较2015年下降15%」, 「合格率提升3个百分点以上」, 「计量标准增加10项」,
 * 「发明专利拥有量年均增长12%左右」.
 *
 * The verdict never divides or takes a root: each region's base figure b (the rule set's declared one,
 * else the data's figure for the base period) gives the level the current value v must reach, and v is
 * compared with it exactly, as json-rules-engine does through a fact reference:
 * - relative: v ≥ b × (1 + a/100) for an increase, v ≤ b × (1 − a/100) for a decrease;
 * - difference: v ≥ b + a, v ≤ b − a (a converted into the indicator's unit; 个百分点 on a %-rate);
 * - annual growth over n whole years: v ≥ b × (1 + g/100)ⁿ, i.e. (v/b) against (1 + g)ⁿ, v ≤ b × (1 − g/100)ⁿ.
 * `more_than` makes the comparison strict; a tolerance (左右) lowers the amount a, or g, by itself.
 * The achieved change (13.2%, 2.1个百分点, a growth rate of 10.5% a year) is worked out only for the words,
 * the attainment (achieved / required, clipped to [0, 1]) and the gap (required − achieved, ≥ 0), in the
 * change's unit: 个百分点 for relative changes and growth rates, the target's unit for a difference.
 */
import { D, type Dec, decimalString, maxDec, ONE, plainString, toDecimal, ZERO } from '../../core/decimal.js';
import { InvalidInputError, inputIssue } from '../../core/errors.js';
import { parsePeriod, periodEnd, periodStart } from '../../core/periods.js';
import { gapTexts, quantityTexts } from '../../core/unit-format.js';
import { convertValue, parseUnit, type Unit, unknownUnitExpected } from '../../core/units.js';
import type { Indicator } from '../../indicators/schema.js';
import { ERROR_MESSAGES, MESSAGES } from '../../locales/index.js';
import type { LocalizedText } from '../../locales/locale.js';
import { higherAttainment } from '../attainment.js';
import { compileCondition, type EngineLeaf } from '../conditions.js';
import type {
  CompileContext,
  EvaluationContext,
  Gathered,
  KindCompiler,
  Measurement,
  MissingItem,
  ObservedFigure,
} from '../contract.js';
import { derivedFact, missingFor, observedFigure } from '../gather.js';
import { indicatorUnit, requireIndicator, requireNumericIndicator } from '../indicator-checks.js';
import { measurementOf } from '../measurement.js';
import type { FactValue, OperatorName } from '../operators.js';
import { periodNameOf } from '../series.js';
import { compileTolerance, type ToleranceSpec, toleranceAmount, toleranceDetail, toleranceNote } from '../tolerance.js';
import { CHANGE_MESSAGES, type ChangeMeasure, type Movement } from './messages.js';
import type { ChangeTarget } from './schema.js';

const M = CHANGE_MESSAGES;
const E = ERROR_MESSAGES.expected;
const CE = M.expected;
const PERCENT = parseUnit('%') as Unit;
const POINTS = parseUnit('个百分点') as Unit;
/** Decimal places an achieved relative change or growth rate is worked out to. */
const PLACES = 10;

/** What one change target needs, fixed at compile time. */
interface ChangeSpec {
  readonly id: string;
  readonly indicator: Indicator;
  readonly indicatorUnit: Unit;
  readonly measure: ChangeMeasure;
  readonly direction: 'increase' | 'decrease';
  /** The unit the change, its gap and its tolerance are in: 个百分点 for relative changes and growth rates. */
  readonly changeUnit: Unit;
  /** The amount after any tolerance, in `changeUnit` (for relative changes and growth: in %). */
  readonly required: Dec;
  readonly strict: boolean;
  readonly basePeriod: string;
  /** The rule set's declared base figure, in the indicator's unit. */
  readonly declaredBase?: Dec;
  readonly tolerance?: { readonly spec: ToleranceSpec; readonly amount: Dec };
  /** The facts' names, `<id>:value` and `<id>:required`. */
  readonly valueFact: string;
  readonly requiredFact: string;
}

/** What gathering found for one region, handed to `measure`. */
interface ChangeState {
  readonly base: Dec;
  readonly current: Dec;
  readonly years: number;
}

/** Whether the change divides by the base (relative changes and growth rates do; a difference does not). */
function dividesByBase(measure: ChangeMeasure): boolean {
  return measure !== 'difference';
}

/** A change in `changeUnit` as a difference in the indicator's unit: 3个百分点 on a % rate is 3 (%). */
function inIndicatorUnit(spec: ChangeSpec, amount: Dec): Dec {
  if (spec.changeUnit.dimension === 'share-points')
    return amount.times(spec.changeUnit.factor).div(spec.indicatorUnit.factor);
  return convertValue(amount, spec.changeUnit, spec.indicatorUnit);
}

/** A difference in the indicator's unit as a change in `changeUnit`. */
function inChangeUnit(spec: ChangeSpec, difference: Dec): Dec {
  if (spec.changeUnit.dimension === 'share-points')
    return difference.times(spec.indicatorUnit.factor).div(spec.changeUnit.factor);
  return convertValue(difference, spec.indicatorUnit, spec.changeUnit);
}

/** The level the current value must reach (or stay within) from base b, exact: no division, no root. */
function requiredLevel(spec: ChangeSpec, base: Dec, years: number): Dec {
  const sign = spec.direction === 'increase' ? 1 : -1;
  if (spec.measure === 'difference') return base.plus(inIndicatorUnit(spec, spec.required).times(sign));
  const factor = ONE.plus(spec.required.div(100).times(sign));
  return spec.measure === 'relative' ? base.times(factor) : base.times(factor.pow(years));
}

/**
 * The change achieved from base to current, signed (positive: up), in `changeUnit`: % of the base, the
 * difference, or the compound growth rate a year ((v/b)^(1/n) − 1, for the words only).
 */
function achievedChange(spec: ChangeSpec, base: Dec, current: Dec, years: number): Dec {
  if (spec.measure === 'difference') return inChangeUnit(spec, current.minus(base));
  // Quotients and roots are cut to 10 places, as reports print them: the words need no more, the verdict never reads them.
  if (spec.measure === 'relative') return current.minus(base).div(base).times(100).toDecimalPlaces(PLACES);
  const ratio = current.div(base);
  // A value that fell to nothing lost everything: −100% a year (decimal.js would not take 0^(1/n) apart).
  if (ratio.isZero()) return new D(-100);
  return ratio.pow(new D(1).div(years)).minus(1).times(100).toDecimalPlaces(PLACES);
}

/** Whole years from the base year to the data's year, for growth rates. */
function yearsBetween(basePeriod: string, period: string): number {
  return (parsePeriod(period)?.year ?? 0) - (parsePeriod(basePeriod)?.year ?? 0);
}

/** Whether a period starts after the base period ends. */
function isAfterBase(period: string, basePeriod: string): boolean {
  const p = parsePeriod(period);
  const b = parsePeriod(basePeriod);
  return p !== undefined && b !== undefined && periodStart(p) > periodEnd(b);
}

function gatherChange(spec: ChangeSpec, ctx: EvaluationContext): Gathered {
  const { region } = ctx;
  const series = region.facts.get(spec.indicator.id);
  const entry = series?.get(region.period);
  if (entry?.notApplicable !== undefined)
    return { kind: 'not_applicable', reason: entry.notApplicable, indicator: spec.indicator.id };
  const missing: MissingItem[] = [];
  const observed: ObservedFigure[] = [];
  let base = spec.declaredBase;
  const baseEntry = base === undefined ? series?.get(spec.basePeriod) : undefined;
  if (base === undefined) {
    if (baseEntry?.value === undefined) missing.push(missingFor(spec.indicator.id, spec.basePeriod));
    else {
      base = baseEntry.value;
      observed.push(observedFigure(baseEntry, spec.indicator));
    }
  }
  if (entry?.value === undefined) missing.push(missingFor(spec.indicator.id, region.period));
  else observed.push(observedFigure(entry, spec.indicator));
  if (!isAfterBase(region.period, spec.basePeriod))
    missing.push({ indicator: spec.indicator.id, what: M.afterBase(periodNameOf(spec.basePeriod)) });
  if (missing.length > 0 || base === undefined || entry?.value === undefined)
    return { kind: 'no_data', missing, observed };
  // The declared base was checked when the rule set was loaded; a zero in the data is the data's error.
  if (dividesByBase(spec.measure) && base.isZero())
    throw new InvalidInputError([
      inputIssue('E_ZERO_DENOMINATOR', `${baseEntry?.path ?? '$'}.value`, CE.nonZeroBase, '0'),
    ]);
  const years = yearsBetween(spec.basePeriod, region.period);
  const facts = new Map<string, FactValue>();
  facts.set(spec.valueFact, entry.value);
  facts.set(spec.requiredFact, requiredLevel(spec, base, years));
  const state: ChangeState = { base, current: entry.value, years };
  return { kind: 'facts', facts, observed, state };
}

function movementOf(change: Dec): Movement {
  return change.isZero() ? 'flat' : change.isPositive() ? 'increase' : 'decrease';
}

/** The unit a change is written in, with its singular English name after one (1 percentage point, 1 item). */
function shownUnit(spec: ChangeSpec): Unit {
  return spec.measure === 'difference' ? spec.changeUnit : PERCENT;
}

function measureChange(spec: ChangeSpec, met: boolean, state: ChangeState): Measurement {
  const { base, current, years } = state;
  const change = achievedChange(spec, base, current, years);
  const towards = spec.direction === 'increase' ? change : change.neg();
  const points = spec.changeUnit.dimension === 'share-points';
  const shown = spec.indicatorUnit;
  const basePeriod = periodNameOf(spec.basePeriod);
  const observedText = M.observed(
    spec.measure,
    movementOf(change),
    points,
    quantityTexts(current, shown),
    basePeriod,
    quantityTexts(base, shown),
    quantityTexts(change.abs(), shownUnit(spec)),
    years,
  );
  const notes: LocalizedText[] = [];
  if (spec.declaredBase !== undefined) notes.push(M.declaredBase(basePeriod, quantityTexts(base, shown)));
  if (spec.tolerance) notes.push(toleranceNote(spec.tolerance.spec, spec.tolerance.amount, spec.changeUnit));
  const detail: Record<string, unknown> = {
    change: {
      measure: spec.measure,
      direction: spec.direction,
      base: {
        period: spec.basePeriod,
        value: plainString(base),
        source: spec.declaredBase === undefined ? 'data' : 'rule-set',
      },
      achieved: decimalString(change, 4),
      required: spec.required.toString(),
      unit: spec.changeUnit.gapSymbol,
      ...(spec.measure === 'annual_growth' ? { years } : {}),
    },
  };
  if (spec.tolerance) detail.tolerance = toleranceDetail(spec.tolerance.spec, spec.tolerance.amount, spec.changeUnit);
  if (met) return measurementOf({ attainment: ONE, observedText, notes, detail });
  // The verdict is exact; the achieved rate of a growth target is a rounded root, so the gap is clipped at 0.
  const gap = maxDec(ZERO, spec.required.minus(towards));
  const singular = spec.changeUnit;
  if (gap.isZero() && spec.strict) notes.push(MESSAGES.boundaryAbove(quantityTexts(spec.required, shownUnit(spec))));
  return measurementOf({
    attainment: higherAttainment(towards, spec.required),
    gap,
    gapUnit: spec.changeUnit.gapSymbol,
    observedText,
    gapText: gapTexts(gap, singular),
    notes,
    detail,
  });
}

/** The change's unit, checked against the measure and the indicator; reports E_UNKNOWN_UNIT / E_UNIT_MISMATCH. */
function changeUnitOf(target: ChangeTarget, indicator: Indicator, ctx: CompileContext): Unit | undefined {
  const own = indicatorUnit(indicator);
  const path = `${ctx.path}.unit`;
  const unit = parseUnit(target.unit);
  const wanted = target.measure !== 'difference' ? PERCENT : own.dimension === 'share' ? POINTS : own;
  if (!unit) {
    ctx.issues.push(inputIssue('E_UNKNOWN_UNIT', path, unknownUnitExpected(target.unit, wanted), target.unit));
    return undefined;
  }
  if (unit.dimension !== wanted.dimension) {
    const expected =
      target.measure !== 'difference'
        ? CE.shareUnit
        : own.dimension === 'share'
          ? CE.pointsUnit
          : ERROR_MESSAGES.expected.unitOfIndicator(indicator.unit, indicator.id);
    ctx.issues.push(inputIssue('E_UNIT_MISMATCH', path, expected, target.unit));
    return undefined;
  }
  return unit;
}

/** Checks the base: present, ending before the deadline, a year for growth rates, a declared figure usable. */
function checkBase(
  target: ChangeTarget,
  indicator: Indicator,
  ctx: CompileContext,
): { period: string; declared?: Dec } | undefined {
  const { base } = target;
  if (!base) {
    ctx.issues.push(inputIssue('E_BASE_REQUIRED', `${ctx.path}.base`, CE.baseRequired, undefined));
    return undefined;
  }
  const period = parsePeriod(base.period);
  const deadline = target.deadline ?? ctx.plan.end;
  if (!period) return undefined;
  if (periodEnd(period) >= deadline) {
    ctx.issues.push(
      inputIssue('E_BASE_AFTER_TARGET', `${ctx.path}.base.period`, CE.baseBeforeDeadline(deadline), base.period),
    );
    return undefined;
  }
  if (target.measure === 'annual_growth' && period.granularity !== 'year') {
    ctx.issues.push(inputIssue('E_BAD_PERIOD', `${ctx.path}.base.period`, CE.yearBase, base.period));
    return undefined;
  }
  if (base.value === undefined) return { period: base.period };
  if (base.unit === undefined) {
    ctx.issues.push(
      inputIssue(
        'E_UNIT_REQUIRED',
        `${ctx.path}.base.unit`,
        ERROR_MESSAGES.expected.unitSuchAs(indicator.unit),
        undefined,
      ),
    );
    return undefined;
  }
  const unit = parseUnit(base.unit);
  const own = indicatorUnit(indicator);
  if (!unit || unit.dimension !== own.dimension) {
    const code = unit ? 'E_UNIT_MISMATCH' : 'E_UNKNOWN_UNIT';
    const expected = unit ? E.unitOfIndicator(indicator.unit, indicator.id) : unknownUnitExpected(base.unit, own);
    ctx.issues.push(inputIssue(code, `${ctx.path}.base.unit`, expected, base.unit));
    return undefined;
  }
  const declared = convertValue(toDecimal(base.value), unit, own);
  if (dividesByBase(target.measure) && declared.isZero()) {
    ctx.issues.push(inputIssue('E_ZERO_DENOMINATOR', `${ctx.path}.base.value`, CE.nonZeroBase, base.value));
    return undefined;
  }
  if (declared.isNegative()) {
    ctx.issues.push(inputIssue('E_NEGATIVE_VALUE', `${ctx.path}.base.value`, E.nonNegativeNumber, base.value));
    return undefined;
  }
  return { period: base.period, declared };
}

/** Checks the amount: not below zero, and a fall of less than 100% where the change is a share of the base. */
function checkAmount(target: ChangeTarget, unit: Unit, ctx: CompileContext): Dec | undefined {
  const amount = toDecimal(target.amount);
  if (amount.isNegative()) {
    ctx.issues.push(inputIssue('E_NEGATIVE_VALUE', `${ctx.path}.amount`, E.nonNegativeNumber, target.amount));
    return undefined;
  }
  const inChange = target.measure === 'difference' ? amount : convertValue(amount, unit, PERCENT);
  if (target.measure !== 'difference' && target.direction === 'decrease' && inChange.gte(100)) {
    ctx.issues.push(inputIssue('E_BAD_RANGE', `${ctx.path}.amount`, CE.fallBelow100, target.amount));
    return undefined;
  }
  return inChange;
}

/** 较2015年下降15% / 提升3个百分点 / 增加10项 / 年均增长12%: change from a base period, judged exactly. */
export const compileChange: KindCompiler<ChangeTarget> = (target, ctx) => {
  const indicator = requireIndicator(target.indicator, ctx, 'indicator');
  if (!indicator || !requireNumericIndicator(indicator, ctx)) return undefined;
  const unit = changeUnitOf(target, indicator, ctx);
  const base = checkBase(target, indicator, ctx);
  if (!unit || !base) return undefined;
  const amount = checkAmount(target, unit, ctx);
  if (!amount) return undefined;
  const changeUnit = target.measure === 'difference' ? unit : POINTS;
  const tolerance = compileTolerance(target.tolerance, ctx, changeUnit, 'change');
  if (tolerance === null) return undefined;
  const toleranceBy = tolerance ? toleranceAmount(tolerance, amount, changeUnit) : undefined;
  const spec: ChangeSpec = {
    id: target.id,
    indicator,
    indicatorUnit: indicatorUnit(indicator),
    measure: target.measure,
    direction: target.direction,
    changeUnit,
    required: toleranceBy ? amount.minus(toleranceBy) : amount,
    strict: target.comparison === 'more_than',
    basePeriod: base.period,
    ...(base.declared !== undefined ? { declaredBase: base.declared } : {}),
    ...(tolerance && toleranceBy ? { tolerance: { spec: tolerance, amount: toleranceBy } } : {}),
    valueFact: derivedFact(target.id, 'value'),
    requiredFact: derivedFact(target.id, 'required'),
  };
  const operator: OperatorName =
    target.direction === 'increase' ? (spec.strict ? 'moreThan' : 'atLeast') : spec.strict ? 'lessThan' : 'atMost';
  const condition: EngineLeaf = { fact: spec.valueFact, operator, value: { fact: spec.requiredFact } };
  const points = target.measure === 'difference' && unit.dimension === 'share-points';
  const shown = shownUnit(spec);
  const requirement = M.requirement(
    target.measure,
    target.direction,
    points,
    MESSAGES.periodName(base.period),
    quantityTexts(toDecimal(target.amount), unit),
    tolerance ? 'about' : spec.strict ? 'more_than' : 'at_least',
    quantityTexts(spec.required, shown),
  );
  return {
    indicators: [indicator.id],
    condition,
    predicate: compileCondition(condition),
    requirement,
    unit: changeUnit,
    // Scored by the gap in the change's unit; proportional-by-value reads the indicator's own value, which is not the change, so it is refused.
    capabilities: { direction: null, gap: true, fullMarks: amount },
    gather: (c) => gatherChange(spec, c),
    measure: (_facts, met, _ctx, state) => measureChange(spec, met, state as ChangeState),
  };
};
