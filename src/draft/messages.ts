import { localizeFromSimplified, type TraditionalOverrides } from '../locales/traditional.js';

/** Why a drafted value is a guess a person should check, one entry per review code. */
export interface DraftReviewMessages {
  /** A figure with no comparison word, read as a floor. */
  readonly assumedFloor: (figure: string) => string;
  /** A bare figure of a pollutant, incident or other lower-is-better quantity, read as a ceiling. */
  readonly assumedCeiling: (figure: string) => string;
  /** 左右 read as a floor. */
  readonly approximate: (figure: string) => string;
  /** 力争 said once, before a list or an earlier clause, carried over to this target. */
  readonly aspirationalScope: (word: string) => string;
  /** A deadline year outside the plan period, left out. */
  readonly deadlineOutside: (year: string, start: string, end: string) => string;
  /** A deadline in words without a year (到“十三五”末), left to the plan's end. */
  readonly deadlineUnknown: (words: string) => string;
  /** The plan period is not in the title: read from the years in the text. */
  readonly periodGuessed: (start: string, end: string) => string;
  /** No region named in the title. */
  readonly regionUnknown: string;
  /** No issuing body found. */
  readonly issuerUnknown: string;
  /** A figure in a unit the library does not know (per-population rates such as 批次/千人): left out. */
  readonly unknownUnit: (unit: string) => string;
  /** A change against a base year (较2015年提升2个百分点, 年均增长8%): left out, it needs the base value. */
  readonly relativeChange: string;
  /** A measurable subject with no bar (满意度明显提升): left out, not scored. */
  readonly vague: string;
  /** Matched to a catalogue indicator by wording that is not identical. */
  readonly catalogueGuess: (id: string, name: string) => string;
  /** One bar over several indicators, split; this name borrowed the last item's head noun. */
  readonly sharedHead: (head: string) => string;
  /** A new indicator's English name is still the Chinese one. */
  readonly englishName: string;
  /** 前列 read as the top 3. */
  readonly rankTop: string;
  /** 持续/不断/稳步 read as a change every year. */
  readonly trendSoft: (words: string) => string;
  /** A target set by another authority, read as a benchmark the data must supply. */
  readonly benchmarkTarget: (id: string) => string;
  /** 防范 (guard against) read as "none occurs". */
  readonly zeroGuard: string;
  /** 建立健全/完善 read as "established". */
  readonly milestoneSoft: string;
}

/** The words a draft writes into a rule set: category names, notes and review reasons. */
export interface DraftMessages {
  readonly category: {
    readonly product: string;
    readonly engineering: string;
    readonly service: string;
    readonly environment: string;
    readonly industry: string;
    readonly foundation: string;
    readonly mechanism: string;
  };
  /** The scoring note of a draft: weights are assumed. */
  readonly weightsNote: string;
  /** A region the text does not name. */
  readonly unnamedRegion: string;
  /** Names of the targets a superior body sets (完成省市下达目标), which the library does not name itself. */
  readonly authorityTarget: {
    readonly 'provincial-municipal-target': string;
    readonly 'provincial-target': string;
    readonly 'district-target': string;
    readonly 'county-target': string;
  };
  /** The first note of every draft. */
  readonly draftedNote: (targets: number, review: number) => string;
  readonly review: DraftReviewMessages;
}

const zhHans: DraftMessages = {
  category: {
    product: '产品质量',
    engineering: '工程质量',
    service: '服务质量',
    environment: '环境质量',
    industry: '产业质量',
    foundation: '质量基础',
    mechanism: '质量机制',
  },
  weightsNote: '文件未规定分值，各类别及类别内各目标按假定等权计分。',
  unnamedRegion: '（未具名地区）',
  authorityTarget: {
    'provincial-municipal-target': '省市下达目标',
    'provincial-target': '省下达目标',
    'district-target': '区下达目标',
    'county-target': '县下达目标',
  },
  draftedNote: (targets, review) => `由方案文本自动起草：${targets}项目标，${review}处待核对。`,
  review: {
    assumedFloor: (figure) => `“${figure}”前后无比较词，按“不低于”起草，请核对`,
    assumedCeiling: (figure) => `“${figure}”为越低越好的指标且无比较词，按“不超过”起草，请核对`,
    approximate: (figure) => `“${figure}左右”按“不低于”起草，请核对`,
    aspirationalScope: (word) => `“${word}”见于前文，按其统领本条起草为争取性目标，请核对适用范围`,
    deadlineOutside: (year, start, end) => `完成时限${year}年不在方案期限${start}至${end}内，未写入，请核对`,
    deadlineUnknown: (words) => `时限“${words}”未写明年份，暂按方案期末，请核对`,
    periodGuessed: (start, end) => `标题未写明年份，方案期限按正文推定为${start}至${end}，请核对`,
    regionUnknown: '标题未写明地区，请补填',
    issuerUnknown: '未找到发文机关，暂以标题代替，请补填',
    unknownUnit: (unit) => `计量单位“${unit}”尚不支持，本条未起草，请核对`,
    relativeChange: '本条以基期为参照（较…提升/增长），须有基期数值，未起草，请核对',
    vague: '本条有指标但无可考核的数值或时限，未计分，请核对',
    catalogueGuess: (id, name) => `按措辞近似对应共享指标 ${id}（${name}），请核对`,
    sharedHead: (head) => `一句含多项指标，已拆分；本项名称补全为“…${head}”，请核对`,
    englishName: '英文名称暂同中文名称，请补译',
    rankTop: '“前列”按前3名起草，请核对',
    trendSoft: (words) => `“${words}”按逐年变化起草，请核对`,
    benchmarkTarget: (id) => `上级下达的目标按基准值 ${id} 起草，数据中须提供该值`,
    zeroGuard: '“防范”不等于承诺“不发生”，未起草为零目标；如需考核，请按定性任务（qualitative）编写',
    milestoneSoft: '“建立健全/完善”按“已建立”起草，请核对',
  },
};

// Derived with OpenCC; by hand only where s2tw keeps a mainland word Taiwan does not use in this sense.
const zhHantOverrides: TraditionalOverrides<DraftMessages> = {
  // Software support is 支援 in Taiwan; s2tw keeps 支持 (backing).
  review: { unknownUnit: (unit) => `計量單位「${unit}」尚不支援，本條未起草，請核對` },
};

const en: DraftMessages = {
  category: {
    product: 'product quality',
    engineering: 'construction quality',
    service: 'service quality',
    environment: 'environmental quality',
    industry: 'industry quality',
    foundation: 'quality infrastructure',
    mechanism: 'quality mechanisms',
  },
  weightsNote: 'The document gives no point values, so categories and targets are weighted equally by assumption.',
  unnamedRegion: '(unnamed region)',
  authorityTarget: {
    'provincial-municipal-target': 'the target set by the province and city',
    'provincial-target': 'the target set by the province',
    'district-target': 'the target set by the district',
    'county-target': 'the target set by the county',
  },
  draftedNote: (targets, review) => {
    const plural = new Intl.PluralRules('en');
    const t = `${targets} ${plural.select(targets) === 'one' ? 'target' : 'targets'}`;
    const r = `${review} ${plural.select(review) === 'one' ? 'point' : 'points'}`;
    return `Drafted from the plan's text: ${t}, ${r} to review.`;
  },
  review: {
    assumedFloor: (figure) => `no comparison word around "${figure}": drafted as "at least"; check it`,
    assumedCeiling: (figure) =>
      `"${figure}" is a lower-is-better quantity with no comparison word: drafted as "at most"; check it`,
    approximate: (figure) => `"${figure} or so" (左右) drafted as "at least"; check it`,
    aspirationalScope: (word) =>
      `"${word}" stands earlier and is read as governing this target too (aspirational); check its scope`,
    deadlineOutside: (year, start, end) =>
      `the deadline year ${year} lies outside the plan period ${start} to ${end} and was left out; check it`,
    deadlineUnknown: (words) => `the deadline "${words}" names no year: left at the plan's end; check it`,
    periodGuessed: (start, end) =>
      `the title names no year: the plan period ${start} to ${end} was read from the text; check it`,
    regionUnknown: 'the title names no region: fill it in',
    issuerUnknown: 'no issuing body found: the title stands in for it; fill it in',
    unknownUnit: (unit) => `the unit "${unit}" is not supported yet, so this clause was not drafted; check it`,
    relativeChange:
      'a change against a base year (较…提升/增长) needs the base value, so this clause was not drafted; check it',
    vague: 'an indicator without a checkable figure or date: left unscored; check it',
    catalogueGuess: (id, name) => `matched by similar wording to the shared indicator ${id} (${name}); check it`,
    sharedHead: (head) => `one bar over several indicators, split; this name was completed with "…${head}"; check it`,
    englishName: 'the English name is still the Chinese one: translate it',
    rankTop: '"前列" (among the leaders) drafted as the top 3; check it',
    trendSoft: (words) => `"${words}" drafted as a change every year; check it`,
    benchmarkTarget: (id) => `a target set by a higher authority, drafted as benchmark ${id}: the data must supply it`,
    zeroGuard:
      '"防范" (guard against) is not a promise that none occurs: not drafted as a zero target; write it as a qualitative task if it is assessed',
    milestoneSoft: '"建立健全/完善" (establish and improve) drafted as "established"; check it',
  },
};

/**
 * The words of drafting in every locale: category names, the weights note and every review reason.
 * @example DRAFT_MESSAGES.review.rankTop.en // '"前列" (among the leaders) drafted as the top 3; check it'
 */
export const DRAFT_MESSAGES = localizeFromSimplified<DraftMessages>({ 'zh-Hans': zhHans, en }, zhHantOverrides);

/** The review codes a draft can raise, one per reason in {@link DraftReviewMessages}. */
export type ReviewCode = keyof DraftReviewMessages;
