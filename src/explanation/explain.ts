import type { Locale, LocalizedText } from '../i18n/locale.js';
import { MESSAGES, perLocale } from '../i18n/messages.js';
import type { Measurement, MissingItem } from '../evaluation/kinds/types.js';
import type { CompiledRuleSet, CompiledTarget } from '../rulesets/load.js';
import { STATUSES, type Status } from '../scoring/score.js';
import { PUNCTUATION } from '../i18n/punctuation.js';

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
}

const { colon: COLON, comma: COMMA, stop: STOP } = PUNCTUATION;

function departmentsText(target: CompiledTarget, l: Locale): string {
  const parts: string[] = [];
  const sep = PUNCTUATION.list[l];
  if (target.departments.lead.length > 0) parts.push(`${MESSAGES.lead[l]}${COLON[l]}${target.departments.lead.join(sep)}`);
  if (target.departments.responsible.length > 0) parts.push(`${MESSAGES.responsible[l]}${COLON[l]}${target.departments.responsible.join(sep)}`);
  return parts.length > 0 ? `${parts.join(PUNCTUATION.semicolon[l])}${STOP[l]}` : '';
}

function sourceText(ruleSet: CompiledRuleSet, target: CompiledTarget, l: Locale): string {
  return `${MESSAGES.source[l]}${COLON[l]}“${target.source.clause}”${MESSAGES.sourceWhere(ruleSet.data.title, target.source.section)[l]}${STOP[l]}`;
}

/** The region-specific sentence parts, each message rendered once for all three locales. */
function findingParts(input: ExplanationInput): readonly LocalizedText[] {
  const { target, measurement } = input;
  switch (input.status) {
    case 'no_data': {
      const what = perLocale((l) => (input.missing ?? []).map((m) => `${m.what[l]}（${m.indicator}）`).join(PUNCTUATION.list[l]));
      return [MESSAGES.missing(what)];
    }
    case 'not_applicable':
      return [MESSAGES.notApplicableBecause(input.notApplicableReason ?? '')];
    default: {
      const parts: LocalizedText[] = [];
      if (measurement?.gapText) parts.push(MESSAGES.gap(measurement.gapText));
      for (const note of measurement?.notes ?? []) parts.push(note);
      if (input.status === 'not_due') parts.push(MESSAGES.notDue(target.deadline, input.asOf));
      else if (input.provisional) parts.push(MESSAGES.provisional(input.asOf, target.deadline));
      return parts;
    }
  }
}

function findingText(input: ExplanationInput, parts: readonly LocalizedText[], required: string, l: Locale): string {
  if (input.status === 'no_data') return `${(parts[0] as LocalizedText)[l]}${COMMA[l]}${required}`;
  if (input.status === 'not_applicable') return (parts[0] as LocalizedText)[l];
  let text = `${MESSAGES.observed[l]}${input.measurement?.observedText[l] ?? ''}${COMMA[l]}${required}`;
  for (const part of parts) text += `${COMMA[l]}${part[l]}`;
  return text;
}

/** The parts of a target's explanation that do not depend on the region, built once per target. */
interface StaticParts {
  /** "【未达标·预期性（力争）】产品质量监督抽查合格率：" per status. */
  readonly heads: Readonly<Record<Status, LocalizedText>>;
  readonly required: LocalizedText;
  /** The quoted clause, its section and the departments. */
  readonly tail: LocalizedText;
}

const staticCache = new WeakMap<CompiledTarget, StaticParts>();

function staticParts(ruleSet: CompiledRuleSet, target: CompiledTarget): StaticParts {
  const cached = staticCache.get(target);
  if (cached) return cached;
  const heads = Object.fromEntries(
    STATUSES.map((status) => [
      status,
      perLocale((l) => {
        const flags = [MESSAGES.status[status]];
        if (target.commitment === 'aspirational') flags.push(MESSAGES.commitment.aspirational);
        if (target.veto) flags.push(MESSAGES.veto);
        return `${MESSAGES.statusHead(flags)[l]}${target.label[l]}${COLON[l]}`;
      }),
    ]),
  ) as Record<Status, LocalizedText>;
  const parts: StaticParts = {
    heads,
    required: perLocale((l) => `${MESSAGES.required[l]}${target.compiled.requirement[l]}`),
    tail: perLocale((l) => `${sourceText(ruleSet, target, l)}${departmentsText(target, l)}`.trimEnd()),
  };
  staticCache.set(target, parts);
  return parts;
}

/**
 * The explanation of one target in every locale: status, what was observed against what is required,
 * the gap in the target's unit, the quoted clause with its section, and the departments named.
 * @example explainTarget(input)['zh-Hans'] // '【未达标】产品质量监督抽查合格率：实际94.99%，要求不低于95%，差距0.01个百分点。原文：“…”'
 */
export function explainTarget(input: ExplanationInput): LocalizedText {
  const fixed = staticParts(input.ruleSet, input.target);
  const head = fixed.heads[input.status];
  const parts = findingParts(input);
  const line = (l: Locale): string => `${head[l]}${findingText(input, parts, fixed.required[l], l)}${STOP[l]}${fixed.tail[l]}`;
  return { 'zh-Hans': line('zh-Hans'), 'zh-Hant': line('zh-Hant'), en: line('en') };
}
