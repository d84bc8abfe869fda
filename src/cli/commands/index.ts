/**
 * The authoring commands: `draft` a rule set from a plan's text, `lint` one against its source, and
 * list the `indicators` and `units` a rule set may use. Dispatched from main.ts by one line.
 */
import { access, mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseUnit } from '../../core/units.js';
import { draftRuleSet } from '../../draft/draft.js';
import { BUILTIN_INDICATORS } from '../../indicators/catalogue.js';
import { lintRuleSet, lintSummary } from '../../lint/lint.js';
import { LINT_MESSAGES } from '../../lint/messages.js';
import { CLI_LABELS as C, PUNCTUATION, UNIT_NAMES } from '../../locales/index.js';
import type { Locale, LocalizedText } from '../../locales/locale.js';
import { CliError, EXIT } from '../errors.js';
import { readJson, readText } from '../inputs.js';
import { type CliIo, isLocale, writeOut } from '../io.js';
import { checkOutput, escapeControls } from '../output.js';
import { AUTHORING_CLI as A } from './messages.js';

/** The authoring commands. */
export const AUTHORING_COMMANDS = ['draft', 'lint', 'indicators', 'units'] as const;
/** One of {@link AUTHORING_COMMANDS}. */
export type AuthoringCommand = (typeof AUTHORING_COMMANDS)[number];

/** Whether a command-line word names an authoring command. */
export function isAuthoringCommand(word: string): word is AuthoringCommand {
  return (AUTHORING_COMMANDS as readonly string[]).includes(word);
}

/** The language state the tool carries: set by --locale, else by the environment. */
export interface LocaleState {
  locale: Locale;
  explicit: boolean;
}

type Spec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

const COMMON = { locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;
const OPTIONS = {
  draft: { ...COMMON, id: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
  lint: { ...COMMON, source: { type: 'string' }, format: { type: 'string' }, strict: { type: 'boolean' } },
  indicators: { ...COMMON, format: { type: 'string' } },
  units: { ...COMMON, format: { type: 'string' } },
} as const satisfies Record<AuthoringCommand, Spec>;

interface Help {
  readonly usage: string;
  readonly args: ReadonlyArray<readonly [string, LocalizedText]>;
  readonly options: ReadonlyArray<readonly [string, LocalizedText]>;
  readonly examples: readonly string[];
}

const LOCALE_OPTION = ['--locale <zh-Hans|zh-Hant|en>', A.option.locale] as const;
const HELP_OPTION = ['-h, --help', A.option.help] as const;
const HELP: Record<AuthoringCommand, Help> = {
  draft: {
    usage: 'quality-scorecard draft <plan.txt> [options]',
    args: [['<plan.txt>', A.arg.plan]],
    options: [
      ['--id <id>', A.option.id],
      ['--out <file>', A.option.out],
      ['--force', A.option.force],
      LOCALE_OPTION,
      HELP_OPTION,
    ],
    examples: ['quality-scorecard draft plan.txt --id my-town-2019 --out rules/my-town-2019.json'],
  },
  lint: {
    usage: 'quality-scorecard lint <rules.json> [options]',
    args: [['<rules.json>', A.arg.ruleSet]],
    options: [
      ['--source <plan.txt>', A.option.source],
      ['--format <text|json>', A.option.format],
      ['--strict', A.option.strict],
      LOCALE_OPTION,
      HELP_OPTION,
    ],
    examples: ['quality-scorecard lint rules/my-town-2019.json --source plan.txt'],
  },
  indicators: {
    usage: 'quality-scorecard indicators [options]',
    args: [],
    options: [['--format <text|json>', A.option.format], LOCALE_OPTION, HELP_OPTION],
    examples: ['quality-scorecard indicators', 'quality-scorecard indicators --format json'],
  },
  units: {
    usage: 'quality-scorecard units [options]',
    args: [],
    options: [['--format <text|json>', A.option.format], LOCALE_OPTION, HELP_OPTION],
    examples: ['quality-scorecard units --locale en'],
  },
};

function columns(rows: ReadonlyArray<readonly string[]>): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) =>
    `  ${r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd((widths[i] ?? 0) + 2))).join('')}`.trimEnd(),
  );
}

/** One command's help text. */
function helpText(command: AuthoringCommand, locale: Locale): string {
  const h = HELP[command];
  const colon = PUNCTUATION.headingColon[locale];
  return [
    `${C.usage[locale]}${colon} ${h.usage}`,
    '',
    A.summary[command][locale],
    '',
    ...(h.args.length > 0 ? [...columns(h.args.map(([a, t]) => [a, t[locale]])), ''] : []),
    `${C.options[locale]}${colon}`,
    ...columns(h.options.map(([o, t]) => [o, t[locale]])),
    '',
    `${C.examples[locale]}${colon}`,
    ...h.examples.map((e) => `  ${e}`),
    '',
    ...(command === 'lint' ? [A.exitCodes[locale], ''] : []),
  ].join('\n');
}

/** The authoring commands as rows of the tool's overview: usage without the tool's name, and summary. */
export function authoringOverview(locale: Locale): Array<readonly [string, string]> {
  return AUTHORING_COMMANDS.map(
    (c) =>
      [HELP[c].usage.replace('quality-scorecard ', '').replace(/ \[options\]$/, ''), A.summary[c][locale]] as const,
  );
}

function parse(command: AuthoringCommand, args: readonly string[], state: LocaleState) {
  const options = OPTIONS[command] as Spec;
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (error) {
    throw new CliError(C.badOption(error instanceof Error ? error.message : String(error)), command);
  }
  const locale = parsed.values.locale;
  if (typeof locale === 'string') {
    if (!isLocale(locale)) throw new CliError(C.badValue('locale', locale, 'zh-Hans, zh-Hant, en'), command);
    state.locale = locale;
    state.explicit = true;
  }
  return parsed;
}

function exactly(positionals: readonly string[], names: readonly string[], command: AuthoringCommand): void {
  const missing = names.slice(positionals.length);
  if (missing.length > 0) throw new CliError(C.missingArgument(missing.join(' ')), command);
  if (positionals.length > names.length)
    throw new CliError(C.extraArguments(positionals.slice(names.length).join(' ')), command);
}

function format(value: unknown, command: AuthoringCommand): 'text' | 'json' {
  if (value === undefined || value === 'text') return 'text';
  if (value === 'json') return 'json';
  throw new CliError(C.badValue('format', String(value), 'text, json'), command);
}

async function draftCommand(args: readonly string[], io: CliIo, state: LocaleState): Promise<number> {
  const { values, positionals } = parse('draft', args, state);
  if (values.help) return say(io, helpText('draft', state.locale));
  exactly(positionals, ['<plan.txt>'], 'draft');
  const plan = positionals[0] as string;
  const out = typeof values.out === 'string' ? values.out : undefined;
  const flag = out === undefined ? undefined : await checkOutput(io, out, [plan], values.force === true);
  const text = await readText(io, plan);
  // The source file is named relative to where the rule set goes, so `lint` finds it from there.
  const sourceFile =
    plan === '-'
      ? 'plan.txt'
      : out === undefined
        ? basename(plan)
        : relative(dirname(resolve(io.cwd, out)), resolve(io.cwd, plan));
  const { ruleSet, review } = draftRuleSet(text, {
    ...(typeof values.id === 'string' ? { id: values.id } : {}),
    sourceFile,
  });
  const json = `${JSON.stringify(ruleSet, null, 2)}\n`;
  if (!state.explicit) state.locale = ruleSet.locale;
  const l = state.locale;
  if (out !== undefined) {
    const target = resolve(io.cwd, out);
    await mkdir(dirname(target), { recursive: true });
    try {
      await writeFile(target, json, { encoding: 'utf8', flag });
    } catch (error) {
      if ((error as { code?: unknown }).code === 'EEXIST') throw new CliError(C.outputExists(out));
      throw new CliError(C.cannotWrite(out, String((error as { code?: unknown }).code ?? error)));
    }
  } else await writeOut(io.stdout, json);
  io.stderr.write(`${A.drafted(ruleSet.targets.length, review.length, out ?? '(stdout)')[l]}\n`);
  if (out !== undefined) io.stderr.write(`${A.lintNext(`quality-scorecard lint ${out}`)[l]}\n`);
  return EXIT.ok;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

async function lintCommand(args: readonly string[], io: CliIo, state: LocaleState): Promise<number> {
  const { values, positionals } = parse('lint', args, state);
  if (values.help) return say(io, helpText('lint', state.locale));
  exactly(positionals, ['<rules.json>'], 'lint');
  const as = format(values.format, 'lint');
  const file = positionals[0] as string;
  const raw = await readJson(io, file);
  const locale = (raw as { locale?: unknown } | null)?.locale;
  if (!state.explicit && (locale === 'zh-Hans' || locale === 'zh-Hant')) state.locale = locale;
  let source: string | undefined;
  let sourceFile: string | undefined;
  if (typeof values.source === 'string') {
    sourceFile = values.source;
    if (await exists(resolve(io.cwd, values.source))) source = await readText(io, values.source);
  } else {
    const named = (raw as { source?: { file?: unknown } } | null)?.source?.file;
    if (typeof named === 'string') {
      const base = file === '-' ? io.cwd : dirname(resolve(io.cwd, file));
      const candidates = [join(base, named), join(base, 'sources', named)];
      const found = (await Promise.all(candidates.map(exists))).indexOf(true);
      sourceFile = named;
      if (found >= 0) source = await readText(io, candidates[found] as string);
    }
  }
  const findings = lintRuleSet(raw, {
    ...(source !== undefined ? { source } : {}),
    ...(sourceFile !== undefined && source === undefined ? { sourceFile } : {}),
  });
  const l = state.locale;
  if (as === 'json') await writeOut(io.stdout, `${JSON.stringify(findings, null, 2)}\n`);
  else {
    const lines = findings.map(
      (f) => `${LINT_MESSAGES.severity[f.severity][l]} ${f.code} ${f.path}${PUNCTUATION.colon[l]}${f.message[l]}`,
    );
    lines.push(findings.length === 0 ? A.clean(file)[l] : lintSummary(findings)[l]);
    await writeOut(io.stdout, escapeControls(`${lines.join('\n')}\n`));
  }
  const errors = findings.some((f) => f.severity === 'error');
  if (errors) return EXIT.invalid;
  return values.strict === true && findings.length > 0 ? EXIT.shortfall : EXIT.ok;
}

async function indicatorsCommand(args: readonly string[], io: CliIo, state: LocaleState): Promise<number> {
  const { values, positionals } = parse('indicators', args, state);
  if (values.help) return say(io, helpText('indicators', state.locale));
  exactly(positionals, [], 'indicators');
  if (format(values.format, 'indicators') === 'json') {
    await writeOut(io.stdout, `${JSON.stringify(BUILTIN_INDICATORS, null, 2)}\n`);
    return EXIT.ok;
  }
  const l = state.locale;
  const c = A.columns;
  const rows = [
    [c.id[l], c.unit[l], c.kind[l], c.direction[l], c.name[l]],
    ...BUILTIN_INDICATORS.map((i) => [i.id, i.unit, i.kind, i.direction, i.names[l]]),
  ];
  await writeOut(
    io.stdout,
    `${A.catalogueTitle(BUILTIN_INDICATORS.length)[l]}${PUNCTUATION.headingColon[l]}\n${columns(rows).join('\n')}\n`,
  );
  return EXIT.ok;
}

/** Every unit the library knows by name, with whether 万/亿/千 may prefix it. */
export function knownUnits(): Array<{ symbol: string; dimension: string; names: LocalizedText; prefixes: string[] }> {
  const symbols = [...Object.keys(UNIT_NAMES.base), ...Object.keys(UNIT_NAMES.classifier)];
  return symbols.flatMap((symbol) => {
    const unit = parseUnit(symbol);
    if (!unit) return [];
    const prefixes = ['万', '亿', '千'].filter((p) => parseUnit(`${p}${symbol}`) !== undefined);
    return [{ symbol: unit.symbol, dimension: unit.dimension, names: unit.names, prefixes }];
  });
}

async function unitsCommand(args: readonly string[], io: CliIo, state: LocaleState): Promise<number> {
  const { values, positionals } = parse('units', args, state);
  if (values.help) return say(io, helpText('units', state.locale));
  exactly(positionals, [], 'units');
  const units = knownUnits();
  if (format(values.format, 'units') === 'json') {
    await writeOut(io.stdout, `${JSON.stringify(units, null, 2)}\n`);
    return EXIT.ok;
  }
  const l = state.locale;
  const c = A.columns;
  const rows = [
    [c.symbol[l], c.name[l], c.measures[l], c.prefixes[l]],
    ...units.map((u) => [u.symbol, u.names[l], u.dimension, u.prefixes.join('/')]),
  ];
  await writeOut(
    io.stdout,
    `${A.unitsTitle(units.length)[l]}${PUNCTUATION.headingColon[l]}\n${columns(rows).join('\n')}\n`,
  );
  return EXIT.ok;
}

async function say(io: CliIo, text: string): Promise<number> {
  await writeOut(io.stdout, text);
  return EXIT.ok;
}

const HANDLERS: Record<AuthoringCommand, (args: readonly string[], io: CliIo, state: LocaleState) => Promise<number>> =
  {
    draft: draftCommand,
    lint: lintCommand,
    indicators: indicatorsCommand,
    units: unitsCommand,
  };

/**
 * Runs one authoring command and resolves to its exit code.
 * @example await runAuthoringCommand('units', [], io, { locale: 'en', explicit: true })
 */
export function runAuthoringCommand(
  command: AuthoringCommand,
  args: readonly string[],
  io: CliIo,
  state: LocaleState,
): Promise<number> {
  return HANDLERS[command](args, io, state);
}
