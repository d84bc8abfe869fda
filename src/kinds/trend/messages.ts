import type { Granularity } from '../../core/periods.js';
import { localizeTables } from '../../locales/define.js';
import { englishCount } from '../../locales/en.js';

/** The words of trend targets: requirements, the series as observed, the step that broke it, input issues. */
export interface TrendMessages {
  /** What each step must do: 提高 / 不降低 / 下降 / 不升高. */
  readonly verb: {
    readonly [D in 'increase' | 'decrease']: { readonly strict: string; readonly loose: string };
  };
  /** The same for counts (incidents, enterprises): 增加 / 不减少 / 减少 / 不增加. */
  readonly countVerb: {
    readonly [D in 'increase' | 'decrease']: { readonly strict: string; readonly loose: string };
  };
  /** 逐年/逐季… by granularity. */
  readonly every: { readonly [G in Granularity]: string };
  /** Counted periods: 3年, 3个季度. */
  readonly periods: { readonly [G in Granularity]: (n: number) => string };
  /** 2016年至2020年逐年提高 (each period on the one before it). */
  readonly requirementEvery: (verb: string, every: string, from: string, to: string) => string;
  /** 连续3年提高. */
  readonly requirementConsecutive: (verb: string, periods: string) => string;
  /** A window of one step: 2018年较上年下降 (not 2018年至2018年逐年下降). */
  readonly requirementOnce: (verb: string, period: string, yearly: boolean) => string;
  /** （每期变动不少于0.5个百分点） */
  readonly minChange: (quantity: string) => string;
  /** 2017年较上年下降0.3个百分点 / 2017年与上年持平; counts 增加/减少 (2018年较上年增加1起). */
  readonly step: (
    period: string,
    yearly: boolean,
    move: 'up' | 'down' | 'flat',
    size: string,
    counted: boolean,
  ) => string;
  /** ，不足要求的0.5个百分点 */
  readonly belowMinChange: (quantity: string) => string;
  /** The first period that broke the streak. */
  readonly brokenAt: (step: string) => string;
  /** 3期中2期达到要求. */
  readonly achieved: (achieved: number, required: number) => string;
  /** One point of the series in the observed text: 2016年95%. */
  readonly point: (period: string, quantity: string) => string;
  /** The window has not started by the data's current period. */
  readonly notStarted: (from: string) => string;
  /** A step held at the bound (100% for a rise, 0 for a fall) in both periods: achieved, and why. */
  readonly heldAtBound: (
    period: string,
    yearly: boolean,
    quantity: string,
    direction: 'increase' | 'decrease',
  ) => string;
}

const zhHans: TrendMessages = {
  verb: { increase: { strict: '提高', loose: '不降低' }, decrease: { strict: '下降', loose: '不升高' } },
  countVerb: { increase: { strict: '增加', loose: '不减少' }, decrease: { strict: '减少', loose: '不增加' } },
  every: { year: '逐年', 'half-year': '逐半年', quarter: '逐季', month: '逐月' },
  periods: {
    year: (n) => `${n}年`,
    'half-year': (n) => `${n}个半年`,
    quarter: (n) => `${n}个季度`,
    month: (n) => `${n}个月`,
  },
  requirementEvery: (verb, every, from, to) => `${from}至${to}${every}${verb}（各期较上期）`,
  requirementConsecutive: (verb, periods) => `连续${periods}${verb}`,
  requirementOnce: (verb, period, yearly) => `${period}较${yearly ? '上年' : '上期'}${verb}`,
  minChange: (q) => `（每期变动不少于${q}）`,
  step: (period, yearly, move, size, counted) => {
    const prev = yearly ? '上年' : '上期';
    if (move === 'flat') return `${period}与${prev}持平`;
    const verb = move === 'up' ? (counted ? '增加' : '提高') : counted ? '减少' : '下降';
    return `${period}较${prev}${verb}${size}`;
  },
  belowMinChange: (q) => `，不足要求的${q}`,
  brokenAt: (step) => `首个未达要求的期间：${step}`,
  achieved: (achieved, required) => `${required}期中${achieved}期达到要求`,
  point: (period, q) => `${period}${q}`,
  notStarted: (from) => `计划窗口自${from}起的观测值`,
  heldAtBound: (period, yearly, q, direction) =>
    `${period}与${yearly ? '上年' : '上期'}均为${q}，${direction === 'increase' ? '已达上限，无法再提高' : '已为零，无法再下降'}，视为达到要求`,
};

const zhHant: TrendMessages = {
  verb: { increase: { strict: '提高', loose: '不降低' }, decrease: { strict: '下降', loose: '不升高' } },
  countVerb: { increase: { strict: '增加', loose: '不減少' }, decrease: { strict: '減少', loose: '不增加' } },
  every: { year: '逐年', 'half-year': '逐半年', quarter: '逐季', month: '逐月' },
  periods: {
    year: (n) => `${n}年`,
    'half-year': (n) => `${n}個半年`,
    quarter: (n) => `${n}個季度`,
    month: (n) => `${n}個月`,
  },
  requirementEvery: (verb, every, from, to) => `${from}至${to}${every}${verb}（各期較上期）`,
  requirementConsecutive: (verb, periods) => `連續${periods}${verb}`,
  requirementOnce: (verb, period, yearly) => `${period}較${yearly ? '上年' : '上期'}${verb}`,
  minChange: (q) => `（每期變動不少於${q}）`,
  step: (period, yearly, move, size, counted) => {
    const prev = yearly ? '上年' : '上期';
    if (move === 'flat') return `${period}與${prev}持平`;
    const verb = move === 'up' ? (counted ? '增加' : '提高') : counted ? '減少' : '下降';
    return `${period}較${prev}${verb}${size}`;
  },
  belowMinChange: (q) => `，不足要求的${q}`,
  brokenAt: (step) => `首個未達要求的期間：${step}`,
  achieved: (achieved, required) => `${required}期中${achieved}期達到要求`,
  point: (period, q) => `${period}${q}`,
  notStarted: (from) => `計劃窗口自${from}起的觀測值`,
  heldAtBound: (period, yearly, q, direction) =>
    `${period}與${yearly ? '上年' : '上期'}均為${q}，${direction === 'increase' ? '已達上限，無法再提高' : '已為零，無法再下降'}，視為達到要求`,
};

const en: TrendMessages = {
  verb: { increase: { strict: 'rise', loose: 'not fall' }, decrease: { strict: 'fall', loose: 'not rise' } },
  countVerb: { increase: { strict: 'rise', loose: 'not fall' }, decrease: { strict: 'fall', loose: 'not rise' } },
  every: { year: 'every year', 'half-year': 'every half-year', quarter: 'every quarter', month: 'every month' },
  periods: {
    year: (n) => englishCount(n, 'years'),
    'half-year': (n) => englishCount(n, 'half-years'),
    quarter: (n) => englishCount(n, 'quarters'),
    month: (n) => englishCount(n, 'months'),
  },
  requirementEvery: (verb, every, from, to) => `${verb} ${every} from ${from} to ${to} (each period on the one before)`,
  requirementConsecutive: (verb, periods) => `${verb} for ${periods} in a row`,
  requirementOnce: (verb, period, yearly) => `${verb} in ${period} on ${yearly ? 'the year' : 'the period'} before`,
  minChange: (q) => ` (by at least ${q} each period)`,
  step: (period, yearly, move, size) => {
    const prev = yearly ? 'the year before' : 'the period before';
    if (move === 'flat') return `${period} unchanged on ${prev}`;
    return `${period} ${move} ${size} on ${prev}`;
  },
  belowMinChange: (q) => `, less than the required ${q}`,
  brokenAt: (step) => `first period short of the requirement: ${step}`,
  achieved: (achieved, required) => `${achieved} of ${englishCount(required, 'period-on-period changes')} achieved`,
  point: (period, q) => `${period}: ${q}`,
  notStarted: (from) => `observations from ${from}, where the window starts`,
  heldAtBound: (period, yearly, q, direction) =>
    `${period} held at ${q}, as in ${yearly ? 'the year before' : 'the period before'}: ${direction === 'increase' ? 'it cannot rise above its maximum' : 'it cannot fall below zero'}, so the step counts as achieved`,
};

/**
 * The trend kind's words in every locale.
 * @example TREND_MESSAGES.achieved(2, 3).en // '2 of 3 period-on-period changes achieved'
 */
export const TREND_MESSAGES = localizeTables<TrendMessages>({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
