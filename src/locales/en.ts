import type { Messages, PeriodWords, Punctuation } from './contract.js';

const punctuation: Punctuation = {
  colon: ': ',
  headingColon: ':',
  comma: ', ',
  stop: '. ',
  semicolon: '; ',
  list: ', ',
  space: ' ',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const PLURAL = new Intl.PluralRules('en');

/** Items joined as English writes a list: "count and amount", "index, amount, and ratio". */
const englishList = (items: readonly string[]): string =>
  new Intl.ListFormat('en', { type: 'conjunction' }).format(items);

/** Whether a count written as digits takes the singular ("1 incident has", "2 incidents have"). */
function isOne(n: string): boolean {
  return PLURAL.select(Number(n)) === 'one';
}

/** "year-end figures", or "figures up to 2020-06-30" for a deadline that is not a year end. */
function figuresBy(deadline: string | null): string {
  return deadline ? `figures up to ${deadline}` : 'year-end figures';
}

/** Period words in explanations; veto notes write months as 2018-07. */
const period: PeriodWords = {
  year: (year) => year,
  'half-year': (year, half) => `H${half} ${year}`,
  quarter: (year, quarter) => `Q${quarter} ${year}`,
  month: (year, month) => `${MONTHS[month - 1]} ${year}`,
};

/**
 * A count with its noun in the number English gives it: "1 item", "2 items", "1.5 tonnes". The count
 * may be written with thousands separators; the noun is given in the plural (as unit names are).
 * @example englishCount('1', 'items') // '1 item'
 */
export function englishCount(n: string | number, plural: string): string {
  return `${n} ${englishNoun(n, plural)}`;
}

/** The singular of the plural nouns the library's English counts with (unit and classifier names, periods, targets). */
export const SINGULAR: Readonly<Record<string, string>> = {
  items: 'item',
  organisations: 'organisation',
  people: 'person',
  'person-times': 'person-time',
  batches: 'batch',
  times: 'time',
  incidents: 'incident',
  households: 'household',
  villages: 'village',
  units: 'unit',
  vehicles: 'vehicle',
  plants: 'plant',
  articles: 'article',
  sets: 'set',
  tonnes: 'tonne',
  'tonnes of standard coal': 'tonne of standard coal',
  kilograms: 'kilogram',
  kilometres: 'kilometre',
  'square metres': 'square metre',
  days: 'day',
  points: 'point',
  'percentage points': 'percentage point',
  'per-mille points': 'per-mille point',
  'micrograms per cubic metre': 'microgram per cubic metre',
  'milligrams per cubic metre': 'milligram per cubic metre',
  places: 'place',
  years: 'year',
  'half-years': 'half-year',
  quarters: 'quarter',
  months: 'month',
  periods: 'period',
  targets: 'target',
  regions: 'region',
  observations: 'observation',
  indicators: 'indicator',
  categories: 'category',
  scenarios: 'scenario',
  scorings: 'scoring',
  steps: 'step',
  occurrences: 'occurrence',
  characters: 'character',
  lines: 'line',
  arguments: 'argument',
  shortfalls: 'shortfall',
  'JSON Schemas': 'JSON Schema',
  'period-on-period changes': 'period-on-period change',
  'completed periods': 'completed period',
  'weight scenarios': 'weight scenario',
  'binding targets': 'binding target',
  'veto targets': 'veto target',
  'invalid lines': 'invalid line',
  'binding shortfalls': 'binding shortfall',
};

/**
 * The noun a count takes: its singular when Intl.PluralRules says the count is "one", else as given.
 * @example englishNoun('1', 'percentage points') // 'percentage point'
 */
export function englishNoun(n: string | number, plural: string): string {
  const value = typeof n === 'number' ? n : Number(n.includes(',') ? n.replace(/,/g, '') : n);
  // English's "one" is ±1 after Intl's rounding to 3 decimals (1.0000001 counts as one), so a count
  // farther than 0.01 from ±1 skips the costly call into Intl; the rest still ask it. A property test
  // holds this to Intl.PluralRules on random counts.
  const near = Math.abs(Math.abs(value) - 1) < 0.01;
  return near && PLURAL.select(value) === 'one' ? (SINGULAR[plural] ?? plural) : plural;
}

/** Every message in English. */
export const en: Messages = {
  evaluation: {
    requirement: {
      at_least: (q) => `at least ${q}`,
      more_than: (q) => `more than ${q}`,
      at_most: (q) => `at most ${q}`,
      less_than: (q) => `less than ${q}`,
      equal: (q) => `exactly ${q}`,
      milestone: 'done',
    },
    benchmarks: {
      'district-average': 'the district average',
      'county-average': 'the county average',
      'city-average': 'the city average',
      'provincial-average': 'the provincial average',
      'national-average': 'the national average',
      'municipal-target': 'the municipal target-responsibility requirement',
    },
    status: {
      met: 'met',
      not_met: 'not met',
      no_data: 'no data',
      not_applicable: 'not applicable',
      not_due: 'not yet due',
    },
    commitment: {
      binding: 'binding',
      aspirational: 'aspirational (stretch)',
    },
    yes: 'yes',
    no: 'no',
    observedNone: 'no observation',
    gap: (g) => `short by ${g}`,
    boundaryAbove: (q) => `exactly ${q}, not more than ${q} as required`,
    boundaryBelow: (q) => `exactly ${q}, not less than ${q} as required`,
    and: ' and ',
    or: ' or ',
    stretchReached: 'stretch level reached',
    occurrences: (n) => englishCount(n, 'incidents'),
    observationFor: (period) => `the ${period} figure`,
    missing: (names) => `missing data: ${names}`,
    notApplicableBecause: (reason) => `reason: ${reason}`,
    notDue: (deadline, asOf) => `due ${deadline}; assessed as of ${asOf}, not yet due`,
    provisional: (asOf, end) => `interim result as of ${asOf} (plan period ends ${end})`,
    veto: 'one-vote veto',
    lead: 'lead',
    responsible: 'responsible',
    source: 'source',
    sourceWhere: (title, section) => `(${title}, ${section})`,
    statusHead: (flags) => `[${flags.join(', ')}] `,
    observed: 'observed ',
    required: 'required ',
    period,
    cohort: {
      sourceChanged: (region) =>
        `the second pass over the source differs from the first (region ${region}): the source must yield the same data sets each time it is called`,
      // Cohorts run to millions of regions: grouped digits read at a glance (1,000,000, not 1000000).
      rankingTruncated: (listed, regions) =>
        `${englishCount(regions.toLocaleString('en'), 'regions')} scored; the ranking lists only the best ${listed.toLocaleString('en')} (their ranks are exact)`,
    },
    settled: {
      occurred: (n, _count, deadline) =>
        `${n} ${isOne(n) ? 'occurrence has' : 'occurrences have'} already been recorded, so the target is missed whatever the ${figuresBy(deadline)}`,
      exceeded: (n, _count, deadline) =>
        `the count so far (${n}) is already past the ceiling and only grows, so the target is missed whatever the ${figuresBy(deadline)}`,
      reached: (n) =>
        `the count so far (${n}) already reaches the target and only grows, so the target is met for good`,
      streakBroken: (period) =>
        `the change in ${period} already broke the required trend, so the target is missed whatever the missing or later figures`,
      partFailed: (part) =>
        `"${part}" can no longer be met and every part must be, so the target is missed whatever the other figures`,
      partMet: (part) =>
        `"${part}" is met for good and one part is enough, so the target is met whatever the other figures`,
      periodMissed: (periods) =>
        `${periods} ended without the required count, which cannot be made up, so the target is missed whatever follows`,
    },
    commitmentUnclear: (countedAs) =>
      `the source leaves unclear whether 力争 (strive to) governs this target; this report counts it as ${countedAs}`,
    openDeadline: {
      year_placeholder: (asOf) => `the source leaves the deadline year blank; judged as of ${asOf}`,
      no_year: (asOf) => `the source gives no deadline; judged as of ${asOf}`,
    },
    exceeded: (g) => `over by ${g}`,
    missingItem: (names, what) => `${what} for ${names}`,
    notApplicableDeclared: 'the data declare it not applicable without a reason',
    milestoneDone: 'done',
    milestoneNotDone: 'not yet done',
  },
  schemes: {
    method: {
      all_or_nothing: 'all or nothing',
      proportional: 'proportional',
      deduction: 'deduction per unit of gap',
      levels: 'level-based credit',
      per_event: 'deduction per event',
    },
    exclusion: {
      no_data: 'no data; left out of the maximum',
      not_applicable: 'not applicable; left out of the maximum',
      not_due: 'not yet due; left out of the maximum',
      aspirational_unscored: 'aspirational; not scored by this scheme',
      not_in_scheme: 'outside this scheme',
      aspirational_bonus: 'aspirational (力争/争创): a bonus item when achieved, outside the base points',
    },
    earned: (earned, possible) => `${earned} of ${englishCount(possible, 'points')}`,
    notApplicableFull: 'not applicable; counted as full marks',
    noDataZero: 'no data; scored as zero',
    met: 'met',
    notMet: 'not met',
    assumedMet: ' (assumed met)',
    proportional: (value, floor, full, percent) =>
      `observed ${value}; ${floor} earns nothing, ${full} full marks: ${percent}% of the points`,
    proportionalAttainment: (attainment, floor, full, percent) =>
      `attainment ${attainment}; ${floor} earns nothing, ${full} full marks: ${percent}% of the points`,
    partial: {
      full_step: 'a partial step counts in full',
      pro_rata: 'a partial step counts pro rata',
    },
    deduction: (gap, per, points, partial, steps, deducted) =>
      `short by ${gap}; ${englishCount(points, 'points')} per ${per} (${partial}): ${englishCount(steps, 'steps')}, ${englishCount(deducted, 'points')} deducted`,
    floorAtZero: 'deductions stop at zero',
    noGap: 'no gap, nothing deducted',
    levelReached: (level, credit) => `level reached: ${level}, credit ${credit}`,
    levelNone: 'no level reached: no points',
    levelFallback: 'no level observed; scored on whether the target is met',
    perEvent: (count, points, deducted) =>
      `${englishCount(count, 'occurrences')} at ${englishCount(points, 'points')} each: ${englishCount(deducted, 'points')} deducted`,
    adjustmentType: {
      bonus: 'bonus item',
      penalty: 'penalty item',
    },
    adjustment: (type, name, count, points, raw) =>
      `${type} "${name}": ${count} × ${points} = ${englishCount(raw, 'points')}`,
    capped: (cap) => `, above its cap: ${englishCount(cap, 'points')}`,
    adjustmentNoData: 'no data; not counted',
    operator: {
      atLeast: 'at least',
      moreThan: 'above',
      atMost: 'at most',
      lessThan: 'below',
    },
    veto: {
      target: (label, grade) => `target "${label}" not met: vetoed, graded ${grade}`,
      event: (name, date, grade) => `"${name}" on ${date}: vetoed, graded ${grade}`,
      indicator: (period, name, value, op, threshold, grade) =>
        `${name} in ${period} was ${value}, ${op} ${threshold}: vetoed, graded ${grade}`,
      unknown: (name) => `veto "${name}": data missing, so it is unknown whether it applies`,
      clear: 'not triggered',
    },
    score: {
      total100: 'total (out of 100)',
      total: 'total',
      base100: 'base score (out of 100)',
      base: 'base score',
    },
    weights: {
      document: 'points as the document sets them',
      assumed: 'points assumed',
    },
    whatIf: {
      gain: (points, score) => `+${englishCount(points, 'points')} if met (+${score} out of 100)`,
      liftsGrade: (grade) => `alone lifts the grade to ${grade}`,
      found: (n, from, to, list) =>
        n === 1
          ? `meeting this target lifts the grade from ${from} to ${to}: ${list}`
          : `meeting these ${n} targets lifts the grade from ${from} to ${to}: ${list}`,
      exact: (evaluated) =>
        ` (exact search: every set, smallest first, ${englishCount(evaluated, 'scorings')}; no smaller set exists)`,
      greedy: (evaluated) =>
        ` (greedy search, too many sets to try them all: adds the target that gets closest to the next grade, then drops any not needed; ${englishCount(evaluated, 'scorings')}; not guaranteed smallest)`,
      topGrade: (grade) => `already at the top grade, ${grade}`,
      unreachable: (to) => `even with every shortfall met the grade cannot reach ${to}`,
      blockedBy: (ids) => ` (blocked by veto: ${ids})`,
      noGrade: 'nothing could be scored, so there is no grade',
      ranked: (evaluated) =>
        ` (ranked search, too many targets to add one at a time: ranks them by what each gains alone, takes the shortest leading run that lifts the grade, then drops any not needed; ${englishCount(evaluated, 'scorings')}; not guaranteed smallest)`,
      stopped: (budget) =>
        ` (search stopped at its limit of ${englishCount(budget, 'scorings')}: some of these targets may not be needed)`,
    },
    sensitivity: {
      stable: (n, grade) =>
        `grade ${grade} in all ${englishCount(n, 'scenarios')} (equal weights, each weight ±10%): stable`,
      fragile: (changed, n, list) =>
        `${changed} of ${englishCount(n, 'weight scenarios')} ${changed === 1 ? 'changes' : 'change'} the grade (${list}): fragile`,
      equal: 'equal weights',
      category: (name, move) => `category "${name}" weight ${move}`,
      target: (name, move) => `target "${name}" weight ${move}`,
      changedTo: (scenario, grade) => `${scenario} → ${grade}`,
    },
    unknownBuiltin: (id, known) => `no built-in scheme "${id}"; available: ${known}`,
    period: { ...period, month: (year, month) => `${year}-${String(month).padStart(2, '0')}` },
    aspirationalBonusItem: (target) => `bonus for an aspirational target: ${target}`,
    pass: {
      passed: (score, min, keyItems) =>
        `score ${score}, at or above the pass mark of ${min}${keyItems > 0 ? `, and ${keyItemWords(keyItems, true)} met` : ''}: passed`,
      belowMinimum: (score, min) => `score ${score}, below the pass mark of ${min}: not passed`,
      keyItemsFailed: (items, count) => `${keyItemWords(count, false)} not met (${items}): not passed`,
      keyItemsUnknown: (items, count) =>
        `${keyItemWords(count, false)} without data (${items}): whether it passes cannot be told yet`,
      noScore: 'nothing could be scored, so the pass rule cannot be applied',
    },
  },
  reports: {
    reportTitle: 'Quality plan scorecard',
    score: 'Score',
    grade: 'Grade',
    band: 'band',
    maximum: 'out of',
    noScore: 'no scored target, so no score',
    points: 'points',
    vetoed: (ids) => `veto: ${ids} not met, so the veto grade applies`,
    vetoUnknown: (ids) => `no data for the veto target ${ids}: the veto is undecided`,
    interim: (asOf, end) => `interim assessment as of ${asOf}; the plan period ends ${end}`,
    bindingSummary: (met, total) => `binding targets met: ${met} of ${total}`,
    aspirationalSummary: (met, total) => `aspirational targets met: ${met} of ${total}`,
    allBindingMet: 'every binding target is met',
    bindingShort: (n) => `${englishCount(n, 'binding targets')} not met or without data`,
    meta: {
      region: 'Region',
      period: 'Period',
      asOf: 'As of',
      issuer: 'Issuer',
      documentNumber: 'Document number',
      ruleSet: 'Rule set',
      method: 'Scoring method',
      generatedBy: 'Generated by quality-scorecard',
    },
    sections: {
      summary: 'Summary',
      categories: 'Score by category',
      shortfalls: 'Shortfalls (by points lost)',
      targets: 'All targets',
      provenance: 'Data provenance',
      notes: 'Notes',
    },
    columns: {
      number: '#',
      id: 'Target id',
      target: 'Target',
      category: 'Category',
      commitment: 'Commitment',
      status: 'Status',
      observed: 'Observed',
      required: 'Required',
      gap: 'Gap',
      attainment: 'Attainment',
      pointsLost: 'Points lost',
      earned: 'Earned',
      possible: 'Possible',
      departments: 'Departments',
      lead: 'Lead department',
      responsible: 'Responsible departments',
      section: 'Section',
      clause: 'Clause',
      deadline: 'Deadline',
      explanation: 'Explanation',
      scored: 'Scored targets',
      indicator: 'Indicator',
      value: 'Value',
      source: 'Source',
      publishedOn: 'Published',
      sourceStatus: 'Status',
      coverage: 'Coverage',
      note: 'Note',
      veto: 'Veto',
    },
    provenanceStatus: {
      verified: 'verified',
      reported: 'reported',
      estimated: 'estimated',
      provisional: 'provisional',
    },
    noProvenance: 'no source given',
    noShortfalls: 'No shortfalls.',
    noObservations: 'The report reads no data.',
    notScored: 'not scored',
    interimMark: ' (interim)',
    coverageRange: (from, to) => `${from} to ${to}`,
    categoryChartTitle: 'Share of points earned by category',
    scoreGaugeTitle: (score, grade) => `score ${score}, grade ${grade}`,
    weightsAssumed: 'weights are assumed (the document gives none)',
    weightsDocument: 'weights as the document gives them',
    allOrNothing: 'all or nothing: a target earns its points only when met',
    missingExclude: 'targets without data are left out of the maximum',
    missingZero: 'targets without data score zero',
    aspirationalScored: 'aspirational (力争) targets are scored',
    aspirationalUnscored: 'aspirational (力争) targets are not scored',
    unusedObservations: (ids) => `indicators in the data that no target reads: ${ids}`,
    quoteOpen: '“',
    quoteClose: '”',
    scheme: {
      section: (name) => `Assessment scheme: ${name}`,
      score: 'Scheme score',
      grade: 'Scheme grade',
      points: (earned, maximum, budget) => `${earned} of ${englishCount(maximum, 'points')} (budget ${budget})`,
      bonusPenalty: (bonus, penalty) => `bonus ${bonus}, penalty ${penalty}`,
      adjustments: 'Bonus and penalty items',
      vetoes: 'Vetoes',
      whatIf: 'What would lift the result',
      item: 'Item',
      count: 'Count',
      cap: 'Cap',
      bonus: 'bonus',
      penalty: 'penalty',
      triggered: 'triggered',
      undecided: 'no data, undecided',
      schemePoints: 'Scheme earned',
      schemePossible: 'Scheme possible',
    },
    matcher: {
      notAReport: 'expected a quality-scorecard Report (what evaluate() returns)',
      noSuchTarget: (id, ids) => `the report has no target "${id}"; its targets: ${ids}`,
    },
    assumptions: {
      headline: (subjects) =>
        `Assumed by this library, not set by the document: ${englishList(subjects)}; see Notes below and the rule set's notes.`,
      subject: {
        weights: 'the weights',
        veto: 'the veto',
        rank: 'the reading of 前列 (near the top) as a top count or share',
        tolerance: 'the tolerance of 左右 (about)',
        missingData: 'leaving targets without data out of the score',
      },
      vetoTargets: (labels) => `Vetoes the rule set sets, not written in the quoted clauses: ${labels}`,
      rankTargets: (labels) =>
        `Targets whose 前列 (near the top) the rule set reads as a top count or share the document does not give: ${labels}`,
      toleranceTargets: (labels) =>
        `Targets whose 左右 (about) the document gives no figure for, judged with the library's default tolerance (5% of the figure): ${labels}`,
      column: 'Assumed by the library',
    },
    documentTitle: (title) => title,
    coverage: (scored, withoutData) =>
      `Score covers only the ${englishCount(scored, 'targets')} with data; ${englishCount(withoutData, 'targets')} without data ${PLURAL_EN.select(withoutData) === 'one' ? 'is' : 'are'} left out`,
  },
  cli: {
    tagline: 'score a region against the targets of an official quality plan (exact decimals, traced to the clauses)',
    usage: 'Usage',
    commands: 'Commands',
    options: 'Options',
    examples: 'Examples',
    command: {
      evaluate: "score one region's data set against a rule set and print the report",
      validate: 'check rule set, data set, indicator catalogue (and scheme) files',
      list: 'list the built-in rule sets with their targets by kind',
      schema: 'write the JSON Schemas to a directory (default ./schemas)',
      cohort: 'score many regions: one data set per NDJSON line in, one line per region out (score, grade, shortfalls)',
    },
    option: {
      help: 'show help',
      version: 'print the version',
      format: (d, others) =>
        `output format: ${[`${d} (default)`, ...others.slice(0, -1)].join(', ')} or ${others.at(-1)}`,
      listFormat: 'output format: text (default) or json',
      locale: "language: zh-Hans, zh-Hant or en (default: the rule set's)",
      asOf: "judge as of this date (YYYY-MM-DD) instead of the data set's",
      scheme: 'also score by this assessment scheme (a file or built-in id); the result is the report’s scheme part',
      summary: 'write the cohort summary (per-target statistics, ranking by score) to this JSON file',
      out: 'write to this file instead of standard output',
      exitZero: 'exit 0 even when targets fall short (invalid input still exits 2)',
      kind: 'file kind: ruleset, dataset, catalogue or scheme (default: detected)',
      rules: "check data sets against this rule set's indicators (a file or built-in id)",
      quiet: 'no progress (neither the bar on a terminal nor the lines in a log)',
      force: 'write over an existing output file (never over an input)',
    },
    arg: {
      ruleSet: 'rule set file or built-in id',
      data: 'data set file (- for standard input)',
      ndjson: 'NDJSON file, one data set per line (- for standard input)',
      files: 'files to check',
      dir: 'output directory',
    },
    error: 'error',
    invalidInput: (file) => `invalid input: ${file}`,
    unknownCommand: (cmd) => `unknown command "${cmd}"`,
    missingArgument: (name) => `missing argument: ${name}`,
    extraArguments: (args) => `unexpected arguments: ${args}`,
    badOption: (message) => `bad option: ${message}`,
    badValue: (option, value, allowed) => `--${option} "${value}" is not one of ${allowed}`,
    seeHelp: (helpCommand) => `run ${helpCommand} for usage`,
    fileNotFound: (path) => `no such file: ${path}`,
    cannotRead: (path, why) => `cannot read ${path}: ${why}`,
    cannotWrite: (path, why) => `cannot write ${path}: ${why}`,
    notFileNorBuiltin: (arg, ids) => `"${arg}" is neither a file nor a built-in rule set id; built-in: ${ids}`,
    notFileNorBuiltinScheme: (arg, ids) => `"${arg}" is neither a file nor a built-in scheme id; built-in: ${ids}`,
    validScheme: (file, id, ruleSet, checkedAgainst) =>
      `✓ ${file}: scheme ${id} (for rule set ${ruleSet})${checkedAgainst ? `, checked against ${checkedAgainst}` : ''}`,
    builtinSchemesTitle: 'Built-in schemes',
    schemeFor: (ruleSet) => `for rule set ${ruleSet}`,
    unknownKind:
      'cannot tell what this file is: expected a rule set (with targets), a data set (with observations), an indicator catalogue (with indicators) or a scheme; use --kind',
    validRuleSet: (file, id, targets, categories) =>
      `✓ ${file}: rule set ${id}, ${englishCount(targets, 'targets')} in ${englishCount(categories, 'categories')}`,
    validDataSet: (file, region, period, n) =>
      `✓ ${file}: data set for ${region} (${period}), ${englishCount(n, 'observations')}`,
    validCatalogue: (file, n) => `✓ ${file}: indicator catalogue, ${englishCount(n, 'indicators')}`,
    invalidFile: (file) => `✗ ${file}`,
    warning: 'warning',
    builtinRuleSets: 'Built-in rule sets',
    targetsByKind: 'targets by kind',
    targetCount: (n) => englishCount(n, 'targets'),
    wroteSchemas: (n, dir) => `wrote ${englishCount(n, 'JSON Schemas')} to ${dir}`,
    wroteReport: (file, score, grade) =>
      `wrote ${file}: score ${score}, grade ${grade} (targets met and without data: see above)`,
    cohortSummary: (n, short, invalid) =>
      `${englishCount(n, 'regions')} scored: ${short} with binding shortfalls, ${englishCount(invalid, 'invalid lines')}`,
    repeatedOption: (option) => `--${option} is given more than once; give it once`,
    outputExists: (path) => `${path} already exists; add --force to write over it`,
    outputIsInput: (path, input) => `will not write to ${path}: it is the input ${input}`,
    exitCodesTitle: 'Exit codes',
    exitCode: {
      met: '0  every binding target met (targets not yet due or not applicable do not count against it)',
      valid: '0  every file is valid',
      done: '0  done',
      shortfall: '1  some binding target not met or without data, or a veto applies',
      invalid: '2  invalid input (the command line, a file or its data; each problem is listed)',
      internal: '3  internal error (a bug: please report it with the message)',
    },
    svgOption: 'add charts (inline SVG) to Markdown; by default it has tables only',
    cohortFormatOption: 'one line per region: ndjson (default) or csv (score, grade, shortfall count, vetoed)',
    fullOption: "write each region's full report (JSON, large) instead of its line",
    fullIsNdjson: '--full writes full reports as NDJSON; it cannot go with --format csv',
    cohortColumns: {
      region: 'Region id',
      name: 'Region',
      score: 'Score',
      grade: 'Grade',
      shortfalls: 'Binding shortfalls',
      vetoed: 'Vetoed',
    },
    progressRead: (n) => `read ${n} ${new Intl.PluralRules('en').select(n) === 'one' ? 'region' : 'regions'}`,
    progressScored: (n, total) =>
      `scored ${n} of ${total} ${new Intl.PluralRules('en').select(total) === 'one' ? 'region' : 'regions'}`,
    topShortfalls: 'Shortfalls losing the most points',
    moreShortfalls: (n) =>
      `${n} more ${new Intl.PluralRules('en').select(n) === 'one' ? 'shortfall' : 'shortfalls'} in the full report`,
    shortfallLine: (observed, required, pointsLost) =>
      `observed ${observed}, required ${required}, ${englishCount(pointsLost, 'points')} lost`,
    withoutData: (n) =>
      `${n} binding ${new Intl.PluralRules('en').select(n) === 'one' ? 'target has' : 'targets have'} no data to judge by; see the full report`,
  },
  errors: {
    labels: {
      expected: 'expected',
      found: 'found',
    },
    unknownBuiltin: (id, known) => `no built-in rule set "${id}"; available: ${known.join(punctuation.list)}`,
    expected: {
      validJson: 'valid JSON text',
      type: {
        string: 'a string',
        number: 'a number',
        int: 'an integer',
        boolean: 'true or false',
        object: 'an object {…}',
        array: 'an array […]',
      },
      verbatim: (text) => text,
      oneOf: (values) => `one of ${values.join(punctuation.list)}`,
      oneOfForms: 'one of the allowed forms',
      noSuchKey: (keys) => `no such key (unknown: ${keys.join(punctuation.list)})`,
      atLeastItems: (n) => `at least ${englishCount(n, 'items')}`,
      atLeastCharacters: (n) => `at least ${englishCount(n, 'characters')}`,
      notLessThan: (n) => `at least ${n}`,
      notMoreThan: (n) => `at most ${n}`,
      matching: (pattern) => `matching: ${pattern}`,
      finiteNumber: 'a finite number',
      decimalString: 'a decimal string such as "95" or "0.4"',
      significantDigits: (max) => `a decimal of at most ${max} significant digits`,
      nonNegativeNumber: 'a non-negative number',
      nonNegativeInteger: 'a non-negative whole number',
      positiveNumber: 'a number above 0',
      topShare: 'a share above 0 and at most 1 ("0.3" for the top 30%)',
      wholeNumberOf: (_symbol, name) => `a whole number of ${name}`,
      rateAtMost100: 'a rate of at most 100%',
      shareBetween0And1: 'a share between 0 and 1',
      nonNegativeWeight: 'a non-negative weight',
      weightAboveZero: 'a weight above 0',
      numberIn: (unit) => `a number in ${unit}`,
      trueOrFalse: 'true or false',
      isoDate: 'an ISO date YYYY-MM-DD',
      realDate: 'a real calendar date YYYY-MM-DD',
      notBefore: (date) => `not before ${date}`,
      periodLabel: 'a period label such as 2018, 2018-H1, 2018-Q3 or 2018-07',
      sameGranularity: (granularity) =>
        `the same period granularity as the indicator's other observations (${granularity})`,
      periodOfGranularity: (granularity) => `a period of the target's granularity (${granularity})`,
      unitSuchAs: (example) => `a unit such as "${example}"`,
      knownUnit: 'a known unit',
      knownUnitSuchAs: (example) => `a known unit such as "${example}"`,
      unitConvertibleTo: (unit) => `a unit convertible to ${unit}`,
      unitOfIndicator: (unit, indicator) => `a unit convertible to ${unit}, the unit of ${indicator}`,
      uniqueId: 'a unique id',
      idNotInCatalogue: 'an id not already in the shared catalogue',
      knownIndicator: 'an indicator id defined in the rule set or the catalogue',
      knownIndicatorOrScheme: 'an indicator id defined in the rule set, the catalogue or the scheme',
      definedCategory: (categories) => `a defined category: ${categories.join(punctuation.list)}`,
      definedGrade: (grades) => `a defined grade: ${grades.join(punctuation.list)}`,
      ruleSetBeingEvaluated: (ruleSet) => `the rule set being evaluated, "${ruleSet}" (or null)`,
      categoryOfRuleSet: (ruleSet, categories) =>
        `a category of rule set ${ruleSet}: ${categories.join(punctuation.list)}`,
      targetOfRuleSet: (ruleSet) => `a target id of rule set ${ruleSet}`,
      uniqueRegion: 'a region id unique within the cohort',
      booleanIndicator: 'a boolean (yes/no) indicator',
      numericIndicator: 'a numeric indicator',
      numericIndicatorNotBoolean: 'a numeric indicator (a boolean one only suits a milestone)',
      directedIndicator: 'an indicator whose direction is higher or lower',
      milestoneForBoolean: 'milestone (a boolean indicator only suits a milestone)',
      numericOperator: 'a numeric operator (atLeast, …)',
      numericThreshold: 'a numeric threshold (use isTrue/isFalse for boolean indicators)',
      countsOnlyForRate: 'passed/sampled only for a rate indicator',
      methodForKind: (kind) => `a method that suits a ${kind} target`,
      exactlyOneForm: 'exactly one of: value+unit, passed+sampled, rank+of, or notApplicable',
      sampleAboveZero: 'a sample size above 0',
      atMostSampled: (sampled) => `at most the ${sampled} sampled`,
      atMostPeers: (of) => `at most the ${of} peers`,
      oneObservationPerPeriod: (indicator, period) =>
        `one observation per indicator and period (${indicator} @ ${period} already given)`,
      atLeastLowerBound: (min) => `at least the lower bound ${min}`,
      belowPreviousGradeMin: (min) => `below the previous band's minimum ${min}`,
      belowFullMarks: (full) => `below the full-marks goalpost ${full}`,
      aboveFullMarksLowerBetter: (full) => `above the full-marks goalpost ${full} (lower is better)`,
      fullMarksNotFloor: 'a full-marks goalpost other than the floor',
      attainmentFloor: 'an attainment from 0 up to (not including) 1',
      attainmentFull: 'an attainment above the floor, at most 1',
      basePointsWithin: (total) => `between 0 and the total ${total}`,
      categoryPointsAtMost: (room) => `category points adding up to at most ${room} (total minus base points)`,
      categoryPointsFirst: (category) => `points on its category ${category} first (categories[].points)`,
      sumOfTargetPoints: (sum) =>
        `the sum of its targets' points, ${sum} (at least that sum when some targets share by weight)`,
      categoriesPlusBase: (sum) => `the categories' points, ${sum}, plus the base points`,
      atMostDepth: (levels) => `nesting at most ${levels} levels deep`,
      notCyclic: 'a value that does not contain itself',
      conditionAtMostDepth: (levels) => `a condition nested at most ${levels} levels deep`,
      atMostBytes: (bytes) => `at most ${bytes} bytes`,
      compiledRuleSet: 'a rule set returned by loadRuleSet or loadBuiltinRuleSet',
      compiledScheme: 'a scheme returned by loadScheme or loadBuiltinScheme',
      indicatorWithKnownUnit: (indicator) => `indicator ${indicator} with a known unit`,
      atMostPeriods: (periods) => `a window of at most ${periods} periods`,
      negativeNotAdmitted: (indicator, kind) =>
        `a non-negative number: indicator ${indicator} (${kind}) admits no value below zero; index indicators, and amount or ratio indicators declared "signed": true (a growth rate, a change), admit one`,
      signedKindsOnly: (kinds) => `"signed": true only on ${englishList(kinds)} indicators`,
      deadlineOrOpen: 'either deadline or openDeadline, not both',
      accumulatesCountOnly: '"accumulates": true only on count indicators',
      knownUnitDidYouMean: (units) =>
        `a known unit (did you mean ${new Intl.ListFormat('en', { type: 'disjunction' }).format(units.map((u) => `"${u}"`))}?)`,
      classesForByClass: 'classes to weight by, as weighting is "by-class"',
      scoreOutOf100: 'a score between 0 and 100',
      kindInAClass: (kinds) => `a target of a kind one of the classes holds: ${kinds.join(', ')}`,
      atMostRegions: (regions) => `at most ${regions} data sets (stream a larger cohort with evaluateCohortStream)`,
      didYouMean: (expected, suggestions) => `${expected} (did you mean ${suggestions.join(' or ')}?)`,
      namedBenchmark:
        "a benchmark the library names (such as district-average) or one named in the rule set's benchmarks",
      runningTotalKinds: (kinds) =>
        `"runningTotal": true only on ${englishList(kinds)} indicators (a running total that never falls)`,
    },
    band: {
      empty: 'an upper edge above the lower one (min < below)',
      gap: "the better band's min (no gap between bands)",
      overlap: "the better band's min (bands must not overlap)",
      open_top: 'no upper edge on the best band',
      open_bottom: 'no lower edge on the worst band (it takes every lower score)',
      no_catch_all: 'a last band without tests (it takes every other case)',
      duplicate: 'a grade name not used by another band',
    },
    warnings: {
      heavyTarget: (target, percent, limit) =>
        `“${target}” carries ${percent}% of the total, more than ${limit}%: check the scheme's points`,
      milestoneOutweighsOutcome: (milestones, outcome, points) =>
        `${milestones.length === 1 ? 'a mechanism target' : `${milestones.length} mechanism targets`} (${milestones.map((m) => `“${m}”`).join(punctuation.list)}) ${PLURAL_EN.select(milestones.length) === 'one' ? 'is' : 'are'} worth more than the outcome indicator “${outcome}” (${englishCount(points, 'points')}): real assessment rules weight outcomes above 建立…制度 tasks`,
      inexactNumber: (literal, parsed, decimal) =>
        `the number ${literal} is more precise than a JSON number can hold and reads as ${parsed}; write it as the decimal string "${decimal}"`,
      conflictingTargets: (indicator, clauses) =>
        `"${indicator}" has targets at different levels: ${clauses}; each is kept as written and evaluated separately`,
    },
    moreIssues: (count, code) =>
      `and ${count} more ${new Intl.PluralRules('en').select(count) === 'one' ? 'issue' : 'issues'} of code ${code}, not listed`,
  },
  units: {
    base: {
      '%': 'percent',
      '‰': 'per mille',
      fraction: 'fraction',
      元: 'yuan',
      'μg/m³': 'micrograms per cubic metre',
      'mg/m³': 'milligrams per cubic metre',
      平方米: 'square metres',
      亩: 'mu',
      吨: 'tonnes',
      公斤: 'kilograms',
      千瓦时: 'kWh',
      吨标准煤: 'tonnes of standard coal',
      公里: 'kilometres',
      天: 'days',
      分: 'points',
      boolean: 'yes/no',
    },
    classifier: {
      个: 'items',
      只: 'items',
      项: 'items',
      件: 'items',
      座: 'items',
      条: 'items',
      处: 'items',
      台: 'units',
      张: 'items',
      部: 'items',
      篇: 'articles',
      株: 'plants',
      头: 'items',
      辆: 'vehicles',
      份: 'items',
      所: 'items',
      村: 'villages',
      套: 'sets',
      家: 'organisations',
      人: 'people',
      名: 'people',
      人次: 'person-times',
      批次: 'batches',
      次: 'times',
      场: 'times',
      期: 'times',
      起: 'incidents',
      户: 'households',
    },
    prefix: { 万: 'ten thousand', 亿: 'hundred million', 千: 'thousand' },
    withPrefix: (prefix, base) => `${prefix} ${base}`,
    gap: {
      个百分点: 'percentage points',
      个千分点: 'per-mille points',
    },
    per: (numerator, denominator) => `${numerator} per ${denominator}`,
    one: (name) => SINGULAR[name] ?? name,
  },
  punctuation,
};

const PLURAL_EN = new Intl.PluralRules('en');

/** "the key item" / "all 3 key items" (every), "a key item" / "3 key items" (some), with English plurals. */
function keyItemWords(n: number, every: boolean): string {
  if (PLURAL_EN.select(n) === 'one') return every ? 'the key item' : 'a key item';
  return every ? `all ${n} key items` : `${n} key items`;
}
