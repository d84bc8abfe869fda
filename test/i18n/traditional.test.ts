import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { ConverterBuilder, CustomConverter } from 'opencc-js/core';
import * as cn2t from 'opencc-js/preset/cn2t';
import { describe, expect, it, vi } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

type Config = { segmentation: string[]; conversionChain: string[][] };
const S2TW = (cn2t.configs as unknown as Record<string, Config>).s2tw as Config;
const DICTIONARIES = [...new Set([...S2TW.segmentation, ...S2TW.conversionChain.flat()])];

/** opencc-js's own s2tw converter, built whole, with the library's quotes: what the lazy one must equal. */
function eager(): (text: string) => string {
  const toTaiwan = ConverterBuilder(cn2t)({ from: 'cn', to: 'tw' });
  const quotes = CustomConverter([
    ['“', '「'],
    ['”', '」'],
    ['‘', '『'],
    ['’', '』'],
  ]);
  return (text) => quotes(toTaiwan(text));
}

/** Every string value in a JSON file (names, clauses, notes): what load converts. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

async function freshModule() {
  vi.resetModules();
  return import('../../src/locales/traditional.js');
}

describe('toTraditional builds its phrase tables lazily and converts as OpenCC s2tw does', () => {
  it('reads dictionaries sorted by key, which the branch look-up relies on', () => {
    for (const dict of DICTIONARIES) {
      const keys = dict.split('|').map((entry) => entry.split(' ')[0] as string);
      const unsorted = keys.findIndex((k, i) => i > 0 && k < (keys[i - 1] as string));
      expect(unsorted).toBe(-1);
    }
  });

  it('builds no branch before the first conversion, and only the branches a text needs', async () => {
    const { builtBranchCount, toTraditional } = await freshModule();
    expect(builtBranchCount()).toBe(0);
    expect(toTraditional('质量')).toBe('質量');
    // Two first characters in at most the segmenting trie and the two converting tries: 6 of some 9,000.
    const afterTwo = builtBranchCount();
    expect(afterTwo).toBeGreaterThan(0);
    expect(afterTwo).toBeLessThanOrEqual(6);
    expect(toTraditional('质量质量')).toBe('質量質量');
    expect(builtBranchCount()).toBe(afterTwo);
    expect(toTraditional('abc 123')).toBe('abc 123');
  });

  it('equals the whole-table converter on every text of the rule files and the five source documents', async () => {
    const { toTraditional } = await freshModule();
    const whole = eager();
    const files = [
      ...readdirSync(join(ROOT, 'rules'))
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(ROOT, 'rules', f)),
      ...readdirSync(join(ROOT, 'rules', 'schemes'))
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(ROOT, 'rules', 'schemes', f)),
    ];
    const texts = files.flatMap((f) => stringsOf(JSON.parse(readFileSync(f, 'utf8'))));
    for (const f of readdirSync(join(ROOT, 'rules', 'sources')))
      texts.push(...readFileSync(join(ROOT, 'rules', 'sources', f), 'utf8').split('\n'));
    expect(texts.length).toBeGreaterThan(1000);
    const differing = texts.filter((t) => toTraditional(t) !== whole(t));
    expect(differing).toEqual([]);
  });

  it('equals the whole-table converter on text made of dictionary phrases, their parts and odd characters', async () => {
    const { toTraditional } = await freshModule();
    const whole = eager();
    const keys = (S2TW.segmentation[0] as string).split('|').map((entry) => entry.split(' ')[0] as string);
    const piece = fc.oneof(
      fc.constantFrom(...keys),
      fc.constantFrom(...keys).map((k) => k.slice(0, Math.max(1, k.length - 1))),
      // Quotes, a CJK compatibility ideograph, an astral character, an ideographic description sequence, Latin.
      fc.constantFrom('“', '”', '‘', '’', '\uF900', '𠀀', '⿰氵工', '⿱', 'A', ' ', '台', '干', '发', '里'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(toTraditional(text)).toBe(whole(text));
      }),
      { numRuns: 2000 },
    );
  });
});
