import { ConverterBuilder, ConverterFactory, CustomConverter } from 'opencc-js/core';
import fromTaiwan from 'opencc-js/from/tw';
import * as cn2t from 'opencc-js/preset/cn2t';
import toMainland from 'opencc-js/to/cn';

/**
 * OpenCC's `s2tw` (simplified to Taiwan traditional characters, with OpenCC's phrase table for
 * one-to-many characters, but without Taiwan vocabulary swaps such as 信息 → 資訊), then 「」『』 for
 * “”‘’ as the library's own zh-Hant texts write quotations. Chosen by measuring the 206 distinct
 * zh-Hans/zh-Hant name pairs written by hand in rules/*.json and rules/schemes/*.json (exact matches,
 * characters differing): tw 190 (22), tw + quotes 194 (14), hk 190 (23), hk + quotes 194 (15),
 * hkp 190 (23), twp 170 (84), OpenCC standard s2t 177 (38), characters only 183 (30). What remains
 * is variance in the hand-written names themselves (台/臺, 污/汙, 占/佔, 贊/讚), which the same
 * conversion, run over a hand-written zh-Hant name, settles on the Taiwan form.
 */
function buildConverter(): (text: string) => string {
  const toTaiwan = ConverterBuilder(cn2t)({ from: 'cn', to: 'tw' });
  const quotes = CustomConverter([
    ['“', '「'],
    ['”', '」'],
    ['‘', '『'],
    ['’', '』'],
  ]);
  return (text) => quotes(toTaiwan(text));
}

/** Built on first use: its dictionaries make a trie of some 50,000 phrases, which most runs never need. */
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

/** Built on first use, as {@link converter} is: only rule sets written in zh-Hant need it. */
let simplifier: ((text: string) => string) | undefined;

/**
 * A zh-Hant text in zh-Hans (OpenCC `tw2s`: Taiwan variants back, then traditional to simplified,
 * with 「」『』 as “”‘’), for names a rule set written in zh-Hant gives only in zh-Hant.
 * @example toSimplified('質量強鎮') // '质量强镇'
 */
export function toSimplified(hant: string): string {
  if (!simplifier) {
    const chars = ConverterFactory(fromTaiwan, toMainland);
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
