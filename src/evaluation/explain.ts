import type { Measurement, MissingItem } from '../kinds/contract.js';
import type { Settled } from '../kinds/settled.js';
import { joinLocalized, MESSAGES, PUNCTUATION, REPORT_LABELS } from '../locales/index.js';
import type { Locale, LocalizedText } from '../locales/locale.js';
import { toSimplified, toTraditional } from '../locales/traditional.js';
import type { CompiledRuleSet, CompiledTarget } from '../rulesets/load.js';
import { STATUSES, type Status, type TargetOutcome } from './outcome.js';

/** Everything an explanation may say about one evaluated target. */
export interface ExplanationInput {
  readonly ruleSet: CompiledRuleSet;
  readonly target: CompiledTarget;
  readonly status: Status;
  readonly measurement: Measurement | undefined;
  readonly missing: readonly MissingItem[] | undefined;
  readonly notApplicableReason: string | undefined;
  readonly asOf: string;
  readonly provisional: boolean;
  /** The verdict can no longer change (see {@link TargetOutcome.settled}); its note says why. */
  readonly settled?: Settled | undefined;
}

const { colon: COLON, comma: COMMA, stop: STOP } = PUNCTUATION;

/**
 * A name the document gives (a department) in a locale's script: converted between the Chinese
 * scripts with OpenCC, as written in English, where it stays a proper name.
 */
function inScript(name: string, l: Locale): string {
  if (l === 'zh-Hant') return toTraditional(name);
  if (l === 'zh-Hans') return toSimplified(name);
  return name;
}

function departmentsText(target: CompiledTarget, l: Locale): string {
  const parts: string[] = [];
  const sep = PUNCTUATION.list[l];
  const names = (list: readonly string[]): string => list.map((d) => inScript(d, l)).join(sep);
  if (target.departments.lead.length > 0) parts.push(`${MESSAGES.lead[l]}${COLON[l]}${names(target.departments.lead)}`);
  if (target.departments.responsible.length > 0)
    parts.push(`${MESSAGES.responsible[l]}${COLON[l]}${names(target.departments.responsible)}`);
  return parts.length > 0 ? `${parts.join(PUNCTUATION.semicolon[l])}${STOP[l]}` : '';
}

/** The quoted clause, as written, in the locale's quotation marks, and where it stands (the English title where there is one). */
function sourceText(ruleSet: CompiledRuleSet, target: CompiledTarget, l: Locale): string {
  const title = l === 'en' ? (ruleSet.data.titleEn ?? ruleSet.data.title) : ruleSet.data.title;
  const clause = `${REPORT_LABELS.quoteOpen[l]}${target.source.clause}${REPORT_LABELS.quoteClose[l]}`;
  return `${MESSAGES.source[l]}${COLON[l]}${clause}${MESSAGES.sourceWhere(title, target.source.section)[l]}${STOP[l]}`;
}

/** The names of what a missing item is about: an indicator's or event type's names, else the target's label. */
// Names in Taiwan forms by the names they were made from, so a cohort converts each name once.
const taiwanNames = new WeakMap<LocalizedText, LocalizedText>();

function missingName(input: ExplanationInput, id: string): LocalizedText {
  const names = input.ruleSet.indicator(id)?.names ?? input.ruleSet.data.events?.find((e) => e.id === id)?.names;
  if (!names) return input.target.label;
  // Hand-written zh-Hant names take Taiwan forms, as the target labels do.
  let converted = taiwanNames.get(names);
  if (!converted) {
    converted = { ...names, 'zh-Hant': toTraditional(names['zh-Hant']) };
    taiwanNames.set(names, converted);
  }
  return converted;
}

// Regions of a cohort mostly miss the same things for a target, so each target's missing texts are kept by
// what is missing (bounded: a stream of distinct gaps starts afresh rather than grow).
const missingTexts = new WeakMap<CompiledTarget, Map<string, LocalizedText>>();
const MISSING_TEXTS_PER_TARGET = 256;

/** What is missing, each thing once, the indicators that lack the same thing named together: 甲、乙的2018年数据. */
export function missingText(input: ExplanationInput): LocalizedText {
  let key = '';
  for (const m of input.missing ?? [])
    key += `${m.indicator}\u0000${m.what.en}\u0000${m.what['zh-Hans']}\u0000${m.what['zh-Hant']}\u0001`;
  let known = missingTexts.get(input.target);
  if (!known) {
    known = new Map();
    missingTexts.set(input.target, known);
  }
  let text = known.get(key);
  if (text === undefined) {
    text = missingTextUncached(input);
    if (known.size >= MISSING_TEXTS_PER_TARGET) known.clear();
    known.set(key, text);
  }
  return text;
}

function missingTextUncached(input: ExplanationInput): LocalizedText {
  const groups = new Map<string, { what: LocalizedText; names: LocalizedText[] }>();
  for (const m of input.missing ?? []) {
    const key = m.what.en;
    let group = groups.get(key);
    if (!group) {
      group = { what: m.what, names: [] };
      groups.set(key, group);
    }
    const name = missingName(input, m.indicator);
    if (!group.names.some((n) => n.en === name.en)) group.names.push(name);
  }
  // What the target itself is about goes without saying: 缺少数据：2018年数据, not 培训人数的2018年数据.
  const own = input.target.label.en;
  const items = [...groups.values()].map((g) =>
    g.names.length === 1 && g.names[0]?.en === own
      ? g.what
      : MESSAGES.missingItem(joinLocalized(g.names, PUNCTUATION.list), g.what),
  );
  return MESSAGES.missing(joinLocalized(items, PUNCTUATION.list));
}

// Free text in data files is often written "English / 中文" (the rule files' notes are too).
const BILINGUAL = /^(.*?)\s+\/\s+(.*)$/s;
const CJK = /[\u3400-\u9fff]/;

/**
 * A reason given in the data, in the locale's language where the text offers it ("English / 中文"),
 * without its closing stop (the explanation adds its own).
 * @example reasonText('None in 2018. / 2018年无。').en // 'None in 2018'
 */
export function reasonText(reason: string): LocalizedText {
  // The same reasons recur across regions, and converting the script costs far more than a lookup.
  let text = reasonTexts.get(reason);
  if (text === undefined) {
    text = reasonTextUncached(reason);
    if (reasonTexts.size >= 4096) reasonTexts.clear();
    reasonTexts.set(reason, text);
  }
  return text;
}

const reasonTexts = new Map<string, LocalizedText>();

function reasonTextUncached(reason: string): LocalizedText {
  const m = BILINGUAL.exec(reason.trim());
  const [a, b] = m ? [m[1] as string, m[2] as string] : [reason.trim(), reason.trim()];
  const zh = CJK.test(a) ? a : CJK.test(b) ? b : a;
  const en = CJK.test(a) ? b : a;
  const bare = (t: string): string => t.replace(/[。.．]+$/u, '');
  return { 'zh-Hans': bare(toSimplified(zh)), 'zh-Hant': bare(toTraditional(zh)), en: bare(en) };
}

/** Whether a target's bar is a ceiling, so a shortfall is an excess (超出) rather than a gap (差距). */
function isCeiling(target: CompiledTarget): boolean {
  const comparison = (target.data as { comparison?: string }).comparison ?? target.kind;
  return comparison === 'at_most' || comparison === 'less_than';
}

/** The gap as a sentence part, or null where the rest says it: a zero bar broken, a strict bar hit exactly. */
function gapPart(target: CompiledTarget, measurement: Measurement): LocalizedText | null {
  if (!measurement.gapText || target.kind === 'zero' || measurement.gap?.isZero()) return null;
  return isCeiling(target) ? MESSAGES.exceeded(measurement.gapText) : MESSAGES.gap(measurement.gapText);
}

/** 缺少数据：2017年度/期间的观测值（service-satisfaction）. */
/** "，原文“力争”是否及于本目标不明确，本报告按约束性目标计" for a target whose commitment is unclear, else nothing. */
function unclearText(target: CompiledTarget, l: Locale): string {
  if (target.data.commitment !== 'unclear') return '';
  return `${COMMA[l]}${MESSAGES.commitmentUnclear(MESSAGES.commitment[target.commitment])[l]}`;
}

/** The region-specific sentence parts, each message rendered once for all three locales. */
function findingParts(input: ExplanationInput): readonly LocalizedText[] {
  const { target, measurement } = input;
  switch (input.status) {
    case 'no_data':
      return [missingText(input)];
    case 'not_applicable':
      return [
        input.notApplicableReason
          ? MESSAGES.notApplicableBecause(reasonText(input.notApplicableReason))
          : MESSAGES.notApplicableDeclared,
      ];
    default: {
      const parts: LocalizedText[] = [];
      const gap = measurement ? gapPart(target, measurement) : null;
      if (gap) parts.push(gap);
      for (const note of measurement?.notes ?? []) parts.push(note);
      // Data missing beside a settled verdict: say what is missing, then why it does not matter.
      if (input.missing && input.missing.length > 0) parts.push(missingText(input));
      if (input.settled) parts.push(input.settled.note);
      if (target.data.openDeadline !== undefined)
        parts.push(MESSAGES.openDeadline[target.data.openDeadline](input.asOf));
      if (input.status === 'not_due') parts.push(MESSAGES.notDue(target.deadline, input.asOf));
      else if (input.provisional) parts.push(MESSAGES.provisional(input.asOf, target.deadline));
      return parts;
    }
  }
}

/**
 * The parts of a target's explanation that do not depend on the region, in one locale, built once per
 * target and joined with their punctuation, so an explanation is a handful of concatenations per locale.
 * Indexed by status position and read through a per-locale picker: the lines are written per region per
 * target, and reads by a computed locale or status key were the slowest part of them.
 */
interface LocaleParts {
  /** "【未达标·预期性（力争）】产品质量监督抽查合格率：" per status (in {@link STATUSES} order). */
  readonly heads: readonly string[];
  /** The head followed by "实际", per status, for statuses that report an observed value. */
  readonly observedHeads: readonly string[];
  /** "，要求不低于95%". */
  readonly required: string;
  /** "。原文：“…”（《…》…）牵头部门：…". */
  readonly closing: string;
  /** The comma that joins the region's findings. */
  readonly comma: string;
  /** 已完成 / 尚未完成 for a milestone. */
  readonly done: string;
  readonly notDone: string;
  /** This locale's text of a {@link LocalizedText}. */
  readonly pick: (text: LocalizedText) => string;
}

/** One {@link LocaleParts} per locale. */
interface StaticParts {
  readonly hans: LocaleParts;
  readonly hant: LocaleParts;
  readonly en: LocaleParts;
}

const PICK: Readonly<Record<Locale, (text: LocalizedText) => string>> = {
  'zh-Hans': (t) => t['zh-Hans'],
  'zh-Hant': (t) => t['zh-Hant'],
  en: (t) => t.en,
};

const staticCache = new WeakMap<CompiledTarget, StaticParts>();

function localeParts(ruleSet: CompiledRuleSet, target: CompiledTarget, l: Locale): LocaleParts {
  const heads = STATUSES.map((status) => {
    const flags = [MESSAGES.status[status]];
    if (target.commitment === 'aspirational') flags.push(MESSAGES.commitment.aspirational);
    if (target.veto) flags.push(MESSAGES.veto);
    return `${MESSAGES.statusHead(flags)[l]}${target.label[l]}${COLON[l]}`;
  });
  return {
    heads,
    observedHeads: heads.map((head) => `${head}${MESSAGES.observed[l]}`),
    required: `${COMMA[l]}${MESSAGES.required[l]}${target.compiled.requirement[l]}`,
    closing:
      `${unclearText(target, l)}${STOP[l]}${sourceText(ruleSet, target, l)}${departmentsText(target, l)}`.trimEnd(),
    comma: COMMA[l],
    done: MESSAGES.milestoneDone[l],
    notDone: MESSAGES.milestoneNotDone[l],
    pick: PICK[l],
  };
}

function staticParts(ruleSet: CompiledRuleSet, target: CompiledTarget): StaticParts {
  const cached = staticCache.get(target);
  if (cached) return cached;
  const parts: StaticParts = {
    hans: localeParts(ruleSet, target, 'zh-Hans'),
    hant: localeParts(ruleSet, target, 'zh-Hant'),
    en: localeParts(ruleSet, target, 'en'),
  };
  staticCache.set(target, parts);
  return parts;
}

/** A status's position in {@link STATUSES}. */
function statusIndex(status: Status): number {
  switch (status) {
    case 'met':
      return 0;
    case 'not_met':
      return 1;
    case 'no_data':
      return 2;
    case 'not_applicable':
      return 3;
    default:
      return 4;
  }
}

/** One locale's explanation from the target's fixed parts and this region's findings. */
function explanationLine(
  input: ExplanationInput,
  fixed: LocaleParts,
  status: number,
  parts: readonly LocalizedText[],
): string {
  const { pick } = fixed;
  if (input.status === 'no_data')
    return `${fixed.heads[status]}${pick(parts[0] as LocalizedText)}${fixed.required}${fixed.closing}`;
  if (input.status === 'not_applicable')
    return `${fixed.heads[status]}${pick(parts[0] as LocalizedText)}${fixed.closing}`;
  // A milestone is done or not: 已完成 / 尚未完成 says it all, without 实际是/否 against 要求完成.
  let text =
    input.target.kind === 'milestone'
      ? `${fixed.heads[status]}${input.status === 'met' ? fixed.done : fixed.notDone}`
      : `${fixed.observedHeads[status]}${input.measurement ? pick(input.measurement.observedText) : ''}${fixed.required}`;
  for (let i = 0; i < parts.length; i++) text += `${fixed.comma}${pick(parts[i] as LocalizedText)}`;
  return text + fixed.closing;
}

/**
 * The explanation of one target in every locale: status, what was observed against what is required,
 * the gap in the target's unit, the quoted clause with its section, and the departments named.
 * @example explainTarget(input)['zh-Hans'] // '【未达标】产品质量监督抽查合格率：实际94.99%，要求不低于95%，差距0.01个百分点。原文：“…”'
 */
export function explainTarget(input: ExplanationInput): LocalizedText {
  const fixed = staticParts(input.ruleSet, input.target);
  const parts = findingParts(input);
  const status = statusIndex(input.status);
  return {
    'zh-Hans': explanationLine(input, fixed.hans, status, parts),
    'zh-Hant': explanationLine(input, fixed.hant, status, parts),
    en: explanationLine(input, fixed.en, status, parts),
  };
}
