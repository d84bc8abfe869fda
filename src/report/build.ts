import { type Dec, decimalString, gapString, ONE, plainString, ZERO } from '../core/decimal.js';
import { keptPerObject } from '../core/kept.js';
import { explainTarget, type StaticParts, staticParts } from '../evaluation/explain.js';
import type { TargetOutcome } from '../evaluation/outcome.js';
import type { EvaluationContext, MissingItem } from '../kinds/contract.js';
import type { LocalizedText } from '../locales/locale.js';
import type { CompiledRuleSet, CompiledTarget } from '../rulesets/load.js';
import type { BoundScheme } from '../schemes/bind.js';
import { headlineScoring } from '../schemes/builtin.js';
import { readRegionReadings } from '../schemes/read.js';
import { bandInterval, type SchemeBand } from '../scoring/bands.js';
import { type ItemScore, isKeptPoints, type SchemeScore, type ScoringPlan, scoreWithPlan } from '../scoring/score.js';
import { reportAssumptions } from './assumptions.js';
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
function countStatuses(outcomes: readonly TargetOutcome[], plans: readonly TargetPlan[]): Report['counts'] {
  const all = emptyCounts();
  const binding = emptyCounts();
  const aspirational = emptyCounts();
  for (let i = 0; i < outcomes.length; i++) {
    const o = outcomes[i] as TargetOutcome;
    const own = (plans[i] as TargetPlan).binding ? binding : aspirational;
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
  // Written out rather than spread: an object spread here took as long as all the counting, and its
  // promoted garbage kept a million-region stream's RSS far above its live heap (README, Limits and memory).
  return {
    total: all.total,
    met: all.met,
    not_met: all.not_met,
    no_data: all.no_data,
    not_applicable: all.not_applicable,
    not_due: all.not_due,
    binding,
    aspirational,
  };
}

const points4 = (d: Dec): string => decimalString(d, 4);

// Every region that scores the same targets gets the same array of possible points from the
// scorer, so their 4-decimal text (a rounding of up to 40 digits each) is made once per array.
/** Each target's possible points as report text, parallel to the scorer's `possible`. */
const possibleTexts = keptPerObject((possible: readonly Dec[]): readonly string[] => possible.map(points4));

// A category's possible points and the maximum come from the scorer's allocations, which every region
// with the same pattern of scored targets shares: their text is kept per Decimal. Weak, so it goes
// with the allocation; only for those shared figures, never a region's own, which would only churn it.
/** The 4-decimal text of a figure the scorer shares between regions. */
const sharedPoints4 = keptPerObject((d: Dec): string => points4(d));

// A score the scorer shares between regions (a frozen grading) is printed once per Decimal.
const scoreTextCache = new WeakMap<Dec, string>();

/** The headline score as report text, at the plan's precision; null when nothing is scored. */
function scoreText(scores: SchemeScore['scores'], precision: number): string | null {
  const total = scores.total;
  if (total === null) return null;
  if (!Object.isFrozen(scores)) return total.toFixed(precision);
  let text = scoreTextCache.get(total);
  if (text === undefined) {
    text = total.toFixed(precision);
    scoreTextCache.set(total, text);
  }
  return text;
}

/** The bonus of a plan without bonus items (the scorer's own zero), printed once. */
const NO_BONUS = points4(ZERO);

// A band is the plan's (every region graded into it shares it), so its interval is printed once.
/** A band's interval as report text ({@link bandInterval}), once per band. */
const bandText = keptPerObject((band: SchemeBand): string => bandInterval(band));

/** The headline plan's category weights as report text (fixed by its plan, so made once per plan). */
const planWeightTexts = keptPerObject((plan: ScoringPlan): readonly string[] =>
  plan.categories.map((c) => decimalString(c.weight, 4)),
);

/** A target's earned points as report text: all its points (the same Decimal), none, or a share. */
function earnedText(p: ItemScore, possibleText: string): string {
  if (p.earned === p.possible) return possibleText;
  return p.earned.isZero() ? '0' : points4(p.earned);
}

/**
 * What a report says of a target that its rule set fixes, worked out once per rule set and read through
 * one shape: the compiled targets keep the raw target and the kind's compiled form, whose shapes differ by
 * kind, so reading them per region made every such read megamorphic.
 */
export interface TargetPlan {
  readonly target: CompiledTarget;
  readonly id: string;
  readonly kind: string;
  readonly category: string;
  readonly label: LocalizedText;
  readonly commitment: TargetResult['commitment'];
  readonly veto: boolean;
  readonly source: TargetResult['source'];
  /** The target's fixed explanation parts (see `staticParts`). */
  readonly explanation: StaticParts;
  readonly binding: boolean;
  /** The deadline, or null for an open one (到20XX年), which reports as the as-of date. */
  readonly deadline: string | null;
  /** Whether the target has a deadline (not 到20XX年), so it can be interim or not yet due. */
  readonly dated: boolean;
  readonly requirement: LocalizedText;
  readonly lead: readonly string[];
  readonly responsible: readonly string[];
  readonly commitmentUnclear: boolean;
  readonly openDeadline: TargetResult['openDeadline'];
}

function planOf(ruleSet: CompiledRuleSet, target: CompiledTarget): TargetPlan {
  return {
    target,
    id: target.id,
    kind: target.kind,
    category: target.category,
    label: target.label,
    commitment: target.commitment,
    veto: target.veto,
    source: target.source,
    explanation: staticParts(ruleSet, target),
    binding: target.commitment === 'binding',
    deadline: target.data.openDeadline === undefined ? target.deadline : null,
    dated: target.data.openDeadline === undefined,
    requirement: target.compiled.requirement,
    lead: target.departments.lead,
    responsible: target.departments.responsible,
    commitmentUnclear: target.data.commitment === 'unclear',
    openDeadline: target.data.openDeadline,
  };
}

/** The rule set's target plans, in target order (the order of the outcomes), built on first use. */
export const targetPlans: (ruleSet: CompiledRuleSet) => readonly TargetPlan[] = keptPerObject(
  (ruleSet: CompiledRuleSet): readonly TargetPlan[] => ruleSet.targets.map((target) => planOf(ruleSet, target)),
);

function targetResult(
  ruleSet: CompiledRuleSet,
  asOf: string,
  o: TargetOutcome,
  plan: TargetPlan,
  p: ItemScore,
  possible: string,
): TargetResult {
  const m = o.measurement;
  const status = o.status;
  const missing = o.missing;
  const observed = o.observed;
  const result: TargetResult = {
    id: plan.id,
    kind: plan.kind,
    category: plan.category,
    label: ownText(plan.label),
    commitment: plan.commitment,
    veto: plan.veto,
    deadline: plan.deadline ?? asOf,
    status,
    provisional: o.provisional && (status === 'met' || status === 'not_due'),
    attainment: m === undefined ? null : (m.attainmentText ?? attainmentFigure(m.attainment)),
    gap: m?.gap ? gapFigure(m.gap) : null,
    gapUnit: m === undefined ? null : m.gapUnit,
    points: { possible, earned: earnedText(p, possible), excluded: p.excluded },
    // gather() builds a fresh array per evaluation, so the report may own it without a copy.
    observed: observed === null ? [] : (observed as TargetResult['observed']),
    missing: missing === undefined ? [] : missingRows(missing),
    requirement: ownText(plan.requirement),
    observedText: m === undefined ? null : ownText(m.observedText),
    gapText: m === undefined ? null : m.gapText,
    explanation: explainTarget(ruleSet, o, asOf, plan.explanation),
    source: { document: plan.source.document, section: plan.source.section, clause: plan.source.clause },
    departments: {
      lead: plan.lead.length === 0 ? [] : plan.lead.slice(),
      responsible: plan.responsible.length === 0 ? [] : plan.responsible.slice(),
    },
  };
  // A kind writes a fresh detail per measurement (its nested records too, which a shallow copy never
  // copied), so the report owns it as it owns `observed`: the copy cost 7% of building the report, its
  // spread site seeing a detail shape per kind. test/speed/build3-detail.test.ts holds kinds to it.
  if (m?.detail) result.detail = m.detail as NonNullable<TargetResult['detail']>;
  if (o.settled) result.settled = o.settled.reason;
  if (plan.commitmentUnclear) result.commitmentUnclear = true;
  if (plan.openDeadline !== undefined) result.openDeadline = plan.openDeadline;
  return result;
}

/**
 * An attainment as the report prints it: `decimalString(a, 4)`, rounded half up. An attainment is in
 * [0, 1], mostly a 40-digit quotient: below 1, its first digit word holds the places 1 to 7 when it is at
 * least 10^-7 (the words are aligned on the point), so its 4 places and the digit deciding their rounding
 * are that word's first five digits; anything smaller rounds to 0. Anything else goes to `decimalString`.
 * @example attainmentFigure(D('0.92784')) // '0.9278'
 */
export function attainmentFigure(a: Dec): string {
  if (a === ONE) return '1';
  const words = a.d;
  if (!words || a.s < 0 || a.e >= 0) return decimalString(a, 4);
  // A zero, or a figure below half a unit in the 4th place (10^-7 and below is far below it).
  if (words[0] === 0 || a.e < -7) return '0';
  const word = words[0] as number;
  const places = Math.floor(word / 1000) + (Math.floor(word / 100) % 10 >= 5 ? 1 : 0);
  if (places === 10_000) return '1';
  if (places === 0) return '0';
  let digits = String(places);
  digits = digits.length < 4 ? '000'.slice(digits.length - 1) + digits : digits;
  let end = 4;
  while (digits.charCodeAt(end - 1) === 48) end -= 1; // '0'
  return `0.${end === 4 ? digits : digits.slice(0, end)}`;
}

/** The most decimal places a report prints a gap at (more only where it would otherwise print as 0). */
const GAP_PLACES = 10;

/**
 * A gap as the report prints it: `gapString(gap, 10)`. A gap of at most one digit word after the point
 * (7 places: 6.4955, 0.05) prints as it is, which `gapString` finds only after working out its decimal
 * places twice; decimal.js drops zero words, so only a longer gap needs that.
 * @example gapFigure(D('6.4955')) // '6.4955'
 */
export function gapFigure(gap: Dec): string {
  const words = gap.d;
  // Words at or after the units word: `e` div 7 of them hold the whole part; the rest, the fraction.
  if (words && words.length - Math.floor(gap.e / 7) <= 2) return plainString(gap);
  return gapString(gap, GAP_PLACES);
}

/**
 * A copy of a text the rule set or a cache fixes (a label, a requirement, a milestone's 「是」), so that no
 * object of one report is an object of another: a caller editing one report edits nothing else. Freezing
 * the shared texts instead measured 5–10% slower (every text function then saw two hidden classes).
 */
function ownText(text: LocalizedText): LocalizedText {
  return { 'zh-Hans': text['zh-Hans'], 'zh-Hant': text['zh-Hant'], en: text.en };
}

/**
 * The report's rows of what a target misses, each its own object, with its own copy of what is missing:
 * a kind may name it with a message of its table (a frequency target's 事件记录), which every region shares.
 */
function missingRows(missing: readonly MissingItem[]): TargetResult['missing'] {
  const rows: TargetResult['missing'] = new Array(missing.length);
  for (let i = 0; i < missing.length; i++) {
    const x = missing[i] as MissingItem;
    rows[i] = { indicator: x.indicator, what: ownText(x.what) };
  }
  return rows;
}

// Shortfalls are ordered by points lost. A comparison of 40-digit Decimals cost more than the rest of
// the list, so each is ordered by its nearest double first: rounding to the nearest double never
// reverses an order (a < b gives double(a) ≤ double(b)), so only equal doubles need the Decimals,
// and equal shares are one Decimal (the scorer keeps one per value). The scorer's shares are few and
// shared between regions, so each one's double is kept.
/** A possible-points Decimal of the scorer as its nearest double. */
const approxPossible = keptPerObject((d: Dec): number => d.toNumber());

/** One target short of its bar: where it stands, what it lost, and that loss as its nearest double. */
export interface Loss {
  readonly i: number;
  readonly lost: Dec;
  readonly approx: number;
}

/** Most points lost first; equal losses in target order (the shortfalls' order, as a sort comparator). */
export function compareLosses(a: Loss, b: Loss): number {
  if (a.approx !== b.approx) return b.approx - a.approx;
  return (a.lost === b.lost ? 0 : b.lost.comparedTo(a.lost)) || a.i - b.i;
}

// A report has a few dozen shortfalls at most: an insertion sort that calls the comparator inline costs less
// than Array.prototype.sort calling it from the engine's built-in, and gives the same order (the comparator
// is a total order, so a stable and an unstable sort agree). Longer lists go to the built-in sort.
const INSERTION_SORT_MOST = 64;

/** Sorts losses in place by {@link compareLosses}. */
export function sortLosses(losses: Loss[]): void {
  const n = losses.length;
  if (n > INSERTION_SORT_MOST) {
    losses.sort(compareLosses);
    return;
  }
  for (let k = 1; k < n; k++) {
    const loss = losses[k] as Loss;
    let j = k - 1;
    while (j >= 0 && compareLosses(losses[j] as Loss, loss) > 0) {
      losses[j + 1] = losses[j] as Loss;
      j -= 1;
    }
    losses[j + 1] = loss;
  }
}

function shortfalls(results: readonly TargetResult[], points: readonly ItemScore[]): Shortfall[] {
  const losses: Loss[] = [];
  for (let i = 0; i < results.length; i++) {
    const r = results[i] as TargetResult;
    if (r.status !== 'not_met' && r.status !== 'no_data') continue;
    const p = points[i] as ItemScore;
    // Under partial credit a target short of its bar still earns a share: it loses the rest.
    if (p.earned.isZero()) losses.push({ i, lost: p.possible, approx: approxPossible(p.possible) });
    else {
      const lost = p.possible.minus(p.earned);
      losses.push({ i, lost, approx: lost.toNumber() });
    }
  }
  sortLosses(losses);
  const rows: Shortfall[] = new Array(losses.length);
  for (let k = 0; k < losses.length; k++) {
    const { i, lost } = losses[k] as Loss;
    const r = results[i] as TargetResult;
    rows[k] = {
      target: r.id,
      status: r.status,
      commitment: r.commitment,
      pointsLost: lost === (points[i] as ItemScore).possible ? r.points.possible : points4(lost),
      attainment: r.attainment,
      gap: r.gap,
      gapUnit: r.gapUnit,
      departments: r.departments,
      clause: r.source.clause,
    };
  }
  return rows;
}

/** What a rule set reads and how many targets each category has: fixed per rule set, so computed once. */
interface RuleSetFacts {
  readonly reads: ReadonlySet<string>;
  readonly targetsPerCategory: readonly number[];
  readonly categoryWeights: readonly string[];
}

const ruleSetFacts = keptPerObject(
  (ruleSet: CompiledRuleSet): RuleSetFacts => ({
    reads: new Set(ruleSet.targets.flatMap((t) => t.compiled.indicators)),
    targetsPerCategory: ruleSet.categories.map((c) => ruleSet.targets.filter((t) => t.category === c.id).length),
    categoryWeights: ruleSet.categories.map((c) => c.weight.toString()),
  }),
);

function unusedObservations(ruleSet: CompiledRuleSet, ctx: EvaluationContext, scheme?: BoundScheme): string[] {
  const { reads } = ruleSetFacts(ruleSet);
  // Indicators a scheme reads (level flags, veto series, bonus counts) are used too.
  const schemeReads = scheme?.reads ?? [];
  const unused: string[] = [];
  for (const id of ctx.region.facts.keys()) if (!reads.has(id) && !schemeReads.includes(id)) unused.push(id);
  return unused;
}

/** The report's warnings: the rule set's, then the headline scoring's, each its own copy. */
function reportWarnings(ruleSet: CompiledRuleSet, own: BoundScheme): Report['warnings'] {
  const warnings: Report['warnings'] = [];
  for (const w of ruleSet.warnings)
    warnings.push({ code: w.code, path: w.path, targets: w.targets.slice(), message: ownText(w.message) });
  // The headline's points checked against practice: a target over 15%, a milestone above an outcome.
  for (const w of own.warnings)
    warnings.push({ code: w.code, path: '$.scoring', targets: w.targets.slice(), message: ownText(w.message) });
  return warnings;
}

/**
 * Scores the outcomes and writes the plain-JSON report (decimal strings, stable key order). The
 * score, grade, points and vetoes are the rule set's own scoring block run as a scheme
 * (`ruleSetScoring`) by the one scorer. With a bound assessment scheme the report gains a `scheme`
 * block; every other field keeps the rule set's scoring. `outcomes` come one per target, in the rule
 * set's target order (as the scorer reads them too).
 */
export function buildReport(
  ruleSet: CompiledRuleSet,
  ctx: EvaluationContext,
  outcomes: readonly TargetOutcome[],
  scheme?: BoundScheme,
): Report {
  const own = headlineScoring(ruleSet);
  const score = scoreWithPlan(own.plan, readRegionReadings(own, outcomes, ctx));
  const headlineScheme = ruleSet.scoring.scheme ?? null;
  const texts = possibleTexts(score.possible);
  const plans = targetPlans(ruleSet);
  const results: TargetResult[] = new Array(outcomes.length);
  for (let i = 0; i < outcomes.length; i++)
    results[i] = targetResult(
      ruleSet,
      ctx.asOf,
      outcomes[i] as TargetOutcome,
      plans[i] as TargetPlan,
      score.items[i] as ItemScore,
      texts[i] as string,
    );
  const data = ruleSet.data;
  const facts = ruleSetFacts(ruleSet);
  const report: Report = {
    schemaVersion: 1,
    ruleSet: {
      id: data.id,
      title: data.title,
      issuer: data.issuer,
      documentNumber: data.documentNumber,
      locale: data.locale,
      source: data.source.file,
      weights: own.settings.weights,
      weightsNote: headlineScheme === null ? (data.scoring.weightsNote ?? null) : own.settings.weightsNote,
    },
    region: ctx.region.region,
    period: ctx.region.period,
    asOf: ctx.asOf,
    score: scoreText(score.scores, own.plan.precision),
    maximum: sharedPoints4(score.maximum),
    grade: score.grade,
    gradeBand: score.band && !score.vetoed ? bandText(score.band) : null,
    vetoed: score.vetoed,
    vetoedBy: score.vetoedBy.map((v) => v.id),
    vetoUnknown: score.vetoUnknown.map((v) => v.id),
    assumptions: reportAssumptions(ruleSet),
    scoring: {
      method: ruleSet.scoring.method,
      missingData: own.settings.missingData,
      aspirational: ruleSet.scoring.aspirational,
      precision: own.plan.precision,
      scheme: headlineScheme,
      bonus: score.bonus === ZERO ? NO_BONUS : points4(score.bonus),
    },
    counts: countStatuses(outcomes, plans),
    categories: score.categories.map((c, i) => ({
      id: c.id,
      names: (ruleSet.categories[i] as CompiledRuleSet['categories'][number]).names,
      weight: (headlineScheme === null ? facts.categoryWeights : planWeightTexts(own.plan))[i] as string,
      possible: sharedPoints4(c.possible),
      earned: isKeptPoints(own.plan, c.earned) ? sharedPoints4(c.earned) : points4(c.earned),
      targets: facts.targetsPerCategory[i] as number,
      scoredTargets: c.scoredTargets,
    })),
    targets: results,
    shortfalls: shortfalls(results, score.items),
    warnings: reportWarnings(ruleSet, own),
    unusedObservations: unusedObservations(ruleSet, ctx, scheme),
  };
  // Assigned rather than spread into the literal, which built the whole report on V8's slow path.
  if (scheme) report.scheme = buildSchemeReport(scheme, outcomes, ctx);
  return report;
}
