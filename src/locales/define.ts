import { LOCALES, type Locale, type LocalizedText } from './locale.js';

/**
 * One message contract M written out for every locale. Typing a table set with it makes the compiler
 * list what a new locale is missing, entry by entry (date-fns' `Locale`, valibot's `Language`).
 */
export type LocaleTables<M> = { readonly [L in Locale]: M };

/** A locale's argument: the same text for every locale, or one text per locale. */
export type PerLocaleArg<A> = A extends string ? string | LocalizedText : A;

/**
 * What {@link localizeTables} makes of a contract: texts become {@link LocalizedText}, functions of
 * per-locale strings become functions of {@link LocalizedText} (or shared strings) returning one.
 */
export type Localized<M> = M extends string
  ? LocalizedText
  : M extends (...args: infer A) => string
    ? (...args: { [K in keyof A]: PerLocaleArg<A[K]> }) => LocalizedText
    : { readonly [K in keyof M]: Localized<M[K]> };

type Leaf = string | ((...args: unknown[]) => string) | { readonly [key: string]: Leaf };

function pick(arg: unknown, locale: Locale): unknown {
  return typeof arg === 'object' && arg !== null && 'zh-Hans' in arg ? (arg as LocalizedText)[locale] : arg;
}

function localizeAt(tables: Readonly<Record<Locale, Leaf>>): unknown {
  const sample = tables['zh-Hans'];
  if (typeof sample === 'string') {
    return { 'zh-Hans': sample, 'zh-Hant': tables['zh-Hant'], en: tables.en } as LocalizedText;
  }
  if (typeof sample === 'function') {
    const [hans, hant, en] = LOCALES.map((l) => tables[l] as (...args: unknown[]) => string) as [
      (...args: unknown[]) => string,
      (...args: unknown[]) => string,
      (...args: unknown[]) => string,
    ];
    return (...args: unknown[]): LocalizedText => ({
      'zh-Hans': hans(...args.map((a) => pick(a, 'zh-Hans'))),
      'zh-Hant': hant(...args.map((a) => pick(a, 'zh-Hant'))),
      en: en(...args.map((a) => pick(a, 'en'))),
    });
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(sample)) {
    out[key] = localizeAt({
      'zh-Hans': (tables['zh-Hans'] as Record<string, Leaf>)[key] as Leaf,
      'zh-Hant': (tables['zh-Hant'] as Record<string, Leaf>)[key] as Leaf,
      en: (tables.en as Record<string, Leaf>)[key] as Leaf,
    });
  }
  return Object.freeze(out);
}

/**
 * Joins one contract's per-locale tables into one catalogue that renders every locale at once:
 * `localizeTables(t).status.met` is `{ 'zh-Hans': '已达标', 'zh-Hant': '已達標', en: 'met' }`, and
 * `localizeTables(t).gap(q)` calls each locale's `gap` with that locale's part of `q`.
 * @example localizeTables<{ met: string }>({ 'zh-Hans': { met: '已达标' }, 'zh-Hant': { met: '已達標' }, en: { met: 'met' } }).met.en // 'met'
 */
export function localizeTables<M>(tables: LocaleTables<M>): Localized<M> {
  return localizeAt(tables as unknown as Record<Locale, Leaf>) as Localized<M>;
}
