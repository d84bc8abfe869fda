import type { LocalizedText } from './locale.js';
import { PUNCTUATION } from './punctuation.js';
import { t } from './text.js';

/** A number as the message shows it (already a string, or a plain number). */
type Num = string | number;

/** Joins a list the way each locale writes one: 、 in Chinese, commas in English. */
const list = (items: readonly string[]): LocalizedText =>
  t(items.join(PUNCTUATION.list['zh-Hans']), items.join(PUNCTUATION.list['zh-Hant']), items.join(PUNCTUATION.list.en));

/**
 * Every word of the library's errors and input warnings, in zh-Hans, zh-Hant and en: the labels of an
 * issue line, and what each check expected (the `expected` of an `InputIssue`), grouped by what
 * the text says rather than by the code that raises it, so one text raised in several places is one entry.
 * Values shown inside a text (ids, units, numbers) arrive as plain strings.
 * @example ERROR_MESSAGES.expected.nonNegativeNumber['zh-Hant'] // '非負數'
 */
export const ERROR_MESSAGES = {
  /** The parts of an issue line: `[E_CODE] $.path：应为 …，实际为 …`. */
  labels: {
    expected: t('应为', '應為', 'expected'),
    found: t('实际为', '實際為', 'found'),
  },
  /** A built-in rule set (or scheme) id the library does not ship. */
  unknownBuiltin: (id: string, known: readonly string[]) => {
    const k = list(known);
    return t(
      `没有名为 "${id}" 的内置规则集；可用：${k['zh-Hans']}`,
      `沒有名為 "${id}" 的內置規則集；可用：${k['zh-Hant']}`,
      `no built-in rule set "${id}"; available: ${k.en}`,
    );
  },
  /** What an input should have held: the `expected` of an issue. */
  expected: {
    // ── Text and structure (JSON syntax, the zod schemas) ──
    validJson: t('合法的 JSON 文本', '合法的 JSON 文字', 'valid JSON text'),
    /** A JSON type by the name zod gives it. */
    type: {
      string: t('字符串', '字串', 'a string'),
      number: t('数字', '數字', 'a number'),
      int: t('整数', '整數', 'an integer'),
      boolean: t('布尔值 true/false', '布林值 true/false', 'true or false'),
      object: t('对象 {…}', '物件 {…}', 'an object {…}'),
      array: t('数组 […]', '陣列 […]', 'an array […]'),
    },
    /** A text the validator gives that has no entry here (an unusual zod type or check), shown as given. */
    verbatim: (text: string) => t(text, text, text),
    /** One of a closed set of values (already written as JSON). */
    oneOf: (values: readonly string[]) => {
      const v = list(values);
      return t(`以下之一：${v['zh-Hans']}`, `以下之一：${v['zh-Hant']}`, `one of ${v.en}`);
    },
    oneOfForms: t('允许的形式之一', '允許的形式之一', 'one of the allowed forms'),
    noSuchKey: (keys: readonly string[]) => {
      const k = list(keys);
      return t(
        `无此字段（未知字段：${k['zh-Hans']}）`,
        `無此欄位（未知欄位：${k['zh-Hant']}）`,
        `no such key (unknown: ${k.en})`,
      );
    },
    atLeastItems: (n: Num) => t(`至少 ${n} 项`, `至少 ${n} 項`, `at least ${n} item(s)`),
    atLeastCharacters: (n: Num) => t(`至少 ${n} 个字符`, `至少 ${n} 個字元`, `at least ${n} character(s)`),
    notLessThan: (n: Num) => t(`不小于 ${n}`, `不小於 ${n}`, `at least ${n}`),
    notMoreThan: (n: Num) => t(`不大于 ${n}`, `不大於 ${n}`, `at most ${n}`),
    matching: (pattern: string) => t(`符合格式：${pattern}`, `符合格式：${pattern}`, `matching: ${pattern}`),

    // ── Numbers ──
    finiteNumber: t('有限数值', '有限數值', 'a finite number'),
    decimalString: t(
      '十进制数字符串，如 "95" 或 "0.4"',
      '十進位數字字串，如 "95" 或 "0.4"',
      'a decimal string such as "95" or "0.4"',
    ),
    nonNegativeNumber: t('非负数', '非負數', 'a non-negative number'),
    nonNegativeInteger: t('非负整数', '非負整數', 'a non-negative whole number'),
    positiveNumber: t('大于0的数', '大於0的數', 'a number above 0'),
    /** A count in a unit: 整数个家. */
    wholeNumberOf: (symbol: string, name: LocalizedText) =>
      t(`整数个${symbol}`, `整數個${symbol}`, `a whole number of ${name.en}`),
    rateAtMost100: t('不超过100%的比率', '不超過100%的比率', 'a rate of at most 100%'),
    shareBetween0And1: t('0到1之间的比例', '0到1之間的比例', 'a share between 0 and 1'),
    nonNegativeWeight: t('非负权重', '非負權重', 'a non-negative weight'),
    weightAboveZero: t('大于0的权重', '大於0的權重', 'a weight above 0'),
    numberIn: (unit: string) => t(`数值（${unit}）`, `數值（${unit}）`, `a number in ${unit}`),
    trueOrFalse: t('true 或 false', 'true 或 false', 'true or false'),

    // ── Dates and periods ──
    isoDate: t('ISO 日期 YYYY-MM-DD', 'ISO 日期 YYYY-MM-DD', 'an ISO date YYYY-MM-DD'),
    realDate: t('真实存在的日期 YYYY-MM-DD', '真實存在的日期 YYYY-MM-DD', 'a real calendar date YYYY-MM-DD'),
    notBefore: (date: string) => t(`不早于 ${date}`, `不早於 ${date}`, `not before ${date}`),
    periodLabel: t(
      '期间标签，如 2018、2018-H1、2018-Q3、2018-07',
      '期間標籤，如 2018、2018-H1、2018-Q3、2018-07',
      'a period label such as 2018, 2018-H1, 2018-Q3 or 2018-07',
    ),
    sameGranularity: (granularity: string) =>
      t(
        `与该指标其他观测相同的期间粒度（${granularity}）`,
        `與該指標其他觀測相同的期間粒度（${granularity}）`,
        `the same period granularity as the indicator's other observations (${granularity})`,
      ),

    // ── Units ──
    unitSuchAs: (example: string) =>
      t(`计量单位，如 "${example}"`, `計量單位，如 "${example}"`, `a unit such as "${example}"`),
    knownUnit: t('已知计量单位', '已知計量單位', 'a known unit'),
    knownUnitSuchAs: (example: string) =>
      t(`已知计量单位，如 "${example}"`, `已知計量單位，如 "${example}"`, `a known unit such as "${example}"`),
    unitConvertibleTo: (unit: string) =>
      t(`可换算为 ${unit} 的单位`, `可換算為 ${unit} 的單位`, `a unit convertible to ${unit}`),
    unitOfIndicator: (unit: string, indicator: string) =>
      t(
        `可换算为指标 ${indicator} 的单位 ${unit}`,
        `可換算為指標 ${indicator} 的單位 ${unit}`,
        `a unit convertible to ${unit}, the unit of ${indicator}`,
      ),

    // ── Ids and references ──
    uniqueId: t('唯一的 id', '唯一的 id', 'a unique id'),
    idNotInCatalogue: t(
      '未在共享指标目录中使用的 id',
      '未在共享指標目錄中使用的 id',
      'an id not already in the shared catalogue',
    ),
    knownIndicator: t(
      '规则集或指标目录中已定义的指标 id',
      '規則集或指標目錄中已定義的指標 id',
      'an indicator id defined in the rule set or the catalogue',
    ),
    knownIndicatorOrScheme: t(
      '规则集、指标目录或方案自身定义的指标 id',
      '規則集、指標目錄或方案自身定義的指標 id',
      'an indicator id defined in the rule set, the catalogue or the scheme',
    ),
    definedCategory: (categories: readonly string[]) => {
      const c = list(categories);
      return t(`已定义的类别：${c['zh-Hans']}`, `已定義的類別：${c['zh-Hant']}`, `a defined category: ${c.en}`);
    },
    definedGrade: (grades: readonly string[]) => {
      const g = list(grades);
      return t(`已定义的等级：${g['zh-Hans']}`, `已定義的等級：${g['zh-Hant']}`, `a defined grade: ${g.en}`);
    },
    ruleSetBeingEvaluated: (ruleSet: string) =>
      t(
        `所评估的规则集 "${ruleSet}"（或 null）`,
        `所評估的規則集 "${ruleSet}"（或 null）`,
        `the rule set being evaluated, "${ruleSet}" (or null)`,
      ),
    categoryOfRuleSet: (ruleSet: string, categories: readonly string[]) => {
      const c = list(categories);
      return t(
        `规则集 ${ruleSet} 的类别：${c['zh-Hans']}`,
        `規則集 ${ruleSet} 的類別：${c['zh-Hant']}`,
        `a category of rule set ${ruleSet}: ${c.en}`,
      );
    },
    targetOfRuleSet: (ruleSet: string) =>
      t(`规则集 ${ruleSet} 中的目标 id`, `規則集 ${ruleSet} 中的目標 id`, `a target id of rule set ${ruleSet}`),

    // ── Indicator and target kinds ──
    booleanIndicator: t('布尔（是/否）指标', '布林（是/否）指標', 'a boolean (yes/no) indicator'),
    numericIndicator: t('数值型指标', '數值型指標', 'a numeric indicator'),
    milestoneForBoolean: t(
      'milestone（布尔指标只能用于里程碑）',
      'milestone（布林指標只能用於里程碑）',
      'milestone (a boolean indicator only suits a milestone)',
    ),
    numericOperator: t(
      '数值比较运算符（atLeast 等）',
      '數值比較運算子（atLeast 等）',
      'a numeric operator (atLeast, …)',
    ),
    numericThreshold: t(
      '数值阈值（布尔指标请用 isTrue/isFalse）',
      '數值閾值（布林指標請用 isTrue/isFalse）',
      'a numeric threshold (use isTrue/isFalse for boolean indicators)',
    ),
    countsOnlyForRate: t(
      '比率类指标才可用 passed/sampled',
      '比率類指標才可用 passed/sampled',
      'passed/sampled only for a rate indicator',
    ),
    methodForKind: (kind: string) =>
      t(`适用于${kind}类目标的计分方法`, `適用於${kind}類目標的計分方法`, `a method that suits a ${kind} target`),

    // ── Observations ──
    exactlyOneForm: t(
      '恰好一种形式：value+unit、passed+sampled、rank+of 或 notApplicable',
      '恰好一種形式：value+unit、passed+sampled、rank+of 或 notApplicable',
      'exactly one of: value+unit, passed+sampled, rank+of, or notApplicable',
    ),
    sampleAboveZero: t('大于0的抽检数', '大於0的抽檢數', 'a sample size above 0'),
    atMostSampled: (sampled: Num) =>
      t(`不超过抽检数 ${sampled}`, `不超過抽檢數 ${sampled}`, `at most the ${sampled} sampled`),
    atMostPeers: (of: Num) => t(`不超过参比总数 ${of}`, `不超過參比總數 ${of}`, `at most the ${of} peers`),
    oneObservationPerPeriod: (indicator: string, period: string) =>
      t(
        `每个指标每个期间只有一条观测（${indicator} @ ${period} 已出现）`,
        `每個指標每個期間只有一條觀測（${indicator} @ ${period} 已出現）`,
        `one observation per indicator and period (${indicator} @ ${period} already given)`,
      ),

    // ── Bounds, goalposts and grades ──
    atLeastLowerBound: (min: Num) => t(`不小于下限 ${min}`, `不小於下限 ${min}`, `at least the lower bound ${min}`),
    belowPreviousGradeMin: (min: Num) =>
      t(`小于上一档下限 ${min}`, `小於上一檔下限 ${min}`, `below the previous band's minimum ${min}`),
    belowFullMarks: (full: Num) =>
      t(`低于满分线 ${full}`, `低於滿分線 ${full}`, `below the full-marks goalpost ${full}`),
    aboveFullMarksLowerBetter: (full: Num) =>
      t(
        `高于满分线 ${full}（越低越好的指标）`,
        `高於滿分線 ${full}（越低越好的指標）`,
        `above the full-marks goalpost ${full} (lower is better)`,
      ),
    fullMarksNotFloor: t('与零分线不同的满分线', '與零分線不同的滿分線', 'a full-marks goalpost other than the floor'),
    attainmentFloor: t(
      '0（含）到1（不含）之间的完成度',
      '0（含）到1（不含）之間的完成度',
      'an attainment from 0 up to (not including) 1',
    ),
    attainmentFull: t(
      '大于零分线且不超过1的完成度',
      '大於零分線且不超過1的完成度',
      'an attainment above the floor, at most 1',
    ),

    // ── Points budgets of a scheme ──
    basePointsWithin: (total: Num) =>
      t(`0到满分${total}之间`, `0到滿分${total}之間`, `between 0 and the total ${total}`),
    categoryPointsAtMost: (room: Num) =>
      t(
        `各类别分值合计不超过${room}（满分减基本分）`,
        `各類別分值合計不超過${room}（滿分減基本分）`,
        `category points adding up to at most ${room} (total minus base points)`,
      ),
    categoryPointsFirst: (category: string) =>
      t(
        `先为类别 ${category} 规定分值（categories[].points）`,
        `先為類別 ${category} 規定分值（categories[].points）`,
        `points on its category ${category} first (categories[].points)`,
      ),
    sumOfTargetPoints: (sum: Num) =>
      t(
        `等于其目标分值之和 ${sum}（或在目标未全部定分时不小于该和）`,
        `等於其目標分值之和 ${sum}（或在目標未全部定分時不小於該和）`,
        `the sum of its targets' points, ${sum} (at least that sum when some targets share by weight)`,
      ),
    categoriesPlusBase: (sum: Num) =>
      t(
        `各类别分值之和 ${sum} 加基本分`,
        `各類別分值之和 ${sum} 加基本分`,
        `the categories' points, ${sum}, plus the base points`,
      ),
  },
  /** What a scheme's grade band should be, by the problem found with it. */
  band: {
    empty: t(
      '大于下限的上限（min < below）',
      '大於下限的上限（min < below）',
      'an upper edge above the lower one (min < below)',
    ),
    gap: t(
      '等于上一档的下限（各档之间不留空隙）',
      '等於上一檔的下限（各檔之間不留空隙）',
      "the better band's min (no gap between bands)",
    ),
    overlap: t(
      '等于上一档的下限（各档互不重叠）',
      '等於上一檔的下限（各檔互不重疊）',
      "the better band's min (bands must not overlap)",
    ),
    open_top: t('最高档不设上限', '最高檔不設上限', 'no upper edge on the best band'),
    open_bottom: t(
      '最低档不设下限（承接所有更低分数）',
      '最低檔不設下限（承接所有更低分數）',
      'no lower edge on the worst band (it takes every lower score)',
    ),
    no_catch_all: t(
      '最后一档不设条件（承接其余所有情形）',
      '最後一檔不設條件（承接其餘所有情形）',
      'a last band without tests (it takes every other case)',
    ),
    duplicate: t('不重复的等级名', '不重複的等級名', 'a grade name not used by another band'),
  },
  /** Something odd but allowed in an input, reported as a warning. */
  warnings: {
    /** Targets on one indicator at different levels; `clauses` are the quoted source clauses. */
    conflictingTargets: (indicator: string, ids: readonly string[], clauses: string) => {
      const i = list(ids);
      return t(
        `同一指标 ${indicator} 有多个不同水平的目标（${i['zh-Hans']}）：${clauses}。均按原文保留，分别评估。`,
        `同一指標 ${indicator} 有多個不同水平的目標（${i['zh-Hant']}）：${clauses}。均按原文保留，分別評估。`,
        `indicator ${indicator} has targets at different levels (${i.en}): ${clauses}. Both are kept as written and evaluated separately.`,
      );
    },
  },
} as const;
