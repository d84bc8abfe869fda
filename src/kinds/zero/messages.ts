import { localizeTables } from '../../locales/define.js';

/** The words of zero targets (what was observed, 发生2起, is the catalogue's shared `occurrences`). */
export interface ZeroMessages {
  /** 不发生: the observed count says how many did occur. */
  readonly requirement: string;
}

const zhHans: ZeroMessages = { requirement: '不发生' };
const zhHant: ZeroMessages = { requirement: '不發生' };
const en: ZeroMessages = { requirement: 'none at all' };

/**
 * The zero kind's words in every locale.
 * @example ZERO_MESSAGES.requirement.en // 'none at all'
 */
export const ZERO_MESSAGES = localizeTables<ZeroMessages>({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
