import { type Dec, decimalString, ONE } from '../core/decimal.js';
import { explainTarget } from '../evaluation/explain.js';
import type { TargetOutcome } from '../evaluation/outcome.js';
import type { EvaluationContext } from '../kinds/contract.js';
import type { CompiledRuleSet } from '../rulesets/load.js';
import type { BoundScheme } from '../schemes/bind.js';
import { bandInterval } from '../scoring/grades.js';
import { scoreTargets, type TargetPoints } from '../scoring/score.js';
import type { Report, Shortfall, TargetResult } from './schema.js';
import { buildSchemeReport } from './scheme-report.js';

export type { TargetOutcome };

type StatusCounts = Report['counts']['binding'];

const emptyCounts = (): { -readonly [K in keyof StatusCounts]: StatusCounts[K] } => ({
  total: 0,
  met: 0,
  not_met: 0,
  no_data: 0,
  not_applicable: 0,
  not_due: 0,
});

/** Counts by status over all targets, and separately over binding and aspirational ones, in one pass. */
function countStatuses(outcomes: readonly TargetOutcome[]): Report['counts'] {
  const all = emptyCounts();
  const binding = emptyCounts();
  const aspirational = emptyCounts();
  for (const o of outcomes) {
    const own = o.target.commitment === 'binding' ? binding : aspirational;
    all.total += 1;
    own.total += 1;
    // A switch over the five statuses: counting through a computed key made every count a slow lookup.
    switch (o.status) {
      case 'met':
        all.met += 1;
        own.met += 1;
        break;
      case 'not_met':
        all.not_met += 1;
        own.not_met += 1;
        break;
      case 'no_data':
        all.no_data += 1;
        own.no_data += 1;
        break;
      case 'not_applicable':
        all.not_applicable += 1;
        own.not_applicable += 1;
        break;
      case 'not_due':
        all.not_due += 1;
        own.not_due += 1;
        break;
    }
  }
  return { ...all, binding, aspirational };
}

const points4 = (d: Dec): string => decimalString(d, 4);

function targetResult(
  ruleSet: CompiledRuleSet,
  ctx: EvaluationContext,
  o: TargetOutcome,
  p: TargetPoints,
): TargetResult {
  const { target, gathered, measurement: m } = o;
  const result: TargetResult = {
    id: target.id,
    kind: target.kind,
    category: target.category,
    label: target.label,
    commitment: target.commitment,
    veto: target.veto,
    deadline: target.deadline,
    status: o.status,
    provisional: o.provisional && (o.status === 'met' || o.status === 'not_due'),
    attainment: m ? (m.attainment === ONE ? '1' : decimalString(m.attainment, 4)) : null,
    gap: m?.gap ? decimalString(m.gap, 10) : null,
    gapUnit: m?.gapUnit ?? null,
    points: { possible: p.possibleText, earned: p.earnedText, excluded: p.excluded },
    // gather() builds a fresh array per evaluation, so the report may own it without a copy.
    observed: gathered.kind === 'not_applicable' ? [] : (gathered.observed as TargetResult['observed']),
    missing: gathered.kind === 'no_data' ? gathered.missing.map((x) => ({ indicator: x.indicator, what: x.what })) : [],
    requirement: target.compiled.requirement,
    observedText: m?.observedText ?? null,
    gapText: m?.gapText ?? null,
    explanation: explainTarget({
      ruleSet,
      target,
      status: o.status,
      measurement: m,
      missing: gathered.kind === 'no_data' ? gathered.missing : undefined,
      notApplicableReason: gathered.kind === 'not_applicable' ? gathered.reason : undefined,
      asOf: ctx.asOf,
      provisional: o.provisional,
    }),
    source: target.source,
    departments: { lead: [...target.departments.lead], responsible: [...target.departments.responsible] },
  };
  if (m?.detail) result.detail = { ...m.detail };
  return result;
}

function shortfalls(results: readonly TargetResult[], points: readonly TargetPoints[]): Shortfall[] {
  const rows = results
    .map((r, i) => ({ r, i, p: points[i] as TargetPoints }))
    .filter(({ r }) => r.status === 'not_met' || r.status === 'no_data');
  // A not-met or no-data target earns nothing, so the points it loses are exactly its possible points.
  rows.sort((a, b) => b.p.possible.comparedTo(a.p.possible) || a.i - b.i);
  return rows.map(({ r, p }) => ({
    target: r.id,
    status: r.status,
    commitment: r.commitment,
    pointsLost: p.possibleText,
    attainment: r.attainment,
    gap: r.gap,
    gapUnit: r.gapUnit,
    departments: r.departments,
    clause: r.source.clause,
  }));
}

/** What a rule set reads and how many targets each category has: fixed per rule set, so computed once. */
interface RuleSetFacts {
  readonly reads: ReadonlySet<string>;
  readonly targetsPerCategory: readonly number[];
  readonly categoryWeights: readonly string[];
}

const ruleSetFactsCache = new WeakMap<CompiledRuleSet, RuleSetFacts>();

function ruleSetFacts(ruleSet: CompiledRuleSet): RuleSetFacts {
  let facts = ruleSetFactsCache.get(ruleSet);
  if (!facts) {
    facts = {
      reads: new Set(ruleSet.targets.flatMap((t) => t.compiled.indicators)),
      targetsPerCategory: ruleSet.categories.map((c) => ruleSet.targets.filter((t) => t.category === c.id).length),
      categoryWeights: ruleSet.categories.map((c) => c.weight.toString()),
    };
    ruleSetFactsCache.set(ruleSet, facts);
  }
  return facts;
}

function unusedObservations(ruleSet: CompiledRuleSet, ctx: EvaluationContext, scheme?: BoundScheme): string[] {
  const { reads } = ruleSetFacts(ruleSet);
  // Indicators a scheme reads (level flags, veto series, bonus counts) are used too.
  const schemeReads = scheme?.reads ?? [];
  return [...ctx.region.facts.keys()].filter((id) => !reads.has(id) && !schemeReads.includes(id));
}

/**
 * Scores the outcomes and writes the plain-JSON report (decimal strings, stable key order). With a
 * bound assessment scheme the report gains a `scheme` block; every other field keeps the rule set's
 * default scoring, so a report without a scheme is byte-identical to before.
 */
export function buildReport(
  ruleSet: CompiledRuleSet,
  ctx: EvaluationContext,
  outcomes: readonly TargetOutcome[],
  scheme?: BoundScheme,
): Report {
  const score = scoreTargets(outcomes, ruleSet.categories, ruleSet.scoring);
  const results = outcomes.map((o, i) => targetResult(ruleSet, ctx, o, score.points[i] as TargetPoints));
  const data = ruleSet.data;
  return {
    schemaVersion: 1,
    ruleSet: {
      id: data.id,
      title: data.title,
      issuer: data.issuer,
      documentNumber: data.documentNumber,
      locale: data.locale,
      source: data.source.file,
      weights: data.scoring.weights,
      weightsNote: data.scoring.weightsNote ?? null,
    },
    region: ctx.region.region,
    period: ctx.region.period,
    asOf: ctx.asOf,
    score: score.score === null ? null : score.score.toFixed(ruleSet.scoring.precision),
    maximum: score.maximum.toString(),
    grade: score.grade,
    gradeBand: score.band && !score.vetoed ? bandInterval(score.band) : null,
    vetoed: score.vetoed,
    vetoedBy: [...score.vetoedBy],
    vetoUnknown: [...score.vetoUnknown],
    scoring: {
      method: ruleSet.scoring.method,
      missingData: ruleSet.scoring.missingData,
      aspirational: ruleSet.scoring.aspirational,
      precision: ruleSet.scoring.precision,
    },
    counts: countStatuses(outcomes),
    categories: score.categories.map((c, i) => ({
      id: c.category.id,
      names: c.category.names,
      weight: ruleSetFacts(ruleSet).categoryWeights[i] as string,
      possible: points4(c.possible),
      earned: points4(c.earned),
      targets: ruleSetFacts(ruleSet).targetsPerCategory[i] as number,
      scoredTargets: c.scoredTargets,
    })),
    targets: results,
    shortfalls: shortfalls(results, score.points),
    warnings: ruleSet.warnings.map((w) => ({
      code: w.code,
      path: w.path,
      targets: [...w.targets],
      message: w.message,
    })),
    unusedObservations: unusedObservations(ruleSet, ctx, scheme),
    ...(scheme ? { scheme: buildSchemeReport(scheme, outcomes, ctx) } : {}),
  };
}
