import { z } from 'zod';

/** A number or a plain decimal string ("95", "0.4", "2.5"); never NaN, Infinity or exponent notation. */
export const DecimalInputSchema = z.union([
  z.number(),
  z.string().regex(/^[+-]?(\d+(\.\d*)?|\.\d+)$/, 'a decimal string such as "95" or "0.4"'),
]);

/** A unit spelling as the documents write it: %, 个, 家, 人, 批次, 万批次, 亿元, μg/m³, fraction, boolean. */
export const UnitSpellingSchema = z.string().min(1);
