import { mkdtempSync, readFileSync as read, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, helpText } from '../../src/cli/help.js';
import { envLocale } from '../../src/cli/io.js';
import { ProgressBar } from '../../src/cli/progress.js';
import { LOCALES } from '../../src/locales/locale.js';
import { ReportSchema } from '../../src/report/schema.js';
import { BUILTIN_RULE_SET_IDS } from '../../src/rulesets/builtin.js';
import { ROOT } from '../reports/support.js';
import { cli, F } from './support.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'qs-cli-'));

describe('quality-scorecard evaluate', () => {
  it('prints the JSON report and exits 1 when binding targets fall short', async () => {
    const run = await cli(['evaluate', F.rules, F.short]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(report.score).toBe('62.50');
    expect(report.shortfalls[0]?.target).toBe('construction-output');
  });

  it('exits 0 when every binding target is met', async () => {
    const run = await cli(['evaluate', F.rules, F.met, '--format', 'md']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('全部约束性目标均已达标');
  });

  it('--exit-zero keeps shortfalls from failing the command, not invalid input', async () => {
    expect((await cli(['evaluate', F.rules, F.short, '--exit-zero'])).code).toBe(0);
    expect((await cli(['evaluate', F.rules, F.invalid, '--exit-zero'])).code).toBe(2);
  });

  it('renders md, html and csv in the rule set language, or the one asked for', async () => {
    const md = await cli(['evaluate', F.rules, F.short, '--format', 'md']);
    expect(md.stdout).toContain('**得分 62.50 / 100 · 等级 C**');
    const html = await cli(['evaluate', F.rules, F.short, '--format', 'html', '--locale', 'zh-Hant']);
    expect(html.stdout).toContain('<html lang="zh-Hant">');
    expect(html.stdout).toContain('未達標');
    const csv = await cli(['evaluate', F.rules, F.short, '--format=csv', '--locale=en']);
    expect(csv.stdout.startsWith('\uFEFF#,Target id,')).toBe(true);
  });

  it('--as-of judges as of another date (targets due later become not_due)', async () => {
    const run = await cli(['evaluate', F.rules, F.short, '--as-of', '2018-06-30']);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(report.asOf).toBe('2018-06-30');
    expect(report.targets.find((t) => t.id === 'pm25-annual-mean')?.status).toBe('not_due');
    expect(run.code).toBe(0);
  });

  it('--out writes the file and says so on stderr', async () => {
    const dir = tmp();
    const out = join(dir, 'nested', 'report.html');
    const run = await cli(['evaluate', F.rules, F.short, '--format', 'html', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('<!doctype html>');
    expect(run.stderr).toContain(`已写入 ${out}：得分 62.50，等级 C，4项约束性目标未达标`);
  });

  it('reads the data from standard input with -', async () => {
    const run = await cli(['evaluate', F.rules, '-'], { stdin: readFileSync(join(ROOT, F.met), 'utf8') });
    expect(run.code).toBe(0);
  });

  it('exits 2 on invalid data, printing each problem with its file and path', async () => {
    const run = await cli(['evaluate', F.rules, F.invalid]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `[E_PASSED_GT_SAMPLED] ${F.invalid} $.observations[0].passed：应为 不超过抽检数 200，实际为 201`,
    );
    expect(run.stderr).toContain(`[E_UNIT_MISMATCH] ${F.invalid} $.observations[1].unit`);
    const en = await cli(['evaluate', F.rules, F.invalid, '--locale', 'en']);
    expect(en.stderr).toContain('$.observations[0].passed: expected at most the 200 sampled, found 201');
  });

  it('exits 2 on broken JSON, with the line and column', async () => {
    const run = await cli(['evaluate', F.rules, F.badSyntax, '--locale', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`[E_BAD_JSON] ${F.badSyntax} $: expected valid JSON text, found line 4, column 3:`);
  });

  it('exits 2 on an invalid rule set, naming the file', async () => {
    const dir = tmp();
    const bad = JSON.parse(readFileSync(join(ROOT, F.rules), 'utf8')) as { targets: Array<Record<string, unknown>> };
    (bad.targets[0] as Record<string, unknown>).threshold = 'ninety-five';
    writeFileSync(join(dir, 'bad-rules.json'), JSON.stringify(bad));
    const run = await cli(['evaluate', 'bad-rules.json', join(ROOT, F.met), '--locale', 'en'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad-rules.json $.targets[0].threshold');
  });

  it('exits 2 for a missing file or an unknown built-in id, listing the built-ins', async () => {
    const missing = await cli(['evaluate', F.rules, 'no/such.json', '--locale', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file: no/such.json');
    const unknown = await cli(['evaluate', 'nowhere-2099', F.met, '--locale', 'en']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      `"nowhere-2099" is neither a file nor a built-in rule set id; built-in: ${BUILTIN_RULE_SET_IDS.join(', ')}`,
    );
  });

  it('exits 2 on a bad --as-of, --format or --locale, or a wrong number of arguments', async () => {
    const asOf = await cli(['evaluate', F.rules, F.met, '--as-of', '2018-02-30', '--locale', 'en']);
    expect(asOf.code).toBe(2);
    expect(asOf.stderr).toContain('[E_BAD_DATE] options $.asOf');
    const format = await cli(['evaluate', F.rules, F.met, '--format', 'pdf', '--locale', 'en']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format "pdf" is not one of json, md, ');
    expect(format.stderr).toContain('run quality-scorecard evaluate --help for usage');
    const locale = await cli(['evaluate', F.rules, F.met, '--locale', 'fr']);
    expect(locale.code).toBe(2);
    expect(locale.stderr).toContain('--locale 的值 "fr" 无效');
    expect((await cli(['evaluate', F.rules])).stderr).toContain('缺少参数：<data>');
    expect((await cli(['evaluate', F.rules, F.met, 'extra'])).code).toBe(2);
    expect((await cli(['evaluate', F.rules, F.met, '--colour'])).stderr).toContain("Unknown option '--colour'");
  });

  it('--scheme scores by an assessment scheme too (a built-in id or a file); the report gains its scheme part', async () => {
    const run = await cli(['evaluate', F.rules, F.short, '--scheme', 'national-grade-bands']);
    expect(run.stderr).toBe('');
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(report.scheme?.id).toBe('national-grade-bands');
    expect(report.score).toBe('62.50');
    const md = await cli([
      'evaluate',
      F.rules,
      F.short,
      '--scheme',
      'rules/schemes/national-grade-bands.json',
      '--format',
      'md',
    ]);
    expect(md.stdout).toContain('## 评估方案：');
    expect(md.stdout).toContain('### 如何提升');
    const unknown = await cli(['evaluate', F.rules, F.short, '--scheme', 'nope', '--locale', 'en']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"nope" is neither a file nor a built-in scheme id');
    const wrong = await cli([
      'evaluate',
      F.rules,
      F.short,
      '--scheme',
      'panan-environment-deductions',
      '--locale',
      'en',
    ]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('$.ruleSet');
  });

  for (const id of BUILTIN_RULE_SET_IDS) {
    it(`evaluates the built-in ${id} by id`, async () => {
      const run = await cli(['evaluate', id, `fixtures/${id}/all-met.json`]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(ReportSchema.parse(JSON.parse(run.stdout)).ruleSet.id).toBe(id);
    });
  }
});

describe('quality-scorecard validate', () => {
  it('recognizes rule sets, data sets and catalogues, and exits 0 when all are valid', async () => {
    const run = await cli(['validate', F.rules, F.short, 'rules/indicators.json', '--locale', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`✓ ${F.rules}: rule set demo-town-2018, 10 targets in 4 categories`);
    expect(run.stdout).toContain(`✓ ${F.short}: data set for 示范镇 (2018), 10 observations`);
    expect(run.stdout).toMatch(/✓ rules\/indicators\.json: indicator catalogue, \d+ indicators/);
  });

  it('checks data sets against a rule set given with --rules', async () => {
    expect((await cli(['validate', '--rules', F.rules, F.met])).code).toBe(0);
  });

  it('knows the built-in rule sets’ own indicators without --rules', async () => {
    const files = BUILTIN_RULE_SET_IDS.flatMap((id) =>
      readdirSync(join(ROOT, 'fixtures', id))
        .filter((f) => f.endsWith('.json'))
        .map((f) => `fixtures/${id}/${f}`),
    );
    const run = await cli(['validate', ...files, '--locale', 'en']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('exits 2 and prints each problem for an invalid file, going on with the others', async () => {
    const run = await cli(['validate', F.invalid, F.badSyntax, F.met, F.rules, '--locale', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`✗ ${F.invalid}`);
    expect(run.stderr).toContain(`[E_PASSED_GT_SAMPLED] ${F.invalid} $.observations[0].passed`);
    expect(run.stderr).toContain(`[E_BAD_JSON] ${F.badSyntax} $`);
    expect(run.stdout).toContain(`✓ ${F.met}`);
  });

  it('exits 2 for a file it cannot classify', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'odd.json'), '{"hello": 1}');
    const odd = await cli(['validate', 'odd.json', '--locale', 'en'], { cwd: dir });
    expect(odd.code).toBe(2);
    expect(odd.stderr).toContain('cannot tell what this file is');
  });

  it('validates schemes, checked against the rule set they name', async () => {
    const run = await cli([
      'validate',
      'rules/schemes/default.json',
      'rules/schemes/panan-environment-deductions.json',
      '--locale',
      'en',
    ]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(
      '✓ rules/schemes/panan-environment-deductions.json: scheme panan-environment-deductions (for rule set panan-2018), checked against panan-2018',
    );
    const mismatched = await cli([
      'validate',
      'rules/schemes/panan-environment-deductions.json',
      '--rules',
      F.rules,
      '--locale',
      'en',
    ]);
    expect(mismatched.code).toBe(0);
    const dir = tmp();
    const bad = JSON.parse(
      readFileSync(join(ROOT, 'rules/schemes/panan-environment-deductions.json'), 'utf8'),
    ) as Record<string, unknown>;
    bad.points = -5;
    writeFileSync(join(dir, 'bad-scheme.json'), JSON.stringify(bad));
    const invalid = await cli(['validate', 'bad-scheme.json', '--kind', 'scheme', '--locale', 'en'], { cwd: dir });
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('bad-scheme.json $.points');
  });

  it('validates every built-in rule file', async () => {
    for (const id of BUILTIN_RULE_SET_IDS) expect((await cli(['validate', `rules/${id}.json`])).code).toBe(0);
  });
});

describe('quality-scorecard list', () => {
  it('lists every built-in rule set with its targets by kind', async () => {
    const run = await cli(['list', '--locale', 'en']);
    expect(run.code).toBe(0);
    for (const id of BUILTIN_RULE_SET_IDS) expect(run.stdout).toContain(`  ${id}`);
    expect(run.stdout).toMatch(/at_least \d+/);
    expect(run.stdout).toContain('Built-in schemes:');
    expect(run.stdout).toContain('  panan-environment-deductions');
  });

  it('--format json gives counts that add up', async () => {
    const run = await cli(['list', '--format', 'json']);
    const parsed = JSON.parse(run.stdout) as {
      ruleSets: Array<{
        id: string;
        targets: number;
        byKind: Record<string, number>;
        binding: number;
        aspirational: number;
      }>;
      schemes: Array<{ id: string }>;
    };
    expect(parsed.schemes.map((x) => x.id)).toContain('national-grade-bands');
    expect(parsed.ruleSets.map((r) => r.id)).toEqual([...BUILTIN_RULE_SET_IDS]);
    for (const r of parsed.ruleSets) {
      const raw = JSON.parse(read(join(ROOT, 'rules', `${r.id}.json`), 'utf8')) as { targets: unknown[] };
      expect(r.targets).toBe(raw.targets.length);
      expect(Object.values(r.byKind).reduce((a, b) => a + b, 0)).toBe(r.targets);
      expect(r.binding + r.aspirational).toBe(r.targets);
    }
  });
});

describe('quality-scorecard schema', () => {
  it('writes the JSON Schemas to a directory', async () => {
    const dir = tmp();
    const run = await cli(['schema', join(dir, 'out'), '--locale', 'en']);
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(readdirSync(join(ROOT, 'schemas')).sort());
    for (const f of readdirSync(join(dir, 'out')))
      expect(readFileSync(join(dir, 'out', f), 'utf8')).toBe(readFileSync(join(ROOT, 'schemas', f), 'utf8'));
  });
});

describe('quality-scorecard cohort', () => {
  it('streams one report per line, reports bad lines with file:line, and exits 2 when a line is invalid', async () => {
    const run = await cli(['cohort', F.rules, F.cohort, '--locale', 'en']);
    expect(run.code).toBe(2);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const reports = lines.map((l) => ReportSchema.parse(JSON.parse(l)));
    expect(reports.map((r) => r.region.id)).toEqual(['demo-town', 'demo-village', 'model-town']);
    expect(reports.map((r) => r.score)).toEqual(['100.00', '62.50', '100.00']);
    expect(run.stderr).toContain(`[E_BAD_JSON] ${F.cohort}:4 $: expected valid JSON text, found column 2:`);
    expect(run.stderr).toContain(`[E_PASSED_GT_SAMPLED] ${F.cohort}:5 $.observations[0].passed`);
    expect(run.stderr).toContain('3 regions scored: 1 with binding shortfalls, 2 invalid lines');
    expect(run.stderr).not.toContain('\r');
  });

  it('exits 1 when a region falls short, 0 when all meet their targets', async () => {
    const met = readFileSync(join(ROOT, F.met), 'utf8');
    const short = readFileSync(join(ROOT, F.short), 'utf8');
    const village = {
      ...(JSON.parse(short) as Record<string, unknown>),
      region: { id: 'demo-village', name: '示范村' },
    };
    const both = `${JSON.stringify(JSON.parse(met))}\n${JSON.stringify(village)}\n`;
    expect((await cli(['cohort', F.rules, '-'], { stdin: both })).code).toBe(1);
    expect((await cli(['cohort', F.rules, '-', '--exit-zero'], { stdin: both })).code).toBe(0);
    expect((await cli(['cohort', F.rules, '-'], { stdin: `${JSON.stringify(JSON.parse(met))}\n` })).code).toBe(0);
  });

  it('draws a progress bar on stderr only when stderr is a terminal', async () => {
    const tty = await cli(['cohort', F.rules, F.cohort, '--locale', 'en'], { tty: true });
    expect(tty.stderr).toContain('\r\x1b[2K[');
    expect(tty.stderr).toMatch(/100% 3 regions/);
    const quiet = await cli(['cohort', F.rules, F.cohort, '--quiet'], { tty: true });
    expect(quiet.stderr).not.toContain('\r');
    expect(tty.stdout).toBe(quiet.stdout);
  });

  it('exits 2 when two lines are the same region, pointing at the line', async () => {
    const met = JSON.stringify(JSON.parse(readFileSync(join(ROOT, F.met), 'utf8')));
    const run = await cli(['cohort', F.rules, '-', '--locale', 'en'], { stdin: `${met}\n\n${met}\n` });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[E_DUPLICATE_ID] (stdin):3 $.region.id');
  });

  it('--summary writes the per-target statistics and the ranking', async () => {
    const out = join(tmp(), 'summary.json');
    await cli(['cohort', F.rules, F.cohort, '--summary', out]);
    const summary = JSON.parse(readFileSync(out, 'utf8')) as {
      size: number;
      ranking: Array<{ region: string; rank: number }>;
    };
    expect(summary.size).toBe(3);
    expect(summary.ranking.map((r) => r.region)).toEqual(['demo-town', 'model-town', 'demo-village']);
  });

  it('--out writes the NDJSON to a file', async () => {
    const out = join(tmp(), 'reports.ndjson');
    const run = await cli(['cohort', F.rules, F.cohort, '--out', out]);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(3);
  });

  it('ProgressBar shows bytes read when the size is known, the count otherwise', () => {
    let text = '';
    const out = {
      write: (s: string) => {
        text += s;
        return true;
      },
      columns: 60,
    };
    const bar = new ProgressBar(
      out,
      200,
      (n) => `${n} regions`,
      () => 0,
    );
    bar.update(50, 7, true);
    expect(text).toBe(`\r\x1b[2K[#####---------------]  25% 7 regions`);
    bar.done();
    expect(text.endsWith('\r\x1b[2K')).toBe(true);
  });
});

describe('help and messages', () => {
  it('every command has --help (and -h), in each language', async () => {
    for (const command of COMMANDS) {
      for (const locale of LOCALES) {
        const run = await cli([command, '--help', '--locale', locale]);
        expect(run.code).toBe(0);
        expect(run.stdout).toBe(helpText(command, locale));
        expect(run.stdout).toContain(`quality-scorecard ${command}`);
      }
      expect((await cli([command, '-h'])).code).toBe(0);
    }
    expect(helpText('evaluate', 'en')).toContain('--exit-zero');
    expect(helpText('evaluate', 'zh-Hant')).toContain('退出碼');
  });

  it('the tool has --help, --version, and exits 2 without a command or with an unknown one', async () => {
    const help = await cli(['--help', '--locale', 'en']);
    expect(help.code).toBe(0);
    for (const command of COMMANDS) expect(help.stdout).toContain(`  ${command} `);
    const version = await cli(['--version']);
    expect(version.stdout.trim()).toBe(
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    );
    expect((await cli([])).code).toBe(2);
    const unknown = await cli(['score', '--locale', 'en']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "score"');
    expect(unknown.stderr).toContain('run quality-scorecard --help for usage');
  });

  it('takes the message language from --locale, then the rule set, then the environment', async () => {
    expect(envLocale({ LANG: 'zh_TW.UTF-8' })).toBe('zh-Hant');
    expect(envLocale({ LANG: 'zh_CN.UTF-8' })).toBe('zh-Hans');
    expect(envLocale({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(envLocale({ LANG: 'C.UTF-8' })).toBeUndefined();
    expect((await cli(['list'], { env: { LANG: 'en_GB.UTF-8' } })).stdout).toContain('Built-in rule sets:');
    expect((await cli(['list'], { env: { LANG: 'zh_HK.UTF-8' } })).stdout).toContain('內置規則集');
    // The rule set is zh-Hans: its errors are in zh-Hans whatever the environment says.
    expect((await cli(['evaluate', F.rules, F.invalid], { env: { LANG: 'en_US.UTF-8' } })).stderr).toContain('应为');
  });
});
