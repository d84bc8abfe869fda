import { copyFileSync, linkSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helpText } from '../../src/cli/help.js';
import { escapeControls } from '../../src/cli/output.js';
import { LOCALES } from '../../src/locales/locale.js';
import { ROOT } from '../reports/support.js';
import { cli, F } from './support.js';

/** Whether a text holds a control character other than LF and tab, or a bidi override or isolate. */
const unsafe = (text: string): boolean =>
  /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u.test(text.replace(/[\n\t]/g, ''));

const tmp = (): string => mkdtempSync(join(tmpdir(), 'qs-safety-'));

/** A copy of the demo data in a fresh directory, to be the input that must survive. */
function dataCopy(): { dir: string; data: string; bytes: Buffer } {
  const dir = tmp();
  const data = join(dir, 'data.json');
  copyFileSync(join(ROOT, F.short), data);
  return { dir, data, bytes: readFileSync(data) };
}

describe('--out never writes over an input, nor over an existing file without --force (issue 15)', () => {
  it('refuses the data file itself, --force or not, and leaves it untouched', async () => {
    const { data, bytes } = dataCopy();
    for (const extra of [[], ['--force']]) {
      const run = await cli(['evaluate', F.rules, data, '--format', 'md', '--out', data, ...extra]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`不写入 ${data}：它就是输入文件 ${data}`);
      expect(readFileSync(data)).toEqual(bytes);
    }
  });

  it('refuses the input through another spelling, a symlink or a hard link, and the rule set and scheme too', async () => {
    const { dir, data, bytes } = dataCopy();
    symlinkSync(data, join(dir, 'link.json'));
    linkSync(data, join(dir, 'hard.json'));
    const rules = join(dir, 'rules.json');
    copyFileSync(join(ROOT, F.rules), rules);
    const rulesBytes = readFileSync(rules);
    for (const out of [join(dir, '.', 'sub', '..', 'data.json'), join(dir, 'link.json'), join(dir, 'hard.json')]) {
      mkdtempSync(join(dir, 'sub'));
      const run = await cli(['evaluate', F.rules, data, '--out', out, '--force', '--locale', 'en']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`will not write to ${out}: it is the input ${data}`);
    }
    const overRules = await cli(['evaluate', rules, data, '--out', rules, '--force']);
    expect(overRules.code).toBe(2);
    const scheme = join(dir, 'scheme.json');
    writeFileSync(scheme, '{}');
    const overScheme = await cli(['evaluate', F.rules, data, '--scheme', scheme, '--out', scheme, '--force']);
    expect(overScheme.code).toBe(2);
    expect(readFileSync(scheme, 'utf8')).toBe('{}');
    expect(readFileSync(data)).toEqual(bytes);
    expect(readFileSync(rules)).toEqual(rulesBytes);
  });

  it('refuses an existing file without --force, writes over it with --force, and creates a new one', async () => {
    const dir = tmp();
    const out = join(dir, 'report.md');
    writeFileSync(out, 'keep me');
    const refused = await cli(['evaluate', F.rules, F.short, '--format', 'md', '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${out} 已存在；如需覆盖，请加 --force`);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const forced = await cli(['evaluate', F.rules, F.short, '--format', 'md', '--out', out, '--force']);
    expect(forced.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toContain('**得分 62.50 / 100 · 等级 C**');
    const fresh = join(dir, 'new', 'report.md');
    expect((await cli(['evaluate', F.rules, F.short, '--format', 'md', '--out', fresh])).code).toBe(1);
    expect(readFileSync(fresh, 'utf8')).toContain('**得分 62.50 / 100 · 等级 C**');
  });

  it('writes to a device such as /dev/null without --force', async () => {
    if (process.platform === 'win32') return;
    const run = await cli(['evaluate', F.rules, F.short, '--out', '/dev/null']);
    expect(run.code).toBe(1);
  });

  it('cohort: refuses --out or --summary over the NDJSON input or an existing file, before reading anything', async () => {
    const dir = tmp();
    const ndjson = join(dir, 'towns.ndjson');
    copyFileSync(join(ROOT, F.cohort), ndjson);
    const bytes = readFileSync(ndjson);
    for (const option of ['--out', '--summary']) {
      const run = await cli(['cohort', F.rules, ndjson, option, ndjson, '--force', '--locale', 'en']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`will not write to ${ndjson}: it is the input ${ndjson}`);
      expect(readFileSync(ndjson)).toEqual(bytes);
    }
    const existing = join(dir, 'reports.ndjson');
    writeFileSync(existing, 'old');
    const refused = await cli(['cohort', F.rules, ndjson, '--out', existing, '--locale', 'en']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${existing} already exists; add --force to write over it`);
    expect(readFileSync(existing, 'utf8')).toBe('old');
    const summary = join(dir, 'summary.json');
    writeFileSync(summary, 'old');
    const late = await cli(['cohort', F.rules, ndjson, '--out', join(dir, 'fresh.ndjson'), '--summary', summary]);
    expect(late.code).toBe(2);
    // Refused up front: the --out file was never created.
    expect(() => statSync(join(dir, 'fresh.ndjson'))).toThrow();
    const forced = await cli(['cohort', F.rules, ndjson, '--out', existing, '--summary', summary, '--force']);
    // The fixture holds two broken lines on purpose (exit 2 after scoring the rest).
    expect(forced.code).toBe(2);
    expect(forced.stderr).toContain('共 3 个地区：1 个有约束性目标未达标，2 行输入无效');
    expect(readFileSync(existing, 'utf8').split('\n').filter(Boolean).length).toBe(3);
    expect(JSON.parse(readFileSync(summary, 'utf8'))).toMatchObject({ size: 3 });
  });

  it('documents --force in every locale, for evaluate and cohort', () => {
    for (const locale of LOCALES) {
      expect(helpText('evaluate', locale)).toContain('--force');
      expect(helpText('cohort', locale)).toContain('--force');
    }
    expect(helpText('evaluate', 'en')).toContain('write over an existing output file (never over an input)');
    expect(helpText('evaluate', 'zh-Hans')).toContain('覆盖已存在的输出文件（绝不覆盖输入文件）');
    expect(helpText('evaluate', 'zh-Hant')).toContain('覆蓋已存在的輸出文件（絕不覆蓋輸入文件）');
  });
});

describe('a single-valued option given twice is an error, not "last wins" (issue 15)', () => {
  // Absolute paths in a scratch directory: were the option to be accepted, nothing lands in the repository.
  const scratch = tmp();
  const [a, b] = [join(scratch, 'a'), join(scratch, 'b')];
  it.each([
    [['evaluate', F.rules, F.short, '--format', 'md', '--format', 'html'], 'format'],
    [['evaluate', F.rules, F.short, '--out', a, `--out=${b}`], 'out'],
    [['evaluate', F.rules, F.short, '--as-of', '2018-06-30', '--as-of', '2018-12-31'], 'as-of'],
    [['evaluate', F.rules, F.short, '--scheme', 'default', '--scheme', 'national-grade-bands'], 'scheme'],
    [['evaluate', F.rules, F.short, '--locale', 'en', '--locale', 'zh-Hant'], 'locale'],
    [['cohort', F.rules, F.cohort, '--summary', a, '--summary', b], 'summary'],
    [['validate', F.short, '--rules', F.rules, '--rules', 'panan-2018'], 'rules'],
    [['list', '--format', 'text', '--format', 'json'], 'format'],
  ])('%j', async (args, option) => {
    const run = await cli([...args, ...(args.includes('--locale') ? [] : ['--locale', 'en'])]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`--${option} is given more than once; give it once`);
  });

  it('still accepts a flag given twice, and each option once', async () => {
    expect((await cli(['evaluate', F.rules, F.met, '--exit-zero', '--exit-zero', '--format', 'json'])).code).toBe(0);
  });
});

describe('control characters reach the terminal escaped (issue 15)', () => {
  it('escapes an escape sequence from a broken input in the error on stderr', async () => {
    const dir = tmp();
    const bad = join(dir, 'bad.json');
    // A data set whose region name sets the terminal title, and whose period is wrong so it is echoed.
    writeFileSync(
      bad,
      JSON.stringify({
        schemaVersion: 1,
        region: { id: 'x', name: '\u001b]0;pwned\u0007' },
        period: '\u001b[2J\u009b31m',
        observations: [],
      }),
    );
    const run = await cli(['evaluate', F.rules, bad, '--locale', 'en']);
    expect(run.code).toBe(2);
    expect(unsafe(run.stderr)).toBe(false);
    expect(run.stderr).toContain('\\u001b[2J\\u009b31m');
  });

  it('escapes them in file names, arguments and bad JSON echoed back', async () => {
    const dir = tmp();
    const name = join(dir, 'a\u001b]0;x\u0007.json');
    writeFileSync(name, '{"schemaVersion": 1, \u001b[31m}');
    const bad = await cli(['evaluate', F.rules, name]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('a\\u001b]0;x\\u0007.json');
    expect(unsafe(bad.stderr)).toBe(false);
    const command = await cli(['\u001b[31mevaluate']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('\\u001b[31mevaluate');
    const option = await cli(['evaluate', '--\u001b[31m']);
    expect(option.stderr).not.toContain('\u001b');
    const missing = await cli(['evaluate', F.rules, 'nope\r\u001b[2K.json']);
    expect(missing.stderr).toContain('nope\\u000d\\u001b[2K.json');
  });

  it('escapes them in what validate prints about a file', async () => {
    const dir = tmp();
    const data = join(dir, 'data.json');
    const raw = JSON.parse(readFileSync(join(ROOT, F.short), 'utf8')) as { region: { name: string } };
    raw.region.name = 'Town\u001b]0;pwned\u0007\u202e';
    writeFileSync(data, JSON.stringify(raw));
    const run = await cli(['validate', '--rules', F.rules, data, '--locale', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('data set for Town\\u001b]0;pwned\\u0007\\u202e (2018)');
  });

  it('escapeControls leaves text without controls alone and escapes every control but LF and tab', () => {
    expect(escapeControls('示范镇 a\tb\nc')).toBe('示范镇 a\tb\nc');
    expect(escapeControls('\u0000\r\u001b\u007f\u0085\u2028\u2066')).toBe(
      '\\u0000\\u000d\\u001b\\u007f\\u0085\\u2028\\u2066',
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const out = escapeControls(text);
        expect(unsafe(out)).toBe(false);
        // Nothing is lost: undoing the escapes gives the text back (a literal backslash-u in the text aside).
        if (!text.includes('\\u'))
          expect(out.replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(Number.parseInt(h, 16)))).toBe(text);
      }),
      { numRuns: 500, seed: 15 },
    );
  });
});
