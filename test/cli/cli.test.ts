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

  it('--out writes the file, prints a summary one screen holds on stderr, then says where the report went', async () => {
    const dir = tmp();
    const out = join(dir, 'nested', 'report.html');
    const run = await cli(['evaluate', F.rules, F.short, '--format', 'html', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('<!doctype html>');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.slice(0, 11)).toEqual([
      '示范镇2018年质量工作实施方案 · 示范镇 · 2018',
      '得分 62.50 / 100 · 等级 C',
      '得分仅按已有数据的9项目标计算；1项目标无数据，未计入',
      '本库假定（非文件规定）：权重、一票否决、无数据目标不计入得分；详见报告“说明”及规则集说明。',
      '约束性目标达标 4/8；4项约束性目标未达标或无数据',
      '失分最多的未达标目标：',
      '  1. 建筑业总产值：实际 150亿元，要求 高于150亿元（不含），失 12.50 分',
      '  2. 产品质量监督抽查合格率：实际 94.5%，要求 不低于95%，失 8.33 分',
      '  3. 食品监督抽检合格率：实际 95.6%，要求 不低于96%，失 8.33 分',
      '  4. PM2.5年均浓度：实际 31微克/立方米，要求 不超过29微克/立方米，失 8.33 分',
      '',
    ]);
    expect(lines.at(-1)).toBe(`已写入 ${out}：得分 62.50，等级 C（达标与无数据情况见上）`);
    expect(lines.length).toBeLessThanOrEqual(24);
  });

  it('the summary lists at most five shortfalls, the deciding veto first, then how many more there are', async () => {
    const out = join(tmp(), 'panan.md');
    const run = await cli([
      'evaluate',
      'panan-2018',
      'fixtures/panan-2018/shortfalls.json',
      '--format',
      'md',
      '--out',
      out,
      '--locale',
      'en',
    ]);
    const lines = run.stderr.split('\n');
    const first = lines.findIndex((l) => l.startsWith('  1. '));
    expect(lines[first]).toMatch(/^ {2}1\. [^:]*(incident|accident)/i);
    expect(lines.filter((l) => /^ {2}\d\. /.test(l))).toHaveLength(5);
    // 16 binding shortfalls: 14 not met (5 listed, 9 more) and 2 without data; panan writes no veto.
    expect(lines[first + 5]).toBe('  9 more shortfalls in the full report');
    expect(lines[first + 6]).toBe('2 binding targets have no data to judge by; see the full report');
    expect(lines.some((l) => l.startsWith('veto:'))).toBe(false);
  });

  it('the summary counts targets without data in one line instead of listing them', async () => {
    const out = join(tmp(), 'published.md');
    const run = await cli([
      'evaluate',
      'panan-2018',
      'fixtures/panan-2018/published-2018.json',
      '--format',
      'md',
      '--out',
      out,
    ]);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).not.toContain('失分最多的未达标目标：');
    expect(lines).toContain('62项约束性目标无数据，无法判断是否达标，见完整报告');
    expect(lines.length).toBeLessThanOrEqual(8);
  });

  it('--svg adds charts to Markdown, which is plain by default', async () => {
    const plain = await cli(['evaluate', F.rules, F.short, '--format', 'md']);
    expect(plain.stdout).not.toContain('<svg');
    const svg = await cli(['evaluate', F.rules, F.short, '--format', 'md', '--svg']);
    expect(svg.stdout).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="category-chart"');
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
  it('writes one short line per region: score, grade, shortfall count and veto', async () => {
    const run = await cli(['cohort', F.rules, F.cohort, '--locale', 'en']);
    expect(run.code).toBe(2);
    expect(
      run.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([
      { region: 'demo-town', name: '示范镇', score: '100.00', grade: 'A', shortfalls: 0, vetoed: false },
      { region: 'demo-village', name: '示范村', score: '62.50', grade: 'C', shortfalls: 4, vetoed: false },
      { region: 'model-town', name: '模范镇', score: '100.00', grade: 'A', shortfalls: 0, vetoed: false },
    ]);
  });

  it('--format csv writes the same lines as CSV with a header (and a BOM for spreadsheets)', async () => {
    const run = await cli(['cohort', F.rules, F.cohort, '--format', 'csv']);
    expect(run.stdout.split('\r\n')).toEqual([
      '\uFEFF地区编号,地区,得分,等级,约束性目标未达标数,一票否决',
      'demo-town,示范镇,100.00,A,0,否',
      'demo-village,示范村,62.50,C,4,否',
      'model-town,模范镇,100.00,A,0,否',
      '',
    ]);
    const en = await cli(['cohort', F.rules, F.cohort, '--format', 'csv', '--locale', 'en']);
    expect(en.stdout.split('\r\n')[0]).toBe('\uFEFFRegion id,Region,Score,Grade,Binding shortfalls,Vetoed');
    const both = await cli(['cohort', F.rules, F.cohort, '--format', 'csv', '--full', '--locale', 'en']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--full writes full reports as NDJSON; it cannot go with --format csv');
    expect((await cli(['cohort', F.rules, F.cohort, '--format', 'xml'])).code).toBe(2);
  });

  it('--full streams one full report per line, reports bad lines with file:line, and exits 2 when a line is invalid', async () => {
    const run = await cli(['cohort', F.rules, F.cohort, '--locale', 'en', '--full']);
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

  it('draws a progress bar on a terminal that counts regions read, then regions scored of those read', async () => {
    const tty = await cli(['cohort', F.rules, F.cohort, '--locale', 'en'], { tty: true });
    expect(tty.stderr).toContain('\r\x1b[2K[');
    const frames = tty.stderr
      .split('\r\x1b[2K')
      .map((f) => /^\[[#-]+\] +(\d+)% (.*)$/.exec(f))
      .filter((m) => m !== null)
      .map((m) => ({ percent: Number(m[1]), label: m[2] as string }));
    expect(frames.at(-1)).toEqual({ percent: 100, label: 'scored 3 of 3 regions' });
    // While the file is read the count is of regions read; once scoring starts, of the 3 read.
    const firstScored = frames.findIndex((f) => f.label.startsWith('scored'));
    expect(firstScored).toBeGreaterThan(0);
    for (const f of frames.slice(0, firstScored)) expect(f.label).toMatch(/^read [1-3] regions?$/);
    for (const f of frames.slice(firstScored)) expect(f.label).toMatch(/^scored [0-3] of 3 regions$/);
    expect(frames.some((f) => f.label === 'read 1 region')).toBe(true);
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

  /** A stream that keeps what is written, and a clock the test moves. */
  function recorder() {
    const rec = { text: '', t: 0 };
    const out = {
      write: (s: string) => {
        rec.text += s;
        return true;
      },
      columns: 60,
    };
    return { rec, out, now: () => rec.t };
  }

  it('ProgressBar on a terminal: a bar redrawn in place with the share of bytes read, the label otherwise', () => {
    const { rec, out, now } = recorder();
    const bar = new ProgressBar(out, 200, { mode: 'bar', now });
    bar.update(50, '7 regions');
    expect(rec.text).toBe(`\r\x1b[2K[#####---------------]  25% 7 regions`);
    rec.t = 99;
    bar.update(60, '8 regions');
    expect(rec.text.endsWith('7 regions')).toBe(true);
    rec.t = 100;
    bar.update(200, '9 regions');
    expect(rec.text.endsWith('[####################] 100% 9 regions')).toBe(true);
    bar.done();
    expect(rec.text.endsWith('\r\x1b[2K')).toBe(true);
    const unsized = recorder();
    new ProgressBar(unsized.out, undefined, { mode: 'bar', now: unsized.now }).update(5, '5 regions');
    expect(unsized.rec.text).toBe('\r\x1b[2K5 regions');
  });

  it('ProgressBar off a terminal: a plain line every 5 seconds, none for a job shorter than that', () => {
    const { rec, out, now } = recorder();
    const bar = new ProgressBar(out, 200, { mode: 'lines', now });
    expect(bar.inPlace).toBe(false);
    for (const t of [0, 1000, 4999]) {
      rec.t = t;
      bar.update(50, 'read 7 regions');
    }
    expect(rec.text).toBe('');
    rec.t = 5000;
    bar.update(50, 'read 7 regions');
    rec.t = 9999;
    bar.update(100, 'read 9 regions');
    rec.t = 10000;
    bar.update(150, 'scored 2 of 9 regions');
    expect(rec.text).toBe('25% read 7 regions\n75% scored 2 of 9 regions\n');
    bar.done();
    expect(rec.text).not.toContain('\r');
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

  it("each command's help lists the exit codes it can return, 3 (internal error) included", () => {
    const codes = (command: (typeof COMMANDS)[number]) =>
      helpText(command, 'en')
        .split('Exit codes:\n')[1]
        ?.split('\n')
        .filter((l) => /^ {2}\d {2}/.test(l))
        .map((l) => l.slice(2, 3));
    expect(codes('evaluate')).toEqual(['0', '1', '2', '3']);
    expect(codes('cohort')).toEqual(['0', '1', '2', '3']);
    expect(codes('validate')).toEqual(['0', '2', '3']);
    expect(codes('list')).toEqual(['0', '2', '3']);
    expect(codes('schema')).toEqual(['0', '2', '3']);
    expect(helpText('list', 'en')).not.toContain('binding');
    expect(helpText('validate', 'en')).toContain('  0  every file is valid');
    for (const locale of LOCALES) expect(helpText(undefined, locale)).toMatch(/\n {2}3 {2}/);
    expect(helpText('evaluate', 'zh-Hans')).toContain('  3  内部错误');
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
