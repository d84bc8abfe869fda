import { z } from 'zod';

/** Ids are lowercase kebab-case so they are stable in URLs, CSV headers and JSON paths. */
export const IdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id');

/** A name in each of the library's locales. */
export const NamesSchema = z.strictObject({
  'zh-Hans': z.string().min(1),
  'zh-Hant': z.string().min(1),
  en: z.string().min(1),
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
/** Names in each locale. */
export type Names = z.infer<typeof NamesSchema>;

/** The shared catalogue file: indicators that several documents use, under one id each. */
export const CatalogueSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1),
  indicators: z.array(IndicatorSchema),
});
