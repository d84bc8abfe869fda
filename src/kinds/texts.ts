/** Joining texts in every locale on the per-region path, where a text per part and an array per locale add up. */
import type { LocalizedText } from '../locales/locale.js';

/**
 * The parts joined with a separator chosen per locale: what `joinLocalized` gives, written in one pass
 * over the parts without an array per locale.
 * @example joinedTexts([a, b], PUNCTUATION.list).en // 'a, b'
 */
export function joinedTexts(parts: readonly LocalizedText[], sep: LocalizedText): LocalizedText {
  if (parts.length === 0) return { 'zh-Hans': '', 'zh-Hant': '', en: '' };
  const first = parts[0] as LocalizedText;
  let hans = first['zh-Hans'];
  let hant = first['zh-Hant'];
  let en = first.en;
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i] as LocalizedText;
    hans += sep['zh-Hans'] + p['zh-Hans'];
    hant += sep['zh-Hant'] + p['zh-Hant'];
    en += sep.en + p.en;
  }
  return { 'zh-Hans': hans, 'zh-Hant': hant, en };
}
