/** Matching a drafted subject to the shared catalogue, or naming a new indicator for it. */
import { isCountUnit, isRateUnit, parseUnit } from '../core/units.js';
import { BUILTIN_INDICATORS } from '../indicators/catalogue.js';
import type { Indicator, IndicatorKind } from '../indicators/schema.js';

/** Character pairs of a name, for a similarity that ignores word order inside short phrases. */
function bigrams(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) out.push(text.slice(i, i + 2));
  return out;
}

/**
 * Dice similarity of two names' character pairs, in [0, 1].
 * @example nameSimilarity('产品质量抽查合格率', '产品质量监督抽查合格率') > 0.8 // true
 */
export function nameSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length === 0 || y.length === 0) return a === b ? 1 : 0;
  const pool = new Map<string, number>();
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of x) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      shared += 1;
      pool.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** How sure a catalogue match is: the same name, or a similar one a person should confirm. */
export interface CatalogueMatch {
  readonly indicator: Indicator;
  readonly exact: boolean;
}

/** The least similarity that proposes a catalogue indicator (still flagged for review). */
const SIMILAR = 0.6;

/**
 * The catalogue indicator a subject names, if one fits in wording and unit dimension.
 * @example matchCatalogue('产品质量监督抽查合格率', '%')?.indicator.id // 'product-sampling-pass-rate'
 */
export function matchCatalogue(
  subject: string,
  unit: string,
  catalogue: readonly Indicator[] = BUILTIN_INDICATORS,
): CatalogueMatch | undefined {
  const dimension = parseUnit(unit)?.dimension;
  let best: { indicator: Indicator; score: number } | undefined;
  for (const indicator of catalogue) {
    if (parseUnit(indicator.unit)?.dimension !== dimension) continue;
    const name = indicator.names['zh-Hans'];
    if (name === subject) return { indicator, exact: true };
    const contained = subject.length >= 4 && name.length >= 4 && (subject.includes(name) || name.includes(subject));
    // What is measured (the name's first word) and how (its last word) must both appear: 工业产品…合格率
    // shares most characters with 水产品…合格率, but not 水产.
    if (!contained && !(subject.includes(name.slice(0, 2)) && subject.endsWith(name.slice(-2)))) continue;
    const score = contained ? Math.max(0.9, nameSimilarity(subject, name)) : nameSimilarity(subject, name);
    if (score >= SIMILAR && (!best || score > best.score)) best = { indicator, score };
  }
  return best ? { indicator: best.indicator, exact: false } : undefined;
}

/** The indicator kind a unit implies: % a rate, a classifier a count, money an amount. */
export function kindForUnit(unit: string): IndicatorKind {
  const parsed = parseUnit(unit);
  if (!parsed) return 'amount';
  if (parsed.dimension === 'share') return 'rate';
  if (parsed.dimension === 'boolean') return 'boolean';
  if (isRateUnit(parsed)) return 'ratio';
  if (isCountUnit(parsed)) return 'count';
  if (parsed.dimension === 'mass-concentration') return 'concentration';
  if (parsed.dimension === 'points') return 'index';
  return 'amount';
}

/** A unit for a subject that states no figure (ranks, trends, benchmarks), read from its last word. */
export function unitForSubject(subject: string): string {
  if (/(?:率|比例|比重|满意度|覆盖面|占比)$/.test(subject)) return '%';
  if (/浓度$/.test(subject)) return 'μg/m³';
  if (/(?:产值|收入|投入|总额|经费)$/.test(subject)) return '万元';
  if (/(?:事故|事件|案件)(?:数)?$/.test(subject)) return '起';
  if (/(?:企业|单位)(?:数)?$/.test(subject)) return '家';
  if (/(?:数|数量|总数|总量|项目)$/.test(subject)) return '个';
  return '分';
}
