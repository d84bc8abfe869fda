import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localizeTables } from '../../src/locales/define.js';
import { LOCALES, type Locale } from '../../src/locales/locale.js';

// Each locale's render prints what it was given, so the joined text shows exactly which part of each
// argument every locale received.
const shown =
  (locale: Locale) =>
  (...args: unknown[]) =>
    `${locale}:${JSON.stringify(args)}`;
const render = (arity: number, locale: Locale) => {
  const f = shown(locale);
  switch (arity) {
    case 1:
      return (a: unknown) => f(a);
    case 2:
      return (a: unknown, b: unknown) => f(a, b);
    case 3:
      return (a: unknown, b: unknown, c: unknown) => f(a, b, c);
    default:
      return (a: unknown, b: unknown, c: unknown, d: unknown) => f(a, b, c, d);
  }
};

/** What a locale's render must receive for one argument: its own text, a list item by item, anything else as given. */
function expectedPart(arg: unknown, locale: Locale): unknown {
  if (Array.isArray(arg)) return arg.map((item) => expectedPart(item, locale));
  if (typeof arg === 'object' && arg !== null && 'zh-Hans' in arg) return (arg as Record<Locale, string>)[locale];
  return arg;
}

const text = fc.record({ 'zh-Hans': fc.string(), 'zh-Hant': fc.string(), en: fc.string() });
const argument = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.constant(null),
  fc.constant(undefined),
  text,
  fc.array(fc.oneof(fc.string(), text), { maxLength: 3 }),
  fc.record({ label: fc.string() }),
);

describe('joined renders pick each argument once for the three locales (localizeTables)', () => {
  it('every arity gives each locale its own part of every argument, as per-locale picking did', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(argument, { minLength: 4, maxLength: 4 }), (arity, all) => {
        const tables = Object.fromEntries(LOCALES.map((l) => [l, { m: render(arity, l) }])) as never;
        const joined = localizeTables<{ m: (...a: string[]) => string }>(tables).m;
        const args = all.slice(0, arity);
        const out = joined(...(args as string[]));
        for (const l of LOCALES) expect(out[l]).toBe(shown(l)(...args.map((a) => expectedPart(a, l))));
      }),
      { numRuns: 500 },
    );
  });

  it('a list that also carries locale keys is read item by item, a text by its locale', () => {
    const listWithKeys = Object.assign(['甲'], { 'zh-Hans': 'x', 'zh-Hant': 'y', en: 'z' });
    const m = localizeTables<{ m: (a: string, b: string) => string }>({
      'zh-Hans': { m: (a, b) => `${a}|${b}` },
      'zh-Hant': { m: (a, b) => `${a}|${b}` },
      en: { m: (a, b) => `${a}|${b}` },
    }).m;
    expect(m(listWithKeys as never, { 'zh-Hans': '简', 'zh-Hant': '繁', en: 'en' } as never)).toEqual({
      'zh-Hans': '甲|简',
      'zh-Hant': '甲|繁',
      en: '甲|en',
    });
  });
});
