import { z } from 'zod';
import { DecimalInputSchema, UnitSpellingSchema } from '../../core/schemas.js';
import { IdSchema } from '../../indicators/schema.js';
import { targetCommon } from '../target.js';

/** Operators of condition leaves; each is a decimal-exact custom json-rules-engine operator. */
export const ConditionOperatorSchema = z.enum([
  'atLeast',
  'moreThan',
  'atMost',
  'lessThan',
  'equalTo',
  'isTrue',
  'isFalse',
]);

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

/** "检定率及检定合格率均达到100%": a user-written json-rules-engine condition over several indicators. */
export const CompoundTargetSchema = z.strictObject({
  ...targetCommon,
  kind: z.literal('compound'),
  condition: ConditionSchema,
});

/** A validated compound target. */
export type CompoundTarget = z.infer<typeof CompoundTargetSchema>;
