import { localizeFromSimplified, type TraditionalOverrides } from '../../locales/traditional.js';

/** The words of the authoring commands (draft, lint, indicators, units): summaries, options, messages. */
export interface AuthoringCliMessages {
  readonly summary: {
    readonly draft: string;
    readonly lint: string;
    readonly indicators: string;
    readonly units: string;
  };
  readonly arg: { readonly plan: string; readonly ruleSet: string };
  readonly option: {
    readonly id: string;
    readonly out: string;
    readonly force: string;
    readonly source: string;
    readonly format: string;
    readonly strict: string;
    readonly locale: string;
    readonly help: string;
  };
  /** After a draft: how many targets and review points, and where it went. */
  readonly drafted: (targets: number, review: number, where: string) => string;
  /** The next step after a draft. */
  readonly lintNext: (command: string) => string;
  /** Column heads of the indicator and unit lists. */
  readonly columns: {
    readonly id: string;
    readonly unit: string;
    readonly kind: string;
    readonly direction: string;
    readonly name: string;
    readonly symbol: string;
    readonly measures: string;
    readonly prefixes: string;
  };
  readonly catalogueTitle: (n: number) => string;
  readonly unitsTitle: (n: number) => string;
  /** Said when lint finds nothing. */
  readonly clean: (file: string) => string;
  readonly exitCodes: string;
}

const zhHans: AuthoringCliMessages = {
  summary: {
    draft: '由方案文本起草规则集（逐条摘录原文，存疑处列入 review 待核对）',
    lint: '对照原文检查规则集：条文、章节、阈值、权重、冲突、时限',
    indicators: '列出共享指标目录',
    units: '列出支持的计量单位',
  },
  arg: { plan: '方案全文（纯文本，简体或繁体）', ruleSet: '规则集 JSON 文件' },
  option: {
    id: '规则集 id（小写连字符，默认 draft）',
    out: '写入文件（默认输出到标准输出）',
    force: '覆盖已存在的输出文件',
    source: '方案原文；缺省时按规则集 source.file 在规则集所在目录及其 sources/ 下查找',
    format: '输出格式：text 或 json',
    strict: '仅有提示时也以退出码1结束',
    locale: '输出语言',
    help: '显示帮助',
  },
  drafted: (targets, review, where) => `已起草${targets}项目标，${review}处待核对，写入 ${where}`,
  lintNext: (command) => `核对后请运行：${command}`,
  columns: {
    id: 'id',
    unit: '单位',
    kind: '类型',
    direction: '方向',
    name: '名称',
    symbol: '单位',
    measures: '量纲',
    prefixes: '可加前缀',
  },
  catalogueTitle: (n) => `共享指标目录（${n}项）`,
  unitsTitle: (n) => `支持的计量单位（${n}个，另可加 万/亿/千 前缀者如下所示）`,
  clean: (file) => `${file}：未发现问题。`,
  exitCodes: '退出码：0 无错误，1 有提示（--strict），2 有错误或输入无效。',
};

// Derived with OpenCC; by hand only where s2tw keeps a mainland word for software Taiwan words
// otherwise, as the library's own zh-Hant does (src/locales/zh-Hant.ts): 檔案 for 文件 (a file),
// 預設 for 默认/缺省, 支援 for 支持, 執行 for 运行, 說明 for 帮助, 覆寫 for 覆盖, 純文字 for 纯文本, 尋找 for 查找.
const zhHantOverrides: TraditionalOverrides<AuthoringCliMessages> = {
  summary: { units: '列出支援的計量單位' },
  arg: { plan: '方案全文（純文字，簡體或繁體）', ruleSet: '規則集 JSON 檔案' },
  option: {
    id: '規則集 id（小寫連字符，預設 draft）',
    out: '寫入檔案（預設輸出到標準輸出）',
    force: '覆寫已存在的輸出檔案',
    source: '方案原文；預設按規則集 source.file 在規則集所在目錄及其 sources/ 下尋找',
    help: '顯示說明',
  },
  lintNext: (command) => `核對後請執行：${command}`,
  unitsTitle: (n) => `支援的計量單位（${n}個，另可加 萬/億/千 前綴者如下所示）`,
};

const plural = new Intl.PluralRules('en');
const count = (n: number, one: string, other: string) => `${n} ${plural.select(n) === 'one' ? one : other}`;

const en: AuthoringCliMessages = {
  summary: {
    draft: "Draft a rule set from a plan's text (clauses quoted exactly, guesses listed under review)",
    lint: 'Check a rule set against its source: clauses, headings, bars, weights, conflicts, deadlines',
    indicators: 'List the shared indicator catalogue',
    units: 'List the units the library knows',
  },
  arg: { plan: "the plan's full text (plain text, simplified or traditional)", ruleSet: 'a rule set JSON file' },
  option: {
    id: 'rule set id (kebab-case, default draft)',
    out: 'write to this file (default: standard output)',
    force: 'write over an existing output file',
    source:
      "the plan's text; by default the rule set's source.file, looked for beside the rule set and in its sources/",
    format: 'output format: text or json',
    strict: 'exit 1 when there are warnings only',
    locale: 'language of the output',
    help: 'show this help',
  },
  drafted: (targets, review, where) =>
    `drafted ${count(targets, 'target', 'targets')} with ${count(review, 'point', 'points')} to review into ${where}`,
  lintNext: (command) => `after reviewing, run: ${command}`,
  columns: {
    id: 'id',
    unit: 'unit',
    kind: 'kind',
    direction: 'direction',
    name: 'name',
    symbol: 'unit',
    measures: 'dimension',
    prefixes: 'prefixes',
  },
  catalogueTitle: (n) => `Shared indicator catalogue (${count(n, 'indicator', 'indicators')})`,
  unitsTitle: (n) => `Known units (${count(n, 'unit', 'units')}; those taking 万/亿/千 prefixes say so)`,
  clean: (file) => `${file}: no problems found.`,
  exitCodes: 'Exit codes: 0 no errors, 1 warnings (with --strict), 2 errors or invalid input.',
};

/**
 * The authoring commands' words in every locale.
 * @example AUTHORING_CLI.summary.units.en // 'List the units the library knows'
 */
export const AUTHORING_CLI = localizeFromSimplified<AuthoringCliMessages>({ 'zh-Hans': zhHans, en }, zhHantOverrides);
