import { z } from 'zod';

/** The three languages the library speaks; a rule set's locale is the default for its reports. */
export const LOCALES = ['zh-Hans', 'zh-Hant', 'en'] as const;

/** One of {@link LOCALES}. */
export type Locale = (typeof LOCALES)[number];

/**
 * A text in each language, as the report and the catalogue carry it (all three always present).
 * @example { 'zh-Hans': '已达标', 'zh-Hant': '已達標', en: 'met' }
 */
export const LocalizedTextSchema = z.object({ 'zh-Hans': z.string(), 'zh-Hant': z.string(), en: z.string() });

/** A text in each language (inferred from {@link LocalizedTextSchema}; an interface so types show it by name). */
export interface LocalizedText extends z.infer<typeof LocalizedTextSchema> {}

/** Whether a value is a {@link LocalizedText} rather than one shared string or a list. */
export function isLocalizedText(value: unknown): value is LocalizedText {
  return typeof value === 'object' && value !== null && 'zh-Hans' in value;
}

/**
 * Builds a {@link LocalizedText} by calling `render` once per locale.
 * @example perLocale((l) => `${MESSAGES.lead[l]}${PUNCTUATION.colon[l]}质量办`).en // 'lead: 质量办'
 */
export function perLocale(render: (locale: Locale) => string): LocalizedText {
  return { 'zh-Hans': render('zh-Hans'), 'zh-Hant': render('zh-Hant'), en: render('en') };
}

/**
 * Joins localized fragments with a separator chosen per locale.
 * @example joinLocalized([a, b], PUNCTUATION.list).en // 'a, b'
 */
export function joinLocalized(parts: readonly LocalizedText[], sep: LocalizedText): LocalizedText {
  return perLocale((l) => parts.map((p) => p[l]).join(sep[l]));
}
