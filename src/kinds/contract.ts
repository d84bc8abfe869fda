/**
 * The contract every target kind implements: what its compiler may consult, what a compiled target
 * does for each region, what scoring may ask of it, and the one value a kind folder exports.
 */
import type { z } from 'zod';
import type { Dec } from '../core/decimal.js';
import type { InputIssue } from '../core/errors.js';
import type { Unit } from '../core/units.js';
import type { Indicator } from '../indicators/schema.js';
import type { LocalizedText } from '../locales/locale.js';
import type { RegionData } from '../observations/normalize.js';
import type { CompiledPredicate, EngineCondition, FactLookup } from './conditions.js';
import type { FactValue } from './operators.js';
import type { Settled } from './settled.js';

/** What a kind compiler may consult and where it reports problems. */
export interface CompileContext {
  /** The rule set's plan period (ISO dates): the default deadline and trend window, the frequency span. */
  readonly plan: { readonly start: string; readonly end: string };
  readonly indicator: (id: string) => Indicator | undefined;
  /** JSON path of the target being compiled, e.g. `$.targets[4]`. */
  readonly path: string;
  readonly issues: InputIssue[];
  /** Names the rule set gives what its targets cite by id or as written (benchmarks, peer groups); absent in bare compiles. */
  readonly names?: CompileNames;
}

/** The rule set's own names for what its targets cite: a benchmark by id, a peer group as the document writes it. */
export interface CompileNames {
  /** The rule set's name of a benchmark id, or the library's for the common ones; undefined if neither names it. */
  readonly benchmark: (id: string) => LocalizedText | undefined;
  /** A peer group (全县乡镇) in each locale: converted between the Chinese scripts, in English as the rule set names it. */
  readonly peerGroup: (asWritten: string) => LocalizedText;
}

/** Cohort-wide figures available when many regions are scored together (ranks, cohort means). */
export interface CohortView {
  /**
   * Every region's current value of an indicator, for ranks and cohort benchmarks. A view that gives
   * `column` need not list them (the cohort functions do not: a million regions would not fit).
   */
  readonly values?: (indicator: string) => ReadonlyArray<{ readonly region: string; readonly value: Dec }>;
  /** The indicator's values across the cohort, sorted once; preferred to `values` when given. */
  readonly column?: (indicator: string) => CohortColumn;
  readonly size: number;
}

/**
 * One indicator's current values across a cohort, every region with a value counted once (the region
 * being evaluated included), answering ranks and cohort benchmarks without a pass over the values.
 */
export interface CohortColumn {
  readonly count: number;
  /** How many values are strictly better than `own`, and how many distinct values are. */
  readonly better: (own: Dec, higherIsBetter: boolean) => { readonly values: number; readonly distinct: number };
  /** The exact mean (40 significant digits); undefined without values. */
  readonly mean: () => Dec | undefined;
  /** The median (the mean of the two middle values for an even count); undefined without values. */
  readonly median: () => Dec | undefined;
}

/** What evaluating one target for one region can see. */
export interface EvaluationContext {
  readonly region: RegionData;
  readonly asOf: string;
  readonly cohort?: CohortView;
}

export type { MissingItem, ObservedFigure } from '../observations/schema.js';

import type { MissingItem, ObservedFigure } from '../observations/schema.js';

/** The outcome of reading a target's data for one region. */
export type Gathered =
  | {
      readonly kind: 'facts';
      readonly facts: ReadonlyMap<string, FactValue>;
      readonly observed: readonly ObservedFigure[];
      /** What the kind worked out while gathering (a trend's steps, a frequency's tally), handed to `measure` so it is not worked out twice. */
      readonly state?: unknown;
      /** Data the target reads but the region lacks, when the verdict is settled without them. */
      readonly missing?: readonly MissingItem[];
    }
  | { readonly kind: 'no_data'; readonly missing: readonly MissingItem[]; readonly observed: readonly ObservedFigure[] }
  | { readonly kind: 'not_applicable'; readonly reason: string; readonly indicator: string };

/** How far a target is from being met, in its own terms. */
export interface Measurement {
  /** In [0, 1]; 1 when met. */
  readonly attainment: Dec;
  /** In the target's own unit, ≥ 0; null where a gap has no unit (milestones, compounds). */
  readonly gap: Dec | null;
  /** Unit the gap is spoken in (个百分点 for %), or null. */
  readonly gapUnit: string | null;
  readonly observedText: LocalizedText;
  readonly gapText: LocalizedText | null;
  /** Extra words for the explanation (boundary case, stretch reached, streak broken in 2017…). */
  readonly notes: readonly LocalizedText[];
  /**
   * The verdict can no longer change, whatever the missing data or the time left (an incident already
   * counted, a 逐年 step already broken, a quarter already passed without its report): an unmet target
   * is not_met rather than not_due, and the report says why.
   */
  readonly settled?: Settled;
  /** Kind-specific structured facts for the report (stretch reached, periods missed, rank…). */
  readonly detail?: Readonly<Record<string, unknown>>;
  /** The attainment as reports print it (4 places), when worked out exactly without the 40-digit Decimal. */
  readonly attainmentText?: string;
}

/**
 * What scoring may ask of a compiled target, declared by its kind rather than guessed from its name:
 * scheme methods that do not fit a target are refused (explicit) or fall back to all or nothing (inherited).
 * @example compileTarget(atLeast95, ctx)?.capabilities // { direction: 'higher', gap: true, fullMarks: 95 }
 */
export interface KindCapabilities {
  /**
   * Which way the target's value is better against a fixed threshold: `higher` (达到/超), `lower`
   * (不超过/低于), or null where there is none to score by value (equal, benchmarks, ranks, trends…).
   */
  readonly direction: 'higher' | 'lower' | null;
  /** Whether an unmet target's measurement carries a gap in its own unit, so deduction methods can step on it. */
  readonly gap: boolean;
  /** The value a proportional-by-value method gives full marks at unless it says otherwise: the threshold (a range's minimum) in the target's unit; null without one. */
  readonly fullMarks: Dec | null;
}

/** A target compiled once per rule set and run for every region. */
export interface CompiledKind {
  /** Indicators the target reads. */
  readonly indicators: readonly string[];
  /** The json-rules-engine condition, over the fact names that `gather` yields. */
  readonly condition: EngineCondition;
  /** The same condition compiled to a synchronous predicate. */
  readonly predicate: CompiledPredicate;
  /** The requirement in words ("不低于95%"). */
  readonly requirement: LocalizedText;
  /** The target's own unit, for gaps. */
  readonly unit?: Unit;
  readonly capabilities: KindCapabilities;
  gather(ctx: EvaluationContext): Gathered;
  measure(facts: FactLookup, met: boolean, ctx: EvaluationContext, state: unknown): Measurement;
}

/** Compiles one validated target of type T, pushing any problems onto `ctx.issues` and returning undefined then. */
export type KindCompiler<T> = (target: T, ctx: CompileContext) => CompiledKind | undefined;

/** The zod schema of one kind's targets: an object whose `kind` field names the kind (or kinds) it holds. */
export type KindSchema = z.ZodObject<{ kind: z.ZodLiteral<string> | z.ZodEnum<Readonly<Record<string, string>>> }>;

/** A validated target of a kind schema. */
export type KindTarget<S extends KindSchema> = z.output<S>;

/**
 * One target kind, as its folder under src/kinds/ exports it: the `kind` values it handles, its zod
 * schema (part of the rule set's target union) and its compiler. Built by {@link defineKind}.
 */
export interface KindDefinition<S extends KindSchema = KindSchema> {
  readonly kinds: readonly KindTarget<S>['kind'][];
  readonly schema: S;
  /** Compiles a target whose `kind` is one of `kinds` (the registry dispatches by it). */
  readonly compile: KindCompiler<{ readonly kind: string }>;
}

/**
 * A kind definition from its names, schema and compiler.
 * @example export const range = defineKind({ kinds: ['range'], schema: RangeTargetSchema, compile: compileRange });
 */
export function defineKind<S extends KindSchema>(kind: {
  readonly kinds: readonly KindTarget<S>['kind'][];
  readonly schema: S;
  readonly compile: KindCompiler<KindTarget<S>>;
}): KindDefinition<S> {
  const names = new Set<string>(kind.kinds);
  // The rule set's schema validated every target against the union of kind schemas, so a target's
  // `kind` decides which schema it passed and so its shape.
  const isOwn = (target: { readonly kind: string }): target is KindTarget<S> => names.has(target.kind);
  return {
    kinds: kind.kinds,
    schema: kind.schema,
    compile: (target, ctx) => (isOwn(target) ? kind.compile(target, ctx) : undefined),
  };
}
