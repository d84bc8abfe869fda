import { expect, it } from 'vitest';
import type { Report } from '../../src/report/schema.js';

/** One hand-worked row of a fixture's EXPECTED.md: a target that falls short (or has no data). */
export interface HandWorkedRow {
  status: string;
  /** Expected gap in the target's unit; `null` when the kind has no gap figure; omit to skip. */
  gap?: string | null;
  gapUnit?: string;
  attainment?: number;
  possible?: number;
}

/** The checks every built-in rule set's all-met fixture shares: every target, in order, met; 100.00, grade A, no veto. */
export function expectAllMet(report: Report, targets: readonly string[]): void {
  expect(report.targets.map((t) => t.id)).toEqual(targets);
  for (const t of report.targets) expect([t.id, t.status]).toEqual([t.id, 'met']);
  expect(report.vetoed).toBe(false);
  expect(report.score).toBe('100.00');
  expect(report.grade).toBe('A');
}

/**
 * Registers the checks every built-in rule set's shortfall fixture shares: each target's hand-worked
 * status, each falling-short target's gap and points, and each met target's share of its category.
 */
export function handWorkedChecks(
  report: Report,
  targets: readonly string[],
  short: Readonly<Record<string, HandWorkedRow>>,
  categoryShare: Readonly<Record<string, number>>,
): void {
  const byId = new Map(report.targets.map((t) => [t.id, t]));

  it('gives every target the hand-worked status', () => {
    expect(report.targets.map((t) => t.id)).toEqual(targets);
    for (const t of report.targets) expect([t.id, t.status]).toEqual([t.id, short[t.id]?.status ?? 'met']);
    expect(report.targets.every((t) => !t.provisional)).toBe(true);
  });

  it('gives each falling-short target its gap and points', () => {
    for (const [id, row] of Object.entries(short)) {
      const t = byId.get(id);
      expect(t, id).toBeDefined();
      if (!t) continue;
      if (row.status !== 'not_met') {
        // No data is left out of the maximum (the built-ins declare missingData: exclude).
        expect([id, Number(t.points.possible), Number(t.points.earned)]).toEqual([id, 0, 0]);
        continue;
      }
      if (row.gap !== undefined)
        expect([id, t.gap === null ? null : Number(t.gap)]).toEqual([id, row.gap === null ? null : Number(row.gap)]);
      if (row.gapUnit) expect([id, t.gapUnit]).toEqual([id, row.gapUnit]);
      if (row.attainment !== undefined) expect(Number(t.attainment), id).toBeCloseTo(row.attainment, 3);
      expect(Number(t.points.possible), id).toBeCloseTo(row.possible as number, 3);
      expect([id, Number(t.points.earned)]).toEqual([id, 0]);
    }
  });

  it('gives met targets their share of the category', () => {
    for (const t of report.targets.filter((x) => x.status === 'met')) {
      expect(Number(t.points.possible), t.id).toBeCloseTo(categoryShare[t.category] as number, 3);
      expect(Number(t.points.earned), t.id).toBeCloseTo(categoryShare[t.category] as number, 3);
    }
  });
}
