import { z } from 'zod';
import { ERROR_MESSAGES } from '../locales/index.js';
import type { LocalizedText } from '../locales/locale.js';
import { toSimplified, toTraditional } from '../locales/traditional.js';

/** Ids are lowercase kebab-case so they are stable in URLs, CSV headers and JSON paths. */
export const IdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id');

/**
 * A name in each of the library's locales. A file gives zh-Hans, or zh-Hant if that is the language
 * it is written in, and may leave out the others: a missing zh-Hant is converted from the zh-Hans
 * name with OpenCC (Taiwan characters, 「」 quotes; `toTraditional`), a missing zh-Hans from the zh-Hant
 * name (`toSimplified`), and a missing en is the zh-Hans name as written. Names given are kept as written. The parsed name always has all three.
 * @example NamesSchema.parse({ 'zh-Hans': '质量奖' }) // { 'zh-Hans': '质量奖', 'zh-Hant': '質量獎', en: '质量奖' }
 */
export const NamesSchema = z
  .union([
    z.strictObject({
      'zh-Hans': z.string().min(1),
      'zh-Hant': z.string().min(1).optional(),
      en: z.string().min(1).optional(),
    }),
    // A plan written in traditional characters may give its names in zh-Hant only.
    z.strictObject({ 'zh-Hant': z.string().min(1), en: z.string().min(1).optional() }),
  ])
  .describe(
    'Names: zh-Hans (or, for a plan written in traditional characters, zh-Hant) required; the other Chinese form is converted with OpenCC, a missing en is the zh-Hans name',
  )
  .transform((names): LocalizedText => {
    const given = names as { 'zh-Hans'?: string; 'zh-Hant'?: string; en?: string };
    const hans = given['zh-Hans'] ?? toSimplified(given['zh-Hant'] as string);
    return { 'zh-Hans': hans, 'zh-Hant': given['zh-Hant'] ?? toTraditional(hans), en: given.en ?? hans };
  });

/** What an indicator measures; `rate` is bounded by 100%, `count` is a non-negative integer. */
export const IndicatorKindSchema = z.enum(['rate', 'count', 'amount', 'concentration', 'ratio', 'index', 'boolean']);

/** Which way is better: `higher` (pass rates), `lower` (PM2.5, incidents) or `none` (targets of equality). */
export const DirectionSchema = z.enum(['higher', 'lower', 'none']);

/** The indicator kinds that may declare `signed: true`; `index` is signed anyway. */
export const SIGNED_KINDS: readonly z.infer<typeof IndicatorKindSchema>[] = ['index', 'amount', 'ratio'];

/** The indicator kinds that may declare `runningTotal: true`: a total of things (个, 项) or of money (万元). */
export const RUNNING_TOTAL_KINDS: readonly z.infer<typeof IndicatorKindSchema>[] = ['count', 'amount'];

/**
 * An indicator: a measurable quantity that targets refer to by id.
 * @example { id: 'pm25-annual-mean', unit: 'μg/m³', kind: 'concentration', direction: 'lower', names: {...} }
 */
export const IndicatorSchema = z
  .strictObject({
    id: IdSchema,
    names: NamesSchema,
    unit: z.string().min(1),
    kind: IndicatorKindSchema,
    direction: DirectionSchema,
    description: z.string().optional(),
    /**
     * A count of events within its period that only grows as the period goes on (incidents, cases): a
     * figure observed part-way is a floor for the period's final one, so a ceiling it already exceeds
     * (or a floor it already reaches) is settled before the deadline.
     */
    accumulates: z.boolean().optional(),
    /**
     * A running total across periods (累计: 到2020年累计培育省级名牌产品20个), which never falls from one
     * period to the next: an earlier period's figure is a floor for every later one's, so a floor it
     * already reaches (or a ceiling it already passes) is settled without the deadline period's figure.
     */
    runningTotal: z.boolean().optional(),
    /**
     * The value may be below zero (a growth rate, a change against a base year). `index` indicators are
     * signed without saying so; `amount` and `ratio` ones may declare it; counts, rates, concentrations
     * and booleans never are.
     */
    signed: z.boolean().optional(),
  })
  .superRefine((indicator, ctx) => {
    if (indicator.signed === true && !SIGNED_KINDS.includes(indicator.kind))
      ctx.addIssue({
        code: 'custom',
        path: ['signed'],
        message: 'E_UNSUPPORTED_KIND',
        params: {
          code: 'E_UNSUPPORTED_KIND',
          expected: ERROR_MESSAGES.expected.signedKindsOnly(SIGNED_KINDS),
        },
      });
    // Only a count of events grows as its period goes on; a rate or an amount can move either way.
    if (indicator.accumulates === true && indicator.kind !== 'count')
      ctx.addIssue({
        code: 'custom',
        path: ['accumulates'],
        message: 'E_UNSUPPORTED_KIND',
        params: { code: 'E_UNSUPPORTED_KIND', expected: ERROR_MESSAGES.expected.accumulatesCountOnly },
      });
    // A rate, a concentration or an index is a level, not a sum, so a later figure may be lower.
    if (indicator.runningTotal === true && !RUNNING_TOTAL_KINDS.includes(indicator.kind))
      ctx.addIssue({
        code: 'custom',
        path: ['runningTotal'],
        message: 'E_UNSUPPORTED_KIND',
        params: {
          code: 'E_UNSUPPORTED_KIND',
          expected: ERROR_MESSAGES.expected.runningTotalKinds(RUNNING_TOTAL_KINDS),
        },
      });
  });

/**
 * Whether an indicator admits a value below zero: an index, or an amount or ratio declared `signed`.
 * @example admitsNegative({ kind: 'ratio', signed: true }) // true
 */
export function admitsNegative(indicator: Pick<Indicator, 'kind' | 'signed'>): boolean {
  return indicator.kind === 'index' || (indicator.signed === true && SIGNED_KINDS.includes(indicator.kind));
}

/** An indicator definition (inferred from {@link IndicatorSchema}). */
export type Indicator = z.infer<typeof IndicatorSchema>;
/** The kind of an indicator. */
export type IndicatorKind = z.infer<typeof IndicatorKindSchema>;
/** Names in each locale, all three filled in (inferred from {@link NamesSchema}). */
export type Names = z.infer<typeof NamesSchema>;

/** The shared catalogue file: indicators that several documents use, under one id each. */
export const CatalogueSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1),
  indicators: z.array(IndicatorSchema),
});
