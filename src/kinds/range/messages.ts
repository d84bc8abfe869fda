import { localizeTables } from '../../locales/define.js';

/** The words of range targets. */
export interface RangeMessages {
  /** 不低于2只（力争3只）. */
  readonly requirement: (min: string, max: string) => string;
  readonly stretchReached: string;
}

const zhHans: RangeMessages = {
  requirement: (min, max) => `不低于${min}（力争${max}）`,
  stretchReached: '已达到力争上限',
};

const zhHant: RangeMessages = {
  requirement: (min, max) => `不低於${min}（力爭${max}）`,
  stretchReached: '已達到力爭上限',
};

const en: RangeMessages = {
  requirement: (min, max) => `at least ${min} (stretch: ${max})`,
  stretchReached: 'stretch level reached',
};

/**
 * The range kind's words in every locale.
 * @example RANGE_MESSAGES.stretchReached.en // 'stretch level reached'
 */
export const RANGE_MESSAGES = localizeTables<RangeMessages>({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
