import { z } from 'zod';
import { ERROR_MESSAGES } from '../locales/index.js';
import { INPUT_LIMITS } from './limits.js';

/** Significant digits of a plain decimal string: from its first non-zero digit to its last. */
export function significantDigits(text: string): number {
  const digits = text
    .replace(/[^0-9]/g, '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');
  return digits.length;
}

/**
 * A number or a plain decimal string ("95", "0.4", "2.5"); never NaN, Infinity or exponent notation, and
 * at most {@link INPUT_LIMITS}`.significantDigits` significant digits, so every comparison stays exact.
 */
export const DecimalInputSchema = z.union([
  z.number(),
  z
    .string()
    .regex(/^[+-]?(\d+(\.\d*)?|\.\d+)$/, 'a decimal string such as "95" or "0.4"')
    // A string no longer than the limit cannot hold more digits than it: only longer ones are counted.
    .refine(
      (text) =>
        text.length <= INPUT_LIMITS.significantDigits || significantDigits(text) <= INPUT_LIMITS.significantDigits,
      {
        params: {
          code: 'E_BAD_DECIMAL',
          expected: ERROR_MESSAGES.expected.significantDigits(INPUT_LIMITS.significantDigits),
        },
      },
    ),
]);

/** A unit spelling as the documents write it: %, 个, 家, 人, 批次, 万批次, 亿元, μg/m³, fraction, boolean. */
export const UnitSpellingSchema = z.string().min(1);
