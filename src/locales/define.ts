import { isLocalizedText, LOCALES, type Locale, type LocalizedText } from './locale.js';

/**
 * One message contract M written out for every locale. Typing a table set with it makes the compiler
 * list what a new locale is missing, entry by entry (date-fns' `Locale`, valibot's `Language`).
 */
export type LocaleTables<M> = { readonly [L in Locale]: M };

/**
 * A locale's argument as the joined catalogue takes it: a per-locale text (`string`) may be the same
 * text for every locale or one text per locale, and so may each item of a list of them; literal
 * unions (`'up' | 'down'`), numbers and `null` pass through unchanged.
 */
export type PerLocaleArg<A> = A extends string
  ? string extends A
    ? string | LocalizedText
    : A
  : A extends readonly (infer E)[]
    ? readonly PerLocaleArg<E>[]
    : A;

/**
 * What {@link localizeTables} makes of a contract: texts become {@link LocalizedText}, functions of
 * per-locale strings become functions of {@link LocalizedText} (or shared strings) returning one.
 */
export type Localized<M> = M extends string
  ? LocalizedText
  : M extends (...args: infer A) => string
    ? (...args: { [K in keyof A]: PerLocaleArg<A[K]> }) => LocalizedText
    : { readonly [K in keyof M]: Localized<M[K]> };

/** One locale's entry of a contract, as the joining walks it. */
type Entry = string | Render | { readonly [key: string]: Entry };
type Render = (...args: unknown[]) => string;

/** One locale's part of an argument: item by item in a list, its text if the argument is a {@link LocalizedText}. */
function pick(arg: unknown, locale: Locale): unknown {
  if (typeof arg !== 'object' || arg === null) return arg;
  if (Array.isArray(arg)) return arg.map((item) => pick(item, locale));
  return isLocalizedText(arg) ? arg[locale] : arg;
}

/** The arguments one locale's function receives. */
function localeArgs(args: readonly unknown[], locale: Locale): unknown[] {
  const out = new Array<unknown>(args.length);
  for (let i = 0; i < args.length; i++) out[i] = pick(args[i], locale);
  return out;
}

/**
 * An argument that is a {@link LocalizedText} (read per locale), or undefined for anything else (a shared
 * string, a number, a list): told once per argument, where {@link pick} would ask each locale again.
 */
function textArg(arg: unknown): LocalizedText | undefined {
  return typeof arg === 'object' && arg !== null && !Array.isArray(arg) && isLocalizedText(arg) ? arg : undefined;
}

/**
 * One function rendering every locale at once from the three locales' functions. It takes as many
 * arguments as the locale that uses the most (a locale may leave out a trailing one it does not print).
 * Explanations call these per target per region, so the common arities get wrappers with plain
 * parameters: no rest array, no spread call, no per-locale argument arrays, and each argument is told
 * a text or not once for the three locales.
 */
function joinRenders(hans: Render, hant: Render, en: Render): (...args: unknown[]) => LocalizedText {
  const arity = Math.max(hans.length, hant.length, en.length);
  switch (arity) {
    case 0:
      return () => ({ 'zh-Hans': hans(), 'zh-Hant': hant(), en: en() });
    case 1:
      return (a: unknown) => {
        const ta = textArg(a);
        return {
          'zh-Hans': hans(ta ? ta['zh-Hans'] : pick(a, 'zh-Hans')),
          'zh-Hant': hant(ta ? ta['zh-Hant'] : pick(a, 'zh-Hant')),
          en: en(ta ? ta.en : pick(a, 'en')),
        };
      };
    case 2:
      return (a: unknown, b: unknown) => {
        const ta = textArg(a);
        const tb = textArg(b);
        return {
          'zh-Hans': hans(ta ? ta['zh-Hans'] : pick(a, 'zh-Hans'), tb ? tb['zh-Hans'] : pick(b, 'zh-Hans')),
          'zh-Hant': hant(ta ? ta['zh-Hant'] : pick(a, 'zh-Hant'), tb ? tb['zh-Hant'] : pick(b, 'zh-Hant')),
          en: en(ta ? ta.en : pick(a, 'en'), tb ? tb.en : pick(b, 'en')),
        };
      };
    case 3:
      return (a: unknown, b: unknown, c: unknown) => {
        const ta = textArg(a);
        const tb = textArg(b);
        const tc = textArg(c);
        return {
          'zh-Hans': hans(
            ta ? ta['zh-Hans'] : pick(a, 'zh-Hans'),
            tb ? tb['zh-Hans'] : pick(b, 'zh-Hans'),
            tc ? tc['zh-Hans'] : pick(c, 'zh-Hans'),
          ),
          'zh-Hant': hant(
            ta ? ta['zh-Hant'] : pick(a, 'zh-Hant'),
            tb ? tb['zh-Hant'] : pick(b, 'zh-Hant'),
            tc ? tc['zh-Hant'] : pick(c, 'zh-Hant'),
          ),
          en: en(ta ? ta.en : pick(a, 'en'), tb ? tb.en : pick(b, 'en'), tc ? tc.en : pick(c, 'en')),
        };
      };
    default: {
      const joined = (...args: unknown[]): LocalizedText => ({
        'zh-Hans': hans(...localeArgs(args, 'zh-Hans')),
        'zh-Hant': hant(...localeArgs(args, 'zh-Hant')),
        en: en(...localeArgs(args, 'en')),
      });
      return Object.defineProperty(joined, 'length', { value: arity });
    }
  }
}

function localizeAt(tables: Readonly<Record<Locale, Entry>>): unknown {
  const { 'zh-Hans': hans, 'zh-Hant': hant, en } = tables;
  if (typeof hans === 'string') return { 'zh-Hans': hans, 'zh-Hant': hant, en };
  if (typeof hans === 'function') return joinRenders(hans, hant as Render, en as Render);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(hans)) {
    out[key] = localizeAt(
      Object.fromEntries(LOCALES.map((l) => [l, (tables[l] as Record<string, Entry>)[key]])) as Record<Locale, Entry>,
    );
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
  return localizeAt(tables as unknown as Record<Locale, Entry>) as Localized<M>;
}
