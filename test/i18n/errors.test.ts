import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { type InputIssue, InvalidInputError, type IssueCode, UnknownBuiltinError } from '../../src/core/errors.js';
import { parseUnit } from '../../src/core/units.js';
import { ERROR_MESSAGES } from '../../src/locales/index.js';
import { LOCALES, type LocalizedText } from '../../src/locales/locale.js';
import { loadDataSet } from '../../src/observations/normalize.js';
import { evaluate } from '../../src/report/evaluate.js';
import { loadBuiltinRuleSet } from '../../src/rulesets/builtin.js';
import { loadRuleSet } from '../../src/rulesets/load.js';
import { data, ruleSetJson, rules, target } from '../support.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');
const E = ERROR_MESSAGES.expected;

/**
 * Per-locale values outside src/locales that are not words, or not yet moved, each named by
 * `file#variable` with the reason. Keep this list short; a stale entry fails the test below.
 */
const EXEMPT: Record<string, string> = {
  'src/render/svg.ts#FONT_STACK': 'CSS font-family lists per script, not text',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === join(SRC, 'locales') ? [] : sourceFiles(path);
    // Tests beside the code (src/kinds/*/*.test.ts) write the texts they expect; they print nothing.
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

const LOCALE_KEYS = new Set<string>(LOCALES.filter((l) => l !== 'en'));

/** Whether an expression is text written in place: a string, or a template with words between its holes. */
function isLiteralText(node: ts.Expression): boolean {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return true;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('').trim() !== '';
  return false;
}

const LOCALE_NAMES = new Set<string>(LOCALES);

/** Whether an expression compares something with a locale name (`l === 'en'`, `locale !== 'zh-Hant'`). */
function isLocaleTest(node: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(node)) return isLocaleTest(node.expression);
  if (!ts.isBinaryExpression(node)) return false;
  const op = node.operatorToken.kind;
  if (op !== ts.SyntaxKind.EqualsEqualsEqualsToken && op !== ts.SyntaxKind.ExclamationEqualsEqualsToken) return false;
  return [node.left, node.right].some((side) => ts.isStringLiteral(side) && LOCALE_NAMES.has(side.text));
}

function enclosingVariable(node: ts.Node): string {
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name)) return n.name.text;
    if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) && n.name && ts.isIdentifier(n.name))
      return n.name.text;
  }
  return '(module)';
}

/**
 * Inline localized texts in a TypeScript source: calls of `localized(…)`, and object literals giving a
 * zh-Hans or zh-Hant key a literal text. Each hit is `file#variable line: code`.
 */
function inlineTexts(file: string, text: string): Array<{ where: string; line: string }> {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const hits: Array<{ where: string; line: string }> = [];
  const hit = (node: ts.Node): void => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    hits.push({
      where: `${file}#${enclosingVariable(node)}`,
      line: `${file}:${line + 1}: ${node.getText(source).slice(0, 100)}`,
    });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'localized')
      hit(node);
    // `locale === 'en' ? ': ' : '：'`: text chosen by locale in place, which belongs in the catalogue too.
    if (
      ts.isConditionalExpression(node) &&
      isLocaleTest(node.condition) &&
      (isLiteralText(node.whenTrue) || isLiteralText(node.whenFalse))
    )
      hit(node);
    if (ts.isObjectLiteralExpression(node)) {
      const literal = node.properties.some(
        (p) =>
          ts.isPropertyAssignment(p) &&
          (ts.isStringLiteral(p.name) || ts.isIdentifier(p.name)) &&
          LOCALE_KEYS.has(p.name.text) &&
          isLiteralText(p.initializer),
      );
      if (literal) hit(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return hits;
}

describe('one message catalogue: no text is written outside src/locales', () => {
  const hits = sourceFiles(SRC).flatMap((path) =>
    inlineTexts(relative(ROOT, path).split('\\').join('/'), readFileSync(path, 'utf8')),
  );

  it('finds no localized(…) call, no literal { "zh-Hans": "…" } and no text picked by `locale === …` outside src/locales', () => {
    expect(hits.filter((h) => !(h.where in EXEMPT)).map((h) => h.line)).toEqual([]);
  });

  it('keeps no stale exemption', () => {
    expect(Object.keys(EXEMPT).filter((w) => !hits.some((h) => h.where === w))).toEqual([]);
  });

  it('the detector catches both forms it looks for (and passes assembled texts)', () => {
    const probe = [
      "const A = localized('测试', 'test', '測試');",
      "const B = { 'zh-Hans': '测试', 'zh-Hant': '測試', en: 'test' };",
      `const C = { "zh-Hant": \`第\${n}名\`, en: \`#\${n}\` };`,
      `const OK1 = { 'zh-Hans': \`\${n}\${unit['zh-Hans']}\`, 'zh-Hant': \`\${n}\${unit['zh-Hant']}\`, en: \`\${n}\` };`,
      "const OK2 = { 'zh-Hans': zhSymbol(u, 'zh-Hans'), 'zh-Hant': x, en };",
      "type OK3 = { 'zh-Hans': string };",
      "const D = l === 'en' ? ': ' : '：';",
      "const OK4 = l === 'en' ? value.en : value[l];",
    ].join('\n');
    expect(inlineTexts('probe.ts', probe).map((h) => h.where)).toEqual([
      'probe.ts#A',
      'probe.ts#B',
      'probe.ts#C',
      'probe.ts#D',
    ]);
  });
});

/** Checks that an issue's expected text is the catalogue's, in every locale, and that the message shows it. */
function expectFromCatalogue(err: InvalidInputError, code: IssueCode, text: LocalizedText): InputIssue {
  const issue = err.issues.find((i) => i.code === code);
  expect(issue, `an ${code} issue`).toBeDefined();
  expect(issue?.expected).toEqual(text);
  for (const l of LOCALES) {
    expect(err.messages[l]).toContain(`${ERROR_MESSAGES.labels.expected[l]} ${text[l]}`);
    expect(err.messages[l]).toContain(ERROR_MESSAGES.labels.found[l]);
  }
  return issue as InputIssue;
}

function thrown(fn: () => unknown): InvalidInputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InvalidInputError) return e;
    throw e;
  }
  throw new Error('expected an InvalidInputError');
}

describe('errors raised by the library draw their words from the catalogue, in all three locales', () => {
  const rs = rules([
    target('pass-rate', { kind: 'at_least', indicator: 'product-sampling-pass-rate', threshold: 95, unit: '%' }),
  ]);

  it('a negative count in a data set', () => {
    const err = thrown(() =>
      loadDataSet(data([{ indicator: 'people-trained', value: -3, unit: '人' }]), rs.indicator, 'town.json'),
    );
    expectFromCatalogue(err, 'E_NEGATIVE_COUNT', E.nonNegativeInteger);
    expect(err.messages['zh-Hant']).toContain('應為 非負整數');
    expect(err.messages.en).toContain('expected a non-negative whole number, found "-3"');
  });

  it('a fractional count names the unit from the unit catalogue', () => {
    const err = thrown(() =>
      loadDataSet(data([{ indicator: 'people-trained', value: '60.5', unit: '人' }]), rs.indicator),
    );
    expectFromCatalogue(err, 'E_NOT_INTEGER', E.wholeNumberOf('人', parseUnit('人')?.names as LocalizedText));
    expect(err.messages.en).toContain('a whole number of people');
  });

  it('an unknown unit in a rule set, and in a data set', () => {
    const ruleErr = thrown(() =>
      loadRuleSet(
        ruleSetJson([
          target('t', { kind: 'at_least', indicator: 'product-sampling-pass-rate', threshold: 95, unit: 'furlongs' }),
        ]),
      ),
    );
    // The closest units that convert to the indicator's %, never the refused spelling echoed back.
    expectFromCatalogue(ruleErr, 'E_UNKNOWN_UNIT', E.knownUnitDidYouMean(['fraction', '%', '‰']));
    expect(ruleErr.messages['zh-Hant']).toContain('已知計量單位（是否為 "fraction"、"%"、"‰"？）');
    expect(ruleErr.messages.en).toContain('a known unit (did you mean "fraction", "%", or "‰"?), found "furlongs"');
    const dataErr = thrown(() =>
      loadDataSet(data([{ indicator: 'product-sampling-pass-rate', value: 95, unit: 'furlongs' }]), rs.indicator),
    );
    expectFromCatalogue(dataErr, 'E_UNKNOWN_UNIT', E.knownUnitDidYouMean(['fraction', '%', '‰']));
  });

  it('a date that does not exist: in the options (checked by the library) and in a data set (by the schema)', () => {
    const optionErr = thrown(() =>
      evaluate(rs, data([{ indicator: 'product-sampling-pass-rate', value: 96, unit: '%' }]), { asOf: '2018-02-30' }),
    );
    expectFromCatalogue(optionErr, 'E_BAD_DATE', E.realDate);
    expect(optionErr.messages['zh-Hant']).toContain('真實存在的日期 YYYY-MM-DD');
    const dataErr = thrown(() => loadDataSet(data([], { asOf: '2018-02-30' }), rs.indicator));
    expectFromCatalogue(dataErr, 'E_BAD_DATE', E.isoDate);
  });

  it('schema errors: a value outside a closed set', () => {
    const err = thrown(() =>
      loadRuleSet(
        ruleSetJson([
          target('t', {
            kind: 'at_least',
            indicator: 'product-sampling-pass-rate',
            threshold: 95,
            unit: '%',
            commitment: 'maybe',
          }),
        ]),
      ),
    );
    const issue = err.issues.find((i) => i.code === 'E_SCHEMA');
    expect(issue?.expected['zh-Hant']).toMatch(/^以下之一：/);
    expect(issue?.expected.en).toMatch(/^one of "/);
    for (const l of LOCALES) expect(err.messages[l]).toContain(ERROR_MESSAGES.labels.expected[l]);
  });

  it('an unknown built-in rule set', () => {
    let err: unknown;
    try {
      loadBuiltinRuleSet('nope');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UnknownBuiltinError);
    const messages = (err as UnknownBuiltinError).messages;
    expect(messages).toEqual(ERROR_MESSAGES.unknownBuiltin('nope', (err as UnknownBuiltinError).known));
    expect(messages['zh-Hant']).toMatch(/^沒有名為 "nope" 的內置規則集；可用：/);
    expect(messages.en).toMatch(/^no built-in rule set "nope"; available: /);
  });
});
