import { z } from 'zod';
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

/**
 * An indicator: a measurable quantity that targets refer to by id.
 * @example { id: 'pm25-annual-mean', unit: 'μg/m³', kind: 'concentration', direction: 'lower', names: {...} }
 */
export const IndicatorSchema = z.strictObject({
  id: IdSchema,
  names: NamesSchema,
  unit: z.string().min(1),
  kind: IndicatorKindSchema,
  direction: DirectionSchema,
  description: z.string().optional(),
});

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
