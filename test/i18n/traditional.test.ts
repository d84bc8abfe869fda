import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { ConverterBuilder, ConverterFactory, CustomConverter } from 'opencc-js/core';
import fromTaiwan from 'opencc-js/from/tw';
import * as cn2t from 'opencc-js/preset/cn2t';
import toMainland from 'opencc-js/to/cn';
import { describe, expect, it, vi } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

type Config = { segmentation: string[]; conversionChain: string[][] };
const S2TW = (cn2t.configs as unknown as Record<string, Config>).s2tw as Config;
const TW2S = [...fromTaiwan, ...toMainland].flat() as unknown[];
const DICTIONARIES = [...new Set([...S2TW.segmentation, ...S2TW.conversionChain.flat(), ...(TW2S as string[])])];

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

/** opencc-js's own tw2s converter, built whole, with the library's quotes: what the lazy toSimplified must equal. */
function eagerSimplified(): (text: string) => string {
  const chars = ConverterFactory(fromTaiwan as never, toMainland as never);
  const quotes = CustomConverter([
    ['「', '“'],
    ['」', '”'],
    ['『', '‘'],
    ['』', '’'],
  ]);
  return (text) => quotes(chars(text));
}

describe('toSimplified builds its tables lazily too and converts as OpenCC tw2s does', () => {
  it('equals the whole-table converter on the rule texts and sources in traditional characters', async () => {
    const { toSimplified } = await freshModule();
    const whole = eagerSimplified();
    const toTaiwan = eager();
    const texts = readdirSync(join(ROOT, 'rules', 'sources')).flatMap((f) =>
      readFileSync(join(ROOT, 'rules', 'sources', f), 'utf8').split('\n'),
    );
    const traditional = texts.map(toTaiwan);
    const differing = [...texts, ...traditional].filter((t) => toSimplified(t) !== whole(t));
    expect(differing).toEqual([]);
  });

  it('equals the whole-table converter on text made of its phrases and odd characters', async () => {
    const { toSimplified } = await freshModule();
    const whole = eagerSimplified();
    const keys = (TW2S as string[]).flatMap((d) => d.split('|').map((entry) => entry.split(' ')[0] as string));
    const piece = fc.oneof(
      fc.constantFrom(...keys),
      fc.constantFrom('「', '」', '『', '』', '𠀀', '⿰氵工', 'A', ' ', '臺', '著', '乾'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(toSimplified(text)).toBe(whole(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('toTraditional builds its phrase tables lazily and converts as OpenCC s2tw does', () => {
  it('reads dictionaries sorted by key, which the branch look-up relies on', () => {
    expect(TW2S.every((dict) => typeof dict === 'string')).toBe(true);
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

type Leaf = { 'zh-Hans': string; 'zh-Hant': string; en: string };

/** Every text of a catalogue by its path, functions called with ASCII arguments (which OpenCC leaves alone). */
function leaves(node: unknown, path = ''): Array<[string, Leaf]> {
  if (typeof node === 'function') {
    const args = Array.from({ length: node.length }, (_, i) => `A${i}`);
    return [[path, (node as (...a: string[]) => Leaf)(...args)]];
  }
  const record = node as Record<string, unknown>;
  if (typeof record['zh-Hans'] === 'string') return [[path, record as unknown as Leaf]];
  return Object.entries(record).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
}

async function catalogues() {
  const { LINT_MESSAGES } = await import('../../src/lint/messages.js');
  const { AUTHORING_CLI } = await import('../../src/cli/commands/messages.js');
  const { DRAFT_MESSAGES } = await import('../../src/draft/messages.js');
  return { lint: LINT_MESSAGES, cli: AUTHORING_CLI, draft: DRAFT_MESSAGES };
}

describe('the lint, authoring-CLI and draft words in zh-Hant: zh-Hans through OpenCC', () => {
  it('converts every text but the hand-written Taiwan vocabulary OpenCC s2tw does not swap', async () => {
    const { toTraditional } = await freshModule();
    const all = Object.entries(await catalogues()).flatMap(([name, c]) => leaves(c, name));
    expect(all.length).toBe(74);
    const byHand = all.filter(([, t]) => t['zh-Hant'] !== toTraditional(t['zh-Hans']));
    expect(byHand.map(([path]) => path)).toEqual([
      'lint.sourceMissing',
      'cli.summary.units',
      'cli.arg.plan',
      'cli.arg.ruleSet',
      'cli.option.id',
      'cli.option.out',
      'cli.option.force',
      'cli.option.source',
      'cli.option.help',
      'cli.lintNext',
      'cli.unitsTitle',
      'draft.review.unknownUnit',
    ]);
    for (const [, t] of byHand) expect(t['zh-Hant']).toMatch(/檔案|預設|支援|執行|說明|覆寫|純文字|尋找/);
  });

  it('keeps a function’s arguments as given (a quoted clause, a file name) and converts only its words', async () => {
    const { lint, cli, draft } = await catalogues();
    expect(lint.clauseNotInSource('产品质量监督抽查合格率达到95%以上')['zh-Hant']).toBe(
      '條文「产品质量监督抽查合格率达到95%以上」在原文中找不到，須逐字摘自原文',
    );
    expect(lint.sourceMissing('规划.txt')['zh-Hant']).toBe('原文檔案 规划.txt 不存在，無法核對條文');
    expect(lint.summary(1, 2)['zh-Hant']).toBe('共1個錯誤，2個提示。');
    expect(draft.review.assumedFloor('合格率95%')['zh-Hant']).toBe(
      '「合格率95%」前後無比較詞，按「不低於」起草，請核對',
    );
    expect(draft.draftedNote(3, 1)['zh-Hant']).toBe('由方案文本自動起草：3項目標，1處待核對。');
    expect(cli.lintNext('quality-scorecard lint 规则.json')['zh-Hant']).toBe(
      '核對後請執行：quality-scorecard lint 规则.json',
    );
    expect(cli.unitsTitle(42)['zh-Hant']).toBe('支援的計量單位（42個，另可加 萬/億/千 前綴者如下所示）');
  });

  it('converts nothing while loading; a text is converted when first read, and reads as a plain property', async () => {
    const traditional = await freshModule();
    const { LINT_MESSAGES } = await import('../../src/lint/messages.js');
    const { DRAFT_MESSAGES } = await import('../../src/draft/messages.js');
    expect(traditional.builtBranchCount()).toBe(0);
    expect(LINT_MESSAGES.severity.error['zh-Hant']).toBe('錯誤');
    expect(traditional.builtBranchCount()).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(DRAFT_MESSAGES.category.product))).toEqual({
      'zh-Hans': '产品质量',
      'zh-Hant': '產品質量',
      en: 'product quality',
    });
    expect({ ...DRAFT_MESSAGES.review.zeroGuard }['zh-Hant']).toBe(
      '「防範」不等於承諾「不發生」，未起草為零目標；如需考核，請按定性任務（qualitative）編寫',
    );
  });
});
