import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftRuleSet } from '../../src/draft/draft.js';
import { readClause } from '../../src/draft/read.js';
import { headingOf } from '../../src/draft/structure.js';
import { prepareText, quote } from '../../src/draft/text.js';
import { loadRuleSet } from '../../src/rulesets/load.js';
import { FLAT_PLAN, PROVINCE_PLAN, TRADITIONAL_PLAN } from './plans.js';

/** A drafted name's zh-Hans form (a rule set may also name things in zh-Hant only). */
function hans(names: object | undefined): string | undefined {
  return (names as { 'zh-Hans'?: string } | undefined)?.['zh-Hans'];
}

type Drafted = Record<string, unknown> & { source: { section: string; clause: string } };
const targetsOf = (text: string) => draftRuleSet(text).ruleSet.targets as unknown as Drafted[];
const demand = (t: Drafted | undefined) =>
  t && {
    kind: t.kind,
    commitment: t.commitment,
    ...('threshold' in t ? { threshold: t.threshold, unit: t.unit } : {}),
    ...('min' in t ? { min: t.min, max: t.max } : {}),
  };

describe('draftRuleSet on a provincial plan of its own wording', () => {
  const { ruleSet, review } = draftRuleSet(PROVINCE_PLAN, { id: 'dongjiang-2020', sourceFile: 'dongjiang.txt' });
  const targets = ruleSet.targets as unknown as Drafted[];
  const one = (clause: string) => targets.find((t) => t.source.clause === clause);

  it('loads, and quotes every clause and heading exactly from the text', () => {
    expect(loadRuleSet(ruleSet).targets).toHaveLength(targets.length);
    for (const t of targets) {
      expect(PROVINCE_PLAN).toContain(t.source.clause);
      for (const heading of t.source.section.split(' > ').filter(Boolean)) expect(PROVINCE_PLAN).toContain(heading);
    }
  });

  it('reads title, region, issuer and period from the title and the signature', () => {
    expect(ruleSet.title).toBe('东江省质量强省建设三年行动计划（2018—2020年）');
    expect(ruleSet.region).toEqual({ name: '东江省', level: 'province', parent: null });
    expect(ruleSet.issuer).toBe('东江省人民政府办公厅');
    expect(ruleSet.period).toEqual({ start: '2018-01-01', end: '2020-12-31' });
    expect(ruleSet.id).toBe('dongjiang-2020');
    expect(ruleSet.source).toEqual({ file: 'dongjiang.txt' });
  });

  it('reads 稳定在…以上 and 不低于 inclusive, 超 strict, 不超过 a ceiling, bullets (——) left out of the quote', () => {
    expect(demand(one('制造业产品质量合格率稳定在95%以上'))).toEqual({
      kind: 'at_least',
      commitment: 'binding',
      threshold: '95',
      unit: '%',
    });
    expect(demand(one('全省规模以上工业企业新产品产值率超25%'))).toEqual({
      kind: 'more_than',
      commitment: 'binding',
      threshold: '25',
      unit: '%',
    });
    expect(demand(one('PM2.5年均浓度不超过35微克/立方米'))).toEqual({
      kind: 'at_most',
      commitment: 'binding',
      threshold: '35',
      unit: 'μg/m³',
    });
  });

  it('splits one bar over two indicators (食品和药品…均不低于98%) into two targets, never one merged name', () => {
    const split = targets.filter((t) => t.source.clause === '食品和药品抽检合格率均不低于98%');
    expect(split.map((t) => [t.indicator, t.threshold])).toEqual([
      ['food-sampling-pass-rate', '98'],
      ['drug-sampling-pass-rate', '98'],
    ]);
    expect(review.some((r) => r.code === 'sharedHead' && r.path === '$.targets[1].indicator')).toBe(true);
  });

  it('carries 力争 over the list it introduces, and flags that scope for review', () => {
    expect(demand(one('新增省级名牌产品2—3个'))).toEqual({
      kind: 'range',
      commitment: 'aspirational',
      min: '2',
      max: '3',
    });
    const about = one('主要服务行业顾客满意度达到85%左右');
    expect(demand(about)).toEqual({ kind: 'at_least', commitment: 'aspirational', threshold: '85', unit: '%' });
    const index = targets.indexOf(about as Drafted);
    expect(review.filter((r) => r.path.startsWith(`$.targets[${index}]`)).map((r) => r.code)).toEqual([
      'approximate',
      'aspirationalScope',
    ]);
    // Before the 力争 line the same list style is binding.
    expect(one('重点工程竣工验收合格率达到100%')?.commitment).toBe('binding');
  });

  it('takes departments from （牵头单位：…；责任单位：…） and sections from nested headings', () => {
    const t = one('全省主导制定国际标准5项以上');
    expect(t?.departments).toEqual({ lead: ['省市场监管局'], responsible: ['省发展改革委', '省工业和信息化厅'] });
    expect(t?.source.section).toBe('二、重点任务 > （一）夯实质量基础 > 1.加强标准化建设');
  });

  it('reads zero, benchmark, rank, milestone and frequency wordings', () => {
    expect(one('不发生重大质量安全事故')?.kind).toBe('zero');
    expect(one('全省城市空气质量优良天数比率高于全国平均水平')).toMatchObject({
      kind: 'benchmark',
      benchmark: 'national-average',
      comparison: 'more_than',
    });
    expect(one('质量工作考核位居全国前5名')).toMatchObject({ kind: 'rank', top: { count: 5 }, peerGroup: '全国' });
    expect(one('成立省质量强省工作领导小组')).toMatchObject({
      kind: 'milestone',
      indicator: 'leading-group-established',
    });
    expect(one('各市每半年向省质量办报送一次工作进展')).toMatchObject({ kind: 'frequency', per: 'half-year', min: 1 });
  });

  it('reads numbers first (50%以上的…企业) and 亿 prefixes', () => {
    expect(demand(one('50%以上的规模工业企业通过质量管理体系认证'))).toEqual({
      kind: 'at_least',
      commitment: 'binding',
      threshold: '50',
      unit: '%',
    });
    expect(demand(one('全年完成质量提升项目投资1.2亿元'))).toEqual({
      kind: 'at_least',
      commitment: 'binding',
      threshold: '1.2',
      unit: '亿元',
    });
  });

  it('drafts a per-population rate in its own unit', () => {
    const rate = targets.find((t) => t.source.clause === '食品抽检量达到4.5批次/千人以上');
    expect(rate).toMatchObject({ kind: 'at_least', threshold: '4.5', unit: '批次/千人' });
    const indicator = ruleSet.indicators?.find((i) => i.id === (rate as unknown as { indicator: string }).indicator);
    expect(indicator).toMatchObject({ kind: 'ratio', unit: '批次/千人' });
  });

  it('leaves out changes against a base year and vague clauses, each with a reason', () => {
    const skipped = review.filter((r) => r.path === '$').map((r) => [r.code, r.clause]);
    expect(skipped).toEqual([
      ['relativeChange', '年均增长10%'],
      ['relativeChange', '产品质量抽查合格率较2017年提高2个百分点'],
      ['vague', '全省营商环境满意度明显提升'],
    ]);
    const clauses = targets.map((t) => t.source.clause);
    for (const [, clause] of skipped) expect(clauses).not.toContain(clause);
    expect(clauses.some((c) => c.includes('营商环境'))).toBe(false);
  });

  it('names new indicators by the clause noun phrase, zh-Hant converted, English left for review', () => {
    const indicators = ruleSet.indicators ?? [];
    const rate = indicators.find((i) => hans(i.names) === '制造业产品质量合格率');
    expect(rate).toMatchObject({
      unit: '%',
      kind: 'rate',
      direction: 'higher',
      names: { 'zh-Hant': '製造業產品質量合格率' },
    });
    expect(rate?.names.en).toBeUndefined();
    const at = indicators.indexOf(rate as (typeof indicators)[number]);
    expect(review).toContainEqual(
      expect.objectContaining({ code: 'englishName', path: `$.indicators[${at}].names.en` }),
    );
    expect(indicators.find((i) => hans(i.names) === '重大质量安全事故数')).toMatchObject({
      unit: '起',
      direction: 'lower',
    });
  });

  it('writes every review point into the file, in the rule set language, and counts them in the note', () => {
    expect(ruleSet.review).toHaveLength(review.length);
    expect(ruleSet.review?.[0]?.note).toBe(review[0]?.message['zh-Hans']);
    expect(ruleSet.notes?.[0]).toBe(`由方案文本自动起草：${targets.length}项目标，${review.length}处待核对。`);
  });
});

describe('draftRuleSet on traditional characters, full-width digits and stray spaces', () => {
  const { ruleSet } = draftRuleSet(TRADITIONAL_PLAN);
  const targets = ruleSet.targets as unknown as Drafted[];

  it('reads 達到 ９６ ％以上 and １．２萬件 right, and quotes them as written', () => {
    expect(targets[0]).toMatchObject({
      kind: 'at_least',
      threshold: '96',
      unit: '%',
      indicator: 'product-sampling-pass-rate',
      source: { clause: '全市產品質量監督抽查合格率達到 ９６ ％以上', section: '一、工作目標 > （一）產品質量' },
    });
    expect(targets[1]).toMatchObject({ kind: 'at_least', threshold: '1.2', unit: '万件' });
    expect(loadRuleSet(ruleSet).data.locale).toBe('zh-Hant');
  });

  it('reads 爭取 as aspirational and 杜絕 as zero, with simplified names and their zh-Hant', () => {
    expect(targets[2]).toMatchObject({ commitment: 'aspirational', threshold: '80' });
    const zero = targets.find((t) => t.kind === 'zero');
    expect(zero?.source.clause).toBe('杜絕重大食品安全事件');
    const indicator = ruleSet.indicators?.find((i) => i.id === zero?.indicator);
    expect(indicator?.names).toEqual({ 'zh-Hans': '重大食品安全事件数', 'zh-Hant': '重大食品安全事件數' });
    expect(ruleSet.region).toMatchObject({ name: '西河市', level: 'city' });
    expect(ruleSet.period).toEqual({ start: '2019-01-01', end: '2019-12-31' });
  });
});

describe('draftRuleSet on a plan without headings', () => {
  it('drafts under an empty section and loads', () => {
    const { ruleSet } = draftRuleSet(FLAT_PLAN);
    expect((ruleSet.targets as unknown as Drafted[]).map((t) => [t.kind, t.source.section, t.source.clause])).toEqual([
      ['at_least', '', '全镇农产品质量抽检合格率达到97%以上'],
      ['milestone', '', '签订质量安全目标责任书'],
      ['zero', '', '不发生较大以上质量安全事故'],
    ]);
    expect(() => loadRuleSet(ruleSet)).not.toThrow();
  });
});

describe('reading one clause: comparison words at and around their boundaries', () => {
  const cases: Array<[string, Record<string, unknown> | undefined]> = [
    ['合格率达到95%以上', { kind: 'at_least', threshold: '95', unit: '%' }],
    ['合格率不低于95%', { kind: 'at_least', threshold: '95', unit: '%' }],
    ['合格率高于95%', { kind: 'more_than', threshold: '95', unit: '%' }],
    ['合格率低于95%', { kind: 'less_than', threshold: '95', unit: '%' }],
    ['投诉量不超过20件', { kind: 'at_most', threshold: '20', unit: '件' }],
    ['投诉量控制在20件以内', { kind: 'at_most', threshold: '20', unit: '件' }],
    ['PM10浓度60微克/立方米', { kind: 'at_most', threshold: '60', unit: '微克/立方米' }],
    ['培育名牌1至2只', { kind: 'range', min: '1', max: '2', unit: '只' }],
    ['检测样品3万批次以上', { kind: 'at_least', threshold: '3', unit: '万批次' }],
    ['产值2018年达到', undefined],
    ['执行GB/T19580标准', undefined],
    // What the government pays is not what a region must reach.
    ['对获奖企业给予奖励金额的50%作为配套', undefined],
    ['每家给予补助10万元', undefined],
  ];
  for (const [clause, expected] of cases)
    it(`${clause}`, () => {
      const got = readClause(clause).statements[0]?.demand;
      expect(got).toEqual(expected);
    });
});

describe('headings', () => {
  it('takes numbered titles, not numbered paragraphs that run on', () => {
    expect(headingOf('一、主要目标')?.level).toBe(1);
    expect(headingOf('（二）发展目标')?.level).toBe(2);
    expect(headingOf('3.强化制度保障。建立制度')).toMatchObject({ level: 3, titleEnd: 8 });
    expect(headingOf('——产品质量')?.level).toBe(4);
    expect(headingOf('1、提高产品质量，加大打假力度')).toBeUndefined();
    expect(headingOf('——制造业产品质量合格率稳定在95%以上')).toBeUndefined();
  });
});

describe('drafting is deterministic and robust to the way text was copied', () => {
  it('gives the same file for the same text', () => {
    expect(JSON.stringify(draftRuleSet(PROVINCE_PLAN))).toBe(JSON.stringify(draftRuleSet(PROVINCE_PLAN)));
  });

  it('reads the same targets whatever spaces a web page or PDF put between characters, and quotes them exactly', () => {
    const plain = targetsOf(PROVINCE_PLAN).map(demand);
    const chars = [...PROVINCE_PLAN];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(chars.length - 1), fc.constantFrom(' ', '\u3000', '\t')), { maxLength: 40 }),
        (inserts) => {
          const copy = [...chars];
          for (const [at, space] of [...inserts].sort((a, b) => b[0] - a[0])) {
            // A space inside a line only: a line break is structure.
            if (copy[at] === '\n' || copy[at - 1] === '\n') continue;
            copy.splice(at, 0, space);
          }
          const text = copy.join('');
          const drafted = targetsOf(text);
          expect(drafted.map(demand)).toEqual(plain);
          for (const t of drafted) expect(text).toContain(t.source.clause);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('maps every prepared character back to the original text', () => {
    const text = prepareText('達到 ９６ ％以上');
    expect(text.plain).toBe('达到96%以上');
    expect(quote(text, 2, 5)).toBe('９６ ％');
  });
});

describe('drafting several statements of one clause, and one statement said twice', () => {
  it('leaves 防范…事故 undrafted with its reason: guarding against is no promise that none occurs', () => {
    const reading = readClause('防范和有效处置重大工程质量事故、环境污染突发事故');
    expect(reading.statements).toEqual([]);
    expect(reading.skipped.map((s) => s.guess.code)).toEqual(['zeroGuard']);
    // 不发生 and 杜绝 do promise it.
    expect(readClause('全年不发生重大工程质量事故').statements.map((s) => s.demand.kind)).toEqual(['zero']);
    expect(readClause('防范并杜绝重大工程质量事故').statements.map((s) => s.demand.kind)).toEqual(['zero']);
  });

  it('drafts a goal restated among the measures once', () => {
    const plan =
      '北岭镇2020年质量工作方案\n一、工作目标\n食品抽检合格率达到98%以上。\n二、工作措施\n确保食品抽检合格率达到98%以上。\n';
    const targets = targetsOf(plan);
    expect(targets.map((t) => [t.source.section, t.threshold])).toEqual([['一、工作目标', '98']]);
    const raised = targetsOf(plan.replace('确保食品抽检合格率达到98%以上', '确保食品抽检合格率达到99%以上'));
    expect(raised.map((t) => t.threshold)).toEqual(['98', '99']);
  });
});

describe('deadlines', () => {
  const plan = (line: string) =>
    draftRuleSet(`东湖区质量提升行动计划（2018—2020年）\n一、目标\n${line}\n二、措施\n每年组织一次质量月活动。\n`);

  it('sets a deadline for a year inside the plan, none for the plan end', () => {
    expect((plan('到2019年，产品抽检合格率达到92%以上。').ruleSet.targets[0] as Drafted).deadline).toBe('2019-12-31');
    expect((plan('到2020年，产品抽检合格率达到92%以上。').ruleSet.targets[0] as Drafted).deadline).toBeUndefined();
  });

  it('flags a year outside the plan and a deadline in words, and leaves both at the plan end', () => {
    const late = plan('到2022年，产品抽检合格率达到92%以上。');
    expect((late.ruleSet.targets[0] as Drafted).deadline).toBeUndefined();
    expect(late.review.find((r) => r.code === 'deadlineOutside')?.message.en).toBe(
      'the deadline year 2022 lies outside the plan period 2018-01-01 to 2020-12-31 and was left out; check it',
    );
    const worded = plan('到“十三五”末，产品抽检合格率达到92%以上。');
    expect(worded.review.map((r) => r.code)).toContain('deadlineUnknown');
  });

  it('reads 每年…一次 as a yearly frequency with its event named', () => {
    const { ruleSet } = plan('产品抽检合格率达到92%以上。');
    const t = (ruleSet.targets as unknown as Drafted[]).find((x) => x.kind === 'frequency');
    expect(t).toMatchObject({ per: 'year', min: 1, event: 'event-1' });
    expect(hans(ruleSet.events?.[0]?.names)).toBe('质量月活动');
  });
});

describe('departments and lists in other layouts', () => {
  it('gives a line of departments to the targets above it under the same heading (——bullets)', () => {
    const { ruleSet } = draftRuleSet(
      '南山区质量强区实施意见（2019—2021年）\n（二）发展目标\n——产品质量\n产品质量监督抽查合格率达到95%以上，建立质量追溯制度。\n(牵头部门:区质监局;责任部门:区质监局、区农林局)\n——服务质量\n顾客满意度达到85%以上。\n',
    );
    const targets = ruleSet.targets as unknown as Drafted[];
    expect(targets.map((t) => [t.source.section, t.departments])).toEqual([
      ['（二）发展目标 > ——产品质量', { lead: ['区质监局'], responsible: ['区质监局', '区农林局'] }],
      ['（二）发展目标 > ——产品质量', { lead: ['区质监局'], responsible: ['区质监局', '区农林局'] }],
      ['（二）发展目标 > ——服务质量', undefined],
    ]);
  });

  it('takes a bare list of offices closing a measure as the responsible departments', () => {
    const { ruleSet } = draftRuleSet(
      '某镇2018年质量工作方案\n一、工作措施\n年内完成质量工作年度计划，签订质量目标责任书。（党群办、经发办）\n',
    );
    expect((ruleSet.targets as unknown as Drafted[]).map((t) => [t.kind, t.departments])).toEqual([
      ['milestone', { responsible: ['党群办', '经发办'] }],
      ['milestone', { responsible: ['党群办', '经发办'] }],
    ]);
  });

  it('carries 力爭 (traditional) over the list it introduces, to the next heading at its depth', () => {
    const { ruleSet } = draftRuleSet(
      '某鎮質量強鎮工作意見（2014—2016年）\n二、工作目標\n到2016年，力爭實現以下目標：\n1.產品質量\n工業產品質量抽查合格率達到94%以上。\n三、工作重點\n食品抽檢合格率達到96%以上。\n',
    );
    expect((ruleSet.targets as unknown as Drafted[]).map((t) => [t.commitment, t.threshold])).toEqual([
      ['aspirational', '94'],
      ['binding', '96'],
    ]);
  });
});

describe('draftRuleSet names the superior body’s targets it cites', () => {
  const text =
    '某县2019年质量工作计划\n一、工作目标\n单位生产总值能耗完成省市下达目标任务。\n工业用水重复利用率完成市下达目标。\n';

  it('drafts 完成省市下达目标 as a benchmark named in the rule set, so the draft loads and no text shows an id', () => {
    const { ruleSet } = draftRuleSet(text);
    const cited = (ruleSet.targets as unknown as Drafted[]).map(
      (t) => (t as unknown as { benchmark?: string }).benchmark,
    );
    expect(cited).toContain('provincial-municipal-target');
    expect(ruleSet.benchmarks?.['provincial-municipal-target']).toEqual({
      'zh-Hans': '省市下达目标',
      'zh-Hant': '省市下達目標',
      en: 'the target set by the province and city',
    });
    // 市政府目标 is one the library names itself, so the draft does not name it again.
    expect(Object.keys(ruleSet.benchmarks ?? {})).toEqual(['provincial-municipal-target']);
    expect(() => loadRuleSet(ruleSet)).not.toThrow();
  });
});
