/**
 * The message contract: every word the library, its reports, its CLI and its errors print, as ONE
 * locale writes it. Each locale is one file implementing {@link Messages} (src/locales/zh-Hans.ts,
 * zh-Hant.ts, en.ts), so the compiler lists, entry by entry, what a new locale is missing. Entries are
 * texts, or functions that render one from parts already formatted for the locale (quantities, period
 * names, lists) and from shared values (ids, numbers). src/locales/index.ts joins the locales into the
 * catalogue the library reads (`CATALOGUE`, `MESSAGES`, …), whose entries give every locale at once.
 */

/** A number as a message shows it (already a string, or a plain number). */
type Num = string | number;

/** A period's words by granularity, from its year and its 1-based index within the year (half, quarter or month). */
export interface PeriodWords {
  readonly year: (year: string) => string;
  readonly 'half-year': (year: string, half: number) => string;
  readonly quarter: (year: string, quarter: number) => string;
  readonly month: (year: string, month: number) => string;
}

/** The count classifiers the library knows (个/只/项 …), by their zh-Hans word. */
export type ClassifierWord =
  | '个'
  | '只'
  | '项'
  | '件'
  | '座'
  | '条'
  | '处'
  | '台'
  | '张'
  | '部'
  | '篇'
  | '株'
  | '头'
  | '辆'
  | '份'
  | '所'
  | '村'
  | '套'
  | '家'
  | '人'
  | '名'
  | '人次'
  | '批次'
  | '次'
  | '场'
  | '期'
  | '起'
  | '户';

/** The prefixes of scalable units (万批次, 亿元). */
export type UnitPrefix = '万' | '亿' | '千';

/** The ids of the benchmarks the library names itself; a rule set's other benchmark ids are shown as written. */
export type CommonBenchmark =
  | 'district-average'
  | 'county-average'
  | 'city-average'
  | 'provincial-average'
  | 'national-average'
  | 'municipal-target';

/**
 * Words of evaluation: statuses, commitments and the phrases of explanations. Words of one target kind
 * only are in that kind's folder (src/kinds/<kind>/messages.ts).
 */
export interface EvaluationMessages {
  /** A comparison's requirement from its formatted threshold (不低于95%), shared by the kinds that compare. */
  readonly requirement: {
    readonly at_least: (q: string) => string;
    readonly more_than: (q: string) => string;
    readonly at_most: (q: string) => string;
    readonly less_than: (q: string) => string;
    readonly equal: (q: string) => string;
    /** A milestone done, and a compound condition's true/false leaf. */
    readonly milestone: string;
  };
  /** The common benchmarks in words (全区平均水平), for benchmark targets and reports. */
  readonly benchmarks: { readonly [B in CommonBenchmark]: string };
  readonly status: {
    readonly met: string;
    readonly not_met: string;
    readonly no_data: string;
    readonly not_applicable: string;
    readonly not_due: string;
  };
  readonly commitment: {
    readonly binding: string;
    readonly aspirational: string;
  };
  readonly yes: string;
  readonly no: string;
  readonly observedNone: string;
  readonly gap: (g: string) => string;
  readonly boundaryAbove: (q: string) => string;
  readonly boundaryBelow: (q: string) => string;
  readonly and: string;
  readonly or: string;
  readonly stretchReached: string;
  readonly occurrences: (n: string) => string;
  /** What is missing when an indicator has no observation for the period: 2018年度/期间的观测值. */
  readonly observationFor: (period: string) => string;
  readonly missing: (names: string) => string;
  readonly notApplicableBecause: (reason: string) => string;
  readonly notDue: (deadline: string, asOf: string) => string;
  readonly provisional: (asOf: string, end: string) => string;
  readonly veto: string;
  readonly lead: string;
  readonly responsible: string;
  readonly source: string;
  /** Where a quoted clause stands: （《title》section） / (title, section). */
  readonly sourceWhere: (title: string, section: string) => string;
  /** The bracketed flags that open an explanation: 【未达标·一票否决】 / [not met, veto (一票否决)]. */
  readonly statusHead: (flags: readonly string[]) => string;
  readonly observed: string;
  readonly required: string;
  // ── Time, peers and benchmarks: trend, benchmark, rank, frequency kinds and deadline progress ──
  /**
   * A period in words, which the catalogue's `periodName(label)` picks by the label's granularity:
   * 2018 → 2018年, 2018-H1 → 2018年上半年, 2018-Q3 → 2018年第3季度, 2018-07 → 2018年7月.
   */
  readonly period: PeriodWords;
  readonly cohort: {
    /** The second pass of a streamed cohort met a region the first pass did not, or one twice. */
    readonly sourceChanged: (region: string) => string;
    /** A streamed cohort's ranking lists only the best `listed` of `regions` regions. */
    readonly rankingTruncated: (listed: number, regions: number) => string;
  };
  /**
   * Why a verdict is settled before its deadline or without some of its data (see src/kinds/settled.ts).
   * `deadline` is null when the target is due at a year end (年底), else its ISO date.
   */
  readonly settled: {
    /** 已发生1起，无论年底数据如何均未达标 (`n` the count as digits, `count` with its classifier). */
    readonly occurred: (n: string, count: string, deadline: string | null) => string;
    /** An accumulating count already above its ceiling (`n` as digits, `count` with its unit). */
    readonly exceeded: (n: string, count: string, deadline: string | null) => string;
    /** An accumulating count already at its floor before the deadline. */
    readonly reached: (n: string, count: string) => string;
    /** A step the deadline still needs is already broken (`period` in words). */
    readonly streakBroken: (period: string) => string;
    /** An `all` with a part that can no longer hold (`part` is that part's requirement). */
    readonly partFailed: (part: string) => string;
    /** An `any` with a part that holds for good. */
    readonly partMet: (part: string) => string;
    /** Frequency periods already ended with the wrong count (`periods` in words, listed). */
    readonly periodMissed: (periods: string) => string;
  };
  /** A target whose commitment the rule set leaves unclear (力争 may or may not govern it), counted as `countedAs`. */
  readonly commitmentUnclear: (countedAs: string) => string;
  /** A target the rule set leaves without a deadline, judged as of `asOf`, by why it has none. */
  readonly openDeadline: {
    readonly year_placeholder: (asOf: string) => string;
    readonly no_year: (asOf: string) => string;
  };
  /** A ceiling missed, by how much: 超出2微克/立方米. */
  readonly exceeded: (g: string) => string;
  /** What is missing of the named indicators: 安全计量器具检定率、…的2018年数据. */
  readonly missingItem: (names: string, what: string) => string;
  /** Data that declare a target not applicable without saying why. */
  readonly notApplicableDeclared: string;
  /** A milestone's finding, which says all its explanation needs: 已完成 / 尚未完成. */
  readonly milestoneDone: string;
  readonly milestoneNotDone: string;
}
/** Words the assessment schemes and the what-if analysis print. */
export interface SchemeMessages {
  readonly method: {
    readonly all_or_nothing: string;
    readonly proportional: string;
    readonly deduction: string;
    readonly levels: string;
    readonly per_event: string;
  };
  readonly exclusion: {
    readonly no_data: string;
    readonly not_applicable: string;
    readonly not_due: string;
    readonly aspirational_unscored: string;
    readonly not_in_scheme: string;
    /** 力争/争创 target scored as a capped bonus item instead of weighted points. */
    readonly aspirational_bonus: string;
  };
  /** 得8分/满分10分. */
  readonly earned: (earned: string, possible: string) => string;
  readonly notApplicableFull: string;
  readonly noDataZero: string;
  readonly met: string;
  readonly notMet: string;
  readonly assumedMet: string;
  /** 实际92.5%，零分线90%、满分线95%，得分率50%. */
  readonly proportional: (value: string, floor: string, full: string, percent: string) => string;
  /** The same on attainment. */
  readonly proportionalAttainment: (attainment: string, floor: string, full: string, percent: string) => string;
  readonly partial: {
    readonly full_step: string;
    readonly pro_rata: string;
  };
  /** 差距2微克/立方米，每1微克/立方米扣0.5分（不足一档按一档计），计2档，扣1分. */
  readonly deduction: (
    gap: string,
    per: string,
    points: string,
    partial: string,
    steps: string,
    deducted: string,
  ) => string;
  /** The deduction reached the item's points: 扣完为止. */
  readonly floorAtZero: string;
  readonly noGap: string;
  /** 达到“写入区域规划”档，得分比例1. */
  readonly levelReached: (level: string, credit: string) => string;
  readonly levelNone: string;
  readonly levelFallback: string;
  /** 发生2次，每次扣4分，扣8分. */
  readonly perEvent: (count: string, points: string, deducted: string) => string;
  readonly adjustmentType: {
    readonly bonus: string;
    readonly penalty: string;
  };
  /** 加分项“获评省级质量奖”：2×2分=4分. */
  readonly adjustment: (type: string, name: string, count: string, points: string, raw: string) => string;
  /** ，超过上限3分，按3分计. */
  readonly capped: (cap: string) => string;
  readonly adjustmentNoData: string;
  readonly operator: {
    readonly atLeast: string;
    readonly moreThan: string;
    readonly atMost: string;
    readonly lessThan: string;
  };
  readonly veto: {
    /** 目标“PM2.5年均浓度”未达标，一票否决，等级定为D. */
    readonly target: (label: string, grade: string) => string;
    /** 2018-05-02发生“重大质量安全事故”，一票否决，等级定为D. */
    readonly event: (name: string, date: string, grade: string) => string;
    /** 2018年第2季度蔬菜抽检合格率为88%，低于90%，一票否决，等级定为不合格. */
    readonly indicator: (
      period: string,
      name: string,
      value: string,
      op: string,
      threshold: string,
      grade: string,
    ) => string;
    /** 否决项“…”缺少数据，无法判断是否触发. */
    readonly unknown: (name: string) => string;
    readonly clear: string;
  };
  readonly score: {
    readonly total100: string;
    readonly total: string;
    readonly base100: string;
    readonly base: string;
  };
  readonly weights: {
    readonly document: string;
    readonly assumed: string;
  };
  readonly whatIf: {
    /** 若达标可增加1.1分（百分制+1.1） */
    readonly gain: (points: string, score: string) => string;
    readonly liftsGrade: (grade: string) => string;
    /** 达成以下2项目标可由B升至A：…（精确搜索，试算37次） */
    readonly found: (n: number, from: string, to: string, list: string) => string;
    readonly exact: (evaluated: number) => string;
    readonly greedy: (evaluated: number) => string;
    readonly topGrade: (grade: string) => string;
    readonly unreachable: (to: string) => string;
    readonly blockedBy: (ids: string) => string;
    readonly noGrade: string;
    /** The next-grade set of a large plan: candidates ranked once by what each gains alone. */
    readonly ranked: (evaluated: number) => string;
    /** The ranked search reached its budget of scorings while pruning: the set may hold targets it does not need. */
    readonly stopped: (budget: number) => string;
  };
  readonly sensitivity: {
    /** 在等权及各权重±10%的31种情形下等级均为B，结论稳健. */
    readonly stable: (n: number, grade: string) => string;
    readonly fragile: (changed: number, n: number, list: string) => string;
    readonly equal: string;
    /** 类别“环境质量”权重+10%. */
    readonly category: (name: string, move: string) => string;
    readonly target: (name: string, move: string) => string;
    /** 等权→C. */
    readonly changedTo: (scenario: string, grade: string) => string;
  };
  readonly unknownBuiltin: (id: string, known: string) => string;
  /** A period in a veto note: 2018年第2季度 / Q2 2018, 2018年上半年 / H1 2018, 2018年7月 / 2018-07, 2018年 / 2018. */
  readonly period: PeriodWords;
  /** The name of the bonus item an aspirational target earns: 力争目标加分：…. */
  readonly aspirationalBonusItem: (target: string) => string;
  /** The verdict of the assessment's pass rule (合格线 and 关键项). */
  readonly pass: {
    /** 考核总分86.50分，不低于合格线85分，且关键项全部达标：通过. */
    readonly passed: (score: string, min: string, keyItems: number) => string;
    /** 考核总分84.99分，低于合格线85分：未通过. */
    readonly belowMinimum: (score: string, min: string) => string;
    /** 关键项未达标（…）：未通过. */
    readonly keyItemsFailed: (items: string, count: number) => string;
    /** 关键项缺少数据（…），能否通过尚无法判定. */
    readonly keyItemsUnknown: (items: string, count: number) => string;
    /** No score at all, so the pass rule cannot be applied. */
    readonly noScore: string;
  };
}
/**
 * Labels of the rendered reports (Markdown, HTML, CSV) and the test matchers; statuses and requirement
 * phrases come from {@link EvaluationMessages}.
 */
export interface ReportLabels {
  readonly reportTitle: string;
  readonly score: string;
  readonly grade: string;
  readonly band: string;
  readonly maximum: string;
  readonly noScore: string;
  readonly points: string;
  readonly vetoed: (ids: string) => string;
  readonly vetoUnknown: (ids: string) => string;
  readonly interim: (asOf: string, end: string) => string;
  readonly bindingSummary: (met: number, total: number) => string;
  readonly aspirationalSummary: (met: number, total: number) => string;
  readonly allBindingMet: string;
  readonly bindingShort: (n: number) => string;
  readonly meta: {
    readonly region: string;
    readonly period: string;
    readonly asOf: string;
    readonly issuer: string;
    readonly documentNumber: string;
    readonly ruleSet: string;
    readonly method: string;
    readonly generatedBy: string;
  };
  readonly sections: {
    readonly summary: string;
    readonly categories: string;
    readonly shortfalls: string;
    readonly targets: string;
    readonly provenance: string;
    readonly notes: string;
  };
  readonly columns: {
    readonly number: string;
    readonly id: string;
    readonly target: string;
    readonly category: string;
    readonly commitment: string;
    readonly status: string;
    readonly observed: string;
    readonly required: string;
    readonly gap: string;
    readonly attainment: string;
    readonly pointsLost: string;
    readonly earned: string;
    readonly possible: string;
    readonly departments: string;
    readonly lead: string;
    readonly responsible: string;
    readonly section: string;
    readonly clause: string;
    readonly deadline: string;
    readonly explanation: string;
    readonly scored: string;
    readonly indicator: string;
    readonly value: string;
    readonly source: string;
    readonly publishedOn: string;
    readonly sourceStatus: string;
    readonly coverage: string;
    readonly note: string;
    readonly veto: string;
  };
  readonly provenanceStatus: {
    readonly verified: string;
    readonly reported: string;
    readonly estimated: string;
    readonly provisional: string;
  };
  readonly noProvenance: string;
  readonly noShortfalls: string;
  readonly noObservations: string;
  readonly notScored: string;
  readonly interimMark: string;
  readonly coverageRange: (from: string, to: string) => string;
  readonly categoryChartTitle: string;
  readonly scoreGaugeTitle: (score: string, grade: string) => string;
  readonly weightsAssumed: string;
  readonly weightsDocument: string;
  readonly allOrNothing: string;
  readonly missingExclude: string;
  readonly missingZero: string;
  readonly aspirationalScored: string;
  readonly aspirationalUnscored: string;
  readonly unusedObservations: (ids: string) => string;
  readonly quoteOpen: string;
  readonly quoteClose: string;
  readonly scheme: {
    readonly section: (name: string) => string;
    readonly score: string;
    readonly grade: string;
    readonly points: (earned: string, maximum: string, budget: string) => string;
    readonly bonusPenalty: (bonus: string, penalty: string) => string;
    readonly adjustments: string;
    readonly vetoes: string;
    readonly whatIf: string;
    readonly item: string;
    readonly count: string;
    readonly cap: string;
    readonly bonus: string;
    readonly penalty: string;
    readonly triggered: string;
    readonly undecided: string;
    readonly schemePoints: string;
    readonly schemePossible: string;
  };
  /** Matcher and CLI wording. */
  readonly matcher: {
    readonly notAReport: string;
    readonly noSuchTarget: (id: string, ids: string) => string;
  };
  /** What the score rests on that the document does not say (the report's `assumptions`). */
  readonly assumptions: {
    /** Next to the score and grade: the assumed subjects (already named) and where they are explained. */
    readonly headline: (subjects: readonly string[]) => string;
    /** Each subject's name in the headline. */
    readonly subject: {
      readonly weights: string;
      readonly veto: string;
      readonly rank: string;
      readonly tolerance: string;
      /** Targets without data left out of the score (the rule set's missingData: exclude, which no document sets). */
      readonly missingData: string;
    };
    /** In the notes: the targets whose veto the rule set set (their labels, joined). */
    readonly vetoTargets: (labels: string) => string;
    /** In the notes: the targets whose 「前列」 the rule set read as a top count or share. */
    readonly rankTargets: (labels: string) => string;
    /** In the notes: the targets whose 左右 the document gives no figure for, read with the default tolerance. */
    readonly toleranceTargets: (labels: string) => string;
    /** The CSV column naming, per target, what its points rest on that the document does not say. */
    readonly column: string;
  };
  /** The scored document by its title: 《磐安县2018年质量强县工作行动计划》 / the title as written. */
  readonly documentTitle: (title: string) => string;
  /** Next to the score, when targets without data are left out of it: how many targets it covers and how many it leaves out. */
  readonly coverage: (scored: number, withoutData: number) => string;
}
/** Words of the `quality-scorecard` command-line tool: help texts, messages and errors. */
export interface CliLabels {
  readonly tagline: string;
  readonly usage: string;
  readonly commands: string;
  readonly options: string;
  readonly examples: string;
  readonly command: {
    readonly evaluate: string;
    readonly validate: string;
    readonly list: string;
    readonly schema: string;
    readonly cohort: string;
  };
  readonly option: {
    readonly help: string;
    readonly version: string;
    /** --format: the default format's id, then the others', from the render registry. */
    readonly format: (defaultId: string, others: readonly string[]) => string;
    readonly listFormat: string;
    readonly locale: string;
    readonly asOf: string;
    readonly scheme: string;
    readonly summary: string;
    readonly out: string;
    readonly exitZero: string;
    readonly kind: string;
    readonly rules: string;
    readonly quiet: string;
    /** --force: write over an existing --out (or --summary) file; never over an input. */
    readonly force: string;
  };
  readonly arg: {
    readonly ruleSet: string;
    readonly data: string;
    readonly ndjson: string;
    readonly files: string;
    readonly dir: string;
  };
  readonly error: string;
  readonly invalidInput: (file: string) => string;
  readonly unknownCommand: (cmd: string) => string;
  readonly missingArgument: (name: string) => string;
  readonly extraArguments: (args: string) => string;
  readonly badOption: (message: string) => string;
  readonly badValue: (option: string, value: string, allowed: string) => string;
  /** Where to look next; `helpCommand` is the command line to run (`quality-scorecard evaluate --help`). */
  readonly seeHelp: (helpCommand: string) => string;
  readonly fileNotFound: (path: string) => string;
  readonly cannotRead: (path: string, why: string) => string;
  readonly cannotWrite: (path: string, why: string) => string;
  readonly notFileNorBuiltin: (arg: string, ids: string) => string;
  readonly notFileNorBuiltinScheme: (arg: string, ids: string) => string;
  readonly validScheme: (file: string, id: string, ruleSet: string, checkedAgainst: string | null) => string;
  readonly builtinSchemesTitle: string;
  readonly schemeFor: (ruleSet: string) => string;
  readonly unknownKind: string;
  readonly validRuleSet: (file: string, id: string, targets: number, categories: number) => string;
  readonly validDataSet: (file: string, region: string, period: string, n: number) => string;
  readonly validCatalogue: (file: string, n: number) => string;
  readonly invalidFile: (file: string) => string;
  readonly warning: string;
  readonly builtinRuleSets: string;
  readonly targetsByKind: string;
  readonly targetCount: (n: number) => string;
  readonly wroteSchemas: (n: number, dir: string) => string;
  /** Where `--out` wrote the report; the summary printed above it gives the counts (unmet and no-data apart). */
  readonly wroteReport: (file: string, score: string, grade: string) => string;
  readonly cohortSummary: (n: number, short: number, invalid: number) => string;
  /** A single-valued option given more than once (`--out a --out b`): refused rather than "last wins". */
  readonly repeatedOption: (option: string) => string;
  /** An output file that already exists, written only with `--force`. */
  readonly outputExists: (path: string) => string;
  /** An output file that is one of the command's inputs (by real path or same file), refused even with `--force`. */
  readonly outputIsInput: (path: string, input: string) => string;
  /** The heading of a command's exit codes in its help. */
  readonly exitCodesTitle: string;
  /** What each exit code means; a command's help lists the ones it can return. */
  readonly exitCode: {
    /** evaluate, cohort: 0. */
    readonly met: string;
    /** validate: 0. */
    readonly valid: string;
    /** list, schema: 0. */
    readonly done: string;
    /** evaluate, cohort: 1. */
    readonly shortfall: string;
    readonly invalid: string;
    readonly internal: string;
  };
  /** --svg of `evaluate`: charts in Markdown. */
  readonly svgOption: string;
  /** --format of `cohort`: the compact per-region lines. */
  readonly cohortFormatOption: string;
  /** --full of `cohort`: every region's full report instead of its compact line. */
  readonly fullOption: string;
  /** `--full` and `--format csv` together. */
  readonly fullIsNdjson: string;
  /** The header of the compact cohort CSV. */
  readonly cohortColumns: {
    readonly region: string;
    readonly name: string;
    readonly score: string;
    readonly grade: string;
    readonly shortfalls: string;
    readonly vetoed: string;
  };
  /** The cohort's progress: regions read in the first pass, scored (of those read) in the second. */
  readonly progressRead: (n: number) => string;
  readonly progressScored: (n: number, total: number) => string;
  /** The summary `evaluate --out` prints: the heading of the top shortfalls, and how many more there are. */
  readonly topShortfalls: string;
  readonly moreShortfalls: (n: number) => string;
  /** One shortfall in that summary: what was observed, what was required, the points lost. */
  readonly shortfallLine: (observed: string, required: string, pointsLost: string) => string;
  /** The summary's count of binding targets without data. */
  readonly withoutData: (n: number) => string;
}
/**
 * Words of the library's errors and input warnings: the labels of an issue line, and what each check
 * expected (the `expected` of an `InputIssue`), grouped by what the text says rather than by the code
 * that raises it, so one text raised in several places is one entry. Values shown inside a text (ids,
 * units, numbers) arrive as plain strings.
 */
export interface ErrorMessages {
  /** The parts of an issue line: `[E_CODE] $.path：应为 …，实际为 …`. */
  readonly labels: {
    readonly expected: string;
    readonly found: string;
  };
  /** A built-in rule set (or scheme) id the library does not ship. */
  readonly unknownBuiltin: (id: string, known: readonly string[]) => string;
  /** What an input should have held: the `expected` of an issue. */
  readonly expected: {
    // ── Text and structure (JSON syntax, the zod schemas) ──
    readonly validJson: string;
    /** A JSON type by the name zod gives it. */
    readonly type: {
      readonly string: string;
      readonly number: string;
      readonly int: string;
      readonly boolean: string;
      readonly object: string;
      readonly array: string;
    };
    /** A text the validator gives that has no entry here (an unusual zod type or check), shown as given. */
    readonly verbatim: (text: string) => string;
    /** One of a closed set of values (already written as JSON). */
    readonly oneOf: (values: readonly string[]) => string;
    readonly oneOfForms: string;
    readonly noSuchKey: (keys: readonly string[]) => string;
    readonly atLeastItems: (n: Num) => string;
    readonly atLeastCharacters: (n: Num) => string;
    readonly notLessThan: (n: Num) => string;
    readonly notMoreThan: (n: Num) => string;
    readonly matching: (pattern: string) => string;
    // ── Numbers ──
    readonly finiteNumber: string;
    readonly decimalString: string;
    /** A decimal string longer than the documented precision. */
    readonly significantDigits: (max: number) => string;
    readonly nonNegativeNumber: string;
    readonly nonNegativeInteger: string;
    readonly positiveNumber: string;
    /** A share of a peer group: "0.3" for the top 30%. */
    readonly topShare: string;
    /** A count in a unit: 整数个家. */
    readonly wholeNumberOf: (symbol: string, name: string) => string;
    readonly rateAtMost100: string;
    readonly shareBetween0And1: string;
    readonly nonNegativeWeight: string;
    readonly weightAboveZero: string;
    readonly numberIn: (unit: string) => string;
    readonly trueOrFalse: string;
    // ── Dates and periods ──
    readonly isoDate: string;
    readonly realDate: string;
    readonly notBefore: (date: string) => string;
    readonly periodLabel: string;
    readonly sameGranularity: (granularity: string) => string;
    /** A period of a target's own granularity. */
    readonly periodOfGranularity: (granularity: string) => string;
    // ── Units ──
    readonly unitSuchAs: (example: string) => string;
    readonly knownUnit: string;
    readonly knownUnitSuchAs: (example: string) => string;
    readonly unitConvertibleTo: (unit: string) => string;
    readonly unitOfIndicator: (unit: string, indicator: string) => string;
    // ── Ids and references ──
    readonly uniqueId: string;
    readonly idNotInCatalogue: string;
    readonly knownIndicator: string;
    readonly knownIndicatorOrScheme: string;
    readonly definedCategory: (categories: readonly string[]) => string;
    readonly definedGrade: (grades: readonly string[]) => string;
    readonly ruleSetBeingEvaluated: (ruleSet: string) => string;
    readonly categoryOfRuleSet: (ruleSet: string, categories: readonly string[]) => string;
    readonly targetOfRuleSet: (ruleSet: string) => string;
    /** A region id unique within a cohort. */
    readonly uniqueRegion: string;
    // ── Indicator and target kinds ──
    readonly booleanIndicator: string;
    readonly numericIndicator: string;
    /** A numeric indicator where a target kind needs one (a boolean one only suits a milestone). */
    readonly numericIndicatorNotBoolean: string;
    /** An indicator that has a better direction (higher or lower), as ranks need. */
    readonly directedIndicator: string;
    readonly milestoneForBoolean: string;
    readonly numericOperator: string;
    readonly numericThreshold: string;
    readonly countsOnlyForRate: string;
    readonly methodForKind: (kind: string) => string;
    // ── Observations ──
    readonly exactlyOneForm: string;
    readonly sampleAboveZero: string;
    readonly atMostSampled: (sampled: Num) => string;
    readonly atMostPeers: (of: Num) => string;
    readonly oneObservationPerPeriod: (indicator: string, period: string) => string;
    // ── Bounds, goalposts and grades ──
    readonly atLeastLowerBound: (min: Num) => string;
    readonly belowPreviousGradeMin: (min: Num) => string;
    readonly belowFullMarks: (full: Num) => string;
    readonly aboveFullMarksLowerBetter: (full: Num) => string;
    readonly fullMarksNotFloor: string;
    readonly attainmentFloor: string;
    readonly attainmentFull: string;
    // ── Points budgets of a scheme ──
    readonly basePointsWithin: (total: Num) => string;
    readonly categoryPointsAtMost: (room: Num) => string;
    readonly categoryPointsFirst: (category: string) => string;
    readonly sumOfTargetPoints: (sum: Num) => string;
    readonly categoriesPlusBase: (sum: Num) => string;
    // ── Input limits and API arguments ──
    /** Nesting of arrays and objects no deeper than the limit (checked before validating). */
    readonly atMostDepth: (levels: Num) => string;
    /** A value that does not contain itself (objects passed through the API). */
    readonly notCyclic: string;
    /** A compound condition nested no deeper than the limit. */
    readonly conditionAtMostDepth: (levels: Num) => string;
    /** An input (a file, standard input or an NDJSON line) of at most this many bytes. */
    readonly atMostBytes: (bytes: Num) => string;
    /** A rule set as `loadRuleSet` or `loadBuiltinRuleSet` returns it. */
    readonly compiledRuleSet: string;
    /** A scheme as `loadScheme` or `loadBuiltinScheme` returns it. */
    readonly compiledScheme: string;
    /** An indicator whose own unit is one the library knows. */
    readonly indicatorWithKnownUnit: (indicator: string) => string;
    /** A period window no longer than the limit. */
    readonly atMostPeriods: (periods: Num) => string;
    /** A negative value for an indicator that admits none, naming the kinds that admit one. */
    readonly negativeNotAdmitted: (indicator: string, kind: string) => string;
    /** `signed: true` on an indicator kind that can never be below zero. */
    readonly signedKindsOnly: (kinds: readonly string[]) => string;
    /** A target with both a deadline and an open deadline. */
    readonly deadlineOrOpen: string;
    /** `accumulates: true` on an indicator that is not a count. */
    readonly accumulatesCountOnly: string;
    /** A known unit, naming the known units closest to the refused spelling ("did you mean"). */
    readonly knownUnitDidYouMean: (units: readonly string[]) => string;
    /** `weighting: "by-class"` needs classes to weight by. */
    readonly classesForByClass: string;
    /** A score out of 100 (a pass mark). */
    readonly scoreOutOf100: string;
    /** A target the scheme's classes place: its kind is in no class. */
    readonly kindInAClass: (kinds: readonly string[]) => string;
    /** A cohort passed as an array of at most this many data sets (larger ones are streamed). */
    readonly atMostRegions: (regions: Num) => string;
    /** What was expected, then the closest known names to what was found (did you mean …). */
    readonly didYouMean: (expected: string, suggestions: readonly string[]) => string;
    /** A benchmark id the library names (全区平均水平 …) or the rule set names in its `benchmarks`. */
    readonly namedBenchmark: string;
    /** `runningTotal: true` on an indicator of another kind than `kinds` (listed). */
    readonly runningTotalKinds: (kinds: readonly string[]) => string;
  };
  /** What a scheme's grade band should be, by the problem found with it. */
  readonly band: {
    readonly empty: string;
    readonly gap: string;
    readonly overlap: string;
    readonly open_top: string;
    readonly open_bottom: string;
    readonly no_catch_all: string;
    readonly duplicate: string;
  };
  /** Something odd but allowed in an input, reported as a warning. */
  readonly warnings: {
    /** One target carries more than the limit of the scheme's points. */
    readonly heavyTarget: (target: string, percent: string, limit: string) => string;
    /** A milestone (建立…制度) is worth more than an outcome indicator. */
    readonly milestoneOutweighsOutcome: (milestones: readonly string[], outcome: string, points: string) => string;
    /** A JSON number literal that a binary number cannot hold (it read as `parsed`): write it as the string `decimal`. */
    readonly inexactNumber: (literal: string, parsed: string, decimal: string) => string;
    /** Targets on one indicator (by name) at different levels; `clauses` are the quoted source clauses. */
    readonly conflictingTargets: (indicator: string, clauses: string) => string;
  };
  /** The closing line of a capped issue list: `count` more issues of `code` were found but not listed. */
  readonly moreIssues: (count: number, code: string) => string;
}
/**
 * Names of the units the library knows: base units by their canonical symbol, count classifiers by
 * what they count, the 万/亿/千 prefixes.
 */
export interface UnitNames {
  readonly base: {
    readonly '%': string;
    readonly '‰': string;
    readonly fraction: string;
    readonly 元: string;
    readonly 'μg/m³': string;
    readonly 'mg/m³': string;
    readonly 平方米: string;
    readonly 亩: string;
    readonly 吨: string;
    readonly 公斤: string;
    readonly 千瓦时: string;
    readonly 吨标准煤: string;
    readonly 公里: string;
    readonly 天: string;
    readonly 分: string;
    readonly boolean: string;
  };
  /** Count classifiers by word, named for what they count; the zh-Hant name is the word's traditional form. */
  readonly classifier: { readonly [W in ClassifierWord]: string };
  /** The 万/亿/千 prefixes of scalable units (万批次, 亿元). */
  readonly prefix: { readonly [P in UnitPrefix]: string };
  /** A base unit's name under a 万/亿/千 prefix, both names in this locale: 万批次 → ten thousand batches. */
  readonly withPrefix: (prefix: string, base: string) => string;
  /** The units a shortfall is spoken in: a gap in % is 个百分点 (percentage points). */
  readonly gap: {
    readonly 个百分点: string;
    readonly 个千分点: string;
  };
  /** A rate per population, both names in this locale: 批次/千人 → batches per thousand people. */
  readonly per: (numerator: string, denominator: string) => string;
  /** A unit name as it reads after the number one (1 percentage point, 1 batch per thousand people). */
  readonly one: (name: string) => string;
}
/**
 * Punctuation and spacing, which Chinese and English write differently; every text that joins parts
 * takes its separators from here.
 */
export interface Punctuation {
  /** Between a label and what follows it on the same line. */
  readonly colon: string;
  /** Ending a heading line that a list follows ("内置规则集：" / "Built-in rule sets:"). */
  readonly headingColon: string;
  readonly comma: string;
  /** Ending a sentence. */
  readonly stop: string;
  /** Between clauses. */
  readonly semicolon: string;
  /** Between the items of a list. */
  readonly list: string;
  /** Between two words: nothing in Chinese, a space in English. */
  readonly space: string;
}

/** The whole catalogue as one locale writes it: what a new locale implements. */
export interface Messages {
  readonly evaluation: EvaluationMessages;
  readonly schemes: SchemeMessages;
  readonly reports: ReportLabels;
  readonly cli: CliLabels;
  readonly errors: ErrorMessages;
  readonly units: UnitNames;
  readonly punctuation: Punctuation;
}
