import type { Granularity } from '../../core/periods.js';
import { localizeTables } from '../../locales/define.js';
import { englishCount } from '../../locales/en.js';

/** The words of frequency targets: requirements, counts per period, periods missed or pending, input issues. */
export interface FrequencyMessages {
  /** 每年/每季度… by granularity. */
  readonly per: { readonly [G in Granularity]: string };
  /** 每季度不少于1次 / 每年1至2次 / 每年不超过2次 / 每季度1次. */
  readonly requirement: (per: string, min: number, max?: number) => string;
  /** 2018年第1季度1次. */
  readonly count: (period: string, n: number) => string;
  readonly none: (period: string) => string;
  readonly tooFew: (period: string, n: number, min: number) => string;
  readonly tooMany: (period: string, n: number, max: number) => string;
  /** 未达要求的期间：… */
  readonly missed: (list: string) => string;
  /** The current, unfinished period is not judged yet. */
  readonly pending: (period: string, asOf: string) => string;
  readonly judged: (ok: number, judged: number) => string;
  readonly missingEvents: string;
  readonly missingPeriods: string;
}

const zhHans: FrequencyMessages = {
  per: { year: '每年', 'half-year': '每半年', quarter: '每季度', month: '每月' },
  requirement: (per, min, max) => {
    if (max === undefined) return `${per}不少于${min}次`;
    if (min === max) return `${per}${min}次`;
    if (min === 0) return `${per}不超过${max}次`;
    return `${per}${min}至${max}次`;
  },
  count: (period, n) => `${period}${n}次`,
  none: (period) => `${period}无记录`,
  tooFew: (period, n, min) => `${period}仅${n}次（要求不少于${min}次）`,
  tooMany: (period, n, max) => `${period}${n}次，超过上限${max}次`,
  missed: (list) => `未达要求的期间：${list}`,
  pending: (period, asOf) => `${period}截至${asOf}尚未结束，暂不评判`,
  judged: (ok, judged) => `已结束的${judged}个期间中${ok}个达到要求`,
  missingEvents: '事件记录（数据集未提供任何事件）',
  missingPeriods: '至少一个已结束的评估期间',
};

const zhHant: FrequencyMessages = {
  per: { year: '每年', 'half-year': '每半年', quarter: '每季度', month: '每月' },
  requirement: (per, min, max) => {
    if (max === undefined) return `${per}不少於${min}次`;
    if (min === max) return `${per}${min}次`;
    if (min === 0) return `${per}不超過${max}次`;
    return `${per}${min}至${max}次`;
  },
  count: (period, n) => `${period}${n}次`,
  none: (period) => `${period}無記錄`,
  tooFew: (period, n, min) => `${period}僅${n}次（要求不少於${min}次）`,
  tooMany: (period, n, max) => `${period}${n}次，超過上限${max}次`,
  missed: (list) => `未達要求的期間：${list}`,
  pending: (period, asOf) => `${period}截至${asOf}尚未結束，暫不評判`,
  judged: (ok, judged) => `已結束的${judged}個期間中${ok}個達到要求`,
  missingEvents: '事件記錄（數據集未提供任何事件）',
  missingPeriods: '至少一個已結束的評估期間',
};

const en: FrequencyMessages = {
  per: { year: 'per year', 'half-year': 'per half-year', quarter: 'per quarter', month: 'per month' },
  requirement: (per, min, max) => {
    if (max === undefined) return `at least ${min} ${per}`;
    if (min === max) return `exactly ${min} ${per}`;
    if (min === 0) return `at most ${max} ${per}`;
    return `${min} to ${max} ${per}`;
  },
  count: (period, n) => `${period}: ${n}`,
  none: (period) => `none in ${period}`,
  tooFew: (period, n, min) => `only ${n} in ${period} (at least ${min} required)`,
  tooMany: (period, n, max) => `${n} in ${period}, above the maximum of ${max}`,
  missed: (list) => `periods short of the requirement: ${list}`,
  pending: (period, asOf) => `${period} has not ended by ${asOf} and is not judged yet`,
  judged: (ok, judged) =>
    `${ok} of ${englishCount(judged, 'completed periods')} ${ok === 1 ? 'meets' : 'meet'} the requirement`,
  missingEvents: 'event records (the data set has none)',
  missingPeriods: 'at least one completed period to judge',
};

/**
 * The frequency kind's words in every locale.
 * @example FREQUENCY_MESSAGES.requirement(FREQUENCY_MESSAGES.per.year, 1, 2).en // '1 to 2 per year'
 */
export const FREQUENCY_MESSAGES = localizeTables<FrequencyMessages>({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
