import { localizeTables } from '../../locales/define.js';
import { englishCount } from '../../locales/en.js';

/** The words of rank targets: the top they require, the place found and how, input issues. */
export interface RankMessages {
  /** 前3名. */
  readonly topCount: (k: number) => string;
  /** 前30%（前4名）; the resolved count is known only once the peer group's size is. */
  readonly topShare: (percent: string, k?: number) => string;
  /** 在全县乡镇中位居前列（前3名）; an empty peer group is one the locale has no name for. */
  readonly requirement: (peerGroup: string, top: string) => string;
  /** 第7名（共12个）. */
  readonly position: (position: number, of: number) => string;
  /** Where a value ranked the region: 列第7名（共12个），前列为前3名. */
  readonly summary: (position: number, of: number, top: string) => string;
  /** A top share's resolved count, once the peer group's size is known: 前列为前30%（前4名）. */
  readonly cutoff: (top: string) => string;
  /** The gap in places: 4个名次. */
  readonly gap: (places: string) => string;
  /** The rank was found by ranking the cohort's values. */
  readonly fromCohort: (regions: number, ties: 'shared' | 'dense') => string;
  readonly published: string;
  readonly missing: string;
}

const zhHans: RankMessages = {
  topCount: (k) => `前${k}名`,
  topShare: (percent, k) => (k === undefined ? `前${percent}%` : `前${percent}%（前${k}名）`),
  requirement: (peerGroup, top) => `在${peerGroup}中位居前列（${top}）`,
  position: (position, of) => `第${position}名（共${of}个）`,
  summary: (position, of, top) => `列第${position}名（共${of}个），前列为${top}`,
  cutoff: (top) => `前列为${top}`,
  gap: (places) => `${places}个名次`,
  fromCohort: (regions, ties) =>
    ties === 'shared'
      ? `按参评${regions}个地区的数值排名，并列者名次相同（1,2,2,4）`
      : `按参评${regions}个地区的数值排名，并列者名次相同且名次连续（1,2,2,3）`,
  published: '采用数据中公布的排名',
  missing: '排名（数据中公布的名次，或参评地区的数值）',
};

const zhHant: RankMessages = {
  topCount: (k) => `前${k}名`,
  topShare: (percent, k) => (k === undefined ? `前${percent}%` : `前${percent}%（前${k}名）`),
  requirement: (peerGroup, top) => `在${peerGroup}中位居前列（${top}）`,
  position: (position, of) => `第${position}名（共${of}個）`,
  summary: (position, of, top) => `列第${position}名（共${of}個），前列為${top}`,
  cutoff: (top) => `前列為${top}`,
  gap: (places) => `${places}個名次`,
  fromCohort: (regions, ties) =>
    ties === 'shared'
      ? `按參評${regions}個地區的數值排名，並列者名次相同（1,2,2,4）`
      : `按參評${regions}個地區的數值排名，並列者名次相同且名次連續（1,2,2,3）`,
  published: '採用數據中公佈的排名',
  missing: '排名（數據中公佈的名次，或參評地區的數值）',
};

const en: RankMessages = {
  topCount: (k) => `top ${k}`,
  topShare: (percent, k) => (k === undefined ? `top ${percent}%` : `top ${percent}% (top ${k})`),
  requirement: (peerGroup, top) => `among the leaders of ${peerGroup || 'its peers'} (${top})`,
  position: (position, of) => `ranked ${position} of ${of}`,
  summary: (position, of, top) => `ranked ${position} of ${of}; the leaders are the ${top}`,
  cutoff: (top) => `the leaders are the ${top}`,
  gap: (places) => englishCount(places, 'places'),
  fromCohort: (regions, ties) =>
    ties === 'shared'
      ? `ranked by value among the ${regions} regions scored; ties share a rank (1,2,2,4)`
      : `ranked by value among the ${regions} regions scored; ties share a rank, ranks stay consecutive (1,2,2,3)`,
  published: 'the rank published in the data is used',
  missing: 'a rank (published in the data, or values across a cohort)',
};

/**
 * The rank kind's words in every locale.
 * @example RANK_MESSAGES.position(7, 12).en // 'ranked 7 of 12'
 */
export const RANK_MESSAGES = localizeTables<RankMessages>({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
