import { z } from 'zod';
import { DecimalInputSchema, UnitSpellingSchema } from '../../core/schemas.js';
import { IdSchema } from '../../indicators/schema.js';
import { PeriodLabelSchema } from '../../observations/schema.js';
import { targetCommon } from '../target.js';
import { ToleranceSchema } from '../tolerance.js';

/**
 * The base a change is measured from: a period whose figure the data give (较2015年), or that period with
 * the figure the rule set declares (the document's own baseline), which then wins over the data's.
 */
export const ChangeBaseSchema = z.strictObject({
  period: PeriodLabelSchema,
  value: DecimalInputSchema.optional(),
  unit: UnitSpellingSchema.optional(),
});

/**
 * Change against a base period: 「单位产值能耗较2015年下降15%」 (`relative`, % of the base),
 * 「合格率提升3个百分点以上」 and 「计量标准增加10项」 (`difference`, in `unit`), 「年均增长12%左右」
 * (`annual_growth`, compound % a year from the base year to the data's year).
 */
export const ChangeTargetSchema = z.strictObject({
  ...targetCommon,
  kind: z.literal('change'),
  indicator: IdSchema,
  measure: z.enum(['relative', 'difference', 'annual_growth']),
  direction: z.enum(['increase', 'decrease']),
  /** The size of the change, ≥ 0 (the direction gives its sign): 15 (%), 3 (个百分点), 10 (项). */
  amount: DecimalInputSchema,
  /** % for relative changes and growth rates; for a difference, 个百分点 on a rate, else a unit of the indicator's. */
  unit: UnitSpellingSchema,
  /** 以上 (`at_least`, the default) or 超过 (`more_than`: exactly the amount is not enough). */
  comparison: z.enum(['at_least', 'more_than']).optional(),
  /** Required; left optional here so a target without it gets its own error code, E_BASE_REQUIRED. */
  base: ChangeBaseSchema.optional(),
  /** 左右: the amount may fall short by this much (absolute in the change's unit, or % of the amount). */
  tolerance: ToleranceSchema.optional(),
});

/** A validated change target. */
export type ChangeTarget = z.infer<typeof ChangeTargetSchema>;
