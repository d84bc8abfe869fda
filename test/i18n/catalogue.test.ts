import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/locales/catalogue.js';
import { ERROR_MESSAGES } from '../../src/locales/error-messages.js';
import { LOCALES } from '../../src/locales/locale.js';
import { UNIT_NAMES } from '../../src/locales/unit-names.js';

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
    expect(entries(KIND_WORDS)).toBeGreaterThan(60);
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
