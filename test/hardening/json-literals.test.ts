/**
 * Issue 15, "Silent wrong answers": a JSON number literal that a double cannot hold (93.99999999999999999
 * parses to 94) is warned about where the raw text is read, with its file, JSON path and literal, and
 * the decimal string to write instead.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  formatInexactNumber,
  type InexactNumberWarning,
  inexactNumbers,
  isInexactLiteral,
} from '../../src/core/json-literals.js';
import { readJsonFile, readNdjson } from '../../src/node/index.js';
import { loadBuiltinRuleSet } from '../../src/rulesets/builtin.js';
import { cli } from '../cli/support.js';

const at = (text: string): Array<[string, string]> => inexactNumbers(text).map((w) => [w.path, w.literal]);

describe('isInexactLiteral: the literal differs from the double it parses to', () => {
  it.each([
    ['93.99999999999999999', true],
    ['9007199254740993', true], // 2^53 + 1
    ['0.1000000000000000055511151231257827', true],
    ['1e400', true], // Infinity
    ['-1e400', true],
    ['1e-400', true], // 0
    ['123456789012345', false],
    ['9007199254740992', false], // 2^53
    ['0.30000000000000004', false], // a double's own shortest form
    ['0.1', false],
    ['-0', false],
    ['1.5e3', false],
    ['1E21', false],
    ['5e-324', false],
  ])('%s → %s', (literal, inexact) => {
    expect(isInexactLiteral(literal)).toBe(inexact);
  });
});

describe('inexactNumbers: JSON paths of the inexact literals in a text', () => {
  it('names the path, the literal, what it read as and the decimal string to write, in three languages', () => {
    const [w] = inexactNumbers('{"observations":[{"indicator":"x","value":93.99999999999999999}]}', 'data.json');
    expect(w).toEqual({
      code: 'W_INEXACT_NUMBER',
      file: 'data.json',
      path: '$.observations[0].value',
      literal: '93.99999999999999999',
      parsed: '94',
      decimal: '93.99999999999999999',
      message: {
        'zh-Hans':
          '数字 93.99999999999999999 超出 JSON 数字能精确表示的位数，读入后变为 94；请改写为小数字符串 "93.99999999999999999"',
        'zh-Hant':
          '數字 93.99999999999999999 超出 JSON 數字能精確表示的位數，讀入後變為 94；請改寫為小數字串 "93.99999999999999999"',
        en: 'the number 93.99999999999999999 is more precise than a JSON number can hold and reads as 94; write it as the decimal string "93.99999999999999999"',
      },
    } satisfies InexactNumberWarning);
    expect(formatInexactNumber(w as InexactNumberWarning, 'en')).toMatch(
      /^\[W_INEXACT_NUMBER\] data\.json \$\.observations\[0\]\.value: the number/,
    );
  });

  it('prints what it read as and the decimal to write without exponents', () => {
    const [big] = inexactNumbers('[1.00000000000000000001e25]');
    expect(big).toMatchObject({ parsed: '10000000000000000000000000', decimal: '10000000000000000000100000' });
    const [tiny] = inexactNumbers('[1e-400]');
    expect(tiny).toMatchObject({ path: '$[0]', parsed: '0' });
    expect(tiny?.decimal).toBe(`0.${'0'.repeat(399)}1`);
    expect(inexactNumbers('[1e400]')[0]).toMatchObject({ parsed: 'Infinity' });
  });

  it('follows keys with escapes, nested containers and array positions; strings holding digits are not numbers', () => {
    const text =
      '{"note":"93.99999999999999999","a\\"b":[1,{"k":[2,9007199254740993]},93.99999999999999999],"c":{"d":1e400}}';
    expect(at(text)).toEqual([
      ['$["a\\"b"][1].k[1]', '9007199254740993'],
      ['$["a\\"b"][2]', '93.99999999999999999'],
      ['$.c.d', '1e400'],
    ]);
  });

  it('finds nothing in text with only short or exact numbers', () => {
    expect(inexactNumbers('{"a":[0.1,96.5,123456789012345,0.30000000000000004,-0,1.5e3]}')).toEqual([]);
    expect(inexactNumbers('')).toEqual([]);
  });

  it('property: every inexact leaf is found at its path, in text order, and nothing else', () => {
    // Literals labelled by hand: exact ones and inexact ones.
    const exact = ['1', '-2.5', '0.30000000000000004', '9007199254740992', '1e3', '5e-324'];
    const inexact = [
      '93.99999999999999999',
      '9007199254740993',
      '1e400',
      '-0.1000000000000000000001',
      '123456789012345678901234567890e-10',
    ];
    type Tree = { leaf: string } | { list: Tree[] } | { map: Array<[string, Tree]> };
    const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom(...exact, ...inexact).map((leaf) => ({ leaf })),
        fc.array(tie('tree'), { maxLength: 4 }).map((list) => ({ list })),
        fc
          .uniqueArray(fc.tuple(fc.string({ maxLength: 4 }), tie('tree')), { maxLength: 4, selector: ([k]) => k })
          .map((map) => ({ map })),
      ),
    }));
    const render = (t: Tree, path: string, found: Array<[string, string]>): string => {
      if ('leaf' in t) {
        if (inexact.includes(t.leaf)) found.push([path, t.leaf]);
        return t.leaf;
      }
      if ('list' in t) return `[${t.list.map((x, i) => render(x, `${path}[${i}]`, found)).join(', ')}]`;
      return `{${t.map
        .map(([k, v]) => {
          const key = /^[A-Za-z_$][\w$-]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`;
          return `${JSON.stringify(k)}: ${render(v, `${path}${key}`, found)}`;
        })
        .join(',\n ')}}`;
    };
    fc.assert(
      fc.property(tree, (t) => {
        const found: Array<[string, string]> = [];
        const text = render(t, '$', found);
        JSON.parse(text);
        expect(at(text)).toEqual(found);
      }),
      { seed: 1515, numRuns: 500 },
    );
  });
});

describe('where raw text is read', () => {
  const panan = loadBuiltinRuleSet('panan-2018');
  const percent = panan.targets
    .map((t) => ('indicator' in t.data ? t.data.indicator : ''))
    .find((id) => panan.indicator(id)?.unit === '%') as string;
  const text = `{"schemaVersion":1,"region":{"id":"t1","name":"测试镇"},"period":"2018","observations":[{"indicator":"${percent}","period":"2018","value":93.99999999999999999,"unit":"%"}]}`;
  const file = (): string => {
    const path = join(mkdtempSync(join(tmpdir(), 'qs-literal-')), 'data.json');
    writeFileSync(path, text);
    return path;
  };
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('readJsonFile reports through onWarning, naming the file', async () => {
    const path = file();
    const seen: InexactNumberWarning[] = [];
    await readJsonFile(path, { onWarning: (w) => seen.push(w) });
    expect(seen.map((w) => [w.file, w.path, w.literal])).toEqual([
      [path, '$.observations[0].value', '93.99999999999999999'],
    ]);
  });

  it('without a handler, a process warning with the code (never silent)', async () => {
    const emit = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const path = file();
    await readJsonFile(path);
    expect(emit).toHaveBeenCalledTimes(1);
    const [message, options] = emit.mock.calls[0] as [string, { code: string }];
    expect(options.code).toBe('W_INEXACT_NUMBER');
    expect(message).toContain(`${path} $.observations[0].value`);
    expect(message).toContain('write it as the decimal string "93.99999999999999999"');
  });

  it('readNdjson names the line', async () => {
    const seen: InexactNumberWarning[] = [];
    const lines = Readable.from([`{"a":1}\n{"b":[0.1,9007199254740993]}\n`]);
    for await (const _ of readNdjson(lines, { file: 'c.ndjson', onWarning: (w) => seen.push(w) })) void _;
    expect(seen.map((w) => [w.file, w.path])).toEqual([['c.ndjson:2', '$.b[1]']]);
  });

  it('the CLI prints the warning on stderr and still scores', async () => {
    const path = file();
    const run = await cli(['evaluate', 'panan-2018', path, '--exit-zero']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `[W_INEXACT_NUMBER] ${path} $.observations[0].value：数字 93.99999999999999999 超出 JSON 数字能精确表示的位数`,
    );
    const en = await cli(['evaluate', 'panan-2018', path, '--exit-zero'], { env: { LANG: 'en_US.UTF-8' } });
    expect(en.stderr).toContain(`[W_INEXACT_NUMBER] ${path} $.observations[0].value: the number 93.99999999999999999`);
  });
});
