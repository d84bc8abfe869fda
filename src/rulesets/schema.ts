import { z } from 'zod';
import { IdSchema, IndicatorSchema, NamesSchema } from '../indicators/schema.js';

export { DecimalInputSchema, UnitSpellingSchema } from '../core/schemas.js';

import { DecimalInputSchema, UnitSpellingSchema } from '../core/schemas.js';

/** Where a target comes from: the document, its section heading and the exact clause, quoted. */
export const SourceSchema = z.strictObject({
  /** Source file name; defaults to the rule set's source file. */
  document: z.string().min(1).optional(),
  /** The section heading(s) the clause stands under, as written. */
  section: z.string().min(1),
  /** The exact clause, an exact substring of the source text. */
  clause: z.string().min(1),
});

/** Departments the document names for a target (牵头部门 / 责任部门, or the offices after a measure). */
export const DepartmentsSchema = z.strictObject({
  lead: z.array(z.string().min(1)).optional(),
  responsible: z.array(z.string().min(1)).optional(),
});

/** A short label for a target where the indicator's name is not enough (compound targets, milestones). */
export const LabelSchema = z.strictObject({
  'zh-Hans': z.string().min(1).optional(),
  'zh-Hant': z.string().min(1).optional(),
  en: z.string().min(1).optional(),
});

const targetCommon = {
  id: IdSchema,
  category: IdSchema,
  label: LabelSchema.optional(),
  /** binding, or aspirational where the document says 力争/争取/争创. */
  commitment: z.enum(['binding', 'aspirational']),
  /** Relative weight within its category (default 1). */
  weight: DecimalInputSchema.optional(),
  /** 一票否决: failing this target forces the veto grade whatever the score. */
  veto: z.boolean().optional(),
  /** Due date (ISO); defaults to the end of the rule set's plan period. */
  deadline: z.iso.date().optional(),
  departments: DepartmentsSchema.optional(),
  source: SourceSchema,
  note: z.string().optional(),
};

/** The comparison words of the documents: 达到/以上/不低于 = at_least, 超/高于 = more_than, 不超过 = at_most, 低于 = less_than. */
export const ComparisonSchema = z.enum(['at_least', 'more_than', 'at_most', 'less_than']);

const thresholdKinds = ['at_least', 'more_than', 'at_most', 'less_than', 'equal'] as const;

/** 达到95% / 超150亿元 / 不超过 / 低于 / equal: one indicator against one threshold in a stated unit. */
export const ThresholdTargetSchema = z.strictObject({
  ...targetCommon,
  kind: z.enum(thresholdKinds),
  indicator: IdSchema,
  threshold: DecimalInputSchema,
  unit: UnitSpellingSchema,
});

/** "2—3只", "1至2次": the lower bound is required, the upper is the stretch level; exceeding it is fine. */
export const RangeTargetSchema = z.strictObject({
  ...targetCommon,
  kind: z.literal('range'),
  indicator: IdSchema,
  min: DecimalInputSchema,
  max: DecimalInputSchema,
  unit: UnitSpellingSchema,
});

/** "不发生…事件": the count of occurrences must be zero. */
export const ZeroTargetSchema = z.strictObject({
  ...targetCommon,
  kind: z.literal('zero'),
  indicator: IdSchema,
});

/** A deliverable: a mechanism established, a plan made, a group set up (observed as true/false). */
export const MilestoneTargetSchema = z.strictObject({
  ...targetCommon,
  kind: z.literal('milestone'),
  indicator: IdSchema,
});

/** Operators of condition leaves; each is a decimal-exact custom json-rules-engine operator. */
export const ConditionOperatorSchema = z.enum([
  'atLeast',
  'moreThan',
  'atMost',
  'lessThan',
  'equalTo',
  'isTrue',
  'isFalse',
]);

/** A condition leaf: `fact` is an indicator id, `value` a threshold in `unit` (or the indicator's unit). */
export const LeafConditionSchema = z.strictObject({
  fact: IdSchema,
  operator: ConditionOperatorSchema,
  value: z.union([DecimalInputSchema, z.boolean()]),
  unit: UnitSpellingSchema.optional(),
});

/** A json-rules-engine condition tree (all / any / not) over indicator facts. */
export type Condition =
  | z.infer<typeof LeafConditionSchema>
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** Zod schema of {@link Condition}. */
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    LeafConditionSchema,
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
);

/** "检定率及检定合格率均达到100%": a user-written json-rules-engine condition over several indicators. */
export const CompoundTargetSchema = z.strictObject({
  ...targetCommon,
  kind: z.literal('compound'),
  condition: ConditionSchema,
});

/** Period granularities; labels are `2018`, `2018-H1`, `2018-Q3`, `2018-07`. */
export const GranularitySchema = z.enum(['year', 'half-year', 'quarter', 'month']);

/** 逐年提升 / 连续3年保持增长 / 持续下降 / 显著减少: change against the previous period. */
export const TrendTargetSchema = z.strictObject({
  ...targetCommon,
  kind: z.literal('trend'),
  indicator: IdSchema,
  direction: z.enum(['increase', 'decrease']),
  /** Strictly up (or down) each period, or "not worse" when false. */
  strict: z.boolean(),
  /** N consecutive period-on-period changes ("连续3年"); when absent, every step of the window (逐年). */
  consecutive: z.int().min(1).optional(),
  granularity: GranularitySchema,
  /** The periods judged, as labels; defaults to the rule set's plan period. */
  window: z.strictObject({ from: z.string().min(1), to: z.string().min(1) }).optional(),
  /** The least change that counts ("显著"), absolute in `unit`, when the rule set declares one. */
  minChange: z.strictObject({ value: DecimalInputSchema, unit: UnitSpellingSchema }).optional(),
});

/** 不低于全区平均水平 / 高于全区平均水平 / 低于全国平均水平 / 达到市政府目标责任考核要求. */
export const BenchmarkTargetSchema = z.strictObject({
  ...targetCommon,
  kind: z.literal('benchmark'),
  indicator: IdSchema,
  /** Benchmark id in the data (e.g. `district-average`, `national-average`, `municipal-target`). */
  benchmark: IdSchema,
  comparison: ComparisonSchema,
  /** When the data gives no figure, take it from the cohort being scored (全区平均 as the cohort mean). */
  cohortFallback: z.enum(['mean', 'median']).optional(),
});

/** 位居全县前列 / 居全市前列: a rank among peers, "前列" declared as top k or a top share. */
export const RankTargetSchema = z.strictObject({
  ...targetCommon,
  kind: z.literal('rank'),
  indicator: IdSchema,
  top: z.union([z.strictObject({ count: z.int().min(1) }), z.strictObject({ share: DecimalInputSchema })]),
  /** Who the peers are, as the document says (全县乡镇, 全市各区). */
  peerGroup: z.string().min(1),
  /** `shared`: tied values share the best rank (1,2,2,4); `dense`: 1,2,2,3. */
  ties: z.enum(['shared', 'dense']),
});

/** 每季度组织上报一次 / 每半年报送 / 每年组织1至2次督查: dated events counted per period. */
export const FrequencyTargetSchema = z.strictObject({
  ...targetCommon,
  kind: z.literal('frequency'),
  /** Event type id in the data's `events`. */
  event: IdSchema,
  per: GranularitySchema,
  min: z.int().min(0),
  max: z.int().min(0).optional(),
});

/** Every target kind, discriminated by `kind`. */
export const TargetSchema = z.discriminatedUnion('kind', [
  ThresholdTargetSchema,
  RangeTargetSchema,
  ZeroTargetSchema,
  MilestoneTargetSchema,
  CompoundTargetSchema,
  TrendTargetSchema,
  BenchmarkTargetSchema,
  RankTargetSchema,
  FrequencyTargetSchema,
]);

/** A category (产业/产品/工程/服务/环境质量, 机制, 基础) with its weight among categories. */
export const CategorySchema = z.strictObject({
  id: IdSchema,
  names: NamesSchema,
  weight: DecimalInputSchema,
});

/** A grade band: scores at or above `min` and below the next band's `min` get `grade`. */
export const GradeBandSchema = z.strictObject({ grade: z.string().min(1), min: DecimalInputSchema });

/** How a rule set is scored when no assessment scheme overrides it. */
export const ScoringSchema = z.strictObject({
  /** Whether the weights come from the document or are assumed by the rule set's author. */
  weights: z.enum(['document', 'assumed']),
  weightsNote: z.string().optional(),
  /** A target earns its points when met; attainment below 1 earns nothing (达到得分, 未达到不得分). */
  method: z.literal('all_or_nothing').default('all_or_nothing'),
  /** Targets without data: left out of the maximum, or scored as zero. Always reported either way. */
  missingData: z.enum(['exclude', 'zero']).default('exclude'),
  /** Aspirational (力争) targets: scored like binding ones, or shown but left out of the score. */
  aspirational: z.enum(['scored', 'unscored']).default('scored'),
  /** Bands from best to worst; edges are half-open: [min, previous band's min). */
  grades: z
    .array(GradeBandSchema)
    .min(1)
    .default([
      { grade: 'A', min: 90 },
      { grade: 'B', min: 80 },
      { grade: 'C', min: 60 },
      { grade: 'D', min: 0 },
    ]),
  /** The grade a failed veto target forces; defaults to the lowest band. */
  vetoGrade: z.string().optional(),
  /** Decimal places the score is rounded to (half-up) before it is graded, as published scores are. */
  precision: z.int().min(0).max(6).default(2),
});

/** A named event type for frequency targets (严重质量失信名单上报, 督查). */
export const EventTypeSchema = z.strictObject({ id: IdSchema, names: NamesSchema });

/**
 * A rule set: one official plan document encoded as data.
 * @example loadRuleSet(JSON.parse(fs.readFileSync('rules/panan-2018.json', 'utf8')))
 */
export const RuleSetSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1),
  id: IdSchema,
  /** The document's title as written. */
  title: z.string().min(1),
  titleEn: z.string().min(1).optional(),
  issuer: z.string().min(1),
  documentNumber: z.string().min(1).nullable(),
  region: z.strictObject({
    name: z.string().min(1),
    level: z.enum(['town', 'county', 'district', 'city', 'province']),
    parent: z.string().min(1).nullable(),
  }),
  period: z.strictObject({ start: z.iso.date(), end: z.iso.date() }),
  published: z.strictObject({ date: z.iso.date().nullable(), asWritten: z.string().min(1).optional() }),
  source: z.strictObject({ file: z.string().min(1), url: z.string().optional() }),
  locale: z.enum(['zh-Hans', 'zh-Hant']),
  scoring: ScoringSchema,
  categories: z.array(CategorySchema).min(1),
  /** Indicators only this document uses; shared ones come from the catalogue. */
  indicators: z.array(IndicatorSchema).optional(),
  events: z.array(EventTypeSchema).optional(),
  targets: z.array(TargetSchema).min(1),
  notes: z.array(z.string()).optional(),
});

/** A rule set as written in its JSON file (before defaults). */
export type RuleSetInput = z.input<typeof RuleSetSchema>;
/** A validated rule set with defaults applied. */
export type RuleSetData = z.infer<typeof RuleSetSchema>;
/** A validated target. */
export type TargetData = z.infer<typeof TargetSchema>;
/** A target's kind. */
export type TargetKind = TargetData['kind'];
/** A validated category. */
export type CategoryData = z.infer<typeof CategorySchema>;
/** Scoring settings with defaults applied. */
export type ScoringData = z.infer<typeof ScoringSchema>;
/** A leaf of a compound condition. */
export type LeafCondition = z.infer<typeof LeafConditionSchema>;
/** Comparison words as a type. */
export type Comparison = z.infer<typeof ComparisonSchema>;
