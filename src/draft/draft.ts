import { z } from 'zod';
import { jsonPath } from '../core/errors.js';
import { parseUnit } from '../core/units.js';
import type { Indicator } from '../indicators/schema.js';
import { IdSchema } from '../indicators/schema.js';
import { commonBenchmarkName } from '../locales/index.js';
import type { LocalizedText } from '../locales/locale.js';
import { toTraditional } from '../locales/traditional.js';
import type { RuleSetInput } from '../rulesets/schema.js';
import { kindForUnit, matchCatalogue, unitForSubject } from './indicators.js';
import { DRAFT_MESSAGES, type ReviewCode } from './messages.js';
import { aspirationIn, type Demand, type Guess, readClause, type Statement } from './read.js';
import {
  type Departments,
  departmentsIn,
  documentNumberIn,
  headingOf,
  issuerIn,
  linesOf,
  listMarkerLength,
  periodInTitle,
  regionInTitle,
  titleLine,
} from './structure.js';
import { type PreparedText, prepareText, quote } from './text.js';

/** Options of {@link draftRuleSet}. */
export const DraftOptionsSchema = z.strictObject({
  /** The rule set's id (kebab-case); defaults to `draft`. */
  id: IdSchema.optional(),
  /** The source file name the rule set names; defaults to `plan.txt`. */
  sourceFile: z.string().min(1).optional(),
});

/** Options of {@link draftRuleSet} (inferred from {@link DraftOptionsSchema}). */
export type DraftOptions = z.input<typeof DraftOptionsSchema>;

/** One guess of a draft for a person to check: its code, where it is in the rule set, and why. */
export interface DraftReview {
  readonly code: ReviewCode;
  /** JSON path into the drafted rule set, or `$` for a clause that was not drafted. */
  readonly path: string;
  /** The clause concerned, quoted from the text. */
  readonly clause?: string;
  readonly message: LocalizedText;
}

/** What {@link draftRuleSet} returns: a rule set that loads, and every guess in it. */
export interface DraftResult {
  readonly ruleSet: RuleSetInput;
  readonly review: readonly DraftReview[];
}

type Category = keyof (typeof DRAFT_MESSAGES)['category'];

/** Categories by the words of a target's section and subject, checked in this order. */
const CATEGORY_WORDS: ReadonlyArray<readonly [Category, RegExp]> = [
  ['environment', /空气|水质|PM|环境|污染|排放|噪声|森林|绿化|土壤|生态|饮用水/],
  ['engineering', /工程|建筑|施工|竣工|住房|保障房|安居/],
  ['service', /服务|满意度|旅游|就诊|医|签约/],
  ['product', /产品|食品|药品|抽查|抽检|合格率|特种设备/],
  ['industry', /名牌|品牌|产值|产业|商标|质量奖/],
  ['foundation', /计量|标准|认证|检验|检测|培训/],
];

function categoryOf(section: string, subject: string): Category {
  for (const [id, words] of CATEGORY_WORDS) if (words.test(subject)) return id;
  for (const [id, words] of CATEGORY_WORDS) if (words.test(section)) return id;
  return 'mechanism';
}

interface Scope {
  /** 力争 said before a list (到2016年，力争实现以下目标：), and the heading depth it was said at. */
  aspiration?: { word: string; depth: number };
  deadline?: { year: number; depth: number };
}

interface Drafted {
  statement: Statement;
  clause: string;
  section: string;
  commitment: 'binding' | 'aspirational';
  inherited?: string;
  deadlineYear?: number;
  departments?: Departments;
  line: number;
}

const YEAR_DEADLINE = /到(\d{4})年|(\d{4})年(?:底|末)?前/;
const WORDED_DEADLINE = /到[“"]?十[一二三四五]五[”"]?(?:末|期末)/;

/** Drops commas, colons and quotes at either end of a span, so quotes start and end on words. */
function trimSpan(plain: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[，：、；。\s]/.test(plain[s] as string)) s++;
  while (e > s && /[，：、；。\s]/.test(plain[e - 1] as string)) e--;
  return [s, e];
}

/** Every statement of a plan, with its section, commitment, deadline and departments. */
function readPlan(text: PreparedText, skipped: DraftReview[]): { drafted: Drafted[]; years: number[] } {
  const lines = linesOf(text);
  const title = titleLine(lines);
  const stack: Array<{ level: number; quote: string }> = [];
  const scope: Scope = {};
  const drafted: Drafted[] = [];
  const years: number[] = [];
  let sinceHeading: Drafted[] = [];
  lines.forEach((line, lineIndex) => {
    if (line === title) return;
    const heading = headingOf(line.text);
    let bodyStart = 0;
    if (heading) {
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= heading.level) stack.pop();
      stack.push({ level: heading.level, quote: quote(text, line.start, line.start + heading.titleEnd).trim() });
      if (scope.aspiration && stack.length <= scope.aspiration.depth) scope.aspiration = undefined;
      if (scope.deadline && stack.length <= scope.deadline.depth) scope.deadline = undefined;
      sinceHeading = [];
      bodyStart = heading.bodyStart;
    } else bodyStart = listMarkerLength(line.text);
    const section = stack.map((h) => h.quote).join(' > ');
    const body = line.text.slice(bodyStart);
    const { departments, spans } = departmentsIn(body);
    const masked = spans.reduce((acc, [s, e]) => acc.slice(0, s) + '，'.repeat(e - s) + acc.slice(e), body);
    // A line that is only departments names them for what came before it under the same heading.
    if (departments && masked.replace(/[，\s]/g, '').length === 0) {
      for (const d of sinceHeading) d.departments ??= departments;
      return;
    }
    const lineDrafted: Drafted[] = [];
    let sentenceStart = 0;
    for (const sentence of masked.split(/(?<=[。；！？])/)) {
      const offset = sentenceStart;
      sentenceStart += sentence.length;
      let aspiration: string | undefined;
      let deadlineYear: number | undefined;
      // 到“十三五”末: a deadline in words, which governs the rest of its sentence as 到2020年 would.
      let worded: string | undefined;
      let clauseStart = 0;
      for (const clause of sentence.split(/(?<=[，：])/)) {
        const at = offset + clauseStart;
        clauseStart += clause.length;
        const yearMatch = YEAR_DEADLINE.exec(clause);
        if (yearMatch) {
          deadlineYear = Number(yearMatch[1] ?? yearMatch[2]);
          years.push(deadlineYear);
        }
        worded = WORDED_DEADLINE.exec(clause)?.[0] ?? worded;
        const own = aspirationIn(clause);
        const reading = readClause(clause.replace(/[，：。；！？]$/, ''));
        // 到2016年，力争实现以下目标：… governs the list that follows, down to the next heading at its depth.
        if (/：$/.test(clause) && reading.statements.length === 0) {
          const word = own ?? aspiration;
          if (word) scope.aspiration = { word, depth: stack.length };
          if (deadlineYear !== undefined) scope.deadline = { year: deadlineYear, depth: stack.length };
        }
        for (const s of reading.skipped) {
          const [from, to] = trimSpan(line.text, bodyStart + at + s.start, bodyStart + at + s.end);
          skipped.push({
            code: s.guess.code,
            path: '$',
            clause: quote(text, line.start + from, line.start + to),
            message: message(s.guess),
          });
        }
        for (const statement of reading.statements) {
          const [from, to] = trimSpan(line.text, bodyStart + at + statement.start, bodyStart + at + statement.end);
          if (to <= from) continue;
          const inherited = own ? undefined : (aspiration ?? scope.aspiration?.word);
          const year = deadlineYear ?? scope.deadline?.year;
          const entry: Drafted = {
            statement:
              worded && deadlineYear === undefined
                ? { ...statement, guesses: [...statement.guesses, { code: 'deadlineUnknown', args: [worded] }] }
                : statement,
            clause: quote(text, line.start + from, line.start + to),
            section,
            commitment: own || inherited ? 'aspirational' : 'binding',
            ...(inherited ? { inherited } : {}),
            ...(year !== undefined ? { deadlineYear: year } : {}),
            line: lineIndex,
          };
          lineDrafted.push(entry);
        }
        // 力争 carries on through the clauses that follow it only while each states a target of its own.
        aspiration = own ?? (reading.statements.length > 0 ? aspiration : undefined);
      }
    }
    for (const d of lineDrafted) if (departments) d.departments = departments;
    drafted.push(...lineDrafted);
    sinceHeading.push(...lineDrafted);
  });
  return { drafted, years };
}

function message(guess: Guess): LocalizedText {
  const render = DRAFT_MESSAGES.review[guess.code] as LocalizedText | ((...args: string[]) => LocalizedText);
  return typeof render === 'function' ? render(...guess.args) : render;
}

/** The unit a statement's indicator is measured in. */
function unitOf(subject: string, demand: Demand): string {
  if ('unit' in demand) return parseUnit(demand.unit)?.symbol ?? demand.unit;
  if (demand.kind === 'milestone') return 'boolean';
  if (demand.kind === 'zero') return '起';
  return unitForSubject(subject);
}

function directionOf(demand: Demand): 'higher' | 'lower' {
  if (demand.kind === 'zero' || demand.kind === 'at_most' || demand.kind === 'less_than') return 'lower';
  if (demand.kind === 'trend' && demand.direction === 'decrease') return 'lower';
  if (demand.kind === 'benchmark' && (demand.comparison === 'less_than' || demand.comparison === 'at_most'))
    return 'lower';
  return 'higher';
}

/** A zero target counts occurrences: 重特大质量安全事件 → 重特大质量安全事件数. */
function indicatorName(subject: string, demand: Demand): string {
  if (demand.kind === 'zero' && !/数$/.test(subject)) return `${subject}数`;
  return subject;
}

/**
 * Drafts a rule set from a plan's plain text (simplified or traditional characters, full- or
 * half-width punctuation, stray spaces): one target per checkable commitment, each quoting its
 * clause exactly, with its section, kind, bar, unit, commitment, deadline and departments read from
 * the wording (docs/DESIGN.md); indicators from the shared catalogue where the wording fits, new ones
 * named by the clause's noun phrase otherwise. Every guess is listed in `review`, and vague clauses
 * are left out. The same text always gives the same rule set. The result loads with `loadRuleSet`.
 * @example const { ruleSet, review } = draftRuleSet(planText, { id: 'my-town-2019', sourceFile: 'plan.txt' })
 */
export function draftRuleSet(text: string, options: DraftOptions = {}): DraftResult {
  const opts = DraftOptionsSchema.parse(options);
  const prepared = prepareText(text);
  const lines = linesOf(prepared);
  const title = titleLine(lines);
  const titleText = title ? quote(prepared, title.start, title.start + title.text.length).trim() : undefined;
  const traditional = prepared.plain !== text.replace(/[ \t\u00a0\u3000\r]/g, '') && tradShare(text, prepared);
  const locale = traditional ? 'zh-Hant' : 'zh-Hans';
  const at = (t: LocalizedText) => t[locale];
  const review: DraftReview[] = [];
  const skipped: DraftReview[] = [];
  const { drafted, years } = readPlan(prepared, skipped);

  const region = regionInTitle(title?.text ?? '');
  const fromTitle = periodInTitle(title?.text ?? '');
  const signed = signedYear(prepared.plain);
  const end = fromTitle?.end ?? Math.max(...years, signed ?? 0);
  const endYear = end > 0 ? end : new Date(0).getUTCFullYear();
  const startYear = fromTitle?.start ?? Math.min(signed ?? endYear, endYear);
  const period = { start: `${startYear}-01-01`, end: `${endYear}-12-31` };
  if (!fromTitle)
    review.push({
      code: 'periodGuessed',
      path: '$.period',
      message: message(guess('periodGuessed', period.start, period.end)),
    });
  if (!region.name)
    review.push({ code: 'regionUnknown', path: '$.region.name', message: message(guess('regionUnknown')) });
  const issuer = issuerIn(prepared, lines, title?.text);
  if (!issuer) review.push({ code: 'issuerUnknown', path: '$.issuer', message: message(guess('issuerUnknown')) });

  const indicators: Array<Indicator & { names: { 'zh-Hans': string; 'zh-Hant': string } }> = [];
  const indicatorIds = new Map<string, string>();
  const events: Array<{ id: string; names: { 'zh-Hans': string; 'zh-Hant': string } }> = [];
  const targets: Array<Record<string, unknown>> = [];
  const categories: Category[] = [];

  const stated = new Set<string>();
  for (const d of drafted) {
    const { statement } = d;
    const demand = statement.demand;
    const index = targets.length;
    const path = (field?: string) => jsonPath(['targets', index, ...(field ? [field] : [])]);
    const notes: DraftReview[] = statement.guesses.map((g) => ({
      code: g.code,
      path: path(),
      clause: d.clause,
      message: message(g),
    }));
    if (statement.sharedHead)
      notes.push({
        code: 'sharedHead',
        path: path('indicator'),
        clause: d.clause,
        message: message(guess('sharedHead', statement.sharedHead)),
      });
    if (d.inherited)
      notes.push({
        code: 'aspirationalScope',
        path: path('commitment'),
        clause: d.clause,
        message: message(guess('aspirationalScope', d.inherited)),
      });
    const category = categoryOf(d.section, statement.subject);
    const target: Record<string, unknown> = {
      id: `target-${index + 1}`,
      category,
      kind: demand.kind,
      commitment: d.commitment,
    };
    if (demand.kind === 'frequency') {
      const eventId = `event-${events.length + 1}`;
      events.push({
        id: eventId,
        names: { 'zh-Hans': statement.subject, 'zh-Hant': toTraditional(statement.subject) },
      });
      Object.assign(target, {
        event: eventId,
        per: demand.per,
        min: demand.min,
        ...(demand.max !== undefined ? { max: demand.max } : {}),
      });
    } else {
      const unit = unitOf(statement.subject, demand);
      const name = indicatorName(statement.subject, demand);
      const key = `${name}|${unit}`;
      let id = indicatorIds.get(key);
      if (id === undefined) {
        const match = matchCatalogue(name, unit);
        if (match) {
          id = match.indicator.id;
          if (!match.exact)
            notes.push({
              code: 'catalogueGuess',
              path: path('indicator'),
              clause: d.clause,
              message: message(guess('catalogueGuess', match.indicator.id, match.indicator.names['zh-Hans'])),
            });
        } else {
          id = `indicator-${indicators.length + 1}`;
          indicators.push({
            id,
            names: { 'zh-Hans': name, 'zh-Hant': toTraditional(name) },
            unit,
            kind: kindForUnit(unit),
            direction: directionOf(demand),
          } as Indicator & { names: { 'zh-Hans': string; 'zh-Hant': string } });
          review.push({
            code: 'englishName',
            path: jsonPath(['indicators', indicators.length - 1, 'names', 'en']),
            message: message(guess('englishName')),
          });
        }
        indicatorIds.set(key, id);
      }
      target.indicator = id;
      Object.assign(target, demandFields(demand, unit, period));
      // A goal restated among the measures (确保…达98%以上 again) is one target, not two.
      const restated = JSON.stringify([id, demand, d.commitment]);
      if (stated.has(restated)) continue;
      stated.add(restated);
    }
    if (d.deadlineYear !== undefined && d.deadlineYear !== endYear) {
      if (d.deadlineYear >= startYear && d.deadlineYear <= endYear) target.deadline = `${d.deadlineYear}-12-31`;
      else
        notes.push({
          code: 'deadlineOutside',
          path: path('deadline'),
          clause: d.clause,
          message: message(guess('deadlineOutside', String(d.deadlineYear), period.start, period.end)),
        });
    }
    if (d.departments && (d.departments.lead.length > 0 || d.departments.responsible.length > 0))
      target.departments = {
        ...(d.departments.lead.length > 0 ? { lead: [...d.departments.lead] } : {}),
        ...(d.departments.responsible.length > 0 ? { responsible: [...d.departments.responsible] } : {}),
      };
    target.source = { section: d.section, clause: d.clause };
    if (!categories.includes(category)) categories.push(category);
    targets.push(target);
    review.push(...notes);
  }
  review.push(...skipped);

  const categoryNames = DRAFT_MESSAGES.category;
  const benchmarks = authorityBenchmarks(targets);
  const ruleSet: RuleSetInput = {
    $schema: 'https://unpkg.com/quality-scorecard/schemas/ruleset.schema.json',
    schemaVersion: 1,
    id: opts.id ?? 'draft',
    title: titleText ?? at(DRAFT_MESSAGES.unnamedRegion),
    issuer: issuer ?? titleText ?? at(DRAFT_MESSAGES.unnamedRegion),
    documentNumber: documentNumberIn(prepared, lines) ?? null,
    region: {
      name: region.name ?? at(DRAFT_MESSAGES.unnamedRegion),
      level: region.level,
      parent: region.parent ?? null,
    },
    period,
    published: { date: null },
    source: { file: opts.sourceFile ?? 'plan.txt' },
    locale,
    scoring: { weights: 'assumed', weightsNote: at(DRAFT_MESSAGES.weightsNote) },
    categories: (categories.length > 0 ? categories : (['mechanism'] as Category[])).map((id) => ({
      id,
      names: { ...categoryNames[id] },
      weight: 1,
    })),
    ...(indicators.length > 0 ? { indicators } : {}),
    ...(events.length > 0 ? { events } : {}),
    targets: targets as RuleSetInput['targets'],
    ...(Object.keys(benchmarks).length > 0 ? { benchmarks } : {}),
    notes: [at(DRAFT_MESSAGES.draftedNote(targets.length, review.length))],
    review: review.map((r) => ({
      code: r.code,
      path: r.path,
      ...(r.clause !== undefined ? { clause: r.clause } : {}),
      note: at(r.message),
    })),
  };
  return { ruleSet, review };
}

/**
 * Names for the benchmarks the draft cites that the library does not name (省市下达目标): a rule set must
 * name them so no text shows a raw id, and the names come from the wording the draft read them from.
 */
function authorityBenchmarks(targets: ReadonlyArray<Record<string, unknown>>): Record<string, LocalizedText> {
  const names: Record<string, LocalizedText> = {};
  for (const t of targets) {
    const id = t.benchmark;
    if (typeof id !== 'string' || commonBenchmarkName(id) || !Object.hasOwn(DRAFT_MESSAGES.authorityTarget, id))
      continue;
    names[id] = { ...DRAFT_MESSAGES.authorityTarget[id as keyof typeof DRAFT_MESSAGES.authorityTarget] };
  }
  return names;
}

function guess(code: ReviewCode, ...args: string[]): Guess {
  return { code, args };
}

/** The fields a demand puts on its target. */
function demandFields(demand: Demand, unit: string, period: { start: string; end: string }): Record<string, unknown> {
  switch (demand.kind) {
    case 'at_least':
    case 'more_than':
    case 'at_most':
    case 'less_than':
      return { threshold: demand.threshold, unit };
    case 'range':
      return { min: demand.min, max: demand.max, unit };
    case 'benchmark':
      return { benchmark: demand.benchmark, comparison: demand.comparison };
    case 'rank':
      return { top: { count: demand.top }, peerGroup: demand.peerGroup, ties: 'shared' };
    case 'trend':
      return {
        direction: demand.direction,
        strict: true,
        ...(demand.consecutive !== undefined ? { consecutive: demand.consecutive } : {}),
        granularity: 'year',
        window: { from: period.start.slice(0, 4), to: period.end.slice(0, 4) },
      };
    default:
      return {};
  }
}

/** The year the document is signed in (二〇一六年三月十八日 or 2018年6月19日), from its last lines. */
function signedYear(plain: string): number | undefined {
  const tail = plain.slice(-300);
  const digits = [...tail.matchAll(/(\d{4})年\d{1,2}月/g)].pop();
  if (digits) return Number(digits[1]);
  const chinese = [...tail.matchAll(/([一二〇○零O0][〇○零O0一二三四五六七八九]{3})年/g)].pop();
  if (!chinese) return undefined;
  const map: Record<string, string> = {
    〇: '0',
    '○': '0',
    零: '0',
    O: '0',
    '0': '0',
    一: '1',
    二: '2',
    三: '3',
    四: '4',
    五: '5',
    六: '6',
    七: '7',
    八: '8',
    九: '9',
  };
  return Number([...(chinese[1] as string)].map((c) => map[c] ?? '').join(''));
}

/** Whether a text is written in traditional characters: at least 2% of its Chinese characters change. */
function tradShare(original: string, prepared: PreparedText): boolean {
  let changed = 0;
  let chinese = 0;
  for (let i = 0; i < prepared.plain.length; i++) {
    const ch = original[prepared.at[i] as number] as string;
    if (!/[\u4e00-\u9fa5]/.test(ch)) continue;
    chinese += 1;
    if (ch !== prepared.plain[i]) changed += 1;
  }
  return chinese > 0 && changed / chinese >= 0.02;
}
