import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Report } from '../../src/report/schema.js';

/** One hand-worked row of a fixture's EXPECTED.md: a target that falls short (or has no data). */
export interface HandWorkedRow {
  status: string;
  /** Expected gap in the target's unit; `null` when the kind has no gap figure; omit to skip. */
  gap?: string | null;
  gapUnit?: string;
  /** Completion as worked by hand (observed ÷ target, target ÷ observed, share of steps or of the task). */
  attainment?: number;
}

/** The checks every built-in rule set's all-met fixture shares: every target, in order, met; 100.00, grade A, no veto. */
export function expectAllMet(report: Report, targets: readonly string[]): void {
  expect(report.targets.map((t) => t.id)).toEqual(targets);
  for (const t of report.targets) expect([t.id, t.status]).toEqual([t.id, 'met']);
  expect(report.vetoed).toBe(false);
  expect(report.score).toBe('100.00');
  expect(report.grade).toBe('A');
  expect(report.scoring.scheme).toBe('default');
}

interface RuleTarget {
  readonly id: string;
  readonly kind: string;
  readonly category: string;
  readonly commitment: string;
}

/**
 * The practice-based default scheme (rules/schemes/default.json), worked from its notes rather than
 * from the library: zero targets weigh 3, milestones, frequencies and qualitative tasks 1, every other
 * kind 2; aspirational targets are bonus items (1 each, at most 5, total at most 100). A category
 * weighs the sum of its binding targets' weights and shares 100 with the categories that have a scored
 * target; within it, the scored targets share by weight. A met target earns its points; a not-met
 * outcome earns points × (completion − 0.8) ÷ 0.2 (at least 0), a not-met task points × completion,
 * a not-met zero target nothing.
 */
export function practicePoints(
  ruleSet: string,
  short: Readonly<Record<string, HandWorkedRow>>,
): { points: Map<string, { possible: number; earned: number }>; base: number; bonus: number } {
  const raw = JSON.parse(readFileSync(join(import.meta.dirname, `../../rules/${ruleSet}.json`), 'utf8'));
  const targets = raw.targets as RuleTarget[];
  const weight = (t: RuleTarget) =>
    t.kind === 'zero' ? 3 : ['milestone', 'frequency', 'qualitative'].includes(t.kind) ? 1 : 2;
  const status = (t: RuleTarget) => short[t.id]?.status ?? 'met';
  const binding = targets.filter((t) => t.commitment !== 'aspirational');
  const scored = binding.filter((t) => status(t) === 'met' || status(t) === 'not_met');
  const categories = [...new Set(binding.map((t) => t.category))];
  const categoryWeight = (c: string) => binding.filter((t) => t.category === c).reduce((s, t) => s + weight(t), 0);
  const live = categories.filter((c) => scored.some((t) => t.category === c));
  const total = live.reduce((s, c) => s + categoryWeight(c), 0);
  const points = new Map<string, { possible: number; earned: number }>();
  let base = 0;
  for (const t of targets) {
    if (!scored.includes(t)) {
      points.set(t.id, { possible: 0, earned: 0 });
      continue;
    }
    const inCategory = scored.filter((x) => x.category === t.category).reduce((s, x) => s + weight(x), 0);
    const possible = ((100 * categoryWeight(t.category)) / total) * (weight(t) / inCategory);
    const a = short[t.id]?.attainment ?? 1;
    const share =
      status(t) === 'met' ? 1 : t.kind === 'zero' ? 0 : weight(t) === 1 ? a : Math.max(0, Math.min(1, (a - 0.8) / 0.2));
    points.set(t.id, { possible, earned: possible * share });
    base += possible * share;
  }
  const bonus = Math.min(5, targets.filter((t) => t.commitment === 'aspirational' && status(t) === 'met').length);
  return { points, base, bonus };
}

/**
 * Registers the checks every built-in rule set's shortfall fixture shares: each target's hand-worked
 * status, gap and completion, each target's points under the practice-based default, and the score.
 */
export function handWorkedChecks(
  report: Report,
  ruleSet: string,
  targets: readonly string[],
  short: Readonly<Record<string, HandWorkedRow>>,
): void {
  const byId = new Map(report.targets.map((t) => [t.id, t]));
  const expected = practicePoints(ruleSet, short);

  it('gives every target the hand-worked status', () => {
    expect(report.targets.map((t) => t.id)).toEqual(targets);
    for (const t of report.targets) expect([t.id, t.status]).toEqual([t.id, short[t.id]?.status ?? 'met']);
    expect(report.targets.every((t) => !t.provisional)).toBe(true);
  });

  it('gives each falling-short target its gap and completion', () => {
    for (const [id, row] of Object.entries(short)) {
      const t = byId.get(id);
      expect(t, id).toBeDefined();
      if (!t || row.status !== 'not_met') continue;
      if (row.gap !== undefined)
        expect([id, t.gap === null ? null : Number(t.gap)]).toEqual([id, row.gap === null ? null : Number(row.gap)]);
      if (row.gapUnit) expect([id, t.gapUnit]).toEqual([id, row.gapUnit]);
      if (row.attainment !== undefined) expect(Number(t.attainment), id).toBeCloseTo(row.attainment, 3);
    }
  });

  it('gives every target its points under the practice-based default', () => {
    for (const t of report.targets) {
      const e = expected.points.get(t.id);
      expect(Number(t.points.possible), `${t.id} possible`).toBeCloseTo(e?.possible as number, 3);
      expect(Number(t.points.earned), `${t.id} earned`).toBeCloseTo(e?.earned as number, 3);
    }
  });

  it('scores base + bonus (at most 100), rounded half-up to 2 decimals', () => {
    const total = Math.min(100, expected.base + expected.bonus);
    expect(Number(report.score)).toBeCloseTo(total, 2);
    expect(report.scoring.bonus).toBe(String(expected.bonus));
  });
}
