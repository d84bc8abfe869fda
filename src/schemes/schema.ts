import { z } from 'zod';
import { IdSchema, IndicatorSchema, NamesSchema } from '../indicators/schema.js';
import { CommitmentSchema } from '../kinds/target.js';
import { DecimalInputSchema, ScoringSchema, UnitSpellingSchema } from '../rulesets/schema.js';
import { AggregationSchema } from '../scoring/allocate.js';
import { SchemeBandSchema } from '../scoring/bands.js';
import { PartialStepSchema } from '../scoring/methods.js';
import { AdjustmentTypeSchema, TargetConditionSchema } from '../scoring/score.js';

/**
 * 达标得分，未达标不得分: the item earns its points when the target is met, nothing otherwise.
 * @example { "method": "all_or_nothing" }
 */
export const AllOrNothingMethodSchema = z.strictObject({ method: z.literal('all_or_nothing') });

/**
 * 按比例得分: linear between two goalposts, the floor worth 0 and `full` worth the item's points,
 * clipped at both ends. On `value` the goalposts are in `unit` (default: the target's own unit) and
 * the target must be a threshold or range target; on `attainment` they are attainments in [0, 1].
 * @example { "method": "proportional", "floor": 90 } // 90% earns 0, the 95% target earns full points
 */
export const ProportionalMethodSchema = z.strictObject({
  method: z.literal('proportional'),
  basis: z.enum(['value', 'attainment']).default('value'),
  /** The goalpost worth nothing. */
  floor: DecimalInputSchema,
  /** The goalpost worth full points; defaults to the target's threshold (range: its minimum), or attainment 1. */
  full: DecimalInputSchema.optional(),
  /** Unit of the goalposts (basis `value`); defaults to the target's unit. */
  unit: UnitSpellingSchema.optional(),
});

/**
 * 按差距扣分: "PM2.5每超1微克/立方米扣0.5分" is `{ per: 1, unit: "μg/m³", points: 0.5 }`. The gap is
 * counted in steps of `per`; a partial step counts as a whole step (`full_step`, 不足1个按1个计) or pro
 * rata; with `floorAtZero` (default) the item never drops below 0 (扣完为止).
 * @example { "method": "deduction", "per": 1, "unit": "%", "points": 0.25, "partial": "pro_rata" }
 */
export const DeductionMethodSchema = z.strictObject({
  method: z.literal('deduction'),
  per: DecimalInputSchema,
  /** Unit of `per`; a gap in % is counted in percentage points. Defaults to the target's unit. */
  unit: UnitSpellingSchema.optional(),
  /** Points deducted per step. */
  points: DecimalInputSchema,
  partial: PartialStepSchema,
  floorAtZero: z.boolean().default(true),
});

/** One level of partial credit, reached when its boolean indicator is observed true. */
export const LevelSchema = z.strictObject({
  id: IdSchema,
  names: NamesSchema,
  /** A boolean indicator (rule set, catalogue or the scheme's own `indicators`). */
  indicator: IdSchema,
  /** Share of the item's points in [0, 1]: 1 for full marks, 0.5 for half. */
  credit: DecimalInputSchema,
});

/**
 * 分档得分: the best level observed earns its credit (写入区域规划 1, 写入部门计划 0.5, 未写入 0).
 * When no level indicator is observed at all, the target's own verdict decides (met = full).
 * @example { "method": "levels", "levels": [{ "id": "regional-plan", "indicator": "quality-in-regional-plan", "credit": 1, "names": {…} }] }
 */
export const LevelsMethodSchema = z.strictObject({
  method: z.literal('levels'),
  levels: z.array(LevelSchema).min(1),
});

/** Where occurrences are counted: dated events of a type in the period, or a count indicator's value. */
export const CountSourceSchema = z.union([
  z.strictObject({ event: IdSchema }),
  z.strictObject({ indicator: IdSchema }),
]);

/**
 * 按次扣分: every occurrence costs `points` (each failed batch −4), 扣完为止 by default.
 * @example { "method": "per_event", "count": { "indicator": "failed-batches" }, "points": 4 }
 */
export const PerEventMethodSchema = z.strictObject({
  method: z.literal('per_event'),
  count: CountSourceSchema,
  points: DecimalInputSchema,
  floorAtZero: z.boolean().default(true),
});

/** A per-target scoring method, discriminated by `method`. */
export const MethodSchema = z.discriminatedUnion('method', [
  AllOrNothingMethodSchema,
  ProportionalMethodSchema,
  DeductionMethodSchema,
  LevelsMethodSchema,
  PerEventMethodSchema,
]);

/** A category's budget: fixed `points`, or a `weight` sharing what the fixed categories leave. */
export const SchemeCategorySchema = z.strictObject({
  id: IdSchema,
  points: DecimalInputSchema.optional(),
  weight: DecimalInputSchema.optional(),
  aggregation: AggregationSchema.optional(),
  /** Default method for this category's targets. */
  method: MethodSchema.optional(),
});

/** How a scheme weights what it does not set itself. */
export const WeightingSchema = z.enum(['rule-set', 'equal', 'by-class']);

/** Not-applicable targets: excluded from the maximum, or counted as full marks. */
export const NotApplicableSchema = z.enum(['exclude', 'full']);

/** A target's points and method. Fixed `points` need fixed points on its category too. */
export const SchemeTargetSchema = z.strictObject({
  target: IdSchema,
  points: DecimalInputSchema.optional(),
  weight: DecimalInputSchema.optional(),
  method: MethodSchema.optional(),
  notApplicable: NotApplicableSchema.optional(),
});

const adjustmentCommon = {
  id: IdSchema,
  names: NamesSchema,
  /** 加分项 or 扣分项. */
  type: AdjustmentTypeSchema,
  /** Most points this item can add or take. */
  cap: DecimalInputSchema,
};

/**
 * 加分项/扣分项 outside the weights: per dated event, per unit of an indicator (true counts once), or a
 * fixed amount when a target is met (or not met).
 * @example { "id": "national-award", "type": "bonus", "on": "event", "event": "quality-award", "points": 2, "cap": 4, "names": {…} }
 */
export const AdjustmentSchema = z.discriminatedUnion('on', [
  z.strictObject({ ...adjustmentCommon, on: z.literal('event'), event: IdSchema, points: DecimalInputSchema }),
  z.strictObject({ ...adjustmentCommon, on: z.literal('indicator'), indicator: IdSchema, points: DecimalInputSchema }),
  z.strictObject({
    ...adjustmentCommon,
    on: z.literal('target'),
    target: IdSchema,
    when: TargetConditionSchema,
    points: DecimalInputSchema,
  }),
]);

/** Comparison operators a veto tests an observed value with. */
export const VetoOperatorSchema = z.enum(['atLeast', 'moreThan', 'atMost', 'lessThan']);

const vetoCommon = {
  id: IdSchema,
  names: NamesSchema.optional(),
  /** The grade it forces; defaults to the scheme's veto grade. */
  grade: z.string().min(1).optional(),
};

/**
 * 一票否决: a failed target, any event of a type in the period, or an observed value in any
 * sub-period (`periods: "any"`: any quarter's vegetable pass rate below 90%) forces a grade.
 * @example { "id": "major-incident", "on": "indicator", "indicator": "major-quality-safety-incidents", "operator": "moreThan", "value": 0 }
 */
export const VetoSchema = z.discriminatedUnion('on', [
  z.strictObject({ ...vetoCommon, on: z.literal('target'), target: IdSchema }),
  z.strictObject({ ...vetoCommon, on: z.literal('event'), event: IdSchema }),
  z.strictObject({
    ...vetoCommon,
    on: z.literal('indicator'),
    indicator: IdSchema,
    operator: VetoOperatorSchema,
    value: DecimalInputSchema,
    unit: UnitSpellingSchema.optional(),
    /** `any`: every observation within the data's period (quarters, months, the year); `current`: the period itself. */
    periods: z.enum(['any', 'current']).default('any'),
  }),
]);

/**
 * A class of targets (结果指标, 机制与任务, 安全底线) that a practice-based scheme weights and scores
 * alike: a target belongs to the first class whose `kinds` (and `categories`, when given) it matches.
 * @example { "id": "outcome", "kinds": ["at_least", "at_most"], "weight": 2, "method": { "method": "proportional", "basis": "attainment", "floor": 0.8 }, "names": {…} }
 */
export const SchemeClassSchema = z.strictObject({
  id: IdSchema,
  names: NamesSchema,
  /** Target kinds in this class; absent: every kind (a catch-all, listed last). */
  kinds: z.array(z.string().min(1)).min(1).optional(),
  /** Only targets of these rule-set categories; any category when absent. */
  categories: z.array(IdSchema).optional(),
  /** A target's weight relative to the other classes. */
  weight: DecimalInputSchema,
  /** How its targets are scored, unless the scheme sets a target's own method. */
  method: MethodSchema.optional(),
});

/**
 * 加分项 for 力争/争创 targets: an aspirational target is left out of the budget and, when met, adds
 * `points`; all such points together add at most `cap`.
 * @example { "points": 1, "cap": 5 }
 */
export const AspirationalBonusSchema = z.strictObject({
  points: DecimalInputSchema,
  cap: DecimalInputSchema,
});

/**
 * The assessment's own pass rule: 「考核总分85分(含85分)以上，且关键项全部达标」. Passed when the score
 * out of 100 is at least `minScore` and every key item (关键项) is met; a failed key item fails it
 * whatever the score, as a veto does.
 * @example { "minScore": 85, "keyItems": ["product-sampling-pass-rate"] }
 */
export const PassRuleSchema = z.strictObject({
  /** The least score out of 100 that passes, inclusive (含). */
  minScore: DecimalInputSchema,
  /** Targets that must all be met (关键项). */
  keyItems: z.array(IdSchema).default([]),
});

/** The document a scheme's rule comes from, when it has one (a 考核办法 with its number and article). */
export const SchemeSourceSchema = z.strictObject({
  title: z.string().min(1),
  documentNumber: z.string().min(1).nullable(),
  /** The article or section the scheme applies (第五条). */
  article: z.string().min(1).optional(),
  /** Where the text was read. */
  url: z.string().min(1).optional(),
});

/** Grade bands and the grade a veto forces (default: the last band). */
export const SchemeGradesSchema = z.strictObject({
  bands: z.array(SchemeBandSchema).min(1),
  vetoGrade: z.string().min(1).optional(),
});

/**
 * An assessment scheme (考核细则/评分标准): how a rule set's targets are scored, in its own file.
 * Omitted settings (missingData, aspirational, precision, grades, weights) come from the rule set.
 * @example loadScheme(JSON.parse(fs.readFileSync('rules/schemes/national-grade-bands.json', 'utf8')))
 */
export const SchemeSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1),
  id: IdSchema,
  names: NamesSchema,
  /** The rule set this scheme scores, or null for a scheme that fits any rule set. */
  ruleSet: IdSchema.nullable(),
  /** Whether the points and weights come from a document or are assumed; defaults to the rule set's. */
  weights: ScoringSchema.shape.weights.optional(),
  weightsNote: z.string().optional(),
  /** 满分: the whole budget (100, 1100), base points included. */
  points: DecimalInputSchema.default(100),
  /** 基本分 every region gets, out of `points`. */
  basePoints: DecimalInputSchema.default(0),
  precision: z.int().min(0).max(6).optional(),
  missingData: ScoringSchema.shape.missingData.unwrap().optional(),
  aspirational: ScoringSchema.shape.aspirational.unwrap().optional(),
  /** How targets whose commitment the rule set leaves unclear count: binding (the default) or aspirational. */
  unclearCommitment: CommitmentSchema.optional(),
  /** Not-applicable targets: excluded from the maximum, or counted as full marks. */
  notApplicable: NotApplicableSchema.default('exclude'),
  /**
   * Weights of categories and targets the scheme does not set: the rule set's, all equal, or by class
   * (each target its class's weight, each category the sum of its targets' weights).
   */
  weighting: WeightingSchema.default('rule-set'),
  /** Classes of targets for `weighting: "by-class"`: each target's weight and default method. */
  classes: z.array(SchemeClassSchema).optional(),
  /** 力争/争创 targets as capped bonus points instead of weighted items. */
  aspirationalBonus: AspirationalBonusSchema.optional(),
  /** The assessment's pass rule (合格线 and 关键项), when it has one. */
  passRule: PassRuleSchema.optional(),
  /** The document the scheme's rule comes from, when one does. */
  source: SchemeSourceSchema.optional(),
  /** Score every target, or only the categories and targets listed here. */
  scope: z.enum(['all', 'listed']).default('all'),
  /** Default method for every target. */
  method: MethodSchema.default({ method: 'all_or_nothing' }),
  /** How categories combine into the score. */
  aggregation: AggregationSchema.default('weighted_sum'),
  categories: z.array(SchemeCategorySchema).default([]),
  targets: z.array(SchemeTargetSchema).default([]),
  adjustments: z.array(AdjustmentSchema).default([]),
  /** Whether bonus items can lift the total above the budget (加分后总分不超过满分) or not. */
  totalAtMostPoints: z.boolean().default(false),
  /** Caps on the total of all bonus items and of all penalty items. */
  caps: z.strictObject({ bonus: DecimalInputSchema.optional(), penalty: DecimalInputSchema.optional() }).default({}),
  vetoes: z.array(VetoSchema).default([]),
  /** Whether the rule set's own veto targets still veto. */
  ruleSetVetoes: z.boolean().default(true),
  grades: SchemeGradesSchema.optional(),
  /** Indicators only this scheme reads (level flags, event counts); data sets may then observe them. */
  indicators: z.array(IndicatorSchema).optional(),
  notes: z.array(z.string()).optional(),
});

/** A scheme as written in its JSON file (before defaults). */
export type SchemeInput = z.input<typeof SchemeSchema>;
/** A validated scheme with defaults applied. */
export type SchemeData = z.infer<typeof SchemeSchema>;
/** A validated per-target method. */
export type MethodData = z.infer<typeof MethodSchema>;
/** A validated bonus or penalty item. */
export type AdjustmentData = z.infer<typeof AdjustmentSchema>;
/** A validated veto. */
export type VetoData = z.infer<typeof VetoSchema>;
/** What a scheme does with a not-applicable target. */
export type NotApplicable = z.infer<typeof NotApplicableSchema>;
/** A validated grade band. */
export type SchemeBandData = z.infer<typeof SchemeBandSchema>;
/** A validated class of targets. */
export type SchemeClassData = z.infer<typeof SchemeClassSchema>;
/** A validated pass rule. */
export type PassRuleData = z.infer<typeof PassRuleSchema>;
/** A method name. */
export type MethodName = MethodData['method'];
