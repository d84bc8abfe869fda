/** Joining texts in every locale on the per-region path, where a text per part and an array per locale add up. */
import type { LocalizedText } from '../locales/locale.js';

/**
 * The parts joined with a separator chosen per locale: what `joinLocalized` gives, written in one pass
 * over the parts without an array per locale.
 * @example joinedTexts([a, b], PUNCTUATION.list).en // 'a, b'
 */
export function joinedTexts(parts: readonly LocalizedText[], sep: LocalizedText): LocalizedText {
  let hans = '';
  let hant = '';
  let en = '';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as LocalizedText;
    if (i > 0) {
      hans += sep['zh-Hans'];
      hant += sep['zh-Hant'];
      en += sep.en;
    }
    hans += p['zh-Hans'];
    hant += p['zh-Hant'];
    en += p.en;
  }
  return { 'zh-Hans': hans, 'zh-Hant': hant, en };
}
