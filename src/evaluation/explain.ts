import { keptPerObject } from '../core/kept.js';
import type { Measurement, MissingItem } from '../kinds/contract.js';
import type { Settled } from '../kinds/settled.js';
import { joinLocalized, MESSAGES, PUNCTUATION, REPORT_LABELS } from '../locales/index.js';
import type { Locale, LocalizedText } from '../locales/locale.js';
import { toSimplified, toTraditional } from '../locales/traditional.js';
import type { CompiledRuleSet, CompiledTarget } from '../rulesets/load.js';
import { STATUSES, type Status, type TargetOutcome } from './outcome.js';

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

// Names in Taiwan forms by the names they were made from, so a cohort converts each name once.
const taiwanForms = keptPerObject(
  (names: LocalizedText): LocalizedText => ({ ...names, 'zh-Hant': toTraditional(names['zh-Hant']) }),
);

/** The names of what a missing item is about: an indicator's or event type's names, else the target's label. */
function missingName(ruleSet: CompiledRuleSet, target: CompiledTarget, id: string): LocalizedText {
  const names = ruleSet.indicator(id)?.names ?? ruleSet.data.events?.find((e) => e.id === id)?.names;
  if (!names) return target.label;
  // Hand-written zh-Hant names take Taiwan forms, as the target labels do.
  return taiwanForms(names);
}

// Regions of a cohort mostly miss the same things for a target, so each target's missing texts are kept by
// what is missing (bounded: a stream of distinct gaps starts afresh rather than grow), and the last text of
// one missing thing, the usual case, is found by comparing its four strings, without building a key.
interface MissingMemo {
  readonly byKey: Map<string, LocalizedText>;
  /** The last single missing thing explained, and its text. */
  last: { readonly indicator: string; readonly what: LocalizedText; readonly text: LocalizedText } | null;
}

const missingTexts = new WeakMap<CompiledTarget, MissingMemo>();
const MISSING_TEXTS_PER_TARGET = 256;

/** What is missing, each thing once, the indicators that lack the same thing named together: 甲、乙的2018年数据. */
export function missingText(
  ruleSet: CompiledRuleSet,
  target: CompiledTarget,
  missing: readonly MissingItem[],
): LocalizedText {
  let memo = missingTexts.get(target);
  if (!memo) {
    memo = { byKey: new Map(), last: null };
    missingTexts.set(target, memo);
  }
  const one = missing.length === 1 ? (missing[0] as MissingItem) : undefined;
  const last = memo.last;
  if (one !== undefined && last !== null && sameMissing(last, one)) return last.text;
  let key = '';
  for (const m of missing)
    key += `${m.indicator}\u0000${m.what.en}\u0000${m.what['zh-Hans']}\u0000${m.what['zh-Hant']}\u0001`;
  const known = memo.byKey;
  let text = known.get(key);
  if (text === undefined) {
    text = missingTextUncached(ruleSet, target, missing);
    if (known.size >= MISSING_TEXTS_PER_TARGET) known.clear();
    known.set(key, text);
  }
  // Its own copy of the strings compared: the caller's item is the region's, and may change after.
  if (one !== undefined)
    memo.last = {
      indicator: one.indicator,
      what: { 'zh-Hans': one.what['zh-Hans'], 'zh-Hant': one.what['zh-Hant'], en: one.what.en },
      text,
    };
  return text;
}

/** Whether a missing thing is the one kept: the same indicator, and what is missing the same in every locale. */
function sameMissing(kept: { readonly indicator: string; readonly what: LocalizedText }, m: MissingItem): boolean {
  const a = kept.what;
  const b = m.what;
  return (
    kept.indicator === m.indicator && a.en === b.en && a['zh-Hans'] === b['zh-Hans'] && a['zh-Hant'] === b['zh-Hant']
  );
}

function missingTextUncached(
  ruleSet: CompiledRuleSet,
  target: CompiledTarget,
  missing: readonly MissingItem[],
): LocalizedText {
  const groups = new Map<string, { what: LocalizedText; names: LocalizedText[] }>();
  for (const m of missing) {
    const key = m.what.en;
    let group = groups.get(key);
    if (!group) {
      group = { what: m.what, names: [] };
      groups.set(key, group);
    }
    const name = missingName(ruleSet, target, m.indicator);
    if (!group.names.some((n) => n.en === name.en)) group.names.push(name);
  }
  // What the target itself is about goes without saying: 缺少数据：2018年数据, not 培训人数的2018年数据.
  const own = target.label.en;
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

/** Whether the explanation states the gap: not for a zero bar broken, nor a strict bar hit exactly. */
function saysGap(fixed: StaticParts, measurement: Measurement): boolean {
  return measurement.gapText !== null && !fixed.zeroBar && !measurement.gap?.isZero();
}

/** The gap as a sentence part (差距… or 超出…). */
function gapPart(target: CompiledTarget, gapText: LocalizedText): LocalizedText {
  return isCeiling(target) ? MESSAGES.exceeded(gapText) : MESSAGES.gap(gapText);
}

/** "，原文“力争”是否及于本目标不明确，本报告按约束性目标计" for a target whose commitment is unclear, else nothing. */
function unclearText(target: CompiledTarget, l: Locale): string {
  if (target.data.commitment !== 'unclear') return '';
  return `${COMMA[l]}${MESSAGES.commitmentUnclear(MESSAGES.commitment[target.commitment])[l]}`;
}

/**
 * The sentence parts after the gap (notes, what is missing beside a settled verdict, why it is
 * settled, an open deadline, not yet due or interim), or null when there are none, as for most
 * targets: no array is made for them.
 */
function laterParts(
  ruleSet: CompiledRuleSet,
  target: CompiledTarget,
  fixed: StaticParts,
  status: Status,
  measurement: Measurement | undefined,
  missing: readonly MissingItem[] | undefined,
  asOf: string,
  provisional: boolean,
  settled: Settled | undefined,
): LocalizedText[] | null {
  const notes = measurement?.notes;
  const withNotes = notes !== undefined && notes.length > 0;
  const withMissing = missing !== undefined && missing.length > 0;
  const open = fixed.openDeadline;
  const timing = status === 'not_due' || provisional;
  if (!withNotes && !withMissing && !settled && open === undefined && !timing) return null;
  const parts: LocalizedText[] = withNotes ? notes.slice() : [];
  // Data missing beside a settled verdict: say what is missing, then why it does not matter.
  if (withMissing) parts.push(missingText(ruleSet, target, missing));
  if (settled) parts.push(settled.note);
  if (open === undefined && !timing) return parts;
  const at = timingAt(fixed, asOf);
  if (open !== undefined) {
    at.open ??= MESSAGES.openDeadline[open](asOf);
    parts.push(at.open);
  }
  if (status === 'not_due') {
    at.notDue ??= MESSAGES.notDue(target.deadline, asOf);
    parts.push(at.notDue);
  } else if (provisional) {
    at.provisional ??= MESSAGES.provisional(asOf, target.deadline);
    parts.push(at.provisional);
  }
  return parts;
}

/**
 * What a target's explanations say of its timing as of one date (open deadline, not yet due, interim),
 * each made when first needed. They depend on the target and the as-of date alone, which the regions of
 * a cohort share, and the zh-Hant forms are converted with OpenCC: kept for the last date asked.
 */
interface TimingTexts {
  readonly asOf: string;
  open: LocalizedText | undefined;
  notDue: LocalizedText | undefined;
  provisional: LocalizedText | undefined;
}

/** The target's timing texts as of `asOf`: the kept ones, or fresh ones for another date. */
function timingAt(fixed: StaticParts, asOf: string): TimingTexts {
  const kept = fixed.timing;
  if (kept.asOf === asOf) return kept;
  const fresh: TimingTexts = { asOf, open: undefined, notDue: undefined, provisional: undefined };
  fixed.timing = fresh;
  return fresh;
}

/**
 * The parts of a target's explanation that do not depend on the region, in one locale, built once per
 * target and joined with their punctuation, so an explanation is a handful of concatenations per locale.
 * Indexed by status position, each locale's parts read by their own key: the lines are written per region
 * per target, and reads by a computed locale or status key were the slowest part of them.
 */
interface LocaleParts {
  /** "【未达标·预期性（力争）】产品质量监督抽查合格率：" per status (in {@link STATUSES} order). */
  readonly heads: readonly string[];
  /** The head followed by "实际", per status, for statuses that report an observed value. */
  readonly observedHeads: readonly string[];
  /** "，要求不低于95%". */
  readonly required: string;
  /**
   * The requirement, the comma and the gap message up to the gap ("，要求不低于95%，差距"), or null where
   * the gap message is not plain text around the gap (then it is rendered per region).
   */
  readonly requiredGapOpen: string | null;
  /** What the gap message writes after the gap (nothing in the shipped locales). */
  readonly gapClose: string;
  /** That followed by the closing, for a gap with nothing after it. */
  readonly gapClosing: string;
  /** "。原文：“…”（《…》…）牵头部门：…". */
  readonly closing: string;
  /** The requirement followed by the closing, for a target without data. */
  readonly requiredClosing: string;
  /** The comma that joins the region's findings. */
  readonly comma: string;
  /** The head with 已完成 / 尚未完成, per status, for a milestone. */
  readonly milestoneHeads: readonly string[];
}

/**
 * One {@link LocaleParts} per locale: what a target's explanations share, whatever the region, and what
 * decides which parts a line takes, read once from the target (whose raw shape differs by kind).
 */
export interface StaticParts {
  readonly hans: LocaleParts;
  readonly hant: LocaleParts;
  readonly en: LocaleParts;
  readonly milestone: boolean;
  /** A zero bar (零发生): broken, it states no gap. */
  readonly zeroBar: boolean;
  /** Whether every locale joins the gap message from fixed parts (see `requiredGapOpen`). */
  readonly gapJoined: boolean;
  /** 到20XX年: the open deadline's wording, judged as of the as-of date. */
  readonly openDeadline: OpenDeadline | undefined;
  /** The timing texts of the last as-of date explained (see `timingAt`). */
  timing: TimingTexts;
}

/** How a target without a fixed deadline is worded. */
type OpenDeadline = NonNullable<CompiledTarget['data']['openDeadline']>;

const staticCache = new WeakMap<CompiledTarget, StaticParts>();

/** Text around an argument, as a message writes it: what comes before it and what after. */
interface Around {
  readonly before: string;
  readonly after: string;
}

// Two probes, one with a simplified character OpenCC would convert: a message that only places its
// argument shows both unchanged at the same spot, so its text around them can be joined ahead of time.
const PROBES = ['\u0000', '\u0001后\u0002'] as const;

/**
 * What a one-argument message writes around its argument in one locale, or null when it does more than
 * place the argument (converts, counts or drops it), so it must be rendered with the real argument.
 * @example messageAround(MESSAGES.gap, 'zh-Hans') // { before: '差距', after: '' }
 */
export function messageAround(message: (arg: LocalizedText) => LocalizedText, l: Locale): Around | null {
  let around: Around | null = null;
  for (const probe of PROBES) {
    const text = message({ 'zh-Hans': probe, 'zh-Hant': probe, en: probe })[l];
    const at = text.indexOf(probe);
    if (at < 0 || text.indexOf(probe, at + 1) >= 0) return null;
    const found = { before: text.slice(0, at), after: text.slice(at + probe.length) };
    if (around !== null && (around.before !== found.before || around.after !== found.after)) return null;
    around = found;
  }
  return around;
}

function localeParts(ruleSet: CompiledRuleSet, target: CompiledTarget, l: Locale): LocaleParts {
  const heads = STATUSES.map((status) => {
    const flags = [MESSAGES.status[status]];
    if (target.commitment === 'aspirational') flags.push(MESSAGES.commitment.aspirational);
    if (target.veto) flags.push(MESSAGES.veto);
    return `${MESSAGES.statusHead(flags)[l]}${target.label[l]}${COLON[l]}`;
  });
  const required = `${COMMA[l]}${MESSAGES.required[l]}${target.compiled.requirement[l]}`;
  const closing =
    `${unclearText(target, l)}${STOP[l]}${sourceText(ruleSet, target, l)}${departmentsText(target, l)}`.trimEnd();
  const gap = messageAround(isCeiling(target) ? MESSAGES.exceeded : MESSAGES.gap, l);
  return {
    heads,
    observedHeads: heads.map((head) => `${head}${MESSAGES.observed[l]}`),
    required,
    requiredGapOpen: gap === null ? null : `${required}${COMMA[l]}${gap.before}`,
    gapClose: gap === null ? '' : gap.after,
    gapClosing: `${gap === null ? '' : gap.after}${closing}`,
    closing,
    requiredClosing: `${required}${closing}`,
    comma: COMMA[l],
    milestoneHeads: heads.map(
      (head, i) => `${head}${STATUSES[i] === 'met' ? MESSAGES.milestoneDone[l] : MESSAGES.milestoneNotDone[l]}`,
    ),
  };
}

/** A target's fixed explanation parts, built on first use and kept per target. */
export function staticParts(ruleSet: CompiledRuleSet, target: CompiledTarget): StaticParts {
  const cached = staticCache.get(target);
  if (cached) return cached;
  const hans = localeParts(ruleSet, target, 'zh-Hans');
  const hant = localeParts(ruleSet, target, 'zh-Hant');
  const en = localeParts(ruleSet, target, 'en');
  const parts: StaticParts = {
    hans,
    hant,
    en,
    milestone: target.kind === 'milestone',
    zeroBar: target.kind === 'zero',
    gapJoined: hans.requiredGapOpen !== null && hant.requiredGapOpen !== null && en.requiredGapOpen !== null,
    openDeadline: target.data.openDeadline,
    timing: { asOf: '', open: undefined, notDue: undefined, provisional: undefined },
  };
  staticCache.set(target, parts);
  return parts;
}

/**
 * The explanation of a target with a verdict (met, not met, not due) in every locale at once: the head,
 * what was observed against what is required (a milestone: done or not), the gap, the later parts, the
 * closing. Each locale's text is read by its own key: a picker function per locale made every read a call
 * through one of three closures. `joinedGap` is set only where every locale joins the gap from fixed parts.
 */
function verdictLines(
  fixed: StaticParts,
  s: number,
  measurement: Measurement | undefined,
  joinedGap: LocalizedText | null,
  gapMessage: LocalizedText | null,
  later: readonly LocalizedText[] | null,
): LocalizedText {
  const { hans: a, hant: b, en: c } = fixed;
  let hans: string;
  let hant: string;
  let en: string;
  // A milestone is done or not: 已完成 / 尚未完成 says it all, without 实际是/否 against 要求完成.
  if (fixed.milestone) {
    hans = a.milestoneHeads[s] as string;
    hant = b.milestoneHeads[s] as string;
    en = c.milestoneHeads[s] as string;
    if (gapMessage !== null) {
      hans += a.comma + gapMessage['zh-Hans'];
      hant += b.comma + gapMessage['zh-Hant'];
      en += c.comma + gapMessage.en;
    }
  } else {
    hans = a.observedHeads[s] as string;
    hant = b.observedHeads[s] as string;
    en = c.observedHeads[s] as string;
    if (measurement !== undefined) {
      const seen = measurement.observedText;
      hans += seen['zh-Hans'];
      hant += seen['zh-Hant'];
      en += seen.en;
    }
    if (joinedGap !== null) {
      hans += `${a.requiredGapOpen}${joinedGap['zh-Hans']}${a.gapClose}`;
      hant += `${b.requiredGapOpen}${joinedGap['zh-Hant']}${b.gapClose}`;
      en += `${c.requiredGapOpen}${joinedGap.en}${c.gapClose}`;
    } else {
      hans += a.required;
      hant += b.required;
      en += c.required;
      if (gapMessage !== null) {
        hans += a.comma + gapMessage['zh-Hans'];
        hant += b.comma + gapMessage['zh-Hant'];
        en += c.comma + gapMessage.en;
      }
    }
  }
  if (later !== null)
    for (let i = 0; i < later.length; i++) {
      const part = later[i] as LocalizedText;
      hans += a.comma + part['zh-Hans'];
      hant += b.comma + part['zh-Hant'];
      en += c.comma + part.en;
    }
  return { 'zh-Hans': hans + a.closing, 'zh-Hant': hant + b.closing, en: en + c.closing };
}

/**
 * The explanation of one target in every locale: status, what was observed against what is required,
 * the gap in the target's unit, the quoted clause with its section, and the departments named.
 * @example explainTarget(ruleSet, outcome, '2018-12-31')['zh-Hans'] // '【未达标】产品质量监督抽查合格率：实际94.99%，要求不低于95%，差距0.01个百分点。原文：“…”'
 */
export function explainTarget(
  ruleSet: CompiledRuleSet,
  outcome: TargetOutcome,
  asOf: string,
  fixed: StaticParts = staticParts(ruleSet, outcome.target),
): LocalizedText {
  const { target, status } = outcome;
  const s = outcome.position;
  if (status === 'not_applicable') {
    const gathered = outcome.gathered;
    const reason = gathered.kind === 'not_applicable' ? gathered.reason : '';
    const why = reason ? MESSAGES.notApplicableBecause(reasonText(reason)) : MESSAGES.notApplicableDeclared;
    return {
      'zh-Hans': fixed.hans.heads[s] + why['zh-Hans'] + fixed.hans.closing,
      'zh-Hant': fixed.hant.heads[s] + why['zh-Hant'] + fixed.hant.closing,
      en: fixed.en.heads[s] + why.en + fixed.en.closing,
    };
  }
  if (status === 'no_data') {
    const what = missingText(ruleSet, target, outcome.missing ?? []);
    return {
      'zh-Hans': fixed.hans.heads[s] + what['zh-Hans'] + fixed.hans.requiredClosing,
      'zh-Hant': fixed.hant.heads[s] + what['zh-Hant'] + fixed.hant.requiredClosing,
      en: fixed.en.heads[s] + what.en + fixed.en.requiredClosing,
    };
  }
  const m = outcome.measurement;
  const gapText = m !== undefined && saysGap(fixed, m) ? (m.gapText as LocalizedText) : null;
  const milestone = fixed.milestone;
  // The whole gap message only where it cannot be joined from fixed parts (a milestone never has one today).
  const gapMessage = gapText !== null && (milestone || !fixed.gapJoined) ? gapPart(target, gapText) : null;
  const later = laterParts(
    ruleSet,
    target,
    fixed,
    status,
    m,
    outcome.missing,
    asOf,
    outcome.provisional,
    outcome.settled,
  );
  const joinedGap = gapMessage === null ? gapText : null;
  // Most targets say what was observed against what is required, perhaps the gap, and nothing more:
  // those lines are written here in a few joins of fixed parts, with each locale's text read directly.
  if (!milestone && later === null && m !== undefined && gapMessage === null) {
    const { hans, hant, en } = fixed;
    const seen = m.observedText;
    if (joinedGap === null)
      return {
        'zh-Hans': (hans.observedHeads[s] as string) + seen['zh-Hans'] + hans.requiredClosing,
        'zh-Hant': (hant.observedHeads[s] as string) + seen['zh-Hant'] + hant.requiredClosing,
        en: (en.observedHeads[s] as string) + seen.en + en.requiredClosing,
      };
    return {
      'zh-Hans':
        (hans.observedHeads[s] as string) +
        seen['zh-Hans'] +
        hans.requiredGapOpen +
        joinedGap['zh-Hans'] +
        hans.gapClosing,
      'zh-Hant':
        (hant.observedHeads[s] as string) +
        seen['zh-Hant'] +
        hant.requiredGapOpen +
        joinedGap['zh-Hant'] +
        hant.gapClosing,
      en: (en.observedHeads[s] as string) + seen.en + en.requiredGapOpen + joinedGap.en + en.gapClosing,
    };
  }
  return verdictLines(fixed, s, m, joinedGap, gapMessage, later);
}
