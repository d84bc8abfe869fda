/**
 * Reading one clause of a plan (a stretch between commas, in the prepared text) into the checkable
 * statements it makes, by the wording table of docs/DESIGN.md. Pure string work: no rule-set shapes.
 */
import { parseUnit } from '../core/units.js';
import type { ReviewCode } from './messages.js';

/** A guess to check: its code and the values its reason quotes. */
export interface Guess {
  readonly code: ReviewCode;
  readonly args: readonly string[];
}

/** The comparison words of threshold targets. */
export type Comparator = 'at_least' | 'more_than' | 'at_most' | 'less_than';

/** What a statement asks of its subject. */
export type Demand =
  | { readonly kind: Comparator; readonly threshold: string; readonly unit: string }
  | { readonly kind: 'range'; readonly min: string; readonly max: string; readonly unit: string }
  | { readonly kind: 'zero' }
  | { readonly kind: 'milestone' }
  | { readonly kind: 'benchmark'; readonly benchmark: string; readonly comparison: Comparator }
  | { readonly kind: 'rank'; readonly top: number; readonly peerGroup: string }
  | { readonly kind: 'trend'; readonly direction: 'increase' | 'decrease'; readonly consecutive?: number }
  | {
      readonly kind: 'frequency';
      readonly per: 'year' | 'half-year' | 'quarter' | 'month';
      readonly min: number;
      readonly max?: number;
    };

/** One checkable statement: its subject (the indicator's name as written), the span it quotes, its demand. */
export interface Statement {
  readonly subject: string;
  /** Offsets into the clause's text: the shortest span that states the whole target. */
  readonly start: number;
  readonly end: number;
  readonly demand: Demand;
  readonly guesses: readonly Guess[];
  /** Set when the subject was split from a list and completed with the last item's head noun. */
  readonly sharedHead?: string;
}

/** A clause that says something measurable but was not drafted, and why. */
export interface Skipped {
  readonly start: number;
  readonly end: number;
  readonly guess: Guess;
}

/** What one clause yields. */
export interface ClauseReading {
  readonly statements: readonly Statement[];
  readonly skipped: readonly Skipped[];
}

const NUMBER = /(?<![A-Za-z0-9.\-/])(\d+(?:\.\d+)?)/g;
const RANGE_SEPARATOR = /^(?:—{1,2}|–|-|－|~|～|至|到)$/;
/** Words after a figure that are not units: years, dates, document numbers, grades (3A), standards. */
const NOT_A_FIGURE = /^(?:年|月|日|号|届|周年|[A-Za-z]|[.\-/]\d|\]|〕|〔)/;

const AT_LEAST_BEFORE =
  /(?:不低于|不少于|不小于|达到或超过|提高到|提升到|提高至|提升至|增加到|增长到|稳定在|保持在|达到|达)$/;
const AT_MOST_BEFORE = /(?:不超过|不高于|不大于|控制在|降至|降到|下降到|下降至)$/;
const MORE_THAN_BEFORE = /(?:超过|高于|大于|超)$/;
const LESS_THAN_BEFORE = /(?:低于|少于|小于)$/;
const CHANGE_BEFORE =
  /(?:较[^，]{0,12}?|年均|同比|比[^，]{0,8}?)(?:提高|提升|增长|增加|上升|下降|降低|减少)了?$|(?:年均增长|增长|增加了|提高了|下降了)$/;
const AFTER_AT_LEAST = /^(?:及以上|以上)/;
const AFTER_AT_MOST = /^(?:及以下|以下|以内)/;
const AFTER_ABOUT = /^左右/;
/** Quantities where lower is better: a bare figure of one is a ceiling (PM2.5浓度29微克/立方米). */
const LOWER_IS_BETTER = /浓度|PM|排放|能耗|事故|死亡|发生率|投诉|不合格|噪声/;

const ASPIRATION = /力争|争取|争创/;

/** Words that open a clause without naming its subject: who, when, and how firmly. */
const LEADING =
  /^(?:[、，：]|确保|保证|力争|争取|争创|使|要|并|且|其中|同时|全年|年内|今年|当年|到\d{4}年(?:底|末)?(?:前)?|\d{4}年(?:底|末)?(?:前)?|我(?:镇|县|区|市|省)(?:的)?|全(?:镇|县|区|市|省)(?:的)?|实现|完成(?=[^，]{0,4}(?:率|度|量|数)$))+/;
const TRAILING = /(?:均|都|分别|要|应|的|须|必须|能够|将|达|为|保持|稳定)+$/;

/** A subject without the words that open or close it (确保, 全年, 我镇的 …, …均). */
export function cleanSubject(text: string): string {
  let s = text;
  for (let i = 0; i < 3; i++) s = s.replace(LEADING, '').replace(TRAILING, '');
  return s.replace(/^[“”"《》]+$/, '');
}

/** The longest unit the library knows at the start of `after`, its length, or undefined. */
function unitAt(after: string): { unit: string; length: number; perPopulation?: string } | undefined {
  const m = /^[^\d，。；：、（）“”"\s]{1,6}/.exec(after);
  if (!m) return undefined;
  const word = m[0];
  for (let n = word.length; n > 0; n--) {
    const candidate = word.slice(0, n);
    if (!parseUnit(candidate)) continue;
    // 4.5批次/千人: the whole per-population unit, which the library may not know.
    const per = /^\/(?:每)?([十百千万]+人|万台|万人|百万人)/.exec(after.slice(n));
    if (per) return { unit: candidate, length: n + per[0].length, perPopulation: `${candidate}/${per[1]}` };
    return { unit: candidate, length: n };
  }
  const unknown = /^(?:[万亿千]?[\u4e00-\u9fa5]{1,3}\/[\u4e00-\u9fa5]{1,3})/.exec(word);
  if (unknown) return { unit: unknown[0], length: unknown[0].length, perPopulation: unknown[0] };
  return undefined;
}

interface Figure {
  /** Where the comparison words before the number start, the number, and the end after unit and 以上. */
  readonly start: number;
  readonly numberStart: number;
  readonly end: number;
  readonly demand: Demand | undefined;
  readonly guesses: Guess[];
  readonly skip?: Guess;
  /** A figure that qualifies a noun (2000万元以上的工业企业) rather than stating a target. */
  readonly qualifier: boolean;
}

function comparatorBefore(before: string): { kind: Comparator; length: number } | undefined {
  // 不低于 before 低于 and 不超过 before 超过: the negated words end with the plain ones.
  for (const [re, kind] of [
    [AT_MOST_BEFORE, 'at_most'],
    [AT_LEAST_BEFORE, 'at_least'],
    [LESS_THAN_BEFORE, 'less_than'],
    [MORE_THAN_BEFORE, 'more_than'],
  ] as const) {
    const m = re.exec(before);
    if (m) return { kind, length: m[0].length };
  }
  return undefined;
}

/** Every figure with a known unit in a clause, with the comparison its words make. */
function figuresIn(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const numberStart = m.index;
    let cursor = numberStart + (m[1] as string).length;
    let first = m[1] as string;
    let second: string | undefined;
    const sep = /^(—{1,2}|–|-|－|~|～|至|到)(\d+(?:\.\d+)?)/.exec(text.slice(cursor));
    if (sep && RANGE_SEPARATOR.test(sep[1] as string)) {
      second = sep[2] as string;
      cursor += sep[0].length;
    }
    const rest = text.slice(cursor);
    if (NOT_A_FIGURE.test(rest)) continue;
    const unit = unitAt(rest);
    if (!unit) continue;
    cursor += unit.length;
    if (figures.some((f) => f.numberStart === numberStart)) continue;
    const before = text.slice(0, numberStart);
    const afterUnit = text.slice(cursor);
    const guesses: Guess[] = [];
    const qualifier = /^(?:(?:及)?以上|(?:及)?以下)?的/.test(afterUnit) && unit.unit !== '%';
    let end = cursor;
    const figureText = text.slice(numberStart, cursor);
    // A per-population rate (4.5批次/千人, 每千人4.5批次) in a unit this library may not know yet.
    const perPerson = /每([十百千万]+人)[^，]{0,8}$/.exec(before);
    const perUnit = unit.perPopulation ?? (perPerson ? `${unit.unit}/${perPerson[1]}` : undefined);
    if (perUnit !== undefined && !parseUnit(perUnit)) {
      figures.push({
        start: numberStart,
        numberStart,
        end,
        demand: undefined,
        guesses,
        skip: { code: 'unknownUnit', args: [perUnit] },
        qualifier,
      });
      continue;
    }
    const unitText = perUnit ?? unit.unit;
    if (unit.unit === '个百分点' || CHANGE_BEFORE.test(before)) {
      figures.push({
        start: numberStart,
        numberStart,
        end,
        demand: undefined,
        guesses,
        skip: { code: 'relativeChange', args: [] },
        qualifier,
      });
      continue;
    }
    if (second !== undefined) {
      figures.push({
        start: numberStart,
        numberStart,
        end: end + (AFTER_AT_LEAST.exec(afterUnit)?.[0].length ?? 0),
        demand: { kind: 'range', min: first, max: second, unit: unitText },
        guesses,
        qualifier,
      });
      continue;
    }
    const cmp = comparatorBefore(before);
    let kind: Comparator | undefined = cmp?.kind;
    const start = numberStart - (cmp?.length ?? 0);
    const atLeastAfter = AFTER_AT_LEAST.exec(afterUnit);
    const atMostAfter = AFTER_AT_MOST.exec(afterUnit);
    const about = AFTER_ABOUT.exec(afterUnit);
    if (atLeastAfter) {
      end += atLeastAfter[0].length;
      if (kind === undefined || kind === 'at_least') kind = 'at_least';
    } else if (atMostAfter) {
      end += atMostAfter[0].length;
      if (kind === undefined || kind === 'at_most' || kind === 'at_least') kind = 'at_most';
    } else if (about) {
      end += about[0].length;
      kind = 'at_least';
      guesses.push({ code: 'approximate', args: [figureText] });
    }
    if (kind === undefined) {
      if (LOWER_IS_BETTER.test(before)) {
        kind = 'at_most';
        guesses.push({ code: 'assumedCeiling', args: [figureText] });
      } else {
        kind = 'at_least';
        guesses.push({ code: 'assumedFloor', args: [figureText] });
      }
    }
    if (second === undefined) first = first.replace(/^0+(?=\d)/, '');
    figures.push({
      start,
      numberStart,
      end,
      demand: { kind, threshold: first, unit: unitText },
      guesses,
      qualifier,
    });
  }
  return figures;
}

const POPULATION = /(?:企业|单位|行业|部门|机构|主体|人员|乡镇|村)$/;

/** Splits a subject that names several indicators under one bar (A和B, A、B及C). */
export function splitSubject(subject: string): Array<{ name: string; head?: string }> {
  const parts = subject
    .split(/、|和|及|与|以及/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length < 2 || parts.some((p) => p.length < 2)) return [{ name: subject }];
  // 重点企业、规模企业…宣贯率: the earlier items name who is measured, not further indicators.
  if (parts.slice(0, -1).some((p) => POPULATION.test(p))) return [{ name: subject }];
  const HEAD =
    /[\u4e00-\u9fa5]{0,2}(?:合格率|覆盖率|达标率|满意度|认证率|复审率|执行率|实施率|普及率|率|比例|比重|指数|浓度)$/;
  const last = parts[parts.length - 1] as string;
  const headMatch = HEAD.exec(last);
  if (!headMatch) return [{ name: subject }];
  const head =
    /(?:合格率|覆盖率|达标率|满意度|认证率|复审率|执行率|实施率|普及率|率|比例|比重|指数|浓度)$/.exec(last)?.[0] ?? '';
  // A list of nouns under one head (食品、药品合格率) only when the earlier items are long enough to be names.
  return parts.map((p, i) => {
    if (i === parts.length - 1 || HEAD.test(p)) return { name: p };
    // 食品和药品抽检合格率: a short item takes what follows the last item's own first word (抽检合格率).
    const shared = p.length <= 4 && last.length > p.length + head.length ? last.slice(p.length) : head;
    return { name: `${p}${shared}`, head: shared };
  });
}

const PERIODS: Record<string, 'year' | 'half-year' | 'quarter' | 'month'> = {
  年: 'year',
  年度: 'year',
  半年: 'half-year',
  季度: 'quarter',
  季: 'quarter',
  月: 'month',
};
const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

function smallNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  return CHINESE_DIGITS[text];
}

function frequencyIn(text: string): Statement | undefined {
  const per = /每(?:个)?(半年|季度|年度|季|年|月)/.exec(text);
  if (!per) return undefined;
  const count = /(\d+|[一二两三四五六])(?:[至到—\-~～](\d+|[一二两三四五六]))?(?:次|期|回)/.exec(text);
  if (!count) return undefined;
  const min = smallNumber(count[1] as string);
  const max = count[2] === undefined ? undefined : smallNumber(count[2]);
  if (min === undefined) return undefined;
  const subject = cleanSubject(
    text
      .replace(per[0], '')
      .replace(count[0], '')
      .replace(/^(?:组织|定期)?/, ''),
  );
  return {
    subject: subject.length > 0 ? subject : text,
    start: 0,
    end: text.length,
    demand: {
      kind: 'frequency',
      per: PERIODS[per[1] as string] ?? 'year',
      min,
      ...(max !== undefined && max > min ? { max } : {}),
    },
    guesses: [],
  };
}

const AVERAGE = /(高于|超过|优于|不低于|达到|低于)(全(?:区|县|市|省|国))(?:同类地区|同级[^，]{0,4})?(?:的)?平均水平/;
const AVERAGE_ID: Record<string, string> = {
  全区: 'district-average',
  全县: 'county-average',
  全市: 'city-average',
  全省: 'provincial-average',
  全国: 'national-average',
};
const AUTHORITY = /(达到|完成)(省市|省|市|区|县)(?:政府|级|委)?(?:下达的?)?[^，]{0,8}?(?:目标|要求|任务)/;
const AUTHORITY_ID: Record<string, string> = {
  省市: 'provincial-municipal-target',
  省: 'provincial-target',
  市: 'municipal-target',
  区: 'district-target',
  县: 'county-target',
};

function comparisonWord(word: string): Comparator {
  if (word === '高于' || word === '超过' || word === '优于') return 'more_than';
  if (word === '低于') return 'less_than';
  return 'at_least';
}

function benchmarkIn(text: string): Statement[] {
  const avg = AVERAGE.exec(text);
  if (avg) {
    const subject = cleanSubject(text.slice(0, avg.index));
    return splitSubject(subject).map((part) => ({
      subject: part.name,
      start: 0,
      end: avg.index + avg[0].length,
      demand: {
        kind: 'benchmark',
        benchmark: AVERAGE_ID[avg[2] as string] ?? 'district-average',
        comparison: comparisonWord(avg[1] as string),
      },
      guesses: [],
      ...(part.head ? { sharedHead: part.head } : {}),
    }));
  }
  const auth = AUTHORITY.exec(text);
  if (auth && auth.index > 1) {
    const subject = cleanSubject(text.slice(0, auth.index));
    if (subject.length < 2) return [];
    const id = AUTHORITY_ID[auth[2] as string] ?? 'municipal-target';
    return splitSubject(subject).map((part) => ({
      subject: part.name,
      start: 0,
      end: auth.index + auth[0].length,
      demand: { kind: 'benchmark', benchmark: id, comparison: 'at_least' },
      guesses: [{ code: 'benchmarkTarget', args: [id] }],
      ...(part.head ? { sharedHead: part.head } : {}),
    }));
  }
  return [];
}

const RANK = /(?:位居|居于|稳居|位于|位列|居|进入|保持)(全(?:县|市|区|省|国)[^，前]{0,6})前(?:列|茅|(\d+)(?:名|位))/;

function rankIn(text: string): Statement[] {
  const m = RANK.exec(text);
  if (!m) return [];
  const subject = cleanSubject(text.slice(0, m.index));
  if (subject.length < 2) return [];
  const top = m[2] === undefined ? 3 : Number(m[2]);
  const guesses: Guess[] = m[2] === undefined ? [{ code: 'rankTop', args: [] }] : [];
  return splitSubject(subject).map((part) => ({
    subject: part.name,
    start: 0,
    end: m.index + m[0].length,
    demand: { kind: 'rank', top, peerGroup: m[1] as string },
    guesses,
    ...(part.head ? { sharedHead: part.head } : {}),
  }));
}

const ZERO = /(不发生|杜绝|未发生|零发生|无)([^，]{2,40})/;
const GUARD = /(?:有效)?防范(?:和|及|并)?(?:有效)?(?:处置|遏制)?(?:各类)?([^，]{2,60}(?:事故|事件)(?:发生)?)/;
const EVENT = /事故|事件|案件|伤亡|死亡/;

/**
 * 防范…事故 without 不发生/杜绝: a duty to guard against accidents, not a promise that none occurs, so it is
 * left undrafted with its reason (the built-ins judge such clauses as qualitative tasks).
 */
function guardIn(text: string): Skipped | undefined {
  if (ZERO.test(text)) return undefined;
  const g = GUARD.exec(text);
  return g ? { start: g.index, end: text.length, guess: { code: 'zeroGuard', args: [] } } : undefined;
}

function zeroIn(text: string): Statement[] {
  const m = ZERO.exec(text);
  if (!m) return [];
  const guesses: Guess[] = [];
  if (m[1] === '无' && !EVENT.test(m[2] as string)) return [];
  let object = (m[2] as string).replace(/发生$/, '');
  const start = m.index;
  object = object.replace(/^(?:各类|任何)/, '');
  const objects = object
    .split('、')
    .map((o) => o.trim())
    .filter((o) => o.length >= 2);
  const prefix = cleanSubject(text.slice(0, start)).replace(/^(?:全(?:镇|县|区|市))$/, '');
  return objects.map((o) => ({
    subject: `${prefix && !/^(?:加强|做好|切实|进一步)/.test(prefix) && prefix.length <= 6 ? prefix : ''}${o}`,
    start: Math.max(0, start - (prefix.length <= 6 ? prefix.length : 0)),
    end: text.length,
    demand: { kind: 'zero' },
    guesses,
  }));
}

const TREND = /(逐年|连续(\d+)年(?:保持)?|持续|不断|稳步|逐步)(提高|提升|增长|增加|上升|下降|降低|减少|改善)/;
const MEASURABLE = /(?:率|度|数|数量|总量|比重|比例|指数|浓度|产值|收入|投入)$/;

function trendIn(text: string): Statement[] {
  const m = TREND.exec(text);
  if (!m) return [];
  const before = cleanSubject(text.slice(0, m.index));
  const after = cleanSubject(text.slice(m.index + m[0].length));
  const subject = MEASURABLE.test(before) ? before : before.length === 0 && MEASURABLE.test(after) ? after : '';
  if (!subject) return [];
  const down = /下降|降低|减少/.test(m[3] as string);
  const soft = !/逐年|连续/.test(m[1] as string);
  const guesses: Guess[] = soft ? [{ code: 'trendSoft', args: [m[0]] }] : [];
  const consecutive = m[2] === undefined ? undefined : Number(m[2]);
  return splitSubject(subject).map((part) => ({
    subject: part.name,
    start: 0,
    end: text.length,
    demand: {
      kind: 'trend',
      direction: down ? 'decrease' : 'increase',
      ...(consecutive !== undefined ? { consecutive } : {}),
    },
    guesses,
    ...(part.head ? { sharedHead: part.head } : {}),
  }));
}

const MILESTONE =
  /^([^，]{0,6}?)(建立健全|建立|成立|签订|制定|制订|出台|印发|组建|设立|建成|编制|完成)([^，]{2,40}(?:制度|机制|小组|方案|计划|责任书|办法|平台|体系|档案|名录|办公室|委员会|细则|台账))/;
const VAGUE_PREFIX = /加强|推进|深化|提升|进一步|积极|鼓励|引导|支持|探索|推动|督促/;

function milestoneIn(text: string): Statement[] {
  const m = MILESTONE.exec(text);
  // 制定如下工作方案 / 制定本行动计划: the document speaking of itself.
  if (!m || VAGUE_PREFIX.test(m[1] as string) || /^(?:如下|以下|本|此)/.test(m[3] as string)) return [];
  const guesses: Guess[] = m[2] === '建立健全' ? [{ code: 'milestoneSoft', args: [] }] : [];
  const start = (m[1] as string).length;
  return [
    {
      subject: `${m[2]}${m[3]}`,
      start,
      end: m[0].length,
      demand: { kind: 'milestone' },
      guesses,
    },
  ];
}

const VAGUE_MEASURE = /(?:率|满意度|指数)[^，]{0,6}(?:明显|显著|大幅|进一步|有所|稳步|全面)?(?:提升|提高|改善|增强)/;

/** Figures of a clause read as threshold or range statements (several per clause, split at 、). */
/** Incentives (给予…奖励, 补助…万元) state what the government pays, not what a region must reach. */
const INCENTIVE = /给予|奖励金|补助|补贴|资助|奖补/;

function figureStatements(text: string): ClauseReading {
  if (INCENTIVE.test(text)) return { statements: [], skipped: [] };
  const figures = figuresIn(text);
  const stated = figures.filter((f) => !f.qualifier || figures.length === 1);
  const statements: Statement[] = [];
  const skipped: Skipped[] = [];
  let from = 0;
  stated.forEach((f, i) => {
    const next = stated[i + 1];
    // The span of this figure: from after the previous one (past its 、) to the next 、 before the next figure.
    const sep = text.lastIndexOf('、', f.start);
    const start = i === 0 ? 0 : Math.max(from, sep >= from ? sep + 1 : from);
    let end = text.length;
    if (next) {
      const cut = text.indexOf('、', f.end);
      end = cut >= 0 && cut < next.start ? cut : f.end;
    }
    from = end;
    if (f.skip) {
      skipped.push({ start, end, guess: f.skip });
      return;
    }
    if (!f.demand) return;
    const before = text.slice(start, f.start);
    const after = text.slice(f.end, end);
    const numbersFirst = /^的/.test(after) && cleanSubject(before).length === 0;
    const subjectText = numbersFirst ? after.replace(/^的/, '') : `${before}${after.replace(/^的/, '')}`;
    const subject = cleanSubject(subjectText);
    if (subject.length < 2) return;
    for (const part of f.demand.kind === 'range' ? [{ name: subject }] : splitSubject(subject))
      statements.push({
        subject: part.name,
        start,
        end,
        demand: f.demand,
        guesses: f.guesses,
        ...('head' in part && part.head ? { sharedHead: part.head } : {}),
      });
  });
  return { statements, skipped };
}

/**
 * Reads one clause (the text between two commas, prepared) into statements, in the order the
 * wording table checks them: frequencies, benchmarks, ranks, zeros, figures, trends, milestones.
 * @example readClause('产品质量抽查合格率达到95%以上').statements[0]?.demand // { kind: 'at_least', threshold: '95', unit: '%' }
 */
export function readClause(text: string): ClauseReading {
  const frequency = frequencyIn(text);
  if (frequency) return { statements: [frequency], skipped: [] };
  const benchmark = benchmarkIn(text);
  if (benchmark.length > 0) return { statements: benchmark, skipped: [] };
  const rank = rankIn(text);
  if (rank.length > 0) return { statements: rank, skipped: [] };
  const guard = guardIn(text);
  if (guard) return { statements: [], skipped: [guard] };
  const zero = zeroIn(text);
  if (zero.length > 0) return { statements: zero, skipped: [] };
  const figures = figureStatements(text);
  if (figures.statements.length > 0 || figures.skipped.length > 0) return figures;
  const trend = trendIn(text);
  if (trend.length > 0) return { statements: trend, skipped: [] };
  const milestone = milestoneIn(text);
  if (milestone.length > 0) return { statements: milestone, skipped: [] };
  if (VAGUE_MEASURE.test(text))
    return { statements: [], skipped: [{ start: 0, end: text.length, guess: { code: 'vague', args: [] } }] };
  return { statements: [], skipped: [] };
}

/** Whether a clause says 力争/争取/争创 (aspirational). */
export function aspirationIn(text: string): string | undefined {
  return ASPIRATION.exec(text)?.[0];
}
