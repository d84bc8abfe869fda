import { describe, expect, it } from 'vitest';
import { both, dataSet, result, ruleSet, target } from '../../../test/evaluation/_fixtures.js';
import { D } from '../../core/decimal.js';
import type { InvalidInputError } from '../../core/errors.js';
import type { CohortView } from '../contract.js';
import { rankAmong } from './compile.js';

const rank = (id: string, top: unknown, ties = 'shared', indicator = 'tst-pass-rate') =>
  target(id, { kind: 'rank', indicator, top, peerGroup: '全县乡镇', ties });

/** A cohort view over plain values; region ids r0, r1, … */
function cohortOf(indicator: string, values: string[]): CohortView {
  const list = values.map((v, i) => ({ region: `r${i}`, value: new D(v) }));
  return { size: list.length, values: (id) => (id === indicator ? list : []) };
}

const own = (value: string, id: string) => dataSet('2018', [{ indicator: 'tst-pass-rate', value, unit: '%' }], {}, id);

describe('rank: published ranks', () => {
  it('第7名/共12个 against 前3名: not met, attainment 3/7, 4 places short', async () => {
    const rs = ruleSet([rank('top3', { count: 3 })]);
    const data = dataSet('2018', [{ indicator: 'tst-pass-rate', rank: 7, of: 12 }]);
    const r = result(await both(rs, data), 'top3');
    expect(r.status).toBe('not_met');
    expect(r.attainment).toBe(new D(3).div(7).toDecimalPlaces(4).toString());
    expect(r.gap).toBe('4');
    expect(r.explanation['zh-Hans']).toContain('实际第7名（共12个），要求在全县乡镇中位居前列（前3名），差距4个名次，');
    expect(r.explanation['zh-Hant']).toContain('實際第7名（共12個），要求在全縣鄉鎮中位居前列（前3名），差距4個名次，');
    expect(r.explanation.en).toContain('observed ranked 7 of 12, required among the leaders of');
    expect(r.requirement['zh-Hans']).toBe('在全县乡镇中位居前列（前3名）');
    expect(r.observed).toEqual([{ indicator: 'tst-pass-rate', period: '2018', value: '7/12', unit: 'rank' }]);
  });

  it('a top share: 30% of 12 is the top ⌈3.6⌉ = 4', async () => {
    const rs = ruleSet([rank('top30', { share: '0.3' })]);
    const at4 = result(await both(rs, dataSet('2018', [{ indicator: 'tst-pass-rate', rank: 4, of: 12 }])), 'top30');
    expect(at4.status).toBe('met');
    expect(at4.explanation['zh-Hans']).toContain(
      '实际第4名（共12个），要求在全县乡镇中位居前列（前30%），前列为前30%（前4名）',
    );
    const at5 = result(await both(rs, dataSet('2018', [{ indicator: 'tst-pass-rate', rank: 5, of: 12 }])), 'top30');
    expect(at5.status).toBe('not_met');
    expect(at5.attainment).toBe('0.8');
  });

  it('neither a rank nor a cohort: no_data', async () => {
    const rs = ruleSet([rank('top3', { count: 3 })]);
    expect(result(await both(rs, own('99', 'a')), 'top3').status).toBe('no_data');
  });
});

describe('rank: in a cohort, ties at the cut-off', () => {
  // Values 95, 94, 93, 93, 92: shared ranks 1,2,3,3,5; dense 1,2,3,3,4.
  const cohort = cohortOf('tst-pass-rate', ['95', '94', '93', '93', '92']);

  it('both regions tied at 93 share 3rd and are within the top 3', async () => {
    for (const ties of ['shared', 'dense']) {
      const rs = ruleSet([rank('top3', { count: 3 }, ties)]);
      const r = result(await both(rs, own('93', 'r2'), { cohort }), 'top3');
      expect(r.status).toBe('met');
      expect(r.detail).toMatchObject({ position: 3, of: 5, cutoff: 3, source: 'cohort' });
    }
  });

  it('the region after the tie: 5th under shared ranks (outside the top 4), 4th under dense ranks (inside)', async () => {
    const shared = result(
      await both(ruleSet([rank('top4', { count: 4 }, 'shared')]), own('92', 'r4'), { cohort }),
      'top4',
    );
    expect(shared.status).toBe('not_met');
    expect(shared.explanation['zh-Hans']).toContain('列第5名（共5个），前列为前4名');
    expect(shared.attainment).toBe('0.8');
    const dense = result(
      await both(ruleSet([rank('top4', { count: 4 }, 'dense')]), own('92', 'r4'), { cohort }),
      'top4',
    );
    expect(dense.status).toBe('met');
    expect(dense.detail).toMatchObject({ position: 4 });
  });

  it('lower is better for PM2.5; the cohort rank wins over a missing own value only when there is a value', async () => {
    const pm = cohortOf('tst-pm25', ['30', '35', '41', '28']);
    const rs = ruleSet([rank('clean', { count: 2 }, 'shared', 'tst-pm25')]);
    const r = result(
      await both(rs, dataSet('2018', [{ indicator: 'tst-pm25', value: 30, unit: 'μg/m³' }], {}, 'r0'), { cohort: pm }),
      'clean',
    );
    expect(r.detail).toMatchObject({ position: 2, of: 4 });
    expect(r.status).toBe('met');
    const published = result(
      await both(rs, dataSet('2018', [{ indicator: 'tst-pm25', rank: 3, of: 9 }], {}, 'r9'), { cohort: pm }),
      'clean',
    );
    expect(published.detail).toMatchObject({ position: 3, of: 9, source: 'published' });
  });

  it('a region outside the cohort list is ranked among all of it', async () => {
    const rs = ruleSet([rank('top3', { count: 3 })]);
    const r = result(await both(rs, own('94.5', 'newcomer'), { cohort }), 'top3');
    expect(r.detail).toMatchObject({ position: 2, of: 6 });
  });

  it('rankAmong: shared 1,2,2,4 and dense 1,2,2,3', () => {
    const values = ['10', '9', '9', '8'].map((v) => new D(v));
    const positions = (ties: 'shared' | 'dense') =>
      values.map((v, i) =>
        rankAmong(
          v,
          values.filter((_, j) => j !== i),
          true,
          ties,
        ),
      );
    expect(positions('shared')).toEqual([1, 2, 2, 4]);
    expect(positions('dense')).toEqual([1, 2, 2, 3]);
    expect(rankAmong(new D('9.0'), values.slice(0, 2), true, 'dense')).toBe(2);
  });
});

describe('rank: rule-set checks', () => {
  it('rejects a share outside (0, 1] and an indicator without a direction', () => {
    try {
      ruleSet([rank('a', { share: '1.5' }), rank('b', { count: 3 }, 'shared', 'tst-neutral')]);
      expect.unreachable();
    } catch (e) {
      expect((e as InvalidInputError).issues.map((i) => `${i.path} ${i.code}`)).toEqual([
        '$.targets[0].top.share E_BAD_RANGE',
        '$.targets[1].indicator E_SCHEMA',
      ]);
    }
  });
});
