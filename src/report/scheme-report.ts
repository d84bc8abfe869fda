import { type Dec, decimalString, toDecimal } from '../core/decimal.js';
import type { TargetOutcome } from '../evaluation/outcome.js';
import type { EvaluationContext } from '../kinds/contract.js';
import { PUNCTUATION, perLocale, SCHEME_MESSAGES as SM } from '../locales/index.js';
import type { LocalizedText } from '../locales/locale.js';
import type { BoundScheme } from '../schemes/bind.js';
import { effortOf, type ReadResult, readRegion } from '../schemes/read.js';
import { schemeBandText } from '../scoring/bands.js';
import { type PassReason, passVerdict } from '../scoring/pass.js';
import { type ItemReading, type SchemeScore, scoreWithPlan } from '../scoring/score.js';
import {
  candidatesOf,
  type MetAlone,
  type NextGrade,
  nextGrade,
  type Recoverable,
  recoverable,
  SEARCH_BUDGET,
  type Sensitivity,
  sensitivity,
} from '../scoring/what-if.js';
import type { SchemeReport } from './schema.js';

const points4 = (d: Dec): string => decimalString(d, 4);

function fixed(d: Dec | null, precision: number): string | null {
  return d === null ? null : d.toFixed(precision);
}

/** A target's explanation: the method's words, then its points (and 扣完为止 when a deduction used them all up). */
function targetText(
  note: LocalizedText | null,
  reading: ItemReading,
  possible: Dec,
  earned: Dec,
): LocalizedText | null {
  if (reading.excluded !== null) return SM.exclusion[reading.excluded];
  const credit = reading.credit;
  const floored =
    credit?.kind === 'deduction' && credit.floorAtZero && credit.points.gte(possible) && credit.points.gt(0);
  const parts = [note, floored ? SM.floorAtZero : null, SM.earned(points4(earned), points4(possible))].filter(
    (p): p is LocalizedText => p !== null,
  );
  const assumed = reading.detail.assumedMet === true ? SM.assumedMet : null;
  return perLocale((l) => parts.map((p) => p[l]).join(PUNCTUATION.semicolon[l]) + (assumed?.[l] ?? ''));
}

function targetsBlock(scheme: BoundScheme, read: ReadResult, score: SchemeScore): SchemeReport['targets'] {
  return scheme.items.map((item, i) => {
    const reading = read.readings.items[i] as ItemReading;
    const s = score.items[i] as SchemeScore['items'][number];
    return {
      target: item.target.id,
      category: item.target.category,
      method: item.method.method,
      status: reading.status,
      possible: points4(s.possible),
      earned: points4(s.earned),
      excluded: s.excluded,
      detail: { ...reading.detail },
      explanation: targetText(read.notes[i] ?? null, reading, s.possible, s.earned),
    };
  });
}

function adjustmentsBlock(scheme: BoundScheme, read: ReadResult, score: SchemeScore): SchemeReport['adjustments'] {
  return scheme.adjustments.map((a, i) => {
    const reading = read.readings.adjustments[i] as ReadResult['readings']['adjustments'][number];
    const s = score.adjustments[i] as SchemeScore['adjustments'][number];
    const base =
      reading.count === null
        ? SM.adjustmentNoData
        : SM.adjustment(
            SM.adjustmentType[a.type],
            a.names,
            reading.count.toString(),
            a.pointsDec.toString(),
            points4(s.raw),
          );
    const text = s.capped ? perLocale((l) => `${base[l]}${SM.capped(a.capDec.toString())[l]}`) : base;
    return {
      id: a.id,
      type: a.type,
      names: a.names,
      count: reading.count?.toString() ?? null,
      raw: points4(s.raw),
      points: points4(s.points),
      cap: a.capDec.toString(),
      capped: s.capped,
      text,
    };
  });
}

function vetoesBlock(read: ReadResult): SchemeReport['vetoes'] {
  return read.readings.vetoes.map((v) => ({
    id: v.id,
    on: v.on,
    grade: v.grade,
    triggered: v.triggered,
    unknown: v.unknown,
    target: v.target ?? null,
    period: v.period ?? null,
    text: read.vetoNotes.get(v.id) ?? null,
  }));
}

function labelOf(scheme: BoundScheme, id: string): LocalizedText {
  return scheme.ruleSet.targets.find((t) => t.id === id)?.label ?? perLocale(() => id);
}

function recoverableBlock(
  scheme: BoundScheme,
  outcomes: readonly TargetOutcome[],
  rows: readonly Recoverable[],
): SchemeReport['whatIf']['recoverable'] {
  return rows.map((r) => {
    const o = outcomes.find((x) => x.target.id === r.id) as TargetOutcome;
    const m = o.measurement;
    const gain = SM.whatIf.gain(points4(r.pointsGained), r.scoreGained === null ? '0' : points4(r.scoreGained));
    const lift = r.liftsGrade && r.gradeIfMet !== null ? SM.whatIf.liftsGrade(r.gradeIfMet) : null;
    return {
      target: r.id,
      status: o.status,
      pointsGained: points4(r.pointsGained),
      scoreGained: r.scoreGained === null ? null : points4(r.scoreGained),
      gap: m?.gap ? decimalString(m.gap, 10) : null,
      gapUnit: m?.gapUnit ?? null,
      gapText: m?.gapText ?? null,
      attainment: m ? decimalString(m.attainment, 4) : null,
      effort: decimalString(r.effort, 4),
      gradeIfMet: r.gradeIfMet,
      liftsGrade: r.liftsGrade,
      onRoute: r.onRoute,
      text: perLocale((l) =>
        [labelOf(scheme, r.id)[l], gain[l], lift?.[l], m?.gapText ? `${m.gapText[l]}` : undefined]
          .filter(Boolean)
          .join(PUNCTUATION.semicolon[l]),
      ),
    };
  });
}

/** A veto by its names (the scheme's, else its target's, event type's or indicator's), never by its id. */
function vetoName(scheme: BoundScheme, id: string): LocalizedText {
  const v = scheme.vetoes.find((x) => x.id === id);
  if (v?.names) return v.names;
  if (v?.on === 'target') return labelOf(scheme, v.target);
  if (v?.on === 'event')
    return scheme.ruleSet.data.events?.find((e) => e.id === v.event)?.names ?? perLocale(() => v.event);
  if (v?.indicatorDef) return v.indicatorDef.names;
  return labelOf(scheme, id);
}

function nextGradeText(scheme: BoundScheme, n: NextGrade): LocalizedText {
  switch (n.status) {
    case 'no_grade':
      return SM.whatIf.noGrade;
    case 'top_grade':
      return SM.whatIf.topGrade(n.from ?? '');
    case 'unreachable': {
      const base = SM.whatIf.unreachable(n.to ?? '');
      return n.blockedBy.length === 0
        ? base
        : perLocale((l) => {
            const names = n.blockedBy.map((id) => vetoName(scheme, id)[l]).join(PUNCTUATION.list[l]);
            return `${base[l]}${SM.whatIf.blockedBy(names)[l]}`;
          });
    }
    case 'found': {
      const list = perLocale((l) => n.targets.map((id) => labelOf(scheme, id)[l]).join(PUNCTUATION.list[l]));
      const how =
        n.method === 'exact'
          ? SM.whatIf.exact(n.evaluated)
          : n.method === 'ranked'
            ? SM.whatIf.ranked(n.evaluated)
            : SM.whatIf.greedy(n.evaluated);
      const stop = n.stopped ? SM.whatIf.stopped(SEARCH_BUDGET) : perLocale(() => '');
      return perLocale(
        (l) => `${SM.whatIf.found(n.targets.length, n.from ?? '', n.to ?? '', list[l])[l]}${how[l]}${stop[l]}`,
      );
    }
  }
}

function scenarioName(scheme: BoundScheme, id: string): LocalizedText {
  if (id === 'equal-weights') return SM.sensitivity.equal;
  const [kind, ref = '', move = ''] = id.split(':');
  if (kind === 'category') {
    const names = scheme.ruleSet.categories.find((c) => c.id === ref)?.names ?? perLocale(() => ref);
    return SM.sensitivity.category(names, move);
  }
  return SM.sensitivity.target(labelOf(scheme, ref), move);
}

function sensitivityBlock(
  scheme: BoundScheme,
  s: Sensitivity,
  grade: string | null,
  precision: number,
): SchemeReport['whatIf']['sensitivity'] {
  const changed = s.changed.map((c) => ({
    scenario: c.id,
    grade: c.grade,
    score: fixed(c.score, precision),
    text: SM.sensitivity.changedTo(scenarioName(scheme, c.id), c.grade ?? '—'),
  }));
  const text =
    s.result === 'stable'
      ? SM.sensitivity.stable(s.scenarios.length, grade ?? '—')
      : perLocale(
          (l) =>
            SM.sensitivity.fragile(
              changed.length,
              s.scenarios.length,
              changed.map((c) => c.text[l]).join(PUNCTUATION.list[l]),
            )[l],
        );
  return {
    result: s.result,
    weights: scheme.settings.weights,
    scenarios: s.scenarios.length,
    lowest: fixed(s.lowest, precision),
    highest: fixed(s.highest, precision),
    changed,
    text,
  };
}

/** Everything a scheme computes for one region, before it is written as JSON. */
export interface SchemeEvaluation {
  readonly read: ReadResult;
  readonly score: SchemeScore;
  readonly recoverable: readonly Recoverable[];
  readonly nextGrade: NextGrade;
  readonly sensitivity: Sensitivity;
}

/**
 * Scores one region's evaluated targets under a bound scheme and runs the what-if analysis
 * (points recoverable, next grade, weight sensitivity).
 */
export function evaluateScheme(
  scheme: BoundScheme,
  outcomes: readonly TargetOutcome[],
  ctx: EvaluationContext,
): SchemeEvaluation {
  const read = readRegion(scheme, outcomes, ctx);
  const score = scoreWithPlan(scheme.plan, read.readings);
  const effort = new Map(outcomes.map((o) => [o.target.id, effortOf(o.measurement, o.status)]));
  const candidates = candidatesOf(scheme.plan, read.readings, score, (id) => effort.get(id) as Dec);
  // The search and the recoverable table both score each candidate met alone: once is enough.
  const alone: MetAlone = new Map();
  const next = nextGrade(scheme.plan, read.readings, score, candidates, { alone });
  return {
    read,
    score,
    recoverable: recoverable(scheme.plan, read.readings, score, candidates, next.targets, alone),
    nextGrade: next,
    sensitivity: sensitivity(scheme.plan, read.readings, score),
  };
}

/**
 * The report's `scheme` block: the region's points, scores and grade under the scheme, each
 * target's method and points, bonus and penalty items, vetoes and the what-if analysis.
 * @example buildSchemeReport(bindScheme(scheme, ruleSet), outcomes, ctx).scores.total100 // '86.50'
 */
export function buildSchemeReport(
  scheme: BoundScheme,
  outcomes: readonly TargetOutcome[],
  ctx: EvaluationContext,
): SchemeReport {
  const e = evaluateScheme(scheme, outcomes, ctx);
  const { score } = e;
  const data = scheme.scheme.data;
  const precision = scheme.plan.precision;
  return {
    id: data.id,
    names: data.names,
    ruleSet: data.ruleSet,
    weights: scheme.settings.weights,
    weightsNote: scheme.settings.weightsNote,
    settings: {
      precision,
      missingData: scheme.settings.missingData,
      aspirational: scheme.settings.aspirational,
      notApplicable: data.notApplicable,
      weighting: data.weighting,
      scope: data.scope,
      aggregation: data.aggregation,
    },
    points: {
      budget: scheme.plan.budget.toString(),
      basePoints: scheme.plan.basePoints.toString(),
      maximum: points4(score.maximum),
      ceiling: points4(score.ceiling),
    },
    scores: {
      total100: fixed(score.scores.total100, precision),
      total: fixed(score.scores.total, precision),
      base100: fixed(score.scores.base100, precision),
      base: fixed(score.scores.base, precision),
    },
    bonus: points4(score.bonus),
    penalty: points4(score.penalty),
    grade: score.grade,
    gradeBand: score.band && !score.vetoed ? schemeBandText(score.band) : null,
    vetoed: score.vetoed,
    vetoedBy: score.vetoedBy.map((v) => v.id),
    vetoUnknown: score.vetoUnknown.map((v) => v.id),
    categories: score.categories.map((c, i) => ({
      id: c.id,
      possible: points4(c.possible),
      earned: points4(c.earned),
      aggregation: scheme.plan.categories[i]?.aggregation ?? 'weighted_sum',
    })),
    targets: targetsBlock(scheme, e.read, score),
    adjustments: adjustmentsBlock(scheme, e.read, score),
    vetoes: vetoesBlock(e.read),
    whatIf: {
      recoverable: recoverableBlock(scheme, outcomes, e.recoverable),
      nextGrade: {
        status: e.nextGrade.status,
        from: e.nextGrade.from,
        to: e.nextGrade.to,
        method: e.nextGrade.method,
        targets: [...e.nextGrade.targets],
        scoreAfter: fixed(e.nextGrade.after?.scores.total100 ?? null, precision),
        gradeAfter: e.nextGrade.after?.grade ?? null,
        evaluated: e.nextGrade.evaluated,
        blockedBy: [...e.nextGrade.blockedBy],
        text: nextGradeText(scheme, e.nextGrade),
        ...(e.nextGrade.stopped ? { stopped: true as const } : {}),
      },
      sensitivity: sensitivityBlock(scheme, e.sensitivity, score.grade, precision),
    },
    ...passBlock(scheme, outcomes, score, precision),
    ...(scheme.warnings.length > 0
      ? { warnings: scheme.warnings.map((w) => ({ code: w.code, targets: [...w.targets], message: w.message })) }
      : {}),
    ...(data.source ? { source: { ...data.source } } : {}),
  };
}

/** The pass rule's verdict and its words, when the scheme has a pass rule. */
function passBlock(
  scheme: BoundScheme,
  outcomes: readonly TargetOutcome[],
  score: SchemeScore,
  precision: number,
): Pick<SchemeReport, 'pass'> {
  const rule = scheme.scheme.data.passRule;
  if (!rule) return {};
  const minScore = toDecimal(rule.minScore);
  const keyItems = rule.keyItems.map((id) => ({
    id,
    status: (outcomes.find((o) => o.target.id === id) as TargetOutcome).status,
  }));
  const total = score.scores.total100;
  const verdict = passVerdict(total, minScore, keyItems);
  const shown = total === null ? null : total.toFixed(precision);
  const labels = (ids: readonly string[]) =>
    perLocale((l) => ids.map((id) => labelOf(scheme, id)[l]).join(PUNCTUATION.list[l]));
  const words: Record<PassReason, () => LocalizedText> = {
    passed: () => SM.pass.passed(shown ?? '', minScore.toString(), keyItems.length),
    below_minimum: () => SM.pass.belowMinimum(shown ?? '', minScore.toString()),
    key_items_failed: () => SM.pass.keyItemsFailed(labels(verdict.failed), verdict.failed.length),
    key_items_unknown: () => SM.pass.keyItemsUnknown(labels(verdict.unknown), verdict.unknown.length),
    no_score: () => SM.pass.noScore,
  };
  const parts = verdict.reasons.map((reason) => words[reason]());
  return {
    pass: {
      passed: verdict.passed,
      minScore: minScore.toString(),
      score: shown,
      keyItems: [...rule.keyItems],
      failedKeyItems: [...verdict.failed],
      unknownKeyItems: [...verdict.unknown],
      text: perLocale((l) => parts.map((p) => p[l]).join(PUNCTUATION.semicolon[l])),
    },
  };
}
