import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Messages } from '../../src/locales/contract.js';
import { type LocaleTables, localizeTables } from '../../src/locales/define.js';
import { en } from '../../src/locales/en.js';
import { CATALOGUE, ERROR_MESSAGES, LOCALE_TABLES, MESSAGES, UNIT_NAMES } from '../../src/locales/index.js';
import { LOCALES } from '../../src/locales/locale.js';
import { zhHans } from '../../src/locales/zh-Hans.js';

const HAN = /[\u4e00-\u9fff]/;

// Each target kind's own words live in its folder (src/kinds/<kind>/messages.ts); walk them with the catalogue.
const KINDS_DIR = join(import.meta.dirname, '..', '..', 'src', 'kinds');
const KIND_WORDS: Record<string, unknown> = Object.fromEntries(
  await Promise.all(
    readdirSync(KINDS_DIR)
      .filter((kind) => existsSync(join(KINDS_DIR, kind, 'messages.ts')))
      .map(async (kind) => [kind, await import(join(KINDS_DIR, kind, 'messages.ts'))] as const),
  ),
);
const WORDS = { ...CATALOGUE, kinds: KIND_WORDS };

type Text = Record<string, unknown>;

const LOCALIZED_SAMPLE = { 'zh-Hans': '样例', 'zh-Hant': '樣例', en: 'sample' };

/**
 * An argument that serves as every kind of parameter at once: a localized fragment (it has the three
 * locale keys), a list (a one-item array of the sample) and, in a template or `String()`, a plain value.
 */
function anySample(): unknown {
  const sample = Object.assign(['样例'], LOCALIZED_SAMPLE);
  sample.toString = () => '2018';
  return sample;
}

/** A rendered text every locale of which is a real string: no `[object …]`, `undefined` or `NaN` leaked in. */
function usable(r: unknown): r is Text {
  if (!r || typeof r !== 'object') return false;
  return (
    LOCALES.every((l) => {
      const s = (r as Text)[l];
      return typeof s === 'string' && !/\[object|undefined|NaN/.test(s);
    }) && String((r as Text).en).trim() !== ''
  );
}

/**
 * Every text of the catalogue: plain entries, and functions called with sample arguments (localized
 * fragments, then plain strings, then the all-purpose sample). Functions no sample renders go to `unsampled`.
 */
function texts(node: unknown, path: string, out: Array<[string, Text]>, unsampled: string[]): void {
  if (typeof node === 'function') {
    const call = (arg: () => unknown): unknown => {
      try {
        // Functions of per-locale tables (localizeTables) take rest arguments, so their length is 0:
        // give those as many arguments as any entry takes.
        const arity = node.length || 4;
        return (node as (...a: unknown[]) => unknown)(...Array.from({ length: arity }, arg));
      } catch {
        return undefined;
      }
    };
    const result = [() => LOCALIZED_SAMPLE, () => '2018', anySample].map(call).find(usable);
    if (result) out.push([`${path}()`, result]);
    else unsampled.push(path);
    return;
  }
  if (node && typeof node === 'object') {
    if ('en' in node && 'zh-Hans' in node) out.push([path, node as Text]);
    else for (const [k, v] of Object.entries(node)) texts(v, `${path}.${k}`, out, unsampled);
  }
}

/** Entries of a catalogue section, counted without calling anything: texts and functions. */
function entries(node: unknown): number {
  if (typeof node === 'function') return 1;
  if (!node || typeof node !== 'object') return 0;
  if ('en' in node && 'zh-Hans' in node) return 1;
  return Object.values(node).reduce<number>((n, v) => n + entries(v), 0);
}

describe('the message catalogue', () => {
  const all: Array<[string, Text]> = [];
  const unsampled: string[] = [];
  texts(WORDS, 'CATALOGUE', all, unsampled);

  it('has hundreds of texts', () => {
    expect(all.length).toBeGreaterThan(300);
  });

  it('renders every function entry with sample arguments (none is skipped)', () => {
    expect(unsampled).toEqual([]);
    expect(all.length).toBe(entries(WORDS));
  });

  it('walks the words each target kind keeps in its folder', () => {
    expect(Object.keys(KIND_WORDS)).toEqual(
      expect.arrayContaining(['benchmark', 'compound', 'frequency', 'range', 'rank', 'threshold', 'trend', 'zero']),
    );
    expect(all.filter(([p]) => p.startsWith('CATALOGUE.kinds.')).length).toBe(entries(KIND_WORDS));
    expect(entries(KIND_WORDS)).toBeGreaterThan(50);
  });

  it('holds the error texts and the unit names, every one of them walked', () => {
    const walked = (section: string) => all.filter(([p]) => p.startsWith(`CATALOGUE.${section}.`)).length;
    expect(CATALOGUE.errors).toBe(ERROR_MESSAGES);
    expect(CATALOGUE.units).toBe(UNIT_NAMES);
    expect(entries(ERROR_MESSAGES)).toBeGreaterThan(80);
    expect(walked('errors')).toBe(entries(ERROR_MESSAGES));
    expect(walked('units')).toBe(entries(UNIT_NAMES));
  });

  it('gives every text in zh-Hans, zh-Hant and en, none of them empty in English', () => {
    const bad = all.filter(([, t]) => LOCALES.some((l) => typeof t[l] !== 'string'));
    expect(bad.map(([p]) => p)).toEqual([]);
    const emptyEnglish = all.filter(
      ([, t]) => (t.en as string).trim() === '' && (t['zh-Hans'] as string).trim() !== '',
    );
    expect(emptyEnglish.map(([p]) => p)).toEqual([]);
  });

  it('writes traditional forms in zh-Hant where simplified ones differ (no simplified-only characters)', () => {
    // Characters whose simplified form differs from the traditional one, common in this domain.
    const SIMPLIFIED_ONLY =
      /[质达标无数据评级门负责县区规则计类项实际违划检测报过务应为单换该观现个条档时没与权进种对组复围续设处张头辆场户吨亩参]/;
    const offenders = all.filter(([, t]) => {
      const hant = String(t['zh-Hant']).replace(/样例|“[^”]*”/g, '');
      return HAN.test(hant) && SIMPLIFIED_ONLY.test(hant);
    });
    expect(offenders.map(([p, t]) => `${p}: ${String(t['zh-Hant'])}`)).toEqual([]);
  });
});

describe('one message table per locale, joined into the catalogue', () => {
  it('registers every locale, and the catalogue renders each locale from its own table', () => {
    expect(Object.keys(LOCALE_TABLES).sort()).toEqual([...LOCALES].sort());
    for (const l of LOCALES) {
      expect(CATALOGUE.evaluation.status.met[l]).toBe(LOCALE_TABLES[l].evaluation.status.met);
      expect(CATALOGUE.errors.expected.realDate[l]).toBe(LOCALE_TABLES[l].errors.expected.realDate);
    }
  });

  it('hands each locale its own part of a localized argument, lists item by item, shared values as given', () => {
    const q = { 'zh-Hans': '95%', 'zh-Hant': '95％', en: '95 %' };
    expect(MESSAGES.gap(q)).toEqual({ 'zh-Hans': '差距95%', 'zh-Hant': '差距95％', en: 'short by 95 %' });
    expect(MESSAGES.gap('3')).toEqual({ 'zh-Hans': '差距3', 'zh-Hant': '差距3', en: 'short by 3' });
    const flags = [CATALOGUE.evaluation.status.not_met, CATALOGUE.evaluation.veto];
    expect(MESSAGES.statusHead(flags)).toEqual({
      'zh-Hans': '【未达标·一票否决】',
      'zh-Hant': '【未達標·一票否決】',
      en: '[not met, one-vote veto] ',
    });
    expect(ERROR_MESSAGES.expected.oneOf(['"a"', '"b"'])).toEqual({
      'zh-Hans': '以下之一："a"、"b"',
      'zh-Hant': '以下之一："a"、"b"',
      en: 'one of "a", "b"',
    });
  });

  it('takes as many arguments as the locale that uses the most of them', () => {
    // zh-Hans and zh-Hant print the unit's symbol, English its name: every locale still gets both.
    expect(zhHans.errors.expected.wholeNumberOf.length).toBe(1);
    expect(en.errors.expected.wholeNumberOf.length).toBe(2);
    expect(ERROR_MESSAGES.expected.wholeNumberOf.length).toBe(2);
    expect(ERROR_MESSAGES.expected.wholeNumberOf('人', { 'zh-Hans': '人', 'zh-Hant': '人', en: 'people' })).toEqual({
      'zh-Hans': '整数个人',
      'zh-Hant': '整數個人',
      en: 'a whole number of people',
    });
  });

  it('names periods of every granularity, and leaves other labels as written', () => {
    expect(MESSAGES.periodName('2018')).toEqual({ 'zh-Hans': '2018年', 'zh-Hant': '2018年', en: '2018' });
    expect(MESSAGES.periodName('2018-H2')).toEqual({
      'zh-Hans': '2018年下半年',
      'zh-Hant': '2018年下半年',
      en: 'H2 2018',
    });
    expect(MESSAGES.periodName('2018-Q3')).toEqual({
      'zh-Hans': '2018年第3季度',
      'zh-Hant': '2018年第3季度',
      en: 'Q3 2018',
    });
    expect(MESSAGES.periodName('2018-07')).toEqual({ 'zh-Hans': '2018年7月', 'zh-Hant': '2018年7月', en: 'July 2018' });
    expect(MESSAGES.periodName('2018-13')).toEqual({ 'zh-Hans': '2018-13', 'zh-Hant': '2018-13', en: '2018-13' });
    // Veto notes write a month as 2018-07 in English.
    expect(CATALOGUE.schemes.period.month('2018', 7)).toEqual({
      'zh-Hans': '2018年7月',
      'zh-Hant': '2018年7月',
      en: '2018-07',
    });
  });

  it('names prefixed units from the prefix and the base unit in each locale', () => {
    expect(UNIT_NAMES.prefixed.万(UNIT_NAMES.classifier.批次)).toEqual({
      'zh-Hans': '万批次',
      'zh-Hant': '萬批次',
      en: 'ten thousand batches',
    });
  });

  it('a locale table missing an entry does not compile', () => {
    const { schemes: _missing, ...partial } = en;
    // @ts-expect-error — `schemes` is missing: the contract lists what a new locale still lacks.
    const incomplete: Messages = partial;
    // @ts-expect-error — a locale set without zh-Hant is not a LocaleTables<Messages>.
    const tables: LocaleTables<Messages> = { 'zh-Hans': zhHans, en };
    expect(incomplete.evaluation).toBe(en.evaluation);
    expect(localizeTables({ ...tables, 'zh-Hant': zhHans }).evaluation.status.met['zh-Hant']).toBe('已达标');
  });
});
