/** The three languages the library speaks; a rule set's locale is the default for its reports. */
export const LOCALES = ['zh-Hans', 'zh-Hant', 'en'] as const;

/** One of {@link LOCALES}. */
export type Locale = (typeof LOCALES)[number];

/** A text in each language. */
export type LocalizedText = Record<Locale, string>;
