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
  /** 左右 / 接近: the words of a target judged with a tolerance (threshold, benchmark and change kinds). */
  readonly tolerance: {
    /** 60%左右（不低于58%）: the bound the tolerance gives, after the stated figure. */
    readonly about: (quantity: string, side: ToleranceSide, bound: string) => string;
    /** About a moving figure: 不低于全省平均水平（容差2个百分点）. */
    readonly within: (requirement: string, tolerance: string) => string;
    /** A relative tolerance in words: 目标值的5%. */
    readonly share: (percent: string, of: 'target' | 'benchmark' | 'change') => string;
    /** The band an "about equal" target must fall in: 58%至62%. */
    readonly range: (low: string, high: string) => string;
    /** Which tolerance was applied and where it comes from. */
    readonly applied: (tolerance: string, amount: string, declared: boolean) => string;
  };
  /** A running total (累计) settled by an earlier period's figure, or a series that contradicts one. */
  readonly runningTotal: {
    /** The figure observed, with the period it is of when that is not the period judged: 22个（2019年）. */
    readonly observedAt: (quantity: string, period: string) => string;
    /** 2019年累计已达22个，已达到目标…无论2020年数据如何均已达标 (`until` the period whose figure cannot change it). */
    readonly reached: (period: string, quantity: string, until: string) => string;
    /** An earlier total already past a ceiling (or past the figure an `equal` asks for). */
    readonly exceeded: (period: string, quantity: string, until: string) => string;
    /** A later total below an earlier one: the data contradict the declaration, so nothing is settled by them. */
    readonly contradicted: (earlier: string, earlierQuantity: string, later: string, laterQuantity: string) => string;
    /** What a no_data verdict also lacks when the earlier totals contradict each other. */
    readonly consistentTotals: (
      earlier: string,
      earlierQuantity: string,
      later: string,
      laterQuantity: string,
    ) => string;
    /** One earlier total standing in for a missing figure of a compound's part: 2019年累计22个. */
    readonly figure: (period: string, quantity: string) => string;
    /** A compound decided by its parts' earlier totals (`figures` listed), whatever the `until` figures. */
    readonly decided: (figures: string, until: string, met: boolean) => string;
  };
}

/** Where a tolerance leaves a target: a floor, a ceiling, strict versions of both, or a band (bound = "58%至62%"). */
export type ToleranceSide = 'at_least' | 'more_than' | 'at_most' | 'less_than' | 'band';

const HANS_SIDE: Readonly<Partial<Record<string, string>> & Record<ToleranceSide, string>> = {
  at_least: '不低于',
  more_than: '高于',
  at_most: '不高于',
  less_than: '低于',
  band: '',
};
const HANT_SIDE: Readonly<Partial<Record<string, string>> & Record<ToleranceSide, string>> = {
  at_least: '不低於',
  more_than: '高於',
  at_most: '不高於',
  less_than: '低於',
  band: '',
};
const EN_SIDE: Readonly<Partial<Record<string, string>> & Record<ToleranceSide, string>> = {
  at_least: 'at least',
  more_than: 'more than',
  at_most: 'at most',
  less_than: 'less than',
  band: 'between',
};

const zhHans: ThresholdMessages = {
  progress: {
    baseline: (period, q, percent) => `较基线（${period}${q}）已完成目标进度的${percent}%`,
    baselineOnly: (period, q) => `基线（${period}）为${q}`,
    noBaseline: '序列中无更早期间的基线数据',
    pace: (move, q, deadline) => `须每年${move === 'raise' ? '提高' : '降低'}${q}方能于${deadline}前达到`,
  },
  tolerance: {
    about: (q, side, bound) => `${q}左右（${HANS_SIDE[side] ?? ''}${bound}）`,
    within: (requirement, tolerance) => `${requirement}（容差${tolerance}）`,
    range: (low, high) => `${low}至${high}`,
    share: (percent, of) => `${of === 'target' ? '目标值' : of === 'benchmark' ? '基准值' : '目标幅度'}的${percent}%`,
    applied: (tolerance, amount, declared) => {
      const figure = tolerance === amount ? tolerance : `${tolerance}，即${amount}`;
      return declared
        ? `按规则集声明的容差（${figure}）判定`
        : `原文未给出“左右”的幅度，按默认容差（${figure}）判定，系推定`;
    },
  },
  runningTotal: {
    observedAt: (q, period) => `${q}（${period}）`,
    reached: (period, q, until) => `${period}累计已达${q}，已达到目标；累计数只增不减，无论${until}数据如何均已达标`,
    exceeded: (period, q, until) => `${period}累计已达${q}，已超出要求；累计数只增不减，无论${until}数据如何均未达标`,
    contradicted: (earlier, eq, later, lq) =>
      `累计数应只增不减，但${later}为${lq}，低于${earlier}的${eq}，数据前后矛盾，未据此认定结论，请核实`,
    consistentTotals: (earlier, eq, later, lq) =>
      `前后一致的累计数（${later}为${lq}，低于${earlier}的${eq}，数据前后矛盾，请核实）`,
    figure: (period, q) => `${period}累计${q}`,
    decided: (figures, until, met) => `${figures}，累计数只增不减，无论${until}数据如何均${met ? '已达标' : '未达标'}`,
  },
};

const zhHant: ThresholdMessages = {
  progress: {
    baseline: (period, q, percent) => `較基線（${period}${q}）已完成目標進度的${percent}%`,
    baselineOnly: (period, q) => `基線（${period}）為${q}`,
    noBaseline: '序列中無更早期間的基線數據',
    pace: (move, q, deadline) => `須每年${move === 'raise' ? '提高' : '降低'}${q}方能於${deadline}前達到`,
  },
  tolerance: {
    about: (q, side, bound) => `${q}左右（${HANT_SIDE[side] ?? ''}${bound}）`,
    within: (requirement, tolerance) => `${requirement}（容差${tolerance}）`,
    range: (low, high) => `${low}至${high}`,
    share: (percent, of) => `${of === 'target' ? '目標值' : of === 'benchmark' ? '基準值' : '目標幅度'}的${percent}%`,
    applied: (tolerance, amount, declared) => {
      const figure = tolerance === amount ? tolerance : `${tolerance}，即${amount}`;
      return declared
        ? `按規則集聲明的容差（${figure}）判定`
        : `原文未給出「左右」的幅度，按預設容差（${figure}）判定，係推定`;
    },
  },
  runningTotal: {
    observedAt: (q, period) => `${q}（${period}）`,
    reached: (period, q, until) => `${period}累計已達${q}，已達到目標；累計數只增不減，無論${until}數據如何均已達標`,
    exceeded: (period, q, until) => `${period}累計已達${q}，已超出要求；累計數只增不減，無論${until}數據如何均未達標`,
    contradicted: (earlier, eq, later, lq) =>
      `累計數應只增不減，但${later}為${lq}，低於${earlier}的${eq}，數據前後矛盾，未據此認定結論，請核實`,
    consistentTotals: (earlier, eq, later, lq) =>
      `前後一致的累計數（${later}為${lq}，低於${earlier}的${eq}，數據前後矛盾，請核實）`,
    figure: (period, q) => `${period}累計${q}`,
    decided: (figures, until, met) => `${figures}，累計數只增不減，無論${until}數據如何均${met ? '已達標' : '未達標'}`,
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
  tolerance: {
    about: (q, side, bound) => `about ${q} (${EN_SIDE[side] ?? 'within'} ${bound})`,
    within: (requirement, tolerance) => `${requirement} (tolerance ${tolerance})`,
    range: (low, high) => `${low} and ${high}`,
    share: (percent, of) =>
      `${percent}% of the ${of === 'target' ? 'target' : of === 'benchmark' ? 'benchmark' : 'required change'}`,
    applied: (tolerance, amount, declared) => {
      const figure = tolerance === amount ? tolerance : `${tolerance} (${amount})`;
      return declared
        ? `judged with the rule set's tolerance of ${figure}`
        : `the document gives no figure for "about", so the default tolerance of ${figure} is assumed`;
    },
  },
  runningTotal: {
    observedAt: (q, period) => `${q} (${period})`,
    reached: (period, q, until) =>
      `the running total had already reached ${q} in ${period}, which meets the target; a running total never falls, so the target is met whatever the ${until} figure`,
    exceeded: (period, q, until) =>
      `the running total had already reached ${q} in ${period}, past what the target allows; a running total never falls, so the target is missed whatever the ${until} figure`,
    contradicted: (earlier, eq, later, lq) =>
      `a running total never falls, yet ${later} (${lq}) is below ${earlier} (${eq}): the figures contradict each other and settle nothing; check the data`,
    consistentTotals: (earlier, eq, later, lq) =>
      `running totals that agree (${later}, ${lq}, is below ${earlier}, ${eq}; check the data)`,
    figure: (period, q) => `${q} in ${period}`,
    decided: (figures, until, met) =>
      `the running totals already stand at ${figures}, and a running total never falls, so the target is ${met ? 'met' : 'missed'} whatever the ${until} figures`,
  },
};

/**
 * The threshold kinds' own words in every locale (their requirements, 不低于95%, are shared with compound
 * and benchmark targets and stay in the message catalogue).
 * @example THRESHOLD_MESSAGES.progress.noBaseline.en // 'no earlier baseline in the series'
 */
export const THRESHOLD_MESSAGES = localizeTables<ThresholdMessages>({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
