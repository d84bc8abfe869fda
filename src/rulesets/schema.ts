import { z } from 'zod';
import { IdSchema, IndicatorSchema, NamesSchema } from '../indicators/schema.js';
import { KIND_REGISTRY } from '../kinds/registry.js';

export { DecimalInputSchema, UnitSpellingSchema } from '../core/schemas.js';

import { DecimalInputSchema } from '../core/schemas.js';

const [firstKind, ...otherKinds] = KIND_REGISTRY;

/** Every target kind, discriminated by `kind`: the union of the registered kinds' schemas (src/kinds/registry.ts). */
export const TargetSchema = z.discriminatedUnion('kind', [firstKind.schema, ...otherKinds.map((k) => k.schema)]);

/** A category (产业/产品/工程/服务/环境质量, 机制, 基础) with its weight among categories. */
export const CategorySchema = z.strictObject({
  id: IdSchema,
  names: NamesSchema,
  weight: DecimalInputSchema,
});

/** A grade band: scores at or above `min` and below the next band's `min` get `grade`. */
export const GradeBandSchema = z.strictObject({ grade: z.string().min(1), min: DecimalInputSchema });

/** Whether weights come from the document or are assumed by the rule set's author. */
export const WeightsSourceSchema = z.enum(['document', 'assumed']);
/** Targets without data: left out of the maximum, or scored as zero. */
export const MissingDataSchema = z.enum(['exclude', 'zero']);
/** Aspirational (力争) targets: scored like binding ones, or shown but left out of the score. */
export const AspirationalSchema = z.enum(['scored', 'unscored']);
/** The languages a rule set can be written in. */
export const RuleSetLocaleSchema = z.enum(['zh-Hans', 'zh-Hant']);

/** How a rule set is scored when no assessment scheme overrides it. */
export const ScoringSchema = z.strictObject({
  /** Whether the weights come from the document or are assumed by the rule set's author. */
  weights: WeightsSourceSchema,
  weightsNote: z.string().optional(),
  /** A target earns its points when met; attainment below 1 earns nothing (达到得分, 未达到不得分). */
  method: z.literal('all_or_nothing').default('all_or_nothing'),
  /** Targets without data: left out of the maximum, or scored as zero. Always reported either way. */
  missingData: MissingDataSchema.default('exclude'),
  /** Aspirational (力争) targets: scored like binding ones, or shown but left out of the score. */
  aspirational: AspirationalSchema.default('scored'),
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
  /**
   * A built-in scheme, by id, that scores the report's headline (score, grade, points) instead of the
   * rule set's own weights; the five built-ins name `default`, the practice-based scheme.
   */
  scheme: IdSchema.optional(),
});

/** A named event type for frequency targets (严重质量失信名单上报, 督查). */
export const EventTypeSchema = z.strictObject({ id: IdSchema, names: NamesSchema });

/** A point a drafter (or an author) left for a person to check: its code, where, the clause, and why. */
export const ReviewItemSchema = z.strictObject({
  /** The reason's code (assumedFloor, rankTop, …; see `draftRuleSet`). */
  code: z.string().min(1),
  /** JSON path into this rule set, or `$` for a clause that was left out. */
  path: z.string().min(1),
  /** The clause concerned, quoted from the source text. */
  clause: z.string().min(1).optional(),
  /** Why it needs checking, in the rule set's language. */
  note: z.string().min(1),
});

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
  /** 文号 as written (嘉政发〔2016〕7号); omit or null when the document has none. */
  documentNumber: z.string().min(1).nullable().default(null),
  region: z.strictObject({
    name: z.string().min(1),
    level: z.enum(['town', 'county', 'district', 'city', 'province']),
    /** The region it belongs to (浙江省金华市); omit or null when not needed. */
    parent: z.string().min(1).nullable().default(null),
  }),
  period: z.strictObject({ start: z.iso.date(), end: z.iso.date() }),
  /** When the document was issued; `date` may be omitted or null when unknown. */
  published: z
    .strictObject({ date: z.iso.date().nullable().default(null), asWritten: z.string().min(1).optional() })
    .prefault({}),
  source: z.strictObject({ file: z.string().min(1), url: z.string().optional() }),
  locale: RuleSetLocaleSchema,
  /**
   * How the rule set is scored; may be left out, and so may `weights` (assumed). Schemes read
   * `ScoringSchema.shape.weights`, where a missing value means "the rule set's": the default is only here.
   */
  scoring: ScoringSchema.extend({ weights: WeightsSourceSchema.default('assumed') }).prefault({}),
  categories: z.array(CategorySchema).min(1),
  /** Indicators only this document uses; shared ones come from the catalogue. */
  indicators: z.array(IndicatorSchema).optional(),
  events: z.array(EventTypeSchema).optional(),
  targets: z.array(TargetSchema).min(1),
  notes: z.array(z.string()).optional(),
  /** Guesses still to check (a draft lists every one); `lint` reports them until they are removed. */
  review: z.array(ReviewItemSchema).optional(),
  /**
   * Names of the benchmarks the targets cite by id (省市下达目标) that the library does not name itself
   * (it names district-, county-, city-, provincial- and national-average and municipal-target).
   */
  benchmarks: z.record(IdSchema, NamesSchema).optional(),
  /**
   * Names of the peer groups rank targets write (全县): each key as written, its names where conversion
   * cannot give them (English); the Chinese forms are converted with OpenCC when left out.
   */
  peerGroups: z
    .record(
      z.string().min(1),
      z.strictObject({
        'zh-Hans': z.string().min(1).optional(),
        'zh-Hant': z.string().min(1).optional(),
        en: z.string().min(1).optional(),
      }),
    )
    .optional(),
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
