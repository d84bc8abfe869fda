/**
 * The compact report: a {@link Report} without what the rule set fixes (each target's kind, category, label,
 * commitment, veto, deadline, requirement, source clause and departments; each category's names and
 * size; the rule set's warnings), which a consumer holds once as the rule set itself, and with texts in the
 * chosen locales only. A region's report in it is about a third of the full one's JSON; with
 * every locale, {@link expandCompactReport} gives back the full report byte for byte. The full report stays
 * what `evaluate` returns, and the form whose byte-identity is promised.
 */
import { z } from 'zod';
import { StatusSchema } from '../evaluation/outcome.js';
import { isLocalizedText, LOCALES, type Locale, type LocalizedText } from '../locales/locale.js';
import { MissingItemSchema } from '../observations/schema.js';
import type { CompiledRuleSet, CompiledTarget } from '../rulesets/load.js';
import { reportAssumptions } from './assumptions.js';
import { type Report, ReportSchema, type Shortfall, type TargetResult, TargetResultSchema } from './schema.js';

/** Texts in some of the locales (those the compact report was made for). */
const SomeLocales = z.partialRecord(z.enum(LOCALES), z.string());

/** One target's result without the fields its rule set fixes. */
export const CompactTargetSchema = TargetResultSchema.pick({
  id: true,
  status: true,
  provisional: true,
  attainment: true,
  gap: true,
  gapUnit: true,
  points: true,
  observed: true,
  detail: true,
  // Why a verdict is already settled: per region, so it stays.
  settled: true,
}).extend({
  missing: z.array(MissingItemSchema.extend({ what: SomeLocales })),
  observedText: SomeLocales.nullable(),
  gapText: SomeLocales.nullable(),
  explanation: SomeLocales,
});

/** A report in its compact form (see {@link compactReport}). */
export const CompactReportSchema = ReportSchema.omit({
  categories: true,
  targets: true,
  shortfalls: true,
  warnings: true,
  assumptions: true,
}).extend({
  form: z.literal('compact'),
  /** The locales its texts are in. */
  locales: z.array(z.enum(LOCALES)).min(1),
  // A category's weight is the headline scheme's (by class, it sums its targets' weights), so it stays.
  categories: z.array(
    z.object({ id: z.string(), weight: z.string(), possible: z.string(), earned: z.string(), scoredTargets: z.int() }),
  ),
  targets: z.array(CompactTargetSchema),
  shortfalls: z.array(
    z.object({
      target: z.string(),
      status: StatusSchema,
      pointsLost: z.string(),
      attainment: z.string().nullable(),
      gap: z.string().nullable(),
      gapUnit: z.string().nullable(),
    }),
  ),
  scheme: z.record(z.string(), z.unknown()).optional(),
});

/** A compact report (inferred from {@link CompactReportSchema}). */
export type CompactReport = z.infer<typeof CompactReportSchema>;
/** One target in a compact report (inferred from {@link CompactTargetSchema}). */
export type CompactTarget = z.infer<typeof CompactTargetSchema>;

/** Options for {@link compactReport}. */
export interface CompactOptions {
  /** The locales to keep texts in; all three when left out. */
  locales?: readonly Locale[];
}

type Texts = Partial<Record<Locale, string>>;

/** A localized text cut to some locales (all of them: the same object, no copy). */
function inLocales(text: LocalizedText, locales: readonly Locale[], all: boolean): Texts {
  if (all) return text;
  const out: Texts = {};
  for (const locale of locales) out[locale] = text[locale];
  return out;
}

/** A value with every localized text inside it cut to some locales (for the scheme block's free shape). */
function deepInLocales(value: unknown, locales: readonly Locale[]): unknown {
  if (Array.isArray(value)) return value.map((v) => deepInLocales(v, locales));
  if (typeof value !== 'object' || value === null) return value;
  if (isLocalizedText(value)) return inLocales(value, locales, false);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = deepInLocales(v, locales);
  return out;
}

function compactTarget(t: TargetResult, locales: readonly Locale[], all: boolean): CompactTarget {
  const out: CompactTarget = {
    id: t.id,
    status: t.status,
    provisional: t.provisional,
    attainment: t.attainment,
    gap: t.gap,
    gapUnit: t.gapUnit,
    points: t.points,
    observed: t.observed,
    missing: all
      ? t.missing
      : t.missing.map((m) => ({ indicator: m.indicator, what: inLocales(m.what, locales, false) })),
    observedText: t.observedText && inLocales(t.observedText, locales, all),
    gapText: t.gapText && inLocales(t.gapText, locales, all),
    explanation: inLocales(t.explanation, locales, all),
  };
  // Last, as in the full report.
  if (t.detail !== undefined) out.detail = t.detail;
  if (t.settled !== undefined) out.settled = t.settled;
  return out;
}

/** Validates the requested locales (known, at least one, no repeats) and puts them in {@link LOCALES} order. */
function localesOf(options: CompactOptions): readonly Locale[] {
  const locales: readonly unknown[] = options.locales ?? LOCALES;
  // A plain check rather than a zod schema: building one per call cost more than the compaction itself.
  const known = Array.isArray(locales) && locales.every((l) => (LOCALES as readonly unknown[]).includes(l));
  if (!known || locales.length === 0 || new Set(locales).size !== locales.length)
    throw new RangeError(`locales must be distinct values among ${LOCALES.join(', ')}`);
  return LOCALES.filter((l) => locales.includes(l));
}

/**
 * The compact form of a report: the fields the rule set fixes left out (they are the rule set's, held once)
 * and texts only in `options.locales`. Shares unchanged parts with `report` rather than copying them.
 * @example compactReport(evaluate(ruleSet, data), { locales: ['zh-Hans'] }).targets[0].explanation['zh-Hans']
 */
export function compactReport(report: Report, options: CompactOptions = {}): CompactReport {
  const locales = localesOf(options);
  const all = locales.length === LOCALES.length;
  const out: CompactReport = {
    schemaVersion: 1,
    form: 'compact',
    locales: [...locales],
    ruleSet: report.ruleSet,
    region: report.region,
    period: report.period,
    asOf: report.asOf,
    score: report.score,
    maximum: report.maximum,
    grade: report.grade,
    gradeBand: report.gradeBand,
    vetoed: report.vetoed,
    vetoedBy: report.vetoedBy,
    vetoUnknown: report.vetoUnknown,
    scoring: report.scoring,
    counts: report.counts,
    categories: report.categories.map((c) => ({
      id: c.id,
      weight: c.weight,
      possible: c.possible,
      earned: c.earned,
      scoredTargets: c.scoredTargets,
    })),
    targets: report.targets.map((t) => compactTarget(t, locales, all)),
    shortfalls: report.shortfalls.map((s) => ({
      target: s.target,
      status: s.status,
      pointsLost: s.pointsLost,
      attainment: s.attainment,
      gap: s.gap,
      gapUnit: s.gapUnit,
    })),
    unusedObservations: report.unusedObservations,
  };
  if (report.scheme)
    out.scheme = (all ? report.scheme : deepInLocales(report.scheme, locales)) as CompactReport['scheme'];
  return out;
}

/** A text back in all three locales; only a compact report made with every locale has them. */
function full(text: Texts): LocalizedText {
  const { 'zh-Hans': hans, 'zh-Hant': hant, en } = text;
  if (hans === undefined || hant === undefined || en === undefined)
    throw new RangeError('only a compact report made with every locale can be expanded');
  return { 'zh-Hans': hans, 'zh-Hant': hant, en };
}

function fullTarget(c: CompactTarget, target: CompiledTarget, asOf: string): TargetResult {
  const result: TargetResult = {
    id: c.id,
    kind: target.kind,
    category: target.category,
    label: target.label,
    commitment: target.commitment,
    veto: target.veto,
    // An open deadline (到20XX年) is judged as of the report's date, which the report shows as its deadline.
    deadline: target.data.openDeadline === undefined ? target.deadline : asOf,
    status: c.status,
    provisional: c.provisional,
    attainment: c.attainment,
    gap: c.gap,
    gapUnit: c.gapUnit,
    points: c.points,
    observed: c.observed,
    missing: c.missing.map((m) => ({ indicator: m.indicator, what: full(m.what) })),
    requirement: target.compiled.requirement,
    observedText: c.observedText && full(c.observedText),
    gapText: c.gapText && full(c.gapText),
    explanation: full(c.explanation),
    source: target.source,
    departments: { lead: [...target.departments.lead], responsible: [...target.departments.responsible] },
  };
  if (c.detail !== undefined) result.detail = c.detail;
  if (c.settled !== undefined) result.settled = c.settled;
  if (target.data.commitment === 'unclear') result.commitmentUnclear = true;
  if (target.data.openDeadline !== undefined) result.openDeadline = target.data.openDeadline;
  return result;
}

/**
 * The full report a compact one was made from, with the rule set it was evaluated against (it supplies the
 * fields the compact form leaves out). Needs a compact report made with every locale.
 * @example expandCompactReport(compactReport(report), ruleSet) // deep-equal to report, same JSON
 */
export function expandCompactReport(compact: CompactReport, ruleSet: CompiledRuleSet): Report {
  if (compact.ruleSet.id !== ruleSet.id || compact.targets.length !== ruleSet.targets.length)
    throw new RangeError(`this compact report is of rule set ${compact.ruleSet.id}, not ${ruleSet.id}`);
  const targets = compact.targets.map((c, i) => fullTarget(c, ruleSet.targets[i] as CompiledTarget, compact.asOf));
  const byId = new Map(targets.map((t) => [t.id, t]));
  const shortfalls: Shortfall[] = compact.shortfalls.map((s) => {
    const t = byId.get(s.target) as TargetResult;
    return {
      target: s.target,
      status: s.status,
      commitment: t.commitment,
      pointsLost: s.pointsLost,
      attainment: s.attainment,
      gap: s.gap,
      gapUnit: s.gapUnit,
      departments: t.departments,
      clause: t.source.clause,
    };
  });
  const report: Report = {
    schemaVersion: 1,
    ruleSet: compact.ruleSet,
    region: compact.region,
    period: compact.period,
    asOf: compact.asOf,
    score: compact.score,
    maximum: compact.maximum,
    grade: compact.grade,
    gradeBand: compact.gradeBand,
    vetoed: compact.vetoed,
    vetoedBy: compact.vetoedBy,
    vetoUnknown: compact.vetoUnknown,
    assumptions: reportAssumptions(ruleSet),
    scoring: compact.scoring,
    counts: compact.counts,
    categories: compact.categories.map((c, i) => {
      const category = ruleSet.categories[i] as CompiledRuleSet['categories'][number];
      return {
        id: c.id,
        names: category.names,
        weight: c.weight,
        possible: c.possible,
        earned: c.earned,
        targets: ruleSet.targets.filter((t) => t.category === c.id).length,
        scoredTargets: c.scoredTargets,
      };
    }),
    targets,
    shortfalls,
    warnings: ruleSet.warnings.map((w) => ({
      code: w.code,
      path: w.path,
      targets: [...w.targets],
      message: w.message,
    })),
    unusedObservations: compact.unusedObservations,
  };
  if (compact.scheme) report.scheme = compact.scheme as Report['scheme'];
  return report;
}
