import type { Engine } from 'json-rules-engine';
import { z } from 'zod';
import { compared, D, type Dec, isDecimalString } from '../core/decimal.js';

/** A fact as the evaluator holds it: an exact Decimal, a boolean, or absent. */
export type FactValue = Dec | boolean | undefined;

/** A fact as json-rules-engine receives it: a decimal string or a boolean (JSON-safe, no floats). */
export type EngineFactValue = string | boolean | undefined;

/** How a numeric operator compares two Decimals. */
export type Compare = (fact: Dec, value: Dec) => boolean;

// `compared` reads both Decimals' fields as decimal.js's `cmp` does, without the copy of the second one
// decimal.js makes on every `gte`/`gt`/`lte`/`lt`/`eq`: every region's every numeric leaf comes through here.
const NUMERIC: Record<string, Compare> = {
  atLeast: (a, b) => compared(a, b) >= 0,
  moreThan: (a, b) => compared(a, b) > 0,
  atMost: (a, b) => compared(a, b) <= 0,
  lessThan: (a, b) => compared(a, b) < 0,
  equalTo: (a, b) => compared(a, b) === 0,
};

/** The decimal-exact operator names, the one list every condition, compiler and engine uses. */
export const OperatorNameSchema = z.enum(['atLeast', 'moreThan', 'atMost', 'lessThan', 'equalTo', 'isTrue', 'isFalse']);

/** One of {@link OperatorNameSchema}'s names. */
export type OperatorName = z.infer<typeof OperatorNameSchema>;

/**
 * The operator of each comparison word of the documents, as threshold and benchmark targets spell them.
 * @example COMPARISON_OPERATORS.at_least // 'atLeast'
 */
export const COMPARISON_OPERATORS = {
  at_least: 'atLeast',
  more_than: 'moreThan',
  at_most: 'atMost',
  less_than: 'lessThan',
  equal: 'equalTo',
} as const satisfies Record<string, OperatorName>;

/**
 * The comparison a numeric operator makes of two Decimals, or undefined for isTrue / isFalse.
 * @example decimalComparison('atLeast')?.(D('95'), D('95')) // true
 */
export function decimalComparison(name: OperatorName): Compare | undefined {
  return NUMERIC[name];
}

function asDecimal(value: unknown): Dec | undefined {
  if (value instanceof D) return value;
  if (typeof value === 'string' && isDecimalString(value)) return new D(value);
  if (typeof value === 'number' && Number.isFinite(value)) return new D(String(value));
  return undefined;
}

/**
 * Applies an operator exactly. A missing or non-numeric fact never satisfies a numeric operator,
 * so a condition over absent data is false here; the evaluator reports such targets as no_data first.
 * @example applyOperator('atLeast', D('95'), '95') // true
 */
export function applyOperator(name: OperatorName, fact: unknown, value: unknown): boolean {
  if (name === 'isTrue') return fact === true;
  if (name === 'isFalse') return fact === false;
  const compare = NUMERIC[name];
  const a = asDecimal(fact);
  const b = asDecimal(value);
  if (!compare || a === undefined || b === undefined) return false;
  return compare(a, b);
}

/** Every operator name, for registration and validation. */
export const OPERATOR_NAMES: readonly OperatorName[] = OperatorNameSchema.options;

/** Registers the decimal-exact operators on a json-rules-engine Engine (replacing its float `lessThan`). */
export function registerDecimalOperators(engine: Engine): void {
  for (const name of OPERATOR_NAMES) {
    engine.addOperator(name, (factValue: unknown, jsonValue: unknown) => applyOperator(name, factValue, jsonValue));
  }
}
