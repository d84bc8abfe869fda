import { ConverterFactory, CustomConverter, Trie } from 'opencc-js/core';
import fromTaiwan from 'opencc-js/from/tw';
import * as cn2t from 'opencc-js/preset/cn2t';
import toMainland from 'opencc-js/to/cn';
import { type Localized, localizeTables } from './define.js';
import type { LocalizedText } from './locale.js';

/** OpenCC's `s2tw` configuration as opencc-js ships it: dictionaries as `key value|key value` strings. */
interface ConversionConfig {
  readonly normalizationChain: readonly (readonly string[])[];
  readonly segmentation: readonly string[];
  readonly conversionChain: readonly (readonly string[])[];
}

const S2TW = (cn2t.configs as unknown as Record<string, ConversionConfig>).s2tw as ConversionConfig;

/** The key of the dictionary entry starting at `start`. */
function keyAt(dict: string, start: number): string {
  const space = dict.indexOf(' ', start);
  return dict.slice(start, space < 0 ? dict.length : space);
}

/** Where the entry holding character position `at` starts. */
function entryStart(dict: string, at: number): number {
  return dict.lastIndexOf('|', at) + 1;
}

/**
 * The entries of a key-sorted dictionary whose key starts with `first`, in the dictionary's order: a
 * binary search for the first key not below `first`, then a walk while keys keep that start. Keys are
 * compared as JavaScript compares strings (UTF-16 units), the order opencc-js's dictionaries are in.
 */
function entriesStartingWith(dict: string, first: string): Array<readonly [string, string]> {
  let lo = 0;
  let hi = dict.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyAt(dict, entryStart(dict, mid)) < first) lo = mid + 1;
    else hi = mid;
  }
  const out: Array<readonly [string, string]> = [];
  for (let start = lo < dict.length ? entryStart(dict, lo) : dict.length; start < dict.length; ) {
    const bar = dict.indexOf('|', start);
    const end = bar < 0 ? dict.length : bar;
    // Split as opencc-js's Trie.loadDict splits an entry.
    const [key, value] = dict.slice(start, end).split(' ');
    if (key === undefined || value === undefined || !key.startsWith(first)) break;
    out.push([key, value]);
    start = end + 1;
  }
  return out;
}

/** How many first characters have had their branch built, over every lazy trie (for the laziness test). */
let branchesBuilt = 0;

/** How many trie branches (one per first character per trie) the converter has built so far. */
export function builtBranchCount(): number {
  return branchesBuilt;
}

/**
 * The root of a trie whose branch for a first character is built from the dictionaries on its first
 * look-up. A branch holds every key starting with that character, so each look-up sees exactly what a
 * trie built from the whole group would: the tables hold some 50,000 phrases, a run converts a few
 * hundred characters' worth.
 */
class LazyRoot extends Map<number, unknown> {
  readonly #built = new Set<number>();
  #trie: Trie | undefined;
  #group: readonly string[] = [];

  /** Ties the root to its trie and dictionary group; a constructor argument would run before Map's. */
  attach(trie: Trie, group: readonly string[]): void {
    this.#trie = trie;
    this.#group = group;
  }

  override get(codePoint: number): unknown {
    if (!this.#built.has(codePoint) && this.#trie) {
      this.#built.add(codePoint);
      branchesBuilt++;
      const first = String.fromCodePoint(codePoint);
      // Last dictionary first, so the group's first dictionary wins a key, as Trie.loadDictGroup orders it.
      for (const dict of [...this.#group].reverse())
        for (const [key, value] of entriesStartingWith(dict, first)) this.#trie.addWord(key, value);
    }
    return super.get(codePoint);
  }
}

/** An opencc-js trie over a group of key-sorted dictionaries, its branches built on demand. */
function lazyTrie(group: readonly string[]): Trie {
  const trie = new Trie();
  const root = new LazyRoot();
  root.attach(trie, group);
  // opencc-js keeps a trie's root in `map`; its matching and segmenting read only through `get`.
  (trie as unknown as { map: Map<number, unknown> }).map = root;
  return trie;
}

/**
 * OpenCC's `s2tw` (simplified to Taiwan traditional characters, with OpenCC's phrase table for
 * one-to-many characters, but without Taiwan vocabulary swaps such as 信息 → 資訊), then 「」『』 for
 * “”‘’ as the library's own zh-Hant texts write quotations. Chosen by measuring the 206 distinct
 * zh-Hans/zh-Hant name pairs written by hand in rules/*.json and rules/schemes/*.json (exact matches,
 * characters differing): tw 190 (22), tw + quotes 194 (14), hk 190 (23), hk + quotes 194 (15),
 * hkp 190 (23), twp 170 (84), OpenCC standard s2t 177 (38), characters only 183 (30). What remains
 * is variance in the hand-written names themselves (台/臺, 污/汙, 占/佔, 贊/讚), which the same
 * conversion, run over a hand-written zh-Hant name, settles on the Taiwan form.
 *
 * The steps are opencc-js's own (`ConverterBuilder(cn2t)({ from: 'cn', to: 'tw' })`: normalize,
 * segment by phrase, convert each segment through each trie), but the phrase tries build a branch
 * only when a text first needs it: building all of them took 0.35 s at the first rule-set load, even
 * for a run that prints only zh-Hans or English.
 */
function buildConverter(): (text: string) => string {
  const normalize = ConverterFactory(...S2TW.normalizationChain.map((group) => [...group]));
  const segmentation = lazyTrie(S2TW.segmentation);
  const chain = S2TW.conversionChain.map(lazyTrie);
  const quotes = CustomConverter([
    ['“', '「'],
    ['”', '」'],
    ['‘', '『'],
    ['’', '』'],
  ]);
  return (text) => {
    const segments = segmentation.segment(normalize(text));
    return quotes(segments.map((segment) => chain.reduce((s, trie) => trie.convert(s), segment)).join(''));
  };
}

/** Made on first use; its tries grow a branch per first character as texts need them. */
let converter: ((text: string) => string) | undefined;

/**
 * A zh-Hans text in zh-Hant (Taiwan characters, 「」 quotes), for names a file gives only in zh-Hans.
 * Idempotent, so a hand-written zh-Hant name run through it keeps its words and takes Taiwan forms.
 * Pure JavaScript (no `node:` imports), so it runs in browsers too.
 * @example toTraditional('质量工作考核') // '質量工作考核'
 */
export function toTraditional(hans: string): string {
  converter ??= buildConverter();
  return converter(hans);
}

/** Made on first use, its tries growing as {@link converter}'s do. */
let simplifier: ((text: string) => string) | undefined;

/**
 * A zh-Hant text in zh-Hans (OpenCC `tw2s`: Taiwan variants back, then traditional to simplified,
 * with 「」『』 as “”‘’), for names a rule set written in zh-Hant gives only in zh-Hant.
 * @example toSimplified('質量強鎮') // '质量强镇'
 */
export function toSimplified(hant: string): string {
  if (!simplifier) {
    // opencc-js's ConverterFactory(fromTaiwan, toMainland): each group a trie, applied in turn; lazily, as for s2tw.
    const chain = [...fromTaiwan, ...toMainland].map((group) => lazyTrie(group as readonly string[]));
    const chars = (text: string): string => chain.reduce((s, trie) => trie.convert(s), text);
    const quotes = CustomConverter([
      ['「', '“'],
      ['」', '”'],
      ['『', '‘'],
      ['』', '’'],
    ]);
    simplifier = (text) => quotes(chars(text));
  }
  return simplifier(hant);
}

/** A message table as the locale files write one: texts, functions rendering a text, nested tables. */
type TableNode = string | ((...args: never[]) => string) | { readonly [key: string]: TableNode };

/**
 * Hand-written zh-Hant entries for the places OpenCC's `s2tw` gets wrong, in the table's own shape,
 * any part of it: each one says in a comment why.
 */
export type TraditionalOverrides<M> = M extends string
  ? string
  : M extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof M]?: TraditionalOverrides<M[K]> };

// Private-use characters: OpenCC has no entry for them, so no phrase spans an argument's slot.
const SLOT = /\uE000(\d+)\uE001/g;

/**
 * A zh-Hans function's text in zh-Hant with its string arguments kept as given: the words around them
 * are converted, the arguments (a quoted clause, a file name, an id) are not, as a hand-written table
 * keeps them. Numbers pass through (digits do not change).
 */
function traditionalRender(render: (...args: unknown[]) => string): (...args: unknown[]) => string {
  return (...args) => {
    const text = render(...args.map((a, i) => (typeof a === 'string' ? `\uE000${i}\uE001` : a)));
    return toTraditional(text).replace(SLOT, (_, i: string) => args[Number(i)] as string);
  };
}

/** The zh-Hant table handed to `localizeTables`: functions converted per call, texts as placeholders. */
function traditionalNode(hans: TableNode, override: unknown): TableNode {
  if (override !== undefined && typeof override !== 'object') return override as TableNode;
  // A placeholder: the catalogue's text gets a getter that converts it when first read.
  if (typeof hans === 'string') return hans;
  if (typeof hans === 'function') return traditionalRender(hans as (...args: unknown[]) => string);
  const own = (override ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(hans).map(([key, node]) => [key, traditionalNode(node, own[key])]));
}

/** Gives each text of a catalogue that no override writes a zh-Hant converted on first read. */
function convertTextsOnRead(catalogue: unknown, hans: TableNode, override: unknown): void {
  if (override !== undefined && typeof override !== 'object') return;
  if (typeof hans === 'function') return;
  if (typeof hans === 'string') {
    const text = catalogue as LocalizedText;
    let converted: string | undefined;
    Object.defineProperty(text, 'zh-Hant', {
      get: () => {
        converted ??= toTraditional(hans);
        return converted;
      },
      enumerable: true,
      configurable: true,
    });
    return;
  }
  const own = (override ?? {}) as Record<string, unknown>;
  for (const [key, node] of Object.entries(hans))
    convertTextsOnRead((catalogue as Record<string, unknown>)[key], node, own[key]);
}

/**
 * A message catalogue whose zh-Hant is derived from zh-Hans with OpenCC (`toTraditional`: Taiwan
 * characters, 「」 quotes), with hand-written `overrides` only where OpenCC's output is wrong (Taiwan
 * vocabulary `s2tw` does not swap: 檔案 for 文件 as a computer file, 預設, 支援, 執行). A function's
 * string arguments stay as given (a quoted clause, a file name); its words are converted when it is
 * called, a text when it is first read, so loading a catalogue converts nothing.
 * @example localizeFromSimplified<{ ok: string }>({ 'zh-Hans': { ok: '已达标' }, en: { ok: 'met' } }).ok['zh-Hant'] // '已達標'
 */
export function localizeFromSimplified<M>(
  tables: { readonly 'zh-Hans': M; readonly en: M },
  overrides: TraditionalOverrides<M> = {} as TraditionalOverrides<M>,
): Localized<M> {
  const hans = tables['zh-Hans'] as TableNode;
  const hant = traditionalNode(hans, overrides) as M;
  const catalogue = localizeTables<M>({ 'zh-Hans': tables['zh-Hans'], 'zh-Hant': hant, en: tables.en });
  convertTextsOnRead(catalogue, hans, overrides);
  return catalogue;
}
