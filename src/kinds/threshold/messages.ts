import { localizeTables } from '../../locales/define.js';

/** The words of a threshold target that is not met before its deadline: progress from the baseline, pace needed. */
export interface ThresholdMessages {
  readonly progress: {
    /** 较基线（2015年90%）已完成目标进度的40%. */
    readonly baseline: (period: string, quantity: string, percent: string) => string;
    /** The baseline equals the target, so progress has no meaning. */
    readonly baselineOnly: (period: string, quantity: string) => string;
    readonly noBaseline: string;
    /** 须每年提高2.5个百分点方能于2020-12-31前达到. */
    readonly pace: (move: 'raise' | 'lower', quantity: string, deadline: string) => string;
  };
}

const zhHans: ThresholdMessages = {
  progress: {
    baseline: (period, q, percent) => `较基线（${period}${q}）已完成目标进度的${percent}%`,
    baselineOnly: (period, q) => `基线（${period}）为${q}`,
    noBaseline: '序列中无更早期间的基线数据',
    pace: (move, q, deadline) => `须每年${move === 'raise' ? '提高' : '降低'}${q}方能于${deadline}前达到`,
  },
};

const zhHant: ThresholdMessages = {
  progress: {
    baseline: (period, q, percent) => `較基線（${period}${q}）已完成目標進度的${percent}%`,
    baselineOnly: (period, q) => `基線（${period}）為${q}`,
    noBaseline: '序列中無更早期間的基線數據',
    pace: (move, q, deadline) => `須每年${move === 'raise' ? '提高' : '降低'}${q}方能於${deadline}前達到`,
  },
};

const en: ThresholdMessages = {
  progress: {
    baseline: (period, q, percent) => `${percent}% of the way from the ${period} baseline (${q})`,
    baselineOnly: (period, q) => `baseline (${period}) ${q}`,
    noBaseline: 'no earlier baseline in the series',
    pace: (move, q, deadline) =>
      `it must ${move === 'raise' ? 'rise' : 'fall'} by ${q} a year to get there by ${deadline}`,
  },
};

/**
 * The threshold kinds' own words in every locale (their requirements, 不低于95%, are shared with compound
 * and benchmark targets and stay in the message catalogue).
 * @example THRESHOLD_MESSAGES.progress.noBaseline.en // 'no earlier baseline in the series'
 */
export const THRESHOLD_MESSAGES = localizeTables<ThresholdMessages>({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
