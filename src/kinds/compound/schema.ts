import { z } from 'zod';
import { INPUT_LIMITS } from '../../core/limits.js';
import { DecimalInputSchema, UnitSpellingSchema } from '../../core/schemas.js';
import { IdSchema } from '../../indicators/schema.js';
import { ERROR_MESSAGES } from '../../locales/index.js';
import { OperatorNameSchema } from '../operators.js';
import { targetCommon } from '../target.js';

/** Operators of condition leaves; each is a decimal-exact custom json-rules-engine operator. */
export const ConditionOperatorSchema = OperatorNameSchema;

/** A condition leaf: `fact` is an indicator id, `value` a threshold in `unit` (or the indicator's unit). */
export const LeafConditionSchema = z.strictObject({
  fact: IdSchema,
  operator: ConditionOperatorSchema,
  value: z.union([DecimalInputSchema, z.boolean()]),
  unit: UnitSpellingSchema.optional(),
});

/** A leaf of a compound condition. */
export type LeafCondition = z.infer<typeof LeafConditionSchema>;

/** A json-rules-engine condition tree (all / any / not) over indicator facts. */
export type Condition = LeafCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };

/** Zod schema of {@link Condition}. */
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    LeafConditionSchema,
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
);

/**
 * The path to the first all/any/not nested deeper than `limit` in a condition, or undefined. Walked
 * with a stack rather than recursion; the input's nesting is already bounded before the schema runs.
 */
export function conditionTooDeep(condition: Condition, limit: number): Array<string | number> | undefined {
  const stack: Array<{ node: Condition; depth: number; path: Array<string | number> }> = [
    { node: condition, depth: 0, path: [] },
  ];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { node, depth, path } = top;
    if ('fact' in node) continue;
    if (depth + 1 > limit) return path;
    if ('not' in node) stack.push({ node: node.not, depth: depth + 1, path: [...path, 'not'] });
    else {
      const key = 'all' in node ? 'all' : 'any';
      const list = 'all' in node ? node.all : node.any;
      for (let i = list.length - 1; i >= 0; i--)
        stack.push({ node: list[i] as Condition, depth: depth + 1, path: [...path, key, i] });
    }
  }
  return undefined;
}

/**
 * A condition nested deeper than real plans ever go (32 levels of all/any/not) is refused with
 * E_TOO_DEEP: the compiler and json-rules-engine recurse over the tree.
 */
const BoundedConditionSchema = ConditionSchema.superRefine((condition, ctx) => {
  const at = conditionTooDeep(condition, INPUT_LIMITS.conditionDepth);
  if (at === undefined) return;
  ctx.addIssue({
    code: 'custom',
    path: at,
    message: 'E_TOO_DEEP',
    params: { code: 'E_TOO_DEEP', expected: ERROR_MESSAGES.expected.conditionAtMostDepth(INPUT_LIMITS.conditionDepth) },
  });
});

/** "检定率及检定合格率均达到100%": a user-written json-rules-engine condition over several indicators. */
export const CompoundTargetSchema = z.strictObject({
  ...targetCommon,
  kind: z.literal('compound'),
  condition: BoundedConditionSchema,
});

/** A validated compound target. */
export type CompoundTarget = z.infer<typeof CompoundTargetSchema>;
