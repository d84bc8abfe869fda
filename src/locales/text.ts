import type { LocalizedText } from './locale.js';

/**
 * A catalogue entry from its three spellings, in the order the catalogue files write them. Used only
 * inside src/locales: library code takes finished texts from the catalogue, never builds its own.
 * @example t('已达标', '已達標', 'met').en // 'met'
 */
export const t = (hans: string, hant: string, en: string): LocalizedText => ({ 'zh-Hans': hans, 'zh-Hant': hant, en });
