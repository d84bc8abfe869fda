import { toDecimal, type Dec, type DecimalInput } from '../decimal/decimal.js';
import { InvalidInputError, inputIssue, jsonPath, throwIfIssues, type InputIssue } from '../errors/errors.js';
import { parseWith } from '../errors/zod-issues.js';
import { localized, type LocalizedText } from '../i18n/locale.js';
import { BUILTIN_INDICATORS } from '../indicators/catalogue.js';
import type { Indicator } from '../indicators/schema.js';
import { bandProblems, compileBand, type BandProblem, type SchemeBand } from '../scoring/bands.js';
import { parseUnit } from '../units/units.js';
import { SchemeSchema, type MethodData, type SchemeData } from './schema.js';

/** A validated assessment scheme, ready to bind to a rule set (see `bindScheme`). */
export interface CompiledScheme {
  readonly id: string;
  readonly data: SchemeData;
  /** The scheme's own bands, or null to take the rule set's grades. */
  readonly bands: readonly SchemeBand[] | null;
  /** Indicators only the scheme defines (level flags, event counts). */
  readonly indicators: ReadonlyMap<string, Indicator>;
  /** File name for error messages raised when the scheme is bound to a rule set. */
  readonly file?: string;
}

/** Options for {@link loadScheme}. */
export interface LoadSchemeOptions {
  /** File name to put in error messages. */
  file?: string;
}

type Path = ReadonlyArray<string | number>;

const EXPECT = {
  positive: localized('大于0的数', 'a number above 0', '大於0的數'),
  nonNegative: localized('非负数', 'a non-negative number', '非負數'),
  unitShare: localized('0到1之间的比例', 'a share between 0 and 1', '0到1之間的比例'),
  unique: localized('唯一的 id', 'a unique id', '唯一的 id'),
  unit: localized('已知计量单位', 'a known unit', '已知計量單位'),
};

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Pushes an issue when `value` is present and fails `ok`. */
function checkNumber(issues: InputIssue[], path: Path, value: DecimalInput | undefined, ok: (d: Dec) => boolean, expected: LocalizedText): void {
  if (value !== undefined && !ok(toDecimal(value))) issues.push(inputIssue(value !== undefined && toDecimal(value).isNegative() ? 'E_NEGATIVE_VALUE' : 'E_BAD_RANGE', jsonPath(path), expected, value));
}

function duplicates(issues: InputIssue[], ids: readonly string[], pathOf: (i: number) => Path): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) issues.push(inputIssue('E_DUPLICATE_ID', jsonPath(pathOf(i)), EXPECT.unique, id));
    seen.add(id);
  });
}

function unitIssue(issues: InputIssue[], path: Path, spelling: string | undefined): void {
  if (spelling !== undefined && !parseUnit(spelling)) issues.push(inputIssue('E_UNKNOWN_UNIT', jsonPath(path), EXPECT.unit, spelling));
}

/** Checks a method's numbers and units (its fit to a target is checked when the scheme is bound). */
function methodIssues(method: MethodData, path: Path): InputIssue[] {
  const issues: InputIssue[] = [];
  switch (method.method) {
    case 'proportional':
      unitIssue(issues, [...path, 'unit'], method.unit);
      if (method.basis === 'attainment') {
        checkNumber(issues, [...path, 'floor'], method.floor, (d) => d.gte(0) && d.lt(1), localized('0（含）到1（不含）之间的完成度', 'an attainment from 0 up to (not including) 1', '0（含）到1（不含）之間的完成度'));
        checkNumber(issues, [...path, 'full'], method.full, (d) => d.gt(toDecimal(method.floor)) && d.lte(1), localized('大于零分线且不超过1的完成度', 'an attainment above the floor, at most 1', '大於零分線且不超過1的完成度'));
      } else if (method.full !== undefined && toDecimal(method.full).eq(toDecimal(method.floor))) {
        issues.push(inputIssue('E_BAD_RANGE', jsonPath([...path, 'full']), localized('与零分线不同的满分线', 'a full-marks goalpost other than the floor', '與零分線不同的滿分線'), method.full));
      }
      break;
    case 'deduction':
      unitIssue(issues, [...path, 'unit'], method.unit);
      checkNumber(issues, [...path, 'per'], method.per, (d) => d.gt(0), EXPECT.positive);
      checkNumber(issues, [...path, 'points'], method.points, (d) => d.gte(0), EXPECT.nonNegative);
      break;
    case 'levels':
      duplicates(issues, method.levels.map((l) => l.id), (i) => [...path, 'levels', i, 'id']);
      method.levels.forEach((l, i) => checkNumber(issues, [...path, 'levels', i, 'credit'], l.credit, (d) => d.gte(0) && d.lte(1), EXPECT.unitShare));
      break;
    case 'per_event':
      checkNumber(issues, [...path, 'points'], method.points, (d) => d.gte(0), EXPECT.nonNegative);
      break;
    case 'all_or_nothing':
      break;
  }
  return issues;
}

const PROBLEM_TEXT: Record<BandProblem['problem'], LocalizedText> = {
  empty: localized('大于下限的上限（min < below）', 'an upper edge above the lower one (min < below)', '大於下限的上限（min < below）'),
  gap: localized('等于上一档的下限（各档之间不留空隙）', "the better band's min (no gap between bands)", '等於上一檔的下限（各檔之間不留空隙）'),
  overlap: localized('等于上一档的下限（各档互不重叠）', "the better band's min (bands must not overlap)", '等於上一檔的下限（各檔互不重疊）'),
  open_top: localized('最高档不设上限', 'no upper edge on the best band', '最高檔不設上限'),
  open_bottom: localized('最低档不设下限（承接所有更低分数）', 'no lower edge on the worst band (it takes every lower score)', '最低檔不設下限（承接所有更低分數）'),
  no_catch_all: localized('最后一档不设条件（承接其余所有情形）', 'a last band without tests (it takes every other case)', '最後一檔不設條件（承接其餘所有情形）'),
  duplicate: localized('不重复的等级名', 'a grade name not used by another band', '不重複的等級名'),
};

function gradeIssues(data: SchemeData): { bands: SchemeBand[] | null; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  if (!data.grades) return { bands: null, issues };
  const bands = data.grades.bands.map((b) => compileBand(b));
  for (const p of bandProblems(bands)) {
    const raw = data.grades.bands[p.index];
    const found = p.field === 'grade' ? raw?.grade : p.field === 'min' ? raw?.min : raw?.below;
    issues.push(inputIssue('E_BAD_RANGE', jsonPath(['grades', 'bands', p.index, p.field]), PROBLEM_TEXT[p.problem], found));
  }
  const grades = bands.map((b) => b.grade);
  const known = localized(`已定义的等级：${grades.join('、')}`, `a defined grade: ${grades.join(', ')}`, `已定義的等級：${grades.join('、')}`);
  if (data.grades.vetoGrade !== undefined && !grades.includes(data.grades.vetoGrade)) issues.push(inputIssue('E_SCHEMA', '$.grades.vetoGrade', known, data.grades.vetoGrade));
  data.vetoes.forEach((v, i) => {
    if (v.grade !== undefined && !grades.includes(v.grade)) issues.push(inputIssue('E_SCHEMA', jsonPath(['vetoes', i, 'grade']), known, v.grade));
  });
  return { bands, issues };
}

function budgetIssues(data: SchemeData): InputIssue[] {
  const issues: InputIssue[] = [];
  checkNumber(issues, ['points'], data.points, (d) => d.gt(0), EXPECT.positive);
  const total = toDecimal(data.points);
  checkNumber(issues, ['basePoints'], data.basePoints, (d) => d.gte(0) && d.lte(total), localized(`0到满分${total.toString()}之间`, `between 0 and the total ${total.toString()}`, `0到滿分${total.toString()}之間`));
  data.categories.forEach((c, i) => {
    checkNumber(issues, ['categories', i, 'points'], c.points, (d) => d.gte(0), EXPECT.nonNegative);
    checkNumber(issues, ['categories', i, 'weight'], c.weight, (d) => d.gt(0), EXPECT.positive);
    if (c.method) issues.push(...methodIssues(c.method, ['categories', i, 'method']));
  });
  const pinned = data.categories.reduce((s, c) => (c.points === undefined ? s : s.plus(toDecimal(c.points))), toDecimal(0));
  const room = total.minus(toDecimal(data.basePoints));
  // Only against a valid room: a bad basePoints is already reported and must not cascade.
  if (!room.isNegative() && pinned.gt(room)) {
    const at = data.categories.findIndex((c) => c.points !== undefined);
    issues.push(inputIssue('E_BAD_RANGE', jsonPath(['categories', Math.max(at, 0), 'points']), localized(`各类别分值合计不超过${room.toString()}（满分减基本分）`, `category points adding up to at most ${room.toString()} (total minus base points)`, `各類別分值合計不超過${room.toString()}（滿分減基本分）`), pinned.toString()));
  }
  data.targets.forEach((t, i) => {
    checkNumber(issues, ['targets', i, 'points'], t.points, (d) => d.gte(0), EXPECT.nonNegative);
    checkNumber(issues, ['targets', i, 'weight'], t.weight, (d) => d.gte(0), EXPECT.nonNegative);
    if (t.method) issues.push(...methodIssues(t.method, ['targets', i, 'method']));
  });
  issues.push(...methodIssues(data.method, ['method']));
  return issues;
}

function itemIssues(data: SchemeData): InputIssue[] {
  const issues: InputIssue[] = [];
  duplicates(issues, data.categories.map((c) => c.id), (i) => ['categories', i, 'id']);
  duplicates(issues, data.targets.map((t) => t.target), (i) => ['targets', i, 'target']);
  duplicates(issues, data.adjustments.map((a) => a.id), (i) => ['adjustments', i, 'id']);
  duplicates(issues, data.vetoes.map((v) => v.id), (i) => ['vetoes', i, 'id']);
  data.adjustments.forEach((a, i) => {
    checkNumber(issues, ['adjustments', i, 'cap'], a.cap, (d) => d.gte(0), EXPECT.nonNegative);
    checkNumber(issues, ['adjustments', i, 'points'], a.points, (d) => d.gte(0), EXPECT.nonNegative);
  });
  checkNumber(issues, ['caps', 'bonus'], data.caps.bonus, (d) => d.gte(0), EXPECT.nonNegative);
  checkNumber(issues, ['caps', 'penalty'], data.caps.penalty, (d) => d.gte(0), EXPECT.nonNegative);
  data.vetoes.forEach((v, i) => {
    if (v.on === 'indicator') unitIssue(issues, ['vetoes', i, 'unit'], v.unit);
  });
  const local = data.indicators ?? [];
  duplicates(issues, local.map((x) => x.id), (i) => ['indicators', i, 'id']);
  local.forEach((ind, i) => {
    if (BUILTIN_INDICATORS.some((b) => b.id === ind.id)) issues.push(inputIssue('E_DUPLICATE_ID', jsonPath(['indicators', i, 'id']), localized('未在共享指标目录中使用的 id', 'an id not already in the shared catalogue', '未在共享指標目錄中使用的 id'), ind.id));
    unitIssue(issues, ['indicators', i, 'unit'], ind.unit);
  });
  return issues;
}

/**
 * Validates an assessment scheme (zod schema, then meaning: budgets, shares, units, duplicate ids,
 * grade bands that give every score exactly one grade). References to a rule set's categories and
 * targets are checked when the scheme is bound to one (`evaluate(…, { scheme })`). Throws
 * {@link InvalidInputError} listing every problem, with JSON paths and zh/en messages.
 * @example const scheme = loadScheme(JSON.parse(text), { file: 'rules/schemes/national-grade-bands.json' })
 */
export function loadScheme(raw: unknown, options: LoadSchemeOptions = {}): CompiledScheme {
  const parsed = parseWith(SchemeSchema, raw);
  if (!parsed.ok) throw new InvalidInputError(parsed.issues, options.file);
  const data = deepFreeze(parsed.data);
  const grades = gradeIssues(data);
  throwIfIssues([...budgetIssues(data), ...itemIssues(data), ...grades.issues], options.file);
  return Object.freeze({
    id: data.id,
    data,
    bands: grades.bands === null ? null : Object.freeze(grades.bands),
    indicators: new Map((data.indicators ?? []).map((i) => [i.id, i])),
    ...(options.file !== undefined ? { file: options.file } : {}),
  });
}
