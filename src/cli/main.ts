import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { InvalidInputError, ScorecardError } from '../core/errors.js';
import { formatInexactNumber, type InexactNumberWarning } from '../core/json-literals.js';
import { parseWith } from '../core/zod-issues.js';
import { CatalogueSchema } from '../indicators/schema.js';
import { resolveCommitment, type TargetCommitment } from '../kinds/target.js';
import { CLI_LABELS as C, MESSAGES, PUNCTUATION } from '../locales/index.js';
import type { Locale, LocalizedText } from '../locales/locale.js';
import { readNdjson } from '../node/index.js';
import { loadDataSet, type RegionData } from '../observations/normalize.js';
import { csvField, UTF8_BOM } from '../render/csv/csv.js';
import { DEFAULT_FORMAT, FORMAT_IDS, formatById, type RegisteredFormat } from '../render/registry.js';
import { bindingShortfalls, meetsAllBindingTargets } from '../render/shortfalls.js';
import { type CohortSummary, evaluateCohortStream } from '../report/cohort.js';
import { evaluate } from '../report/evaluate.js';
import type { Report } from '../report/schema.js';
import { BUILTIN_RULE_SET_IDS, builtinRuleSetJson, loadBuiltinRuleSet } from '../rulesets/builtin.js';
import { type CompiledRuleSet, loadRuleSet } from '../rulesets/load.js';
import { BUILTIN_SCHEME_IDS, bindScheme, builtinSchemeJson, loadScheme } from '../schemes/index.js';
import { isAuthoringCommand, runAuthoringCommand } from './commands/index.js';
import { CliError, EXIT, fileError, reportError } from './errors.js';
import { COMMANDS, type CommandName, helpText } from './help.js';
import { knownIndicators, readJson, resolveRuleSet, resolveScheme } from './inputs.js';
import { type CliIo, type CliOutput, envLocale, isLocale, processIo, writeOut } from './io.js';
import { checkOutput, escapeControls, escapingOutput, type OutputFlag, openOutput } from './output.js';
import { ProgressBar } from './progress.js';
import { jsonSchemas, schemaFileText } from './schemas.js';
import { reportSummary } from './summary.js';

/** The language messages are printed in; the rule set's locale replaces the default once known. */
interface Context {
  locale: Locale;
  explicit: boolean;
  /** The raw stderr, for the progress bar's own escape sequences; messages go through `io.stderr`, which escapes them. */
  terminal: CliOutput;
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

const COMMON = { locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

const OPTIONS = {
  evaluate: {
    ...COMMON,
    format: { type: 'string' },
    'as-of': { type: 'string' },
    scheme: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    'exit-zero': { type: 'boolean' },
    svg: { type: 'boolean' },
  },
  validate: { ...COMMON, kind: { type: 'string' }, rules: { type: 'string' } },
  list: { ...COMMON, format: { type: 'string' } },
  schema: { ...COMMON },
  cohort: {
    ...COMMON,
    format: { type: 'string' },
    full: { type: 'boolean' },
    'as-of': { type: 'string' },
    out: { type: 'string' },
    summary: { type: 'string' },
    force: { type: 'boolean' },
    'exit-zero': { type: 'boolean' },
    quiet: { type: 'boolean' },
  },
} as const satisfies Record<CommandName, OptionSpec>;

type Values<C extends CommandName> = {
  [K in keyof (typeof OPTIONS)[C]]?: (typeof OPTIONS)[C][K] extends { type: 'boolean' } ? boolean : string;
};

function parse<Cmd extends CommandName>(
  command: Cmd,
  args: readonly string[],
  ctx: Context,
): { values: Values<Cmd>; positionals: string[] } {
  const options = OPTIONS[command] as OptionSpec;
  let parsed: {
    values: Record<string, unknown>;
    positionals: string[];
    tokens: Array<{ kind: string; name?: string }>;
  };
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new CliError(C.badOption(error instanceof Error ? error.message : String(error)), command);
  }
  // parseArgs keeps the last of a repeated option; `--out a.md --out b.md` is more likely a slip than
  // a wish, so a valued option given twice is refused (flags may repeat: they mean the same either way).
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || token.name === undefined) continue;
    const spec = options[token.name];
    if (spec?.type !== 'string' || spec.multiple) continue;
    if (seen.has(token.name)) throw new CliError(C.repeatedOption(token.name), command);
    seen.add(token.name);
  }
  const locale = parsed.values.locale;
  if (typeof locale === 'string') {
    if (!isLocale(locale)) throw new CliError(C.badValue('locale', locale, 'zh-Hans, zh-Hant, en'), command);
    ctx.locale = locale;
    ctx.explicit = true;
  }
  return { values: parsed.values as Values<Cmd>, positionals: parsed.positionals };
}

function oneOf<T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
  command: CommandName,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new CliError(C.badValue(option, value, allowed.join(', ')), command);
  return value as T;
}

function positionalsExactly(positionals: readonly string[], names: readonly string[], command: CommandName): void {
  const missing = names.slice(positionals.length);
  if (missing.length > 0) throw new CliError(C.missingArgument(missing.join(' ')), command);
  if (positionals.length > names.length)
    throw new CliError(C.extraArguments(positionals.slice(names.length).join(' ')), command);
}

/** The registered format `--format` names, or the default one when it names none. */
function reportFormat(value: string | undefined): RegisteredFormat {
  if (value === undefined) return DEFAULT_FORMAT;
  const format = formatById(value);
  if (!format) throw new CliError(C.badValue('format', value, FORMAT_IDS.join(', ')), 'evaluate');
  return format;
}

async function writeFileTo(io: CliIo, path: string, text: string, flag: OutputFlag = 'w'): Promise<void> {
  const target = resolve(io.cwd, path);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text, { encoding: 'utf8', flag });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'EEXIST') throw new CliError(C.outputExists(path));
    throw new CliError(
      C.cannotWrite(
        path,
        error instanceof Error ? ((error as { code?: string }).code ?? error.message) : String(error),
      ),
    );
  }
}

function exitFor(ok: boolean, exitZero: boolean | undefined): number {
  return ok || exitZero ? EXIT.ok : EXIT.shortfall;
}

async function evaluateCommand(args: readonly string[], io: CliIo, ctx: Context): Promise<number> {
  const { values, positionals } = parse('evaluate', args, ctx);
  if (values.help) return help(io, 'evaluate', ctx);
  const format = reportFormat(values.format);
  positionalsExactly(positionals, ['<rule set>', '<data>'], 'evaluate');
  const [ruleSetArg, dataArg] = positionals as [string, string];
  // Checked before any work: a refused --out should not cost an evaluation first.
  const inputs = [ruleSetArg, dataArg, ...(values.scheme === undefined ? [] : [values.scheme])];
  const outFlag = values.out === undefined ? undefined : await checkOutput(io, values.out, inputs, values.force);
  const ruleSet = await resolveRuleSet(io, ruleSetArg);
  const scheme = values.scheme === undefined ? undefined : await resolveScheme(io, values.scheme);
  if (!ctx.explicit) ctx.locale = ruleSet.data.locale;
  const data = await readJson(io, dataArg);
  const report = evaluate(ruleSet, data, {
    file: dataArg === '-' ? '(stdin)' : dataArg,
    ...(values['as-of'] !== undefined ? { asOf: values['as-of'] } : {}),
    ...(scheme ? { scheme } : {}),
  });
  const text = format.render(report, { locale: ctx.locale, svg: values.svg === true });
  if (values.out !== undefined) {
    await writeFileTo(io, values.out, text, outFlag);
    // The file holds the full report; the terminal gets what one screen holds, then where the rest went.
    io.stderr.write(`${reportSummary(report, ctx.locale).join('\n')}\n\n`);
    io.stderr.write(`${C.wroteReport(values.out, report.score ?? '—', report.grade ?? '—')[ctx.locale]}\n`);
  } else await writeOut(io.stdout, text);
  return exitFor(meetsAllBindingTargets(report), values['exit-zero']);
}

/** A built-in rule set by id, or undefined when there is none of that id. */
function builtinRuleSet(id: string): CompiledRuleSet | undefined {
  return BUILTIN_RULE_SET_IDS.includes(id) ? loadBuiltinRuleSet(id) : undefined;
}

type FileKind = 'ruleset' | 'dataset' | 'catalogue' | 'scheme';
const KINDS: readonly FileKind[] = ['ruleset', 'dataset', 'catalogue', 'scheme'];

/** What a JSON file is: by its `$schema`, else by its keys. */
export function detectKind(raw: unknown): FileKind | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const o = raw as Record<string, unknown>;
  if (typeof o.$schema === 'string') {
    const m = /(ruleset|dataset|catalogue|scheme)\.schema\.json$/.exec(o.$schema);
    if (m) return m[1] as FileKind;
  }
  if ('ruleSet' in o && 'names' in o) return 'scheme';
  if ('targets' in o) return 'ruleset';
  if ('observations' in o) return 'dataset';
  if ('indicators' in o) return 'catalogue';
  return undefined;
}

async function validateCommand(args: readonly string[], io: CliIo, ctx: Context): Promise<number> {
  const { values, positionals } = parse('validate', args, ctx);
  if (values.help) return help(io, 'validate', ctx);
  if (positionals.length === 0) throw new CliError(C.missingArgument('<file...>'), 'validate');
  const forced = values.kind === undefined ? undefined : oneOf('kind', values.kind, KINDS, 'ruleset', 'validate');
  const rules = values.rules === undefined ? undefined : await resolveRuleSet(io, values.rules);
  // Read everything first: data sets may use the indicators of a rule set named in the same call.
  const files: Array<{ file: string; raw?: unknown; kind?: FileKind; ruleSet?: CompiledRuleSet; error?: unknown }> = [];
  for (const file of positionals) {
    try {
      const raw = await readJson(io, file);
      const kind = forced ?? detectKind(raw);
      const entry: (typeof files)[number] = { file, raw, ...(kind ? { kind } : {}) };
      if (kind === 'ruleset') {
        try {
          entry.ruleSet = loadRuleSet(raw, { file });
        } catch (error) {
          entry.error = error;
        }
      }
      files.push(entry);
    } catch (error) {
      files.push({ file, error });
    }
  }
  const known = knownIndicators();
  const given = [rules, ...files.map((f) => f.ruleSet)].filter((r): r is CompiledRuleSet => r !== undefined);
  // Its messages quote file names and names from the files: escaped like stderr's, as both reach a terminal.
  const say = (text: string) => writeOut(io.stdout, escapeControls(text));
  const lookup = (id: string) =>
    given.map((r) => r.indicator(id)).find((i) => i !== undefined) ?? (rules ? undefined : known(id));
  let code: number = EXIT.ok;
  for (const { file, raw, kind, ruleSet, error } of files) {
    try {
      if (error !== undefined) throw error;
      if (kind === undefined) throw new CliError(C.unknownKind);
      if (kind === 'scheme') {
        const scheme = loadScheme(raw, { file });
        // Bind it to the rule set it names, when that one is at hand, to check its targets and categories.
        const target =
          scheme.data.ruleSet === null
            ? given[0]
            : (given.find((r) => r.id === scheme.data.ruleSet) ?? builtinRuleSet(scheme.data.ruleSet));
        if (target) bindScheme(scheme, target);
        await say(`${C.validScheme(file, scheme.id, scheme.data.ruleSet ?? '*', target?.id ?? null)[ctx.locale]}\n`);
        continue;
      }
      if (kind === 'ruleset' && ruleSet) {
        await say(
          `${C.validRuleSet(file, ruleSet.id, ruleSet.targets.length, ruleSet.categories.length)[ctx.locale]}\n`,
        );
        for (const w of ruleSet.warnings)
          await say(`  ${C.warning[ctx.locale]} ${w.code} ${w.path}: ${w.message[ctx.locale]}\n`);
      } else if (kind === 'dataset') {
        const data = loadDataSet(raw, lookup, file);
        await say(
          `${C.validDataSet(file, data.region.name, data.period, data.dataSet.observations.length)[ctx.locale]}\n`,
        );
      } else {
        const parsed = parseWith(CatalogueSchema, raw);
        if (!parsed.ok) throw new InvalidInputError(parsed.issues, file);
        await say(`${C.validCatalogue(file, parsed.data.indicators.length)[ctx.locale]}\n`);
      }
    } catch (failure) {
      if (!(failure instanceof InvalidInputError || failure instanceof CliError || failure instanceof ScorecardError))
        throw failure;
      io.stderr.write(`${C.invalidFile(file)[ctx.locale]}\n`);
      code = reportError(failure, ctx.locale, io.stderr);
    }
  }
  return code;
}

/** A built-in rule set summarized from its JSON (so listing works whatever it compiles to). */
export interface BuiltinSummary {
  id: string;
  title: string;
  region: string;
  period: { start: string; end: string };
  locale: string;
  targets: number;
  binding: number;
  aspirational: number;
  byKind: Record<string, number>;
}

/** Every built-in rule set with its target counts by kind. */
export function builtinSummaries(): BuiltinSummary[] {
  return BUILTIN_RULE_SET_IDS.map((id) => {
    const raw = builtinRuleSetJson(id) as {
      title: string;
      region: { name: string };
      period: { start: string; end: string };
      locale: string;
      targets: Array<{ kind: string; commitment: string }>;
    };
    const byKind: Record<string, number> = {};
    for (const t of raw.targets) byKind[t.kind] = (byKind[t.kind] ?? 0) + 1;
    const sorted = Object.fromEntries(Object.entries(byKind).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
    return {
      id,
      title: raw.title,
      region: raw.region.name,
      period: raw.period,
      locale: raw.locale,
      targets: raw.targets.length,
      // A 力争 of unclear reach counts as the library scores it (binding unless a scheme says otherwise).
      binding: raw.targets.filter((t) => resolveCommitment(t.commitment as TargetCommitment) === 'binding').length,
      aspirational: raw.targets.filter((t) => resolveCommitment(t.commitment as TargetCommitment) === 'aspirational')
        .length,
      byKind: sorted,
    };
  });
}

/** A built-in scheme summarized from its JSON. */
export interface BuiltinSchemeSummary {
  id: string;
  names: LocalizedText;
  ruleSet: string | null;
}

/** Every built-in assessment scheme. */
export function builtinSchemeSummaries(): BuiltinSchemeSummary[] {
  return BUILTIN_SCHEME_IDS.map((id) => {
    const raw = builtinSchemeJson(id) as BuiltinSchemeSummary;
    return { id, names: raw.names, ruleSet: raw.ruleSet };
  });
}

async function listCommand(args: readonly string[], io: CliIo, ctx: Context): Promise<number> {
  const { values, positionals } = parse('list', args, ctx);
  if (values.help) return help(io, 'list', ctx);
  positionalsExactly(positionals, [], 'list');
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text', 'list');
  const list = builtinSummaries();
  if (format === 'json') {
    await writeOut(io.stdout, `${JSON.stringify({ ruleSets: list, schemes: builtinSchemeSummaries() }, null, 2)}\n`);
    return EXIT.ok;
  }
  const l = ctx.locale;
  const width = Math.max(...list.map((r) => r.id.length)) + 2;
  const lines = [`${C.builtinRuleSets[l]}${PUNCTUATION.headingColon[l]}`];
  for (const r of list) {
    lines.push(
      `  ${r.id.padEnd(width)}${r.title} · ${r.region} · ${r.period.start}…${r.period.end} · ${C.targetCount(r.targets)[l]}`,
    );
    lines.push(
      `  ${''.padEnd(width)}${Object.entries(r.byKind)
        .map(([k, n]) => `${k} ${n}`)
        .join(' · ')}`,
    );
  }
  const schemes = builtinSchemeSummaries();
  const sw = Math.max(...schemes.map((x) => x.id.length)) + 2;
  lines.push('', `${C.builtinSchemesTitle[l]}${PUNCTUATION.headingColon[l]}`);
  for (const x of schemes)
    lines.push(`  ${x.id.padEnd(sw)}${x.names[l as keyof typeof x.names]} · ${C.schemeFor(x.ruleSet ?? '*')[l]}`);
  lines.push('');
  await writeOut(io.stdout, lines.join('\n'));
  return EXIT.ok;
}

async function schemaCommand(args: readonly string[], io: CliIo, ctx: Context): Promise<number> {
  const { values, positionals } = parse('schema', args, ctx);
  if (values.help) return help(io, 'schema', ctx);
  if (positionals.length > 1) throw new CliError(C.extraArguments(positionals.slice(1).join(' ')), 'schema');
  const dir = positionals[0] ?? 'schemas';
  const docs = jsonSchemas();
  for (const doc of docs) await writeFileTo(io, join(dir, doc.file), schemaFileText(doc));
  await writeOut(
    io.stdout,
    escapeControls(
      `${C.wroteSchemas(docs.length, dir)[ctx.locale]}\n${docs.map((d) => `  ${join(dir, d.file)}\n`).join('')}`,
    ),
  );
  return EXIT.ok;
}

async function cohortCommand(args: readonly string[], io: CliIo, ctx: Context): Promise<number> {
  const { values, positionals } = parse('cohort', args, ctx);
  if (values.help) return help(io, 'cohort', ctx);
  positionalsExactly(positionals, ['<rule set>', '<data.ndjson>'], 'cohort');
  const [ruleSetArg, dataArg] = positionals as [string, string];
  const lineFormat = oneOf('format', values.format, COHORT_FORMATS, 'ndjson', 'cohort');
  if (values.full && lineFormat === 'csv') throw new CliError(C.fullIsNdjson, 'cohort');
  // Both outputs are checked before the input is read: --out is opened (and so created) at the start.
  const outFlag = values.out === undefined ? undefined : await checkOutput(io, values.out, positionals, values.force);
  const summaryFlag =
    values.summary === undefined ? undefined : await checkOutput(io, values.summary, positionals, values.force);
  const ruleSet = await resolveRuleSet(io, ruleSetArg);
  if (!ctx.explicit) ctx.locale = ruleSet.data.locale;
  const name = dataArg === '-' ? '(stdin)' : dataArg;
  // The cohort is read twice (ranks and cohort averages need every region before any report), so
  // standard input is first copied to a temporary file.
  let path: string;
  let scratch: string | undefined;
  if (dataArg === '-') {
    if (!io.stdin) throw new CliError(C.fileNotFound('-'));
    scratch = await mkdtemp(join(tmpdir(), 'quality-scorecard-cohort-'));
    path = join(scratch, 'stdin.ndjson');
    await pipeline(io.stdin, createWriteStream(path));
  } else path = resolve(io.cwd, dataArg);
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    size = s.size;
  } catch (error) {
    throw fileError(error, dataArg) ?? error;
  }
  const file = values.out === undefined ? undefined : resolve(io.cwd, values.out);
  if (file) await mkdir(dirname(file), { recursive: true });
  const sink =
    file && values.out !== undefined
      ? (await openOutput(file, values.out, outFlag ?? 'wx')).createWriteStream({ encoding: 'utf8' })
      : io.stdout;
  const progress = values.quiet
    ? undefined
    : new ProgressBar(ctx.terminal, 2 * size, { mode: ctx.terminal.isTTY ? 'bar' : 'lines' });
  // The first pass reads (and counts) the regions, the second scores them: each says what it counts.
  let read = 0;
  const label = (): string => (pass <= 1 ? C.progressRead(read) : C.progressScored(scored, read))[ctx.locale];
  const asOf = values['as-of'];
  let scored = 0;
  let short = 0;
  let invalid = 0;
  let pass = 0;
  let bytes = 0;
  const lineOf: number[] = [];
  // Each pass streams the file; a line that is not valid JSON or not a valid data set is reported
  // once (in the first pass), with file:line and its paths, and left out of the cohort.
  const source = async function* (): AsyncGenerator<RegionData> {
    const first = pass === 0;
    pass += 1;
    const base = first ? 0 : size;
    const onWarning = (w: InexactNumberWarning): void => {
      if (first) io.stderr.write(`${escapeControls(formatInexactNumber(w, ctx.locale))}\n`);
    };
    for await (const record of readNdjson(createReadStream(path), {
      file: name,
      onBytes: (b) => (bytes = base + b),
      onWarning,
    })) {
      try {
        if (record.error) throw record.error;
        const region = loadDataSet(record.value, ruleSet.indicator, `${name}:${record.line}`);
        if (first) {
          lineOf.push(record.line);
          read += 1;
        }
        yield region;
      } catch (error) {
        if (!(error instanceof ScorecardError)) throw error;
        if (!first) continue;
        invalid += 1;
        progress?.done();
        reportError(error, ctx.locale, io.stderr);
      }
      progress?.update(bytes, label());
    }
  };
  let summary: CohortSummary | undefined;
  try {
    const run = evaluateCohortStream(ruleSet, source, asOf !== undefined ? { asOf } : {});
    for (let step = await run.next(); ; step = await run.next()) {
      if (step.done) {
        summary = step.value;
        break;
      }
      if (lineFormat === 'csv' && scored === 0) await writeOut(sink, cohortCsvHeader(ctx.locale));
      await writeOut(
        sink,
        values.full ? `${JSON.stringify(step.value)}\n` : regionLine(step.value, lineFormat, ctx.locale),
      );
      scored += 1;
      if (!meetsAllBindingTargets(step.value)) short += 1;
      progress?.update(bytes, label());
    }
  } catch (error) {
    progress?.done();
    throw cohortError(error, name, lineOf);
  } finally {
    if (file) await new Promise<void>((done) => (sink as ReturnType<typeof createWriteStream>).end(() => done()));
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
  if (progress?.inPlace) progress.update(bytes, label(), true);
  progress?.done();
  if (values.summary !== undefined && summary)
    await writeFileTo(io, values.summary, `${JSON.stringify(summary, null, 2)}\n`, summaryFlag);
  io.stderr.write(`${C.cohortSummary(scored, short, invalid)[ctx.locale]}\n`);
  if (invalid > 0) return EXIT.invalid;
  return exitFor(short === 0, values['exit-zero']);
}

/** The formats of `cohort`'s per-region lines. */
const COHORT_FORMATS = ['ndjson', 'csv'] as const;

/**
 * One region's line of a cohort run: its id and name, score, grade, number of binding shortfalls and
 * whether a veto applied; as JSON (one object a line) or as a CSV row. About 100 bytes where a full
 * report takes over 100 KB, so 20,000 towns make a file a spreadsheet opens.
 */
export function regionLine(report: Report, format: (typeof COHORT_FORMATS)[number], locale: Locale): string {
  const line = {
    region: report.region.id,
    name: report.region.name,
    score: report.score,
    grade: report.grade,
    shortfalls: bindingShortfalls(report).length,
    vetoed: report.vetoed,
  };
  if (format === 'ndjson') return `${JSON.stringify(line)}\n`;
  const vetoed = (line.vetoed ? MESSAGES.yes : MESSAGES.no)[locale];
  const cells = [line.region, line.name, line.score ?? '', line.grade ?? '', String(line.shortfalls), vetoed];
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** The header row of the cohort CSV, after a BOM so Excel and WPS read it as UTF-8. */
export function cohortCsvHeader(locale: Locale): string {
  const c = C.cohortColumns;
  const names = [c.region, c.name, c.score, c.grade, c.shortfalls, c.vetoed].map((n) => csvField(n[locale]));
  return `${UTF8_BOM}${names.join(',')}\r\n`;
}

/** Errors of the cohort as a whole, pointed at the file's lines (`cohort` $[3].region.id → file:7 $.region.id). */
function cohortError(error: unknown, name: string, lineOf: readonly number[]): unknown {
  if (!(error instanceof InvalidInputError) || error.file !== 'cohort') return error;
  const first = error.issues[0];
  const m = first ? /^\$\[(\d+)\](.*)$/.exec(first.path) : null;
  const line = m ? lineOf[Number(m[1])] : undefined;
  if (!m || line === undefined) return error;
  return new InvalidInputError(
    error.issues.map((i) => ({ ...i, path: i.path.replace(/^\$\[\d+\]/, '$') })),
    `${name}:${line}`,
  );
}

function help(io: CliIo, command: CommandName | undefined, ctx: Context): number {
  io.stdout.write(helpText(command, ctx.locale));
  return EXIT.ok;
}

/** The `--locale` value, if any, read before the full parse so even option errors use it. */
function earlyLocale(argv: readonly string[]): Locale | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const v = a === '--locale' ? argv[i + 1] : a.startsWith('--locale=') ? a.slice('--locale='.length) : undefined;
    if (v !== undefined && isLocale(v)) return v;
  }
  return undefined;
}

const HANDLERS: Record<CommandName, (args: readonly string[], io: CliIo, ctx: Context) => Promise<number>> = {
  evaluate: evaluateCommand,
  validate: validateCommand,
  list: listCommand,
  schema: schemaCommand,
  cohort: cohortCommand,
};

/**
 * Runs the `quality-scorecard` command line and resolves to its exit code: 0 when every binding
 * target is met, 1 when some fall short, 2 for invalid input (each problem printed with its path),
 * 3 for an internal error.
 * @example process.exitCode = await main(process.argv.slice(2))
 */
export async function main(argv: readonly string[], given: CliIo = processIo()): Promise<number> {
  const early = earlyLocale(argv);
  const ctx: Context = {
    locale: early ?? envLocale(given.env) ?? 'zh-Hans',
    explicit: early !== undefined,
    terminal: given.stderr,
  };
  // Everything on stderr is a message, and may quote a file name, an argument or a broken input.
  const io: CliIo = { ...given, stderr: escapingOutput(given.stderr) };
  const [first, ...rest] = argv;
  try {
    if (first === undefined) {
      io.stderr.write(helpText(undefined, ctx.locale));
      return EXIT.invalid;
    }
    if (first === '-h' || first === '--help' || first === 'help') {
      const topic = rest.find((a) => (COMMANDS as readonly string[]).includes(a)) as CommandName | undefined;
      return help(io, topic, ctx);
    }
    if (first === '-v' || first === '--version') {
      io.stdout.write(`${version}\n`);
      return EXIT.ok;
    }
    if (isAuthoringCommand(first)) return await runAuthoringCommand(first, rest, io, ctx);
    if (!(COMMANDS as readonly string[]).includes(first)) throw new CliError(C.unknownCommand(first), '');
    return await HANDLERS[first as CommandName](rest, io, ctx);
  } catch (error) {
    return reportError(error, ctx.locale, io.stderr);
  }
}
