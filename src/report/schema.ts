import { z } from 'zod';
import { StatusSchema } from '../evaluation/outcome.js';
import { SettledReasonSchema } from '../kinds/settled.js';
import { CommitmentSchema, OpenDeadlineSchema } from '../kinds/target.js';
import { LocalizedTextSchema as Localized } from '../locales/locale.js';
import { MissingItemSchema, ObservedFigureSchema, RegionSchema } from '../observations/schema.js';
import { AspirationalSchema, MissingDataSchema, RuleSetLocaleSchema, WeightsSourceSchema } from '../rulesets/schema.js';
import { NotApplicableSchema } from '../schemes/schema.js';
import { AggregationSchema } from '../scoring/allocate.js';
import { type ScoreName, ScoreNameSchema } from '../scoring/bands.js';
import { AdjustmentTypeSchema } from '../scoring/score.js';

export { ObservedFigureSchema };

const StatusCounts = z.object({
  total: z.int(),
  met: z.int(),
  not_met: z.int(),
  no_data: z.int(),
  not_applicable: z.int(),
  not_due: z.int(),
});

/** One target's result. Decimal values are strings. */
export const TargetResultSchema = z.object({
  id: z.string(),
  kind: z.string(),
  category: z.string(),
  label: Localized,
  commitment: CommitmentSchema,
  veto: z.boolean(),
  deadline: z.string(),
  status: StatusSchema,
  /** Judged before the target's deadline: an interim result. */
  provisional: z.boolean(),
  attainment: z.string().nullable(),
  gap: z.string().nullable(),
  gapUnit: z.string().nullable(),
  points: z.object({ possible: z.string(), earned: z.string(), excluded: z.string().nullable() }),
  observed: z.array(ObservedFigureSchema),
  missing: z.array(MissingItemSchema),
  requirement: Localized,
  observedText: Localized.nullable(),
  gapText: Localized.nullable(),
  detail: z.record(z.string(), z.unknown()).optional(),
  /**
   * Present when the verdict is met or not_met although data are missing or the deadline is ahead,
   * because neither can change it any more: why (an incident already occurred, a streak already broken…).
   */
  settled: SettledReasonSchema.optional(),
  /** The rule set marks the commitment unclear (力争 may or may not govern it); `commitment` is how it was counted. */
  commitmentUnclear: z.literal(true).optional(),
  /** The rule set gives no deadline, and why; `deadline` is then the as-of date the target was judged at. */
  openDeadline: OpenDeadlineSchema.optional(),
  explanation: Localized,
  source: z.object({ document: z.string(), section: z.string(), clause: z.string() }),
  departments: z.object({ lead: z.array(z.string()), responsible: z.array(z.string()) }),
});

/** One shortfall, for the table sorted by points lost. */
export const ShortfallSchema = z.object({
  target: z.string(),
  status: StatusSchema,
  commitment: CommitmentSchema,
  pointsLost: z.string(),
  attainment: z.string().nullable(),
  gap: z.string().nullable(),
  gapUnit: z.string().nullable(),
  departments: z.object({ lead: z.array(z.string()), responsible: z.array(z.string()) }),
  clause: z.string(),
});

const ScoreString = z.string().nullable();

/** One target as an assessment scheme scores it. Points in the scheme's own units, 4 decimals. */
export const SchemeTargetSchema = z.object({
  target: z.string(),
  category: z.string(),
  /** all_or_nothing, proportional, deduction, levels or per_event. */
  method: z.string(),
  status: StatusSchema,
  possible: z.string(),
  earned: z.string(),
  /** Why it is left out of the maximum (no_data, not_applicable, not_due, aspirational_unscored, not_in_scheme). */
  excluded: z.string().nullable(),
  /** Method facts: gap, steps, deducted, share, level, count; `fallback` when a default method did not fit. */
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  explanation: Localized.nullable(),
});

/** A veto under a scheme, triggered or not. */
export const SchemeVetoSchema = z.object({
  id: z.string(),
  on: z.enum(['target', 'event', 'indicator', 'rule-set']),
  grade: z.string(),
  triggered: z.boolean(),
  unknown: z.boolean(),
  target: z.string().nullable(),
  /** The sub-period whose value triggered it. */
  period: z.string().nullable(),
  text: Localized.nullable(),
});

/** A bonus or penalty item (加分项/扣分项) after its cap. */
export const SchemeAdjustmentSchema = z.object({
  id: z.string(),
  type: AdjustmentTypeSchema,
  names: Localized,
  count: z.string().nullable(),
  raw: z.string(),
  points: z.string(),
  cap: z.string(),
  capped: z.boolean(),
  text: Localized,
});

/** Points recoverable for one shortfall, if that target alone were met. */
export const RecoverableSchema = z.object({
  target: z.string(),
  status: StatusSchema,
  pointsGained: z.string(),
  scoreGained: ScoreString,
  gap: z.string().nullable(),
  gapUnit: z.string().nullable(),
  gapText: Localized.nullable(),
  attainment: z.string().nullable(),
  /** 1 − attainment: the unit-free effort proxy the ordering uses. */
  effort: z.string(),
  gradeIfMet: z.string().nullable(),
  liftsGrade: z.boolean(),
  /** In the next-grade set. */
  onRoute: z.boolean(),
  text: Localized,
});

/** The smallest set of targets that lifts the grade one band, and how it was found. */
export const NextGradeSchema = z.object({
  status: z.enum(['found', 'top_grade', 'unreachable', 'no_grade']),
  from: z.string().nullable(),
  to: z.string().nullable(),
  method: z.enum(['exact', 'greedy', 'ranked']).nullable(),
  targets: z.array(z.string()),
  scoreAfter: ScoreString,
  gradeAfter: z.string().nullable(),
  evaluated: z.int(),
  blockedBy: z.array(z.string()),
  text: Localized,
  /** Present (true) only when the search stopped at its budget: the set may hold targets it does not need. */
  stopped: z.literal(true).optional(),
});

/** Whether the grade survives equal weights and each weight moved by ±10%. */
export const SensitivitySchema = z.object({
  result: z.enum(['stable', 'fragile']),
  weights: WeightsSourceSchema,
  scenarios: z.int(),
  lowest: ScoreString,
  highest: ScoreString,
  changed: z.array(
    z.object({ scenario: z.string(), grade: z.string().nullable(), score: ScoreString, text: Localized }),
  ),
  text: Localized,
});

/** A region's result under an assessment scheme (present only when `evaluate` is given a scheme). */
export const SchemeReportSchema = z.object({
  id: z.string(),
  names: Localized,
  ruleSet: z.string().nullable(),
  weights: WeightsSourceSchema,
  weightsNote: z.string().nullable(),
  settings: z.object({
    precision: z.int(),
    missingData: MissingDataSchema,
    aspirational: AspirationalSchema,
    notApplicable: NotApplicableSchema,
    weighting: z.enum(['rule-set', 'equal', 'by-class']),
    scope: z.enum(['all', 'listed']),
    aggregation: AggregationSchema,
  }),
  /** 满分 as declared, 基本分, the maximum after exclusions, and the most with bonus items. */
  points: z.object({ budget: z.string(), basePoints: z.string(), maximum: z.string(), ceiling: z.string() }),
  /** Rounded to the precision; total = base + bonus − penalty; the ×100 scores are out of 100 of the maximum. */
  scores: z.object(
    Object.fromEntries(ScoreNameSchema.options.map((name) => [name, ScoreString])) as Record<
      ScoreName,
      typeof ScoreString
    >,
  ),
  bonus: z.string(),
  penalty: z.string(),
  grade: z.string().nullable(),
  gradeBand: z.string().nullable(),
  vetoed: z.boolean(),
  vetoedBy: z.array(z.string()),
  vetoUnknown: z.array(z.string()),
  categories: z.array(
    z.object({
      id: z.string(),
      possible: z.string(),
      earned: z.string(),
      aggregation: AggregationSchema,
    }),
  ),
  targets: z.array(SchemeTargetSchema),
  adjustments: z.array(SchemeAdjustmentSchema),
  vetoes: z.array(SchemeVetoSchema),
  whatIf: z.object({
    recoverable: z.array(RecoverableSchema),
    nextGrade: NextGradeSchema,
    sensitivity: SensitivitySchema,
  }),
  /** The assessment's pass rule (合格线, 关键项), when the scheme has one: null passed means it cannot be told yet. */
  pass: z
    .object({
      passed: z.boolean().nullable(),
      minScore: z.string(),
      score: z.string().nullable(),
      keyItems: z.array(z.string()),
      failedKeyItems: z.array(z.string()),
      unknownKeyItems: z.array(z.string()),
      text: Localized,
    })
    .optional(),
  /** What the scheme's points look like against common practice (one target over 15%, a milestone above an outcome). */
  warnings: z.array(z.object({ code: z.string(), targets: z.array(z.string()), message: Localized })).optional(),
  /** The document the scheme's rule comes from, when it names one. */
  source: z
    .object({
      title: z.string(),
      documentNumber: z.string().nullable(),
      article: z.string().optional(),
      url: z.string().optional(),
    })
    .optional(),
});

/** What an assumption of the library (not of the document) concerns. */
export const AssumptionSubjectSchema = z.enum(['weights', 'veto', 'rank', 'tolerance', 'missingData']);

/**
 * A reading the rule set makes that the document does not: weights it assumed (`weights`), a veto it
 * set (`veto`: no built-in document writes 一票否决 for the region) or a 「前列」 read as a top count
 * or share (`rank`), a 左右 with no figure read with the default tolerance (`tolerance`), targets without
 * data left out of the score by the rule set's `missingData: exclude` rather than by a scheme file's rule
 * (`missingData`), with the targets it touches (none for weights and missingData, which touch every target).
 */
export const AssumptionSchema = z.object({
  subject: AssumptionSubjectSchema,
  targets: z.array(z.string()),
});

/**
 * The scorecard of one region against one rule set: plain JSON, `schemaVersion` 1.
 * @example JSON.stringify(evaluate(ruleSet, data)) // byte-identical for identical input
 */
export const ReportSchema = z.object({
  schemaVersion: z.literal(1),
  ruleSet: z.object({
    id: z.string(),
    title: z.string(),
    issuer: z.string(),
    documentNumber: z.string().nullable(),
    locale: RuleSetLocaleSchema,
    source: z.string(),
    weights: WeightsSourceSchema,
    weightsNote: z.string().nullable(),
  }),
  region: RegionSchema,
  period: z.string(),
  asOf: z.string(),
  score: z.string().nullable(),
  maximum: z.string(),
  grade: z.string().nullable(),
  gradeBand: z.string().nullable(),
  vetoed: z.boolean(),
  vetoedBy: z.array(z.string()),
  vetoUnknown: z.array(z.string()),
  /** The readings behind the score and grade that are the library's, not the document's; shown next to the score. */
  assumptions: z.array(AssumptionSchema),
  scoring: z.object({
    method: z.string(),
    missingData: MissingDataSchema,
    aspirational: AspirationalSchema,
    precision: z.int(),
    /** The built-in scheme behind the headline (`default`: practice-based), or null for the rule set's own weights. */
    scheme: z.string().nullable(),
    /** Bonus points in the score (力争/争创 targets met under the practice-based scheme). */
    bonus: z.string(),
  }),
  counts: StatusCounts.extend({ binding: StatusCounts, aspirational: StatusCounts }),
  categories: z.array(
    z.object({
      id: z.string(),
      names: Localized,
      weight: z.string(),
      possible: z.string(),
      earned: z.string(),
      targets: z.int(),
      scoredTargets: z.int(),
    }),
  ),
  targets: z.array(TargetResultSchema),
  shortfalls: z.array(ShortfallSchema),
  warnings: z.array(z.object({ code: z.string(), path: z.string(), targets: z.array(z.string()), message: Localized })),
  /** Observations in the data that no target of this rule set reads. */
  unusedObservations: z.array(z.string()),
  /** The result under an assessment scheme, when one was given; the fields above keep the headline scoring (`scoring.scheme`). */
  scheme: SchemeReportSchema.optional(),
});

/** A scorecard report (inferred from {@link ReportSchema}). */
export type Report = z.infer<typeof ReportSchema>;
/** One target's result in a report. */
export type TargetResult = z.infer<typeof TargetResultSchema>;
/** One shortfall row. */
export type Shortfall = z.infer<typeof ShortfallSchema>;
/** A target status. */
export type TargetStatus = z.infer<typeof StatusSchema>;
/** A region's result under an assessment scheme. */
export type SchemeReport = z.infer<typeof SchemeReportSchema>;
/** One target under a scheme. */
export type SchemeTargetResult = z.infer<typeof SchemeTargetSchema>;
/** An assumption behind the score (inferred from {@link AssumptionSchema}). */
export type Assumption = z.infer<typeof AssumptionSchema>;
/** One row of points recoverable. */
export type RecoverableRow = z.infer<typeof RecoverableSchema>;
