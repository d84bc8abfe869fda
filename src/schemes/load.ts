import { type Dec, type DecimalInput, toDecimal } from '../core/decimal.js';
import { type InputIssue, InvalidInputError, inputIssue, jsonPath, throwIfIssues } from '../core/errors.js';
import { parseUnit } from '../core/units.js';
import { parseWith } from '../core/zod-issues.js';
import { BUILTIN_INDICATORS } from '../indicators/catalogue.js';
import type { Indicator } from '../indicators/schema.js';
import { ERROR_MESSAGES } from '../locales/index.js';
import type { LocalizedText } from '../locales/locale.js';
import { deepFreeze, duplicateIssues } from '../rulesets/rule-files.js';
import { type BandProblem, bandProblems, compileBand, type SchemeBand } from '../scoring/bands.js';
import { type MethodData, type SchemeData, SchemeSchema } from './schema.js';

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

const E = ERROR_MESSAGES.expected;

/** Pushes an issue when `value` is present and fails `ok`. */
function checkNumber(
  issues: InputIssue[],
  path: Path,
  value: DecimalInput | undefined,
  ok: (d: Dec) => boolean,
  expected: LocalizedText,
): void {
  if (value !== undefined && !ok(toDecimal(value)))
    issues.push(
      inputIssue(
        value !== undefined && toDecimal(value).isNegative() ? 'E_NEGATIVE_VALUE' : 'E_BAD_RANGE',
        jsonPath(path),
        expected,
        value,
      ),
    );
}

function unitIssue(issues: InputIssue[], path: Path, spelling: string | undefined): void {
  if (spelling !== undefined && !parseUnit(spelling))
    issues.push(inputIssue('E_UNKNOWN_UNIT', jsonPath(path), E.knownUnit, spelling));
}

/** Checks a method's numbers and units (its fit to a target is checked when the scheme is bound). */
function methodIssues(method: MethodData, path: Path): InputIssue[] {
  const issues: InputIssue[] = [];
  switch (method.method) {
    case 'proportional':
      unitIssue(issues, [...path, 'unit'], method.unit);
      if (method.basis === 'attainment') {
        checkNumber(issues, [...path, 'floor'], method.floor, (d) => d.gte(0) && d.lt(1), E.attainmentFloor);
        checkNumber(
          issues,
          [...path, 'full'],
          method.full,
          (d) => d.gt(toDecimal(method.floor)) && d.lte(1),
          E.attainmentFull,
        );
      } else if (method.full !== undefined && toDecimal(method.full).eq(toDecimal(method.floor))) {
        issues.push(inputIssue('E_BAD_RANGE', jsonPath([...path, 'full']), E.fullMarksNotFloor, method.full));
      }
      break;
    case 'deduction':
      unitIssue(issues, [...path, 'unit'], method.unit);
      checkNumber(issues, [...path, 'per'], method.per, (d) => d.gt(0), E.positiveNumber);
      checkNumber(issues, [...path, 'points'], method.points, (d) => d.gte(0), E.nonNegativeNumber);
      break;
    case 'levels':
      issues.push(
        ...duplicateIssues(
          method.levels.map((l) => l.id),
          (i) => [...path, 'levels', i, 'id'],
        ),
      );
      for (const [i, l] of method.levels.entries())
        checkNumber(
          issues,
          [...path, 'levels', i, 'credit'],
          l.credit,
          (d) => d.gte(0) && d.lte(1),
          E.shareBetween0And1,
        );
      break;
    case 'per_event':
      checkNumber(issues, [...path, 'points'], method.points, (d) => d.gte(0), E.nonNegativeNumber);
      break;
    case 'all_or_nothing':
      break;
  }
  return issues;
}

const PROBLEM_TEXT: Readonly<Record<BandProblem['problem'], LocalizedText>> = ERROR_MESSAGES.band;

function gradeIssues(data: SchemeData): { bands: SchemeBand[] | null; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  if (!data.grades) return { bands: null, issues };
  const bands = data.grades.bands.map((b) => compileBand(b));
  for (const p of bandProblems(bands)) {
    const raw = data.grades.bands[p.index];
    const found = p.field === 'grade' ? raw?.grade : p.field === 'min' ? raw?.min : raw?.below;
    issues.push(
      inputIssue('E_BAD_RANGE', jsonPath(['grades', 'bands', p.index, p.field]), PROBLEM_TEXT[p.problem], found),
    );
  }
  const grades = bands.map((b) => b.grade);
  const known = E.definedGrade(grades);
  if (data.grades.vetoGrade !== undefined && !grades.includes(data.grades.vetoGrade))
    issues.push(inputIssue('E_SCHEMA', '$.grades.vetoGrade', known, data.grades.vetoGrade));
  data.vetoes.forEach((v, i) => {
    if (v.grade !== undefined && !grades.includes(v.grade))
      issues.push(inputIssue('E_SCHEMA', jsonPath(['vetoes', i, 'grade']), known, v.grade));
  });
  return { bands, issues };
}

function budgetIssues(data: SchemeData): InputIssue[] {
  const issues: InputIssue[] = [];
  checkNumber(issues, ['points'], data.points, (d) => d.gt(0), E.positiveNumber);
  const total = toDecimal(data.points);
  checkNumber(
    issues,
    ['basePoints'],
    data.basePoints,
    (d) => d.gte(0) && d.lte(total),
    E.basePointsWithin(total.toString()),
  );
  data.categories.forEach((c, i) => {
    checkNumber(issues, ['categories', i, 'points'], c.points, (d) => d.gte(0), E.nonNegativeNumber);
    checkNumber(issues, ['categories', i, 'weight'], c.weight, (d) => d.gt(0), E.positiveNumber);
    if (c.method) issues.push(...methodIssues(c.method, ['categories', i, 'method']));
  });
  const pinned = data.categories.reduce(
    (s, c) => (c.points === undefined ? s : s.plus(toDecimal(c.points))),
    toDecimal(0),
  );
  const room = total.minus(toDecimal(data.basePoints));
  // Only against a valid room: a bad basePoints is already reported and must not cascade.
  if (!room.isNegative() && pinned.gt(room)) {
    const at = data.categories.findIndex((c) => c.points !== undefined);
    issues.push(
      inputIssue(
        'E_BAD_RANGE',
        jsonPath(['categories', Math.max(at, 0), 'points']),
        E.categoryPointsAtMost(room.toString()),
        pinned.toString(),
      ),
    );
  }
  data.targets.forEach((t, i) => {
    checkNumber(issues, ['targets', i, 'points'], t.points, (d) => d.gte(0), E.nonNegativeNumber);
    checkNumber(issues, ['targets', i, 'weight'], t.weight, (d) => d.gte(0), E.nonNegativeNumber);
    if (t.method) issues.push(...methodIssues(t.method, ['targets', i, 'method']));
  });
  issues.push(...methodIssues(data.method, ['method']));
  issues.push(...practiceIssues(data));
  return issues;
}

/** Checks the practice settings: classes (needed by `by-class`), the aspirational bonus and the pass rule. */
function practiceIssues(data: SchemeData): InputIssue[] {
  const issues: InputIssue[] = [];
  if (data.weighting === 'by-class' && (data.classes === undefined || data.classes.length === 0))
    issues.push(inputIssue('E_SCHEMA', '$.classes', E.classesForByClass, data.classes));
  const classes = data.classes ?? [];
  issues.push(
    ...duplicateIssues(
      classes.map((c) => c.id),
      (i) => ['classes', i, 'id'],
    ),
  );
  classes.forEach((c, i) => {
    checkNumber(issues, ['classes', i, 'weight'], c.weight, (d) => d.gt(0), E.positiveNumber);
    if (c.method) issues.push(...methodIssues(c.method, ['classes', i, 'method']));
  });
  const bonus = data.aspirationalBonus;
  if (bonus) {
    checkNumber(issues, ['aspirationalBonus', 'points'], bonus.points, (d) => d.gte(0), E.nonNegativeNumber);
    checkNumber(issues, ['aspirationalBonus', 'cap'], bonus.cap, (d) => d.gte(0), E.nonNegativeNumber);
  }
  if (data.passRule) {
    const score = data.passRule.minScore;
    checkNumber(issues, ['passRule', 'minScore'], score, (d) => d.gte(0) && d.lte(100), E.scoreOutOf100);
    issues.push(...duplicateIssues(data.passRule.keyItems, (i) => ['passRule', 'keyItems', i]));
  }
  return issues;
}

function itemIssues(data: SchemeData): InputIssue[] {
  const issues: InputIssue[] = [];
  issues.push(
    ...duplicateIssues(
      data.categories.map((c) => c.id),
      (i) => ['categories', i, 'id'],
    ),
  );
  issues.push(
    ...duplicateIssues(
      data.targets.map((t) => t.target),
      (i) => ['targets', i, 'target'],
    ),
  );
  issues.push(
    ...duplicateIssues(
      data.adjustments.map((a) => a.id),
      (i) => ['adjustments', i, 'id'],
    ),
  );
  issues.push(
    ...duplicateIssues(
      data.vetoes.map((v) => v.id),
      (i) => ['vetoes', i, 'id'],
    ),
  );
  data.adjustments.forEach((a, i) => {
    checkNumber(issues, ['adjustments', i, 'cap'], a.cap, (d) => d.gte(0), E.nonNegativeNumber);
    checkNumber(issues, ['adjustments', i, 'points'], a.points, (d) => d.gte(0), E.nonNegativeNumber);
  });
  checkNumber(issues, ['caps', 'bonus'], data.caps.bonus, (d) => d.gte(0), E.nonNegativeNumber);
  checkNumber(issues, ['caps', 'penalty'], data.caps.penalty, (d) => d.gte(0), E.nonNegativeNumber);
  data.vetoes.forEach((v, i) => {
    if (v.on === 'indicator') unitIssue(issues, ['vetoes', i, 'unit'], v.unit);
  });
  const local = data.indicators ?? [];
  issues.push(
    ...duplicateIssues(
      local.map((x) => x.id),
      (i) => ['indicators', i, 'id'],
    ),
  );
  local.forEach((ind, i) => {
    if (BUILTIN_INDICATORS.some((b) => b.id === ind.id))
      issues.push(inputIssue('E_DUPLICATE_ID', jsonPath(['indicators', i, 'id']), E.idNotInCatalogue, ind.id));
    unitIssue(issues, ['indicators', i, 'unit'], ind.unit);
  });
  return issues;
}

/**
 * Validates an assessment scheme (zod schema, then meaning: budgets, shares, units, duplicate ids,
 * grade bands that give every score exactly one grade). References to a rule set's categories and
 * targets are checked when the scheme is bound to one (`evaluate(…, { scheme })`). Throws
 * {@link InvalidInputError} listing every problem, with JSON paths and zh/en messages. Input nested
 * deeper than 128 levels (`E_TOO_DEEP`), or containing itself (`E_CYCLIC`), is refused before validating.
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
