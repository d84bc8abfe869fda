/** The three languages the library speaks; a rule set's locale is the default for its reports. */
export const LOCALES = ['zh-Hans', 'zh-Hant', 'en'] as const;

/** One of {@link LOCALES}. */
export type Locale = (typeof LOCALES)[number];

/** A text in each language. */
export type LocalizedText = Record<Locale, string>;

/**
 * Builds a {@link LocalizedText}; the traditional text defaults to the simplified one only when the
 * caller supplies none, which is right for strings without Han characters (numbers, units, ids).
 */
export function localized(zhHans: string, en: string, zhHant?: string): LocalizedText {
  return { 'zh-Hans': zhHans, 'zh-Hant': zhHant ?? zhHans, en };
}
