/**
 * A practice check of a scheme's points, run when it is bound: real 考核细则 seldom let one indicator
 * carry more than a small share of the total, and weight outcome indicators above 「建立…制度」 tasks.
 * The checks warn; they never change a score.
 */
import { D, type Dec, decimalString, HUNDRED } from '../core/decimal.js';
import { ERROR_MESSAGES } from '../locales/index.js';
import type { LocalizedText } from '../locales/locale.js';
import type { CompiledTarget } from '../rulesets/load.js';
import { FULL_CREDIT } from '../scoring/methods.js';
import { type ItemReading, type ScoringPlan, scoreWithPlan } from '../scoring/score.js';

/** The share of the total above which one target is flagged (15%). */
export const HEAVY_TARGET_SHARE = new D('0.15');

/** Kinds that are mechanisms and tasks (建立…制度, 定期…, judged tasks) rather than outcome indicators. */
export const MECHANISM_KINDS: readonly string[] = Object.freeze(['milestone', 'frequency', 'qualitative']);

/** One practice warning about a bound scheme's points. */
export interface SchemeWarning {
  readonly code: 'W_HEAVY_TARGET' | 'W_MILESTONE_OUTWEIGHS_OUTCOME';
  readonly targets: readonly string[];
  readonly message: LocalizedText;
}

const W = ERROR_MESSAGES.warnings;

/** What the checks read of a scheme's item: its target (a bound item has one). */
interface LintedItem {
  readonly target: Pick<CompiledTarget, 'id' | 'kind' | 'label'>;
}

/** Each target's points when every target the scheme weights is scored; null for one it does not weight. */
function fullPoints(plan: ScoringPlan, items: readonly LintedItem[], weighted: readonly boolean[]): (Dec | null)[] {
  const readings: ItemReading[] = items.map((_, i) => ({
    status: 'met',
    credit: weighted[i] ? FULL_CREDIT : null,
    excluded: null,
    detail: {},
  }));
  const score = scoreWithPlan(plan, { items: readings, adjustments: [], vetoes: [] });
  return score.items.map((s, i) => (weighted[i] && score.maximum.gt(0) ? s.possible : null));
}

/**
 * The practice warnings of a bound scheme, from the points each target is worth with nothing left out:
 * every target over 15% of the total, and the mechanism targets worth more than the lightest outcome
 * indicator (one warning naming them all).
 * @example schemeWarnings(plan, items, weighted).map((w) => w.code) // ['W_MILESTONE_OUTWEIGHS_OUTCOME']
 */
export function schemeWarnings(
  plan: ScoringPlan,
  items: readonly LintedItem[],
  weighted: readonly boolean[],
): SchemeWarning[] {
  const points = fullPoints(plan, items, weighted);
  const total = points.reduce<Dec>((sum, p) => (p === null ? sum : sum.plus(p)), new D(0));
  if (!total.gt(0)) return [];
  const warnings: SchemeWarning[] = [];
  items.forEach((item, i) => {
    const p = points[i];
    if (p === null || p === undefined || !p.div(total).gt(HEAVY_TARGET_SHARE)) return;
    warnings.push({
      code: 'W_HEAVY_TARGET',
      targets: [item.target.id],
      message: W.heavyTarget(
        item.target.label,
        decimalString(p.div(total).times(HUNDRED), 2),
        HEAVY_TARGET_SHARE.times(HUNDRED).toString(),
      ),
    });
  });
  const scored = items.map((item, i) => ({ item, p: points[i] ?? null })).filter((x) => x.p !== null);
  const outcomes = scored.filter((x) => !MECHANISM_KINDS.includes(x.item.target.kind));
  const lightest = outcomes.reduce<(typeof outcomes)[number] | undefined>(
    (min, x) => (min === undefined || (x.p as Dec).lt(min.p as Dec) ? x : min),
    undefined,
  );
  if (!lightest) return warnings;
  const heavier = scored.filter(
    (x) => MECHANISM_KINDS.includes(x.item.target.kind) && (x.p as Dec).gt(lightest.p as Dec),
  );
  if (heavier.length > 0) {
    const ids = heavier.map((x) => x.item.target.id);
    warnings.push({
      code: 'W_MILESTONE_OUTWEIGHS_OUTCOME',
      targets: [...ids, lightest.item.target.id],
      message: W.milestoneOutweighsOutcome(
        heavier.map((x) => x.item.target.label),
        lightest.item.target.label,
        decimalString(lightest.p as Dec, 4),
      ),
    });
  }
  return warnings;
}
