import { localizeTables } from '../../locales/define.js';

/**
 * The words of compound targets. Their leaves speak as threshold and milestone targets do, joined by
 * the catalogue's shared 且/或.
 */
export interface CompoundMessages {
  /** Opens a negated branch: 不满足（…）. */
  readonly not: string;
}

const zhHans: CompoundMessages = { not: '不满足' };
const zhHant: CompoundMessages = { not: '不滿足' };
const en: CompoundMessages = { not: 'not' };

/**
 * The compound kind's words in every locale.
 * @example COMPOUND_MESSAGES.not['zh-Hant'] // '不滿足'
 */
export const COMPOUND_MESSAGES = localizeTables<CompoundMessages>({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
