import { z } from 'zod';
import { INPUT_LIMITS } from '../../core/limits.js';
import { monthsIn, parsePeriod } from '../../core/periods.js';
import { DecimalInputSchema, UnitSpellingSchema } from '../../core/schemas.js';
import { IdSchema } from '../../indicators/schema.js';
import { ERROR_MESSAGES } from '../../locales/index.js';
import { GranularitySchema, targetCommon } from '../target.js';

/** Periods from one label to another of the same granularity, both included; undefined when not comparable. */
function windowSpan(from: string, to: string): number | undefined {
  const a = parsePeriod(from);
  const b = parsePeriod(to);
  if (!a || !b || a.granularity !== b.granularity) return undefined;
  const perYear = 12 / monthsIn(a.granularity);
  return (b.year - a.year) * perYear + (b.index - a.index) + 1;
}

/** 逐年提升 / 连续3年保持增长 / 持续下降 / 显著减少: change against the previous period. */
export const TrendTargetSchema = z.strictObject({
  ...targetCommon,
  kind: z.literal('trend'),
  indicator: IdSchema,
  direction: z.enum(['increase', 'decrease']),
  /** Strictly up (or down) each period, or "not worse" when false. */
  strict: z.boolean(),
  /** N consecutive period-on-period changes ("连续3年"); when absent, every step of the window (逐年). */
  consecutive: z.int().min(1).max(INPUT_LIMITS.periods).optional(),
  granularity: GranularitySchema,
  /** The periods judged, as labels; defaults to the rule set's plan period. */
  window: z
    .strictObject({ from: z.string().min(1), to: z.string().min(1) })
    .superRefine((window, ctx) => {
      // At most INPUT_LIMITS.periods periods: the rule walks every one, and a window over centuries
      // reaches dates outside any calendar. Malformed labels are left to the compiler's checks.
      const span = windowSpan(window.from, window.to);
      if (span === undefined || span <= INPUT_LIMITS.periods) return;
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'E_BAD_RANGE',
        params: { code: 'E_BAD_RANGE', expected: ERROR_MESSAGES.expected.atMostPeriods(INPUT_LIMITS.periods) },
      });
    })
    .optional(),
  /** The least change that counts ("显著"), absolute in `unit`, when the rule set declares one. */
  minChange: z.strictObject({ value: DecimalInputSchema, unit: UnitSpellingSchema }).optional(),
});

/** A validated trend target. */
export type TrendTarget = z.infer<typeof TrendTargetSchema>;
