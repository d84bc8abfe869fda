/**
 * Rank targets: 位居全县前列 / 居全市前列 / 居全国同级城区前列, with "前列" declared as top k or a top share.
 *
 * The position comes from the cohort when the region is scored in one and has a current value: the
 * region's value is ranked among every other cohort region's current value, best first by the
 * indicator's direction (higher or lower is better), ties per `ties` (`shared`: 1,2,2,4; `dense`:
 * 1,2,2,3); regions without a value are not ranked. Otherwise the region's own published rank
 * (`rank` + `of` in the data) is used. Neither gives no_data.
 *
 * The cut-off k is `top.count`, or ⌈share × of⌉ for `top.share` (so 30% of 12 regions is the top 4).
 * Met iff position ≤ k; attainment 1 when met, else k / position; the gap is position − k places.
 *
 * Facts: `<id>:position` and `<id>:cutoff`; the condition is position ≤ cutoff (a literal k for `count`).
 */
import { type Dec, ONE, plainString, toDecimal } from '../../core/decimal.js';
import { inputIssue } from '../../core/errors.js';
import { quantityTexts } from '../../core/unit-format.js';
import type { Indicator } from '../../indicators/schema.js';
import { ERROR_MESSAGES } from '../../locales/index.js';
import type { LocalizedText } from '../../locales/locale.js';
import { compileCondition, type EngineLeaf } from '../conditions.js';
import type {
  CompileContext,
  EvaluationContext,
  Gathered,
  KindCompiler,
  Measurement,
  ObservedFigure,
} from '../contract.js';
import { currentEntry, derivedFact, observedFigure } from '../gather.js';
import { indicatorUnit, requireIndicator, requireNumericIndicator } from '../indicator-checks.js';
import { measurementOf } from '../measurement.js';
import type { FactValue } from '../operators.js';
import { countDec, countShare } from '../statistics.js';
import { RANK_MESSAGES } from './messages.js';
import type { RankTarget } from './schema.js';

const E = ERROR_MESSAGES.expected;
const M = RANK_MESSAGES;

/** How tied values are ranked. */
export type TieRule = 'shared' | 'dense';

/** What one rank target needs, fixed at compile time. */
interface RankSpec {
  readonly id: string;
  readonly indicator: Indicator;
  readonly higherIsBetter: boolean;
  readonly top: { readonly count: number } | { readonly share: Dec };
  readonly ties: TieRule;
  readonly peerGroup: string;
  /** The facts' names, `<id>:position` and `<id>:cutoff`. */
  readonly positionFact: string;
  readonly cutoffFact: string;
}

/** A region's place among its peers and where it was read. */
interface Placement {
  readonly position: number;
  readonly of: number;
  readonly source: 'cohort' | 'published';
  readonly observed: readonly ObservedFigure[];
  /** The region's own value when it was ranked by value. */
  readonly value?: Dec;
}

/**
 * The position of `own` among `peers` (the others' values), best first. `shared`: 1 + the number of
 * peers strictly better (1,2,2,4); `dense`: 1 + the number of distinct better values (1,2,2,3).
 * @example rankAmong(D(8), [D(10), D(9), D(9)], true, 'dense') // 3
 */
export function rankAmong(own: Dec, peers: readonly Dec[], higherIsBetter: boolean, ties: TieRule): number {
  const better = peers.filter((v) => (higherIsBetter ? v.gt(own) : v.lt(own)));
  // Decimal's toString is canonical (1.0 and 1 both print "1"), so it keys distinct values exactly.
  return 1 + (ties === 'shared' ? better.length : new Set(better.map((v) => plainString(v))).size);
}

/** The cut-off k for a peer group of `of` regions. */
function cutoffOf(spec: RankSpec, of: number): number {
  return 'count' in spec.top ? spec.top.count : spec.top.share.times(of).ceil().toNumber();
}

/** The position from the cohort's sorted column (a binary search) when it has one, else from its list of values. */
function rankInCohort(spec: RankSpec, ctx: EvaluationContext, own: Dec): { position: number; of: number } | undefined {
  const column = ctx.cohort?.column?.(spec.indicator.id);
  if (column) {
    const better = column.better(own, spec.higherIsBetter);
    return { position: 1 + (spec.ties === 'shared' ? better.values : better.distinct), of: column.count };
  }
  const values = ctx.cohort?.values?.(spec.indicator.id);
  if (!values) return undefined;
  const self = ctx.region.region.id;
  const peers = values.filter((v) => v.region !== self).map((v) => v.value);
  return { position: rankAmong(own, peers, spec.higherIsBetter, spec.ties), of: peers.length + 1 };
}

/** The region placed by its value in the cohort, its own figure then its rank observed; undefined outside a cohort. */
function placeInCohort(
  spec: RankSpec,
  ctx: EvaluationContext,
  own: Dec,
  ownFigure: ObservedFigure,
): Placement | undefined {
  const ranked = rankInCohort(spec, ctx, own);
  if (!ranked) return undefined;
  const { position, of } = ranked;
  const rankFigure: ObservedFigure = {
    indicator: spec.indicator.id,
    period: ctx.region.period,
    value: `${position}/${of}`,
    unit: 'rank',
  };
  return { position, of, source: 'cohort', observed: [ownFigure, rankFigure], value: own };
}

type Located =
  | { readonly kind: 'placed'; readonly placement: Placement }
  | { readonly kind: 'no_data'; readonly observed: readonly ObservedFigure[] }
  | { readonly kind: 'not_applicable'; readonly reason: string };

/** The cohort's ranking when there is one and the region has a value; else the published rank. */
function locate(spec: RankSpec, ctx: EvaluationContext): Located {
  const entry = currentEntry(ctx.region, spec.indicator.id);
  if (entry?.notApplicable !== undefined) return { kind: 'not_applicable', reason: entry.notApplicable };
  const ownFigure = entry?.value !== undefined ? observedFigure(entry, spec.indicator) : undefined;
  const inCohort =
    entry?.value !== undefined && ownFigure ? placeInCohort(spec, ctx, entry.value, ownFigure) : undefined;
  if (inCohort) return { kind: 'placed', placement: inCohort };
  if (entry?.rank)
    return {
      kind: 'placed',
      placement: {
        position: entry.rank.position,
        of: entry.rank.of,
        source: 'published',
        observed: [observedFigure(entry, spec.indicator)],
      },
    };
  return { kind: 'no_data', observed: ownFigure ? [ownFigure] : [] };
}

function gatherRank(spec: RankSpec, ctx: EvaluationContext): Gathered {
  const located = locate(spec, ctx);
  if (located.kind === 'not_applicable')
    return { kind: 'not_applicable', reason: located.reason, indicator: spec.indicator.id };
  if (located.kind === 'no_data')
    return {
      kind: 'no_data',
      missing: [{ indicator: spec.indicator.id, what: M.missing }],
      observed: located.observed,
    };
  const { position, of, observed } = located.placement;
  const facts = new Map<string, FactValue>();
  facts.set(spec.positionFact, countDec(position));
  facts.set(spec.cutoffFact, countDec(cutoffOf(spec, of)));
  // The placement is handed to `measure`, so the region is placed once.
  return { kind: 'facts', facts, observed, state: located.placement };
}

function topText(spec: RankSpec, k?: number): LocalizedText {
  if ('count' in spec.top) return M.topCount(spec.top.count);
  return M.topShare(spec.top.share.times(100).toString(), k);
}

function measureRank(spec: RankSpec, met: boolean, p: Placement): Measurement {
  const k = cutoffOf(spec, p.of);
  const how = p.source === 'cohort' ? M.fromCohort(p.of, spec.ties) : M.published;
  // A published rank is the observed text itself; a rank found from values is said once, here; a top
  // share's count is known only now.
  const notes =
    p.value !== undefined
      ? [M.summary(p.position, p.of, topText(spec, k)), how]
      : 'share' in spec.top
        ? [M.cutoff(topText(spec, k)), how]
        : [how];
  const detail = { position: p.position, of: p.of, cutoff: k, ties: spec.ties, source: p.source };
  // Ranked by value, the value is what was observed (the notes give the position); else the published rank.
  const observedText =
    p.value !== undefined ? quantityTexts(p.value, indicatorUnit(spec.indicator)) : M.position(p.position, p.of);
  if (met) return measurementOf({ attainment: ONE, observedText, notes, detail });
  const gap = countDec(p.position - k);
  return measurementOf({
    attainment: countShare(k, p.position),
    gap,
    gapUnit: '名',
    observedText,
    gapText: M.gap(plainString(gap)),
    notes,
    detail,
  });
}

/** Checks `top.share` lies in (0, 1]. */
function topOf(top: { count: number } | { share: number | string }, ctx: CompileContext): RankSpec['top'] | undefined {
  if ('count' in top) return { count: top.count };
  const share = toDecimal(top.share);
  if (share.gt(0) && share.lte(1)) return { share };
  ctx.issues.push(inputIssue('E_BAD_RANGE', `${ctx.path}.top.share`, E.topShare, top.share));
  return undefined;
}

/** A rank needs to know which way is better. */
function directionOf(indicator: Indicator, ctx: CompileContext): boolean | undefined {
  if (indicator.direction !== 'none') return indicator.direction === 'higher';
  ctx.issues.push(inputIssue('E_SCHEMA', `${ctx.path}.indicator`, E.directedIndicator, indicator.id));
  return undefined;
}

/** 位居全县前列: the region's rank among peers within the declared top. */
export const compileRank: KindCompiler<RankTarget> = (target, ctx) => {
  const indicator = requireIndicator(target.indicator, ctx, 'indicator');
  if (!indicator || !requireNumericIndicator(indicator, ctx)) return undefined;
  const higherIsBetter = directionOf(indicator, ctx);
  const top = topOf(target.top, ctx);
  if (higherIsBetter === undefined || !top) return undefined;
  const spec: RankSpec = {
    id: target.id,
    indicator,
    higherIsBetter,
    top,
    ties: target.ties,
    peerGroup: target.peerGroup,
    positionFact: derivedFact(target.id, 'position'),
    cutoffFact: derivedFact(target.id, 'cutoff'),
  };
  const position = spec.positionFact;
  const condition: EngineLeaf =
    'count' in top
      ? { fact: position, operator: 'atMost', value: String(top.count) }
      : { fact: position, operator: 'atMost', value: { fact: spec.cutoffFact } };
  return {
    indicators: [indicator.id],
    condition,
    predicate: compileCondition(condition),
    requirement: M.requirement(
      ctx.names?.peerGroup(target.peerGroup) ?? { 'zh-Hans': target.peerGroup, 'zh-Hant': target.peerGroup, en: '' },
      topText(spec),
    ),
    // The gap counts places, not the target's unit; a place has no value to score by.
    capabilities: { direction: null, gap: false, fullMarks: null },
    gather: (c) => gatherRank(spec, c),
    measure: (_facts, met, _c, state) => measureRank(spec, met, state as Placement),
  };
};
