import type { Measurement, MissingItem } from '../kinds/contract.js';
import type { Settled } from '../kinds/settled.js';
import { MESSAGES, PUNCTUATION, perLocale } from '../locales/index.js';
import type { Locale, LocalizedText } from '../locales/locale.js';
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

function departmentsText(target: CompiledTarget, l: Locale): string {
  const parts: string[] = [];
  const sep = PUNCTUATION.list[l];
  if (target.departments.lead.length > 0)
    parts.push(`${MESSAGES.lead[l]}${COLON[l]}${target.departments.lead.join(sep)}`);
  if (target.departments.responsible.length > 0)
    parts.push(`${MESSAGES.responsible[l]}${COLON[l]}${target.departments.responsible.join(sep)}`);
  return parts.length > 0 ? `${parts.join(PUNCTUATION.semicolon[l])}${STOP[l]}` : '';
}

function sourceText(ruleSet: CompiledRuleSet, target: CompiledTarget, l: Locale): string {
  return `${MESSAGES.source[l]}${COLON[l]}“${target.source.clause}”${MESSAGES.sourceWhere(ruleSet.data.title, target.source.section)[l]}${STOP[l]}`;
}

/** 缺少数据：2017年度/期间的观测值（service-satisfaction）. */
function missingText(missing: readonly MissingItem[]): LocalizedText {
  const what = perLocale((l) => missing.map((m) => `${m.what[l]}（${m.indicator}）`).join(PUNCTUATION.list[l]));
  return MESSAGES.missing(what);
}

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
      return [missingText(input.missing ?? [])];
    case 'not_applicable':
      return [MESSAGES.notApplicableBecause(input.notApplicableReason ?? '')];
    default: {
      const parts: LocalizedText[] = [];
      if (measurement?.gapText) parts.push(MESSAGES.gap(measurement.gapText));
      for (const note of measurement?.notes ?? []) parts.push(note);
      // Data missing beside a settled verdict: say what is missing, then why it does not matter.
      if (input.missing && input.missing.length > 0) parts.push(missingText(input.missing));
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
 * The parts of a target's explanation that do not depend on the region, built once per target and
 * joined with their punctuation, so an explanation is a handful of concatenations per locale.
 */
interface StaticParts {
  /** "【未达标·预期性（力争）】产品质量监督抽查合格率：" per status. */
  readonly heads: Readonly<Record<Status, LocalizedText>>;
  /** The head followed by "实际", per status, for statuses that report an observed value. */
  readonly observedHeads: Readonly<Record<Status, LocalizedText>>;
  /** "，要求不低于95%". */
  readonly required: LocalizedText;
  /** "。原文：“…”（《…》…）牵头部门：…". */
  readonly closing: LocalizedText;
}

const staticCache = new WeakMap<CompiledTarget, StaticParts>();

function byStatus(render: (status: Status) => LocalizedText): Record<Status, LocalizedText> {
  return Object.fromEntries(STATUSES.map((status) => [status, render(status)])) as Record<Status, LocalizedText>;
}

function staticParts(ruleSet: CompiledRuleSet, target: CompiledTarget): StaticParts {
  const cached = staticCache.get(target);
  if (cached) return cached;
  const heads = byStatus((status) =>
    perLocale((l) => {
      const flags = [MESSAGES.status[status]];
      if (target.commitment === 'aspirational') flags.push(MESSAGES.commitment.aspirational);
      if (target.veto) flags.push(MESSAGES.veto);
      return `${MESSAGES.statusHead(flags)[l]}${target.label[l]}${COLON[l]}`;
    }),
  );
  const parts: StaticParts = {
    heads,
    observedHeads: byStatus((status) => perLocale((l) => `${heads[status][l]}${MESSAGES.observed[l]}`)),
    required: perLocale((l) => `${COMMA[l]}${MESSAGES.required[l]}${target.compiled.requirement[l]}`),
    closing: perLocale((l) =>
      `${unclearText(target, l)}${STOP[l]}${sourceText(ruleSet, target, l)}${departmentsText(target, l)}`.trimEnd(),
    ),
  };
  staticCache.set(target, parts);
  return parts;
}

/** One locale's explanation from the target's fixed parts and this region's findings. */
function explanationLine(
  input: ExplanationInput,
  fixed: StaticParts,
  parts: readonly LocalizedText[],
  l: Locale,
): string {
  const { status } = input;
  if (status === 'no_data')
    return `${fixed.heads[status][l]}${(parts[0] as LocalizedText)[l]}${fixed.required[l]}${fixed.closing[l]}`;
  if (status === 'not_applicable')
    return `${fixed.heads[status][l]}${(parts[0] as LocalizedText)[l]}${fixed.closing[l]}`;
  let text = `${fixed.observedHeads[status][l]}${input.measurement?.observedText[l] ?? ''}${fixed.required[l]}`;
  for (const part of parts) text += `${COMMA[l]}${part[l]}`;
  return text + fixed.closing[l];
}

/**
 * The explanation of one target in every locale: status, what was observed against what is required,
 * the gap in the target's unit, the quoted clause with its section, and the departments named.
 * @example explainTarget(input)['zh-Hans'] // '【未达标】产品质量监督抽查合格率：实际94.99%，要求不低于95%，差距0.01个百分点。原文：“…”'
 */
export function explainTarget(input: ExplanationInput): LocalizedText {
  const fixed = staticParts(input.ruleSet, input.target);
  const parts = findingParts(input);
  return {
    'zh-Hans': explanationLine(input, fixed, parts, 'zh-Hans'),
    'zh-Hant': explanationLine(input, fixed, parts, 'zh-Hant'),
    en: explanationLine(input, fixed, parts, 'en'),
  };
}
