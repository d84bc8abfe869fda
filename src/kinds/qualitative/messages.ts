import { localizeTables } from '../../locales/define.js';

/** The words of qualitative targets: the judgement a person recorded and the evidence for it. */
export interface QualitativeMessages {
  /** What the target asks: judged done on recorded evidence. */
  readonly requirement: string;
  /** 完成. */
  readonly done: string;
  /** 部分完成（完成程度60%）. */
  readonly partly: (degree: string) => string;
  /** 未完成. */
  readonly notDone: string;
  /** The judgement followed by its evidence. */
  readonly withEvidence: (judgement: string, evidence: string) => string;
  /** What is missing when a judgement was recorded without evidence. */
  readonly evidenceFor: (period: string) => string;
  /** What a qualitative target's indicator must be. */
  readonly expectedIndicator: string;
}

const zhHans: QualitativeMessages = {
  requirement: '依据佐证材料评定为完成（完成／部分完成／未完成）',
  done: '完成',
  partly: (degree) => `部分完成（完成程度${degree}）`,
  notDone: '未完成',
  // Evidence is quoted as recorded, like a clause: a zh-Hant report does not convert a person's record.
  withEvidence: (judgement, evidence) => `${judgement}（佐证：“${evidence}”）`,
  evidenceFor: (period) => `${period}评定的佐证材料`,
  expectedIndicator: '布尔（是/否）指标或比率（%）指标',
};

const zhHant: QualitativeMessages = {
  requirement: '依據佐證材料評定為完成（完成／部分完成／未完成）',
  done: '完成',
  partly: (degree) => `部分完成（完成程度${degree}）`,
  notDone: '未完成',
  withEvidence: (judgement, evidence) => `${judgement}（佐證：「${evidence}」）`,
  evidenceFor: (period) => `${period}評定的佐證材料`,
  expectedIndicator: '布林（是/否）指標或比率（%）指標',
};

const en: QualitativeMessages = {
  requirement: 'judged done on recorded evidence (done / partly done / not done)',
  done: 'done',
  partly: (degree) => `partly done (${degree} of the task)`,
  notDone: 'not done',
  withEvidence: (judgement, evidence) => `${judgement} (evidence: “${evidence}”)`,
  evidenceFor: (period) => `the evidence for the judgement of ${period}`,
  expectedIndicator: 'a boolean (yes/no) indicator or a rate (%) indicator',
};

/**
 * The qualitative kind's words in every locale.
 * @example QUALITATIVE_MESSAGES.partly('60%').en // 'partly done (60% of the task)'
 */
export const QUALITATIVE_MESSAGES = localizeTables<QualitativeMessages>({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
