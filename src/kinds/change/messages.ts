import { localizeTables } from '../../locales/define.js';

/** How a change is measured: % of the base, a difference in a unit, or compound growth a year. */
export type ChangeMeasure = 'relative' | 'difference' | 'annual_growth';

/** Which way a value moved or must move; `flat` only for a value that did not move. */
export type Movement = 'increase' | 'decrease' | 'flat';

/** How the required amount is held: at least (以上), more than (超过), or about (左右, with the tolerated bound). */
export type ChangeStrictness = 'at_least' | 'more_than' | 'about';

/** The words of change targets: 较2015年下降15%, 提升3个百分点, 增加10项, 年均增长12%. */
export interface ChangeMessages {
  /**
   * The requirement: 较2015年下降15%以上 / up by at least 15% on 2015. `points` says the change is in a
   * share's points (提升/降低 rather than 增加/减少); `bound` is the tolerated amount for 左右.
   */
  readonly requirement: (
    measure: ChangeMeasure,
    direction: Movement,
    points: boolean,
    base: string,
    quantity: string,
    strictness: ChangeStrictness,
    bound: string,
  ) => string;
  /** What happened: 1.04吨，较2015年（1.2吨）下降13.2% / 1.04 tonnes, down 13.2% on 2015 (1.2 tonnes). */
  readonly observed: (
    measure: ChangeMeasure,
    movement: Movement,
    points: boolean,
    current: string,
    base: string,
    baseQuantity: string,
    change: string,
    years: number,
  ) => string;
  /** The base figure comes from the rule set, not the data. */
  readonly declaredBase: (base: string, quantity: string) => string;
  /** What is missing when the data's period is not after the base period. */
  readonly afterBase: (base: string) => string;
  /** Expected texts of the change kind's input errors. */
  readonly expected: {
    /** A change target without `base`. */
    readonly baseRequired: string;
    /** A base period that does not end before the target's deadline. */
    readonly baseBeforeDeadline: (deadline: string) => string;
    /** Average annual growth counts whole years from a year. */
    readonly yearBase: string;
    /** A relative change or a growth rate is a share of the base. */
    readonly shareUnit: string;
    /** A difference of a share is in points, never in %. */
    readonly pointsUnit: string;
    /** A relative change or growth rate divides by the base. */
    readonly nonZeroBase: string;
    /** A fall of 100% or more leaves nothing. */
    readonly fallBelow100: string;
  };
}

/** The verbs of one Chinese script: rise and fall by measure, and the points words of a share (提升/降低). */
interface ZhVerbs {
  readonly relative: readonly [string, string];
  readonly count: readonly [string, string];
  readonly points: readonly [string, string];
  readonly annual: readonly [string, string];
}

const HANS_VERBS: ZhVerbs = {
  relative: ['增长', '下降'],
  count: ['增加', '减少'],
  points: ['提升', '降低'],
  annual: ['年均增长', '年均下降'],
};
const HANT_VERBS: ZhVerbs = {
  relative: ['增長', '下降'],
  count: ['增加', '減少'],
  points: ['提升', '降低'],
  annual: ['年均增長', '年均下降'],
};

/** The verb of a change in zh: a share's points rise and fall (提升/降低), counts are added (增加/减少). */
function zhVerb(verbs: ZhVerbs, measure: ChangeMeasure, direction: Movement, points: boolean): string {
  const pair =
    measure === 'annual_growth'
      ? verbs.annual
      : measure === 'difference'
        ? points
          ? verbs.points
          : verbs.count
        : verbs.relative;
  return direction === 'decrease' ? pair[1] : pair[0];
}

const zhHans: ChangeMessages = {
  requirement: (measure, direction, points, base, q, strictness, bound) => {
    const verb = zhVerb(HANS_VERBS, measure, direction, points);
    if (strictness === 'more_than') return `较${base}${verb}超过${q}`;
    if (strictness === 'about') return `较${base}${verb}${q}左右（不低于${bound}）`;
    return `较${base}${verb}${q}以上`;
  },
  observed: (measure, movement, points, current, base, baseQ, change, years) => {
    if (movement === 'flat') return `${current}，与${base}（${baseQ}）持平`;
    const verb = zhVerb(HANS_VERBS, measure, movement, points);
    const span = measure === 'annual_growth' ? `（${years}年）` : '';
    return `${current}，较${base}（${baseQ}）${verb}${change}${span}`;
  },
  declaredBase: (base, q) => `基期值（${base}${q}）取自规则集声明`,
  afterBase: (base) => `晚于基期${base}的观测值`,
  expected: {
    baseRequired: '基期 base（base.period，可另给 base.value 与 base.unit）',
    baseBeforeDeadline: (deadline) => `在目标截止日期 ${deadline} 之前结束的基期`,
    yearBase: '以年为单位的基期，如 2015（年均增速按整年计算）',
    shareUnit: '百分比单位 %（相对变化和年均增速是基期值的百分比）',
    pointsUnit: '个百分点（比率指标的变化量以百分点计，而非 %）',
    nonZeroBase: '不为零的基期值（相对变化以基期值为分母）',
    fallBelow100: '小于 100% 的降幅',
  },
};

const zhHant: ChangeMessages = {
  requirement: (measure, direction, points, base, q, strictness, bound) => {
    const verb = zhVerb(HANT_VERBS, measure, direction, points);
    if (strictness === 'more_than') return `較${base}${verb}超過${q}`;
    if (strictness === 'about') return `較${base}${verb}${q}左右（不低於${bound}）`;
    return `較${base}${verb}${q}以上`;
  },
  observed: (measure, movement, points, current, base, baseQ, change, years) => {
    if (movement === 'flat') return `${current}，與${base}（${baseQ}）持平`;
    const verb = zhVerb(HANT_VERBS, measure, movement, points);
    const span = measure === 'annual_growth' ? `（${years}年）` : '';
    return `${current}，較${base}（${baseQ}）${verb}${change}${span}`;
  },
  declaredBase: (base, q) => `基期值（${base}${q}）取自規則集聲明`,
  afterBase: (base) => `晚於基期${base}的觀測值`,
  expected: {
    baseRequired: '基期 base（base.period，可另給 base.value 與 base.unit）',
    baseBeforeDeadline: (deadline) => `在目標截止日期 ${deadline} 之前結束的基期`,
    yearBase: '以年為單位的基期，如 2015（年均增速按整年計算）',
    shareUnit: '百分比單位 %（相對變化和年均增速是基期值的百分比）',
    pointsUnit: '個百分點（比率指標的變化量以百分點計，而非 %）',
    nonZeroBase: '不為零的基期值（相對變化以基期值為分母）',
    fallBelow100: '小於 100% 的降幅',
  },
};

const PLURAL = new Intl.PluralRules('en');

/** "1 year", "3 years". */
function enYears(n: number): string {
  return `${n} ${PLURAL.select(n) === 'one' ? 'year' : 'years'}`;
}

/** The English words of a strictness. */
function enStrictness(strictness: ChangeStrictness): string {
  return strictness === 'more_than' ? 'more than' : strictness === 'about' ? 'about' : 'at least';
}

const en: ChangeMessages = {
  requirement: (measure, direction, _points, base, q, strictness, bound) => {
    const way = direction === 'decrease' ? 'down' : 'up';
    const tail = strictness === 'about' ? ` (at least ${bound})` : '';
    const amount = `${enStrictness(strictness)} ${q}`;
    if (measure === 'annual_growth') return `${way} by ${amount} a year on average since ${base}${tail}`;
    return `${way} by ${amount} on ${base}${tail}`;
  },
  observed: (measure, movement, _points, current, base, baseQ, change, years) => {
    if (movement === 'flat') return `${current}, unchanged on ${base} (${baseQ})`;
    const way = movement === 'decrease' ? 'down' : 'up';
    if (measure === 'annual_growth')
      return `${current}, ${way} ${change} a year on average over ${enYears(years)} since ${base} (${baseQ})`;
    return `${current}, ${way} ${change} on ${base} (${baseQ})`;
  },
  declaredBase: (base, q) => `the ${base} base figure (${q}) is the rule set's`,
  afterBase: (base) => `a figure for a period after the ${base} base`,
  expected: {
    baseRequired: 'a base (base.period, optionally base.value and base.unit)',
    baseBeforeDeadline: (deadline) => `a base period that ends before the deadline ${deadline}`,
    yearBase: 'a base year such as 2015 (annual growth counts whole years)',
    shareUnit: 'a share unit such as % (a relative change or growth rate is a share of the base)',
    pointsUnit: 'percentage points, 个百分点 (a change in a rate is in points, not %)',
    nonZeroBase: 'a base other than zero (a relative change divides by it)',
    fallBelow100: 'a fall of less than 100%',
  },
};

/**
 * The change kind's words in every locale.
 * @example CHANGE_MESSAGES.afterBase('2015年')['zh-Hans'] // '晚于基期2015年的观测值'
 */
export const CHANGE_MESSAGES = localizeTables<ChangeMessages>({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
