import type { RuleProperties } from 'json-rules-engine';
import { D, type Dec, toDecimal } from '../core/decimal.js';
import {
  capIssues,
  capRendered,
  type InputIssue,
  InvalidInputError,
  ISSUE_LIST_LIMIT,
  inputIssue,
  jsonPath,
  omittedIssues,
  throwIfIssues,
} from '../core/errors.js';
import { isRealDate } from '../core/periods.js';
import { closestNames } from '../core/suggest.js';
import { parseUnit, unknownUnitExpected } from '../core/units.js';
import { parseWith } from '../core/zod-issues.js';
import { BUILTIN_INDICATORS, catalogueIndicator } from '../indicators/catalogue.js';
import type { Indicator } from '../indicators/schema.js';
import { toTopLevel } from '../kinds/conditions.js';
import type { CompiledKind, CompileNames } from '../kinds/contract.js';
import { compileTarget } from '../kinds/registry.js';
import { resolveCommitment } from '../kinds/target.js';
import { commonBenchmarkName, ERROR_MESSAGES, perLocale, REPORT_LABELS, UNIT_NAMES } from '../locales/index.js';
import type { LocalizedText } from '../locales/locale.js';
import { toSimplified, toTraditional } from '../locales/traditional.js';
import { deepFreeze, duplicateIssues } from './rule-files.js';
import { type CategoryData, type RuleSetData, RuleSetSchema, type ScoringData, type TargetData } from './schema.js';

/** A target ready to evaluate: its data, resolved defaults and compiled condition. */
export interface CompiledTarget {
  readonly index: number;
  readonly id: string;
  readonly kind: TargetData['kind'];
  readonly category: string;
  readonly commitment: 'binding' | 'aspirational';
  readonly weight: Dec;
  readonly veto: boolean;
  readonly deadline: string;
  readonly departments: { readonly lead: readonly string[]; readonly responsible: readonly string[] };
  readonly source: { readonly document: string; readonly section: string; readonly clause: string };
  /** What the target is about, per locale (its label, or its indicator's name). */
  readonly label: LocalizedText;
  readonly data: TargetData;
  readonly compiled: CompiledKind;
}

/** A category with its weight as a Decimal. */
export interface CompiledCategory {
  readonly id: string;
  readonly names: CategoryData['names'];
  readonly weight: Dec;
}

/** Something odd but allowed in a rule set, kept faithful to the document and reported. */
export interface RuleSetWarning {
  readonly code: 'W_CONFLICTING_TARGETS';
  readonly path: string;
  readonly targets: readonly string[];
  readonly message: LocalizedText;
}

/** A validated, compiled rule set: load once, evaluate for many regions. */
export interface CompiledRuleSet {
  readonly id: string;
  readonly data: RuleSetData;
  readonly scoring: ScoringData;
  readonly categories: readonly CompiledCategory[];
  readonly targets: readonly CompiledTarget[];
  readonly warnings: readonly RuleSetWarning[];
  /** Resolves an indicator id: the rule set's own first, then the shared catalogue. */
  readonly indicator: (id: string) => Indicator | undefined;
  /** Every target as a json-rules-engine rule (inspectable; the reference semantics). */
  readonly rules: readonly RuleProperties[];
}

/** Options for {@link loadRuleSet}. */
export interface LoadOptions {
  /** File name to put in error messages. */
  file?: string;
}

const E = ERROR_MESSAGES.expected;

function structuralIssues(data: RuleSetData): InputIssue[] {
  const issues: InputIssue[] = [];
  issues.push(
    ...duplicateIssues(
      data.targets.map((t) => t.id),
      (i) => ['targets', i, 'id'],
      'E_DUPLICATE_TARGET',
    ),
  );
  issues.push(
    ...duplicateIssues(
      data.categories.map((c) => c.id),
      (i) => ['categories', i, 'id'],
    ),
  );
  const local = data.indicators ?? [];
  issues.push(
    ...duplicateIssues(
      local.map((x) => x.id),
      (i) => ['indicators', i, 'id'],
    ),
  );
  local.forEach((ind, i) => {
    if (BUILTIN_INDICATORS.some((b) => b.id === ind.id)) {
      issues.push(inputIssue('E_DUPLICATE_ID', jsonPath(['indicators', i, 'id']), E.idNotInCatalogue, ind.id));
    }
    if (!parseUnit(ind.unit))
      issues.push(
        inputIssue('E_UNKNOWN_UNIT', jsonPath(['indicators', i, 'unit']), unknownUnitExpected(ind.unit), ind.unit),
      );
  });
  for (const [key, value] of [
    ['period', data.period.start],
    ['period', data.period.end],
  ] as const) {
    if (!isRealDate(value))
      issues.push(
        inputIssue('E_BAD_DATE', jsonPath([key, value === data.period.start ? 'start' : 'end']), E.realDate, value),
      );
  }
  if (data.period.start > data.period.end)
    issues.push(inputIssue('E_BAD_RANGE', '$.period.end', E.notBefore(data.period.start), data.period.end));
  const categories = new Set(data.categories.map((c) => c.id));
  data.targets.forEach((t, i) => {
    if (!categories.has(t.category))
      issues.push(
        inputIssue(
          'E_UNKNOWN_CATEGORY',
          jsonPath(['targets', i, 'category']),
          E.definedCategory([...categories]),
          t.category,
        ),
      );
    if (t.deadline !== undefined && !isRealDate(t.deadline))
      issues.push(inputIssue('E_BAD_DATE', jsonPath(['targets', i, 'deadline']), E.realDate, t.deadline));
    // A deadline before the plan starts would make every verdict final before the plan's first day.
    else if (t.deadline !== undefined && t.deadline < data.period.start)
      issues.push(
        inputIssue('E_BAD_RANGE', jsonPath(['targets', i, 'deadline']), E.notBefore(data.period.start), t.deadline),
      );
    if (t.deadline !== undefined && t.openDeadline !== undefined)
      issues.push(inputIssue('E_SCHEMA', jsonPath(['targets', i, 'openDeadline']), E.deadlineOrOpen, t.openDeadline));
    if (t.weight !== undefined && toDecimal(t.weight).isNegative())
      issues.push(inputIssue('E_NEGATIVE_VALUE', jsonPath(['targets', i, 'weight']), E.nonNegativeWeight, t.weight));
  });
  data.categories.forEach((c, i) => {
    if (!toDecimal(c.weight).gt(0))
      issues.push(inputIssue('E_NEGATIVE_VALUE', jsonPath(['categories', i, 'weight']), E.weightAboveZero, c.weight));
  });
  return issues.concat(gradeIssues(data.scoring));
}

function gradeIssues(scoring: ScoringData): InputIssue[] {
  const issues: InputIssue[] = [];
  const mins = scoring.grades.map((g) => toDecimal(g.min));
  mins.forEach((m, i) => {
    // The rule set's own score is out of 100: a band above it would take nobody, and a lone band above it
    // would be the lowest band, which takes every score.
    if (m.gt(100))
      issues.push(
        inputIssue(
          'E_BAD_RANGE',
          jsonPath(['scoring', 'grades', i, 'min']),
          E.notMoreThan(100),
          scoring.grades[i]?.min,
        ),
      );
    const prev = mins[i - 1];
    if (prev !== undefined && !m.lt(prev))
      issues.push(
        inputIssue(
          'E_BAD_RANGE',
          jsonPath(['scoring', 'grades', i, 'min']),
          E.belowPreviousGradeMin(prev.toString()),
          scoring.grades[i]?.min,
        ),
      );
  });
  if (scoring.vetoGrade !== undefined && !scoring.grades.some((g) => g.grade === scoring.vetoGrade)) {
    issues.push(
      inputIssue(
        'E_SCHEMA',
        '$.scoring.vetoGrade',
        E.definedGrade(scoring.grades.map((g) => g.grade)),
        scoring.vetoGrade,
      ),
    );
  }
  return issues;
}

/**
 * A target's label in each locale: its own label, else its indicator's or event's names, else its
 * clause. A label or clause given in one Chinese script is converted to the other with OpenCC, the
 * zh-Hant one always (Taiwan forms, as converted names have them), and English falls back to the
 * zh-Hans text where nothing gives it.
 */
function labelOf(
  target: TargetData,
  data: RuleSetData,
  indicator: (id: string) => Indicator | undefined,
): LocalizedText {
  const named =
    'indicator' in target
      ? indicator(target.indicator)?.names
      : 'event' in target
        ? data.events?.find((e) => e.id === target.event)?.names
        : undefined;
  const given = target.label;
  const hans =
    given?.['zh-Hans'] ??
    (given?.['zh-Hant'] ? toSimplified(given['zh-Hant']) : undefined) ??
    named?.['zh-Hans'] ??
    toSimplified(target.source.clause);
  // Run through OpenCC even when written by hand, so labels settle on one standard (平臺, 汙染, 「」).
  const hant = toTraditional(given?.['zh-Hant'] ?? given?.['zh-Hans'] ?? named?.['zh-Hant'] ?? target.source.clause);
  return { 'zh-Hans': hans, 'zh-Hant': hant, en: given?.en ?? named?.en ?? hans };
}

/** The rule set's names of its benchmarks (else the library's) and of its peer groups, for the kind compilers. */
function compileNames(data: RuleSetData): CompileNames {
  const peerGroups = new Map<string, LocalizedText>();
  return {
    benchmark: (id) => {
      const own = data.benchmarks?.[id];
      return own ?? commonBenchmarkName(id);
    },
    peerGroup: (asWritten) => {
      let names = peerGroups.get(asWritten);
      if (!names) {
        const given = data.peerGroups?.[asWritten];
        names = {
          'zh-Hans': given?.['zh-Hans'] ?? toSimplified(asWritten),
          'zh-Hant': given?.['zh-Hant'] ?? toTraditional(asWritten),
          en: given?.en ?? '',
        };
        peerGroups.set(asWritten, names);
      }
      return names;
    },
  };
}

/** Flags targets on one indicator that demand different levels in the same direction (磐安 98% vs 95%). */
function conflictWarnings(targets: readonly CompiledTarget[]): RuleSetWarning[] {
  const groups = new Map<string, CompiledTarget[]>();
  for (const t of targets) {
    const { direction, fullMarks } = t.compiled.capabilities;
    const [indicator] = t.compiled.indicators;
    if (direction === null || fullMarks === null || indicator === undefined) continue;
    const key = `${indicator}|${direction}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const warnings: RuleSetWarning[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const levels = new Set(group.map((t) => t.compiled.capabilities.fullMarks?.toString()));
    if (levels.size < 2) continue;
    const first = group[0] as CompiledTarget;
    const clauses = perLocale((l) =>
      group.map((t) => `${REPORT_LABELS.quoteOpen[l]}${t.source.clause}${REPORT_LABELS.quoteClose[l]}`).join('/'),
    );
    warnings.push({
      code: 'W_CONFLICTING_TARGETS',
      path: jsonPath(['targets', first.index]),
      targets: group.map((t) => t.id),
      message: ERROR_MESSAGES.warnings.conflictingTargets(first.label, clauses),
    });
  }
  return warnings;
}

/** The records of an array field of a raw input, or none. */
function records(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value)
    ? value.map((v) => (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>)
    : [];
}

function idsOf(value: unknown): string[] {
  return records(value)
    .map((r) => r.id)
    .filter((id): id is string => typeof id === 'string');
}

/** Unknown indicators, categories and units named by the targets of an input that failed its schema. */
function referenceIssues(raw: unknown): InputIssue[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const input = raw as Record<string, unknown>;
  const categories = new Set(idsOf(input.categories));
  const local = new Set(idsOf(input.indicators));
  const issues: InputIssue[] = [];
  records(input.targets).forEach((t, i) => {
    if (typeof t.indicator === 'string' && !local.has(t.indicator) && !catalogueIndicator(t.indicator))
      issues.push(
        inputIssue('E_UNKNOWN_INDICATOR', jsonPath(['targets', i, 'indicator']), E.knownIndicator, t.indicator),
      );
    if (typeof t.category === 'string' && categories.size > 0 && !categories.has(t.category))
      issues.push(
        inputIssue(
          'E_UNKNOWN_CATEGORY',
          jsonPath(['targets', i, 'category']),
          E.definedCategory([...categories]),
          t.category,
        ),
      );
    if (typeof t.unit === 'string' && !parseUnit(t.unit))
      issues.push(inputIssue('E_UNKNOWN_UNIT', jsonPath(['targets', i, 'unit']), E.knownUnit, t.unit));
  });
  return issues;
}

/** The closest known names to an unknown one (kept importable from here for the rule-set tests). */

/** Every unit spelling the library knows by name: base units, classifiers and their 万/亿/千 forms. */
function knownUnitSpellings(): string[] {
  const bases = [...Object.keys(UNIT_NAMES.base), ...Object.keys(UNIT_NAMES.classifier)].filter((u) => parseUnit(u));
  const prefixed = bases.flatMap((u) => ['万', '亿', '千'].map((p) => `${p}${u}`)).filter((u) => parseUnit(u));
  return [...bases, ...prefixed];
}

/** Issues about unknown names, each with the closest known names added to what it expected. */
function withSuggestions(issues: readonly InputIssue[], raw: unknown): InputIssue[] {
  const input = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const known: Partial<Record<InputIssue['code'], () => string[]>> = {
    E_UNKNOWN_INDICATOR: () => [...idsOf(input.indicators), ...BUILTIN_INDICATORS.map((i) => i.id)],
    E_UNKNOWN_CATEGORY: () => idsOf(input.categories),
    E_UNKNOWN_UNIT: knownUnitSpellings,
  };
  // Suggestions only for the issues listed; the counts of those left out travel with the list.
  const listed = capIssues(issues);
  const suggested = listed.map((issue) => {
    const candidates = known[issue.code];
    if (!candidates) return issue;
    let found: unknown;
    try {
      found = JSON.parse(issue.found);
    } catch {
      return issue;
    }
    if (typeof found !== 'string') return issue;
    const suggestions = closestNames(found, candidates()).filter((s) => s !== found);
    return suggestions.length === 0 ? issue : { ...issue, expected: E.didYouMean(issue.expected, suggestions) };
  });
  return capRendered(
    suggested,
    (i) => i.code,
    (i) => i,
    ISSUE_LIST_LIMIT,
    omittedIssues(listed),
  );
}

/**
 * Validates a rule set (zod schema, then meaning: categories, indicators, units, duplicates, ranges)
 * and compiles every target once. Throws {@link InvalidInputError} listing every problem. Input
 * nested deeper than 128 levels (`E_TOO_DEEP`), or containing itself (`E_CYCLIC`), is refused before
 * validating; so is a compound condition nested deeper than 32 levels (`INPUT_LIMITS`).
 * @example const rs = loadRuleSet(JSON.parse(text), { file: 'rules/panan-2018.json' })
 */
export function loadRuleSet(raw: unknown, options: LoadOptions = {}): CompiledRuleSet {
  const parsed = parseWith(RuleSetSchema, raw);
  if (!parsed.ok) {
    // Every problem in one pass: the names a target refers to are checked on the raw input too, so an
    // unknown indicator is not held back until the schema errors are fixed.
    const reported = new Set(parsed.issues.map((i) => i.path));
    const references = referenceIssues(raw).filter((i) => !reported.has(i.path));
    // zod's list is already cut at 100 and carries the count of what it left out; keep that count.
    const merged = capRendered(
      [...parsed.issues, ...references],
      (i) => i.code,
      (i) => i,
      ISSUE_LIST_LIMIT,
      omittedIssues(parsed.issues),
    );
    throw new InvalidInputError(withSuggestions(merged, raw), options.file);
  }
  const data = deepFreeze(parsed.data);
  const issues = structuralIssues(data);
  const local = new Map((data.indicators ?? []).map((i) => [i.id, i]));
  const indicator = (id: string): Indicator | undefined => local.get(id) ?? catalogueIndicator(id);
  const targets: CompiledTarget[] = [];
  const names = compileNames(data);
  data.targets.forEach((target, index) => {
    const compiled = compileTarget(target, {
      plan: data.period,
      indicator,
      path: jsonPath(['targets', index]),
      issues,
      names,
    });
    if (!compiled) return;
    targets.push({
      index,
      id: target.id,
      kind: target.kind,
      category: target.category,
      commitment: resolveCommitment(target.commitment),
      weight: target.weight === undefined ? new D(1) : toDecimal(target.weight),
      veto: target.veto ?? false,
      deadline: target.deadline ?? data.period.end,
      departments: { lead: target.departments?.lead ?? [], responsible: target.departments?.responsible ?? [] },
      source: {
        document: target.source.document ?? data.source.file,
        section: target.source.section,
        clause: target.source.clause,
      },
      label: labelOf(target, data, indicator),
      data: target,
      compiled,
    });
  });
  throwIfIssues(withSuggestions(issues, raw), options.file);
  const rules: RuleProperties[] = targets.map((t) => ({
    name: t.id,
    conditions: toTopLevel(t.compiled.condition),
    event: { type: 'target-met', params: { target: t.id } },
  }));
  return Object.freeze({
    id: data.id,
    data,
    scoring: data.scoring,
    categories: Object.freeze(
      data.categories.map((c) => Object.freeze({ id: c.id, names: c.names, weight: toDecimal(c.weight) })),
    ),
    targets: Object.freeze(targets.map((t) => Object.freeze(t))),
    warnings: Object.freeze(conflictWarnings(targets)),
    indicator,
    rules: deepFreeze(JSON.parse(JSON.stringify(rules)) as RuleProperties[]),
  });
}
