import { CLI_LABELS as C, PUNCTUATION } from '../locales/index.js';
import type { Locale, LocalizedText } from '../locales/locale.js';
import { FORMAT_OPTION_HELP } from '../render/registry.js';
import { authoringOverview } from './commands/index.js';

/** The commands the tool has. */
export const COMMANDS = ['evaluate', 'validate', 'list', 'schema', 'cohort'] as const;
/** One of {@link COMMANDS}. */
export type CommandName = (typeof COMMANDS)[number];

interface OptionHelp {
  readonly flag: string;
  readonly text: LocalizedText;
}

/** An exit code's meaning, by its entry in the locale files. */
type ExitCodeName = keyof typeof C.exitCode;

interface CommandHelp {
  readonly usage: string;
  readonly summary: LocalizedText;
  readonly args: ReadonlyArray<readonly [string, LocalizedText]>;
  readonly options: readonly OptionHelp[];
  readonly examples: readonly string[];
  /** The exit codes this command can return: a command that judges no target has no "1". */
  readonly exitCodes: readonly ExitCodeName[];
}

const JUDGING: readonly ExitCodeName[] = ['met', 'shortfall', 'invalid', 'internal'];
const CHECKING: readonly ExitCodeName[] = ['valid', 'invalid', 'internal'];
const DOING: readonly ExitCodeName[] = ['done', 'invalid', 'internal'];

const HELP_OPTION: OptionHelp = { flag: '-h, --help', text: C.option.help };

const HELP: Record<CommandName, CommandHelp> = {
  evaluate: {
    usage: 'quality-scorecard evaluate <rule set> <data> [options]',
    summary: C.command.evaluate,
    args: [
      ['<rule set>', C.arg.ruleSet],
      ['<data>', C.arg.data],
    ],
    options: [
      FORMAT_OPTION_HELP,
      { flag: '--locale <zh-Hans|zh-Hant|en>', text: C.option.locale },
      { flag: '--as-of <YYYY-MM-DD>', text: C.option.asOf },
      { flag: '--scheme <file | id>', text: C.option.scheme },
      { flag: '--out <file>', text: C.option.out },
      { flag: '--force', text: C.option.force },
      { flag: '--exit-zero', text: C.option.exitZero },
      { flag: '--svg', text: C.svgOption },
      HELP_OPTION,
    ],
    exitCodes: JUDGING,
    examples: [
      'quality-scorecard evaluate panan-2018 fixtures/panan-2018/published-2018.json --format md --out report.md',
      'quality-scorecard evaluate rules/my-town-2019.json data/2019.json --format html --locale en --out report.html',
      'quality-scorecard evaluate panan-2018 fixtures/panan-2018/shortfalls.json --scheme national-grade-bands',
    ],
  },
  validate: {
    usage: 'quality-scorecard validate <file...> [options]',
    summary: C.command.validate,
    args: [['<file...>', C.arg.files]],
    options: [
      { flag: '--kind <ruleset|dataset|catalogue|scheme>', text: C.option.kind },
      { flag: '--rules <rule set>', text: C.option.rules },
      { flag: '--locale <zh-Hans|zh-Hant|en>', text: C.option.locale },
      HELP_OPTION,
    ],
    exitCodes: CHECKING,
    examples: [
      'quality-scorecard validate rules/my-town-2019.json data/2019.json',
      'quality-scorecard validate --rules panan-2018 data/panan.json',
    ],
  },
  list: {
    usage: 'quality-scorecard list [options]',
    summary: C.command.list,
    args: [],
    options: [
      { flag: '--format <text|json>', text: C.option.listFormat },
      { flag: '--locale <zh-Hans|zh-Hant|en>', text: C.option.locale },
      HELP_OPTION,
    ],
    exitCodes: DOING,
    examples: ['quality-scorecard list', 'quality-scorecard list --format json'],
  },
  schema: {
    usage: 'quality-scorecard schema [dir] [options]',
    summary: C.command.schema,
    args: [['[dir]', C.arg.dir]],
    options: [{ flag: '--locale <zh-Hans|zh-Hant|en>', text: C.option.locale }, HELP_OPTION],
    exitCodes: DOING,
    examples: ['quality-scorecard schema schemas'],
  },
  cohort: {
    usage: 'quality-scorecard cohort <rule set> <data.ndjson> [options]',
    summary: C.command.cohort,
    args: [
      ['<rule set>', C.arg.ruleSet],
      ['<data.ndjson>', C.arg.ndjson],
    ],
    options: [
      { flag: '--format <ndjson|csv>', text: C.cohortFormatOption },
      { flag: '--full', text: C.fullOption },
      { flag: '--as-of <YYYY-MM-DD>', text: C.option.asOf },
      { flag: '--out <file>', text: C.option.out },
      { flag: '--summary <file>', text: C.option.summary },
      { flag: '--force', text: C.option.force },
      { flag: '--exit-zero', text: C.option.exitZero },
      { flag: '--quiet', text: C.option.quiet },
      { flag: '--locale <zh-Hans|zh-Hant|en>', text: C.option.locale },
      HELP_OPTION,
    ],
    exitCodes: JUDGING,
    examples: [
      'quality-scorecard cohort jinan-2020 towns.ndjson --summary summary.json > towns-scores.ndjson',
      'quality-scorecard cohort jinan-2020 towns.ndjson --format csv --out towns.csv',
      'quality-scorecard cohort jinan-2020 towns.ndjson --full --out reports.ndjson',
    ],
  },
};

/** The exit codes section: its heading and one line per code. */
function exitCodeLines(codes: readonly ExitCodeName[], locale: Locale): string[] {
  return [
    `${C.exitCodesTitle[locale]}${PUNCTUATION.headingColon[locale]}`,
    ...codes.map((c) => `  ${C.exitCode[c][locale]}`),
  ];
}

function columns(rows: ReadonlyArray<readonly [string, string]>): string[] {
  const width = Math.max(...rows.map(([k]) => k.length)) + 2;
  return rows.map(([k, v]) => `  ${k.padEnd(width)}${v}`);
}

/** The help text of one command, or of the tool when `command` is undefined. */
export function helpText(command: CommandName | undefined, locale: Locale): string {
  const colon = PUNCTUATION.headingColon[locale];
  if (command === undefined) {
    return [
      `quality-scorecard — ${C.tagline[locale]}`,
      '',
      `${C.usage[locale]}${colon} quality-scorecard <command> [options]`,
      '',
      `${C.commands[locale]}${colon}`,
      ...columns([
        ...COMMANDS.map(
          (c) =>
            [
              HELP[c].usage.replace('quality-scorecard ', '').replace(/ \[options\]$/, ''),
              HELP[c].summary[locale],
            ] as const,
        ),
        ...authoringOverview(locale),
      ]),
      '',
      `${C.options[locale]}${colon}`,
      ...columns([
        ['-h, --help', C.option.help[locale]],
        ['-v, --version', C.option.version[locale]],
        ['--locale <zh-Hans|zh-Hant|en>', C.option.locale[locale]],
      ]),
      '',
      ...exitCodeLines(['done', 'shortfall', 'invalid', 'internal'], locale),
      '',
    ].join('\n');
  }
  const h = HELP[command];
  return [
    `${C.usage[locale]}${colon} ${h.usage}`,
    '',
    h.summary[locale],
    '',
    ...(h.args.length > 0 ? [...columns(h.args.map(([a, t]) => [a, t[locale]] as const)), ''] : []),
    `${C.options[locale]}${colon}`,
    ...columns(h.options.map((o) => [o.flag, o.text[locale]] as const)),
    '',
    `${C.examples[locale]}${colon}`,
    ...h.examples.map((e) => `  ${e}`),
    '',
    ...exitCodeLines(h.exitCodes, locale),
    '',
  ].join('\n');
}
