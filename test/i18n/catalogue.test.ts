import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/i18n/catalogue.js';
import { LOCALES } from '../../src/i18n/locale.js';

const HAN = /[\u4e00-\u9fff]/;

/** Every text of the catalogue: plain entries, and functions called with sample arguments. */
function texts(node: unknown, path: string, out: Array<[string, Record<string, unknown>]>): void {
  if (typeof node === 'function') {
    const sample = { 'zh-Hans': '样例', 'zh-Hant': '樣例', en: 'sample' };
    const call = (arg: unknown): unknown => {
      try {
        return (node as (...a: unknown[]) => unknown)(...Array.from({ length: node.length }, () => arg));
      } catch {
        return undefined;
      }
    };
    // Parameters are either localized fragments or plain strings/numbers: try both.
    const usable = (r: unknown): boolean => !!r && typeof r === 'object' && 'en' in r && !String((r as { en: unknown }).en).includes('[object') && String((r as { en: unknown }).en).trim() !== '';
    let result = call(sample);
    if (!usable(result)) result = call('2018');
    if (result && typeof result === 'object' && 'en' in result) out.push([`${path}()`, result as Record<string, unknown>]);
    return;
  }
  if (node && typeof node === 'object') {
    if ('en' in node && 'zh-Hans' in node) out.push([path, node as Record<string, unknown>]);
    else for (const [k, v] of Object.entries(node)) texts(v, `${path}.${k}`, out);
  }
}

describe('the message catalogue', () => {
  const all: Array<[string, Record<string, unknown>]> = [];
  texts(CATALOGUE, 'CATALOGUE', all);

  it('has hundreds of texts', () => {
    expect(all.length).toBeGreaterThan(200);
  });

  it('gives every text in zh-Hans, zh-Hant and en, none of them empty in English', () => {
    const bad = all.filter(([, t]) => LOCALES.some((l) => typeof t[l] !== 'string'));
    expect(bad.map(([p]) => p)).toEqual([]);
    const emptyEnglish = all.filter(([, t]) => (t.en as string).trim() === '' && (t['zh-Hans'] as string).trim() !== '');
    expect(emptyEnglish.map(([p]) => p)).toEqual([]);
  });

  it('writes traditional forms in zh-Hant where simplified ones differ (no simplified-only characters)', () => {
    // Characters whose simplified form differs from the traditional one, common in this domain.
    const SIMPLIFIED_ONLY = /[质达标无数据评级门负责县区规则计类项实际违划检测报过务]/;
    const offenders = all.filter(([, t]) => {
      const hant = String(t['zh-Hant']).replace(/样例|“[^”]*”/g, '');
      return HAN.test(hant) && SIMPLIFIED_ONLY.test(hant);
    });
    expect(offenders.map(([p, t]) => `${p}: ${String(t['zh-Hant'])}`)).toEqual([]);
  });
});
