/**
 * The frame of a plan: its title, region, issuer, number, period, headings and the departments it
 * names. Reads the prepared text (simplified, no spaces) and quotes the original.
 */
import { type PreparedText, quote } from './text.js';

/** A line of the prepared text with its offset. */
export interface Line {
  readonly text: string;
  readonly start: number;
}

/** The lines of the prepared text, empty ones left out. */
export function linesOf(text: PreparedText): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.plain.split('\n')) {
    if (part.length > 0) lines.push({ text: part, start });
    start += part.length + 1;
  }
  return lines;
}

/** A heading: its level (一、 1, （一） 2, 1. 3, 一是/—— 4), where its title ends and its body starts. */
export interface Heading {
  readonly level: number;
  readonly titleEnd: number;
  readonly bodyStart: number;
}

const LEVELS: ReadonlyArray<readonly [RegExp, number, number]> = [
  // [marker, level, longest title that still reads as a heading]
  [/^[一二三四五六七八九十]+、/, 1, 30],
  [/^（[一二三四五六七八九十]+）/, 2, 30],
  [/^\d{1,2}(?:[、.]|、\.)(?!\d)/, 3, 24],
  [/^（\d{1,2}）/, 4, 24],
  [/^[一二三四五六七八九十]是/, 4, 20],
  [/^—{1,2}(?=[\u4e00-\u9fa5])/, 4, 16],
];

/**
 * The heading a line opens with, if any: a numbered marker followed by a short title ending at 。 or
 * the line's end. A numbered line whose first sentence runs on (1、提高产品质量，加大…) is a list item.
 * @example headingOf('（二）发展目标')?.level // 2
 */
export function headingOf(line: string): Heading | undefined {
  for (const [marker, level, longest] of LEVELS) {
    const m = marker.exec(line);
    if (!m) continue;
    const stop = line.search(/[。：]/);
    const titleEnd = stop < 0 ? line.length : stop;
    const title = line.slice(m[0].length, titleEnd);
    if (title.length === 0 || title.length > longest || /[，；]/.test(title)) return undefined;
    // 2.主要服务行业顾客满意度达到85%左右: a numbered item stating a figure is a target, not a title.
    if (level >= 3 && /\d/.test(title)) return undefined;
    return { level, titleEnd, bodyStart: stop < 0 ? line.length : stop + 1 };
  }
  return undefined;
}

/** A list marker that opens a line which is not a heading (——, 1., （1）, 一是): not part of any quote. */
export function listMarkerLength(line: string): number {
  return (
    /^(?:—{1,2}|\d{1,2}(?:、\.|[、.])(?!\d)|（[\d一二三四五六七八九十]{1,2}）|[一二三四五六七八九十]是)/.exec(line)?.[0]
      .length ?? 0
  );
}

/** The document's title line: a line naming a plan (方案/计划/意见/规划/纲要) about quality, else the first plan-like line. */
export function titleLine(lines: readonly Line[]): Line | undefined {
  const head = lines.slice(0, 40);
  const planLike = (l: Line) =>
    /(?:方案|计划|意见|规划|纲要|办法|要点|安排)(?:[(（][^)）]*[)）])?$/.test(l.text) &&
    l.text.length <= 80 &&
    !/^[一二三四五六七八九十]+、/.test(l.text);
  return (
    head.find((l) => planLike(l) && /质量/.test(l.text) && !/《|通知/.test(l.text)) ??
    head.find((l) => planLike(l) && /质量/.test(l.text)) ??
    head.find(planLike)
  );
}

/** The plan period a title names: 2011—2020年 → both years, 2018年(度) → that year. */
export function periodInTitle(title: string): { start: number; end: number } | undefined {
  const span = /(\d{4})(?:年)?[—–\-~～至](\d{4})年/.exec(title);
  if (span) return { start: Number(span[1]), end: Number(span[2]) };
  const one = /(\d{4})年/.exec(title);
  if (one) return { start: Number(one[1]), end: Number(one[1]) };
  return undefined;
}

/** Region levels by the last character of a place name. */
const LEVEL_OF: Record<string, 'town' | 'county' | 'district' | 'city' | 'province'> = {
  镇: 'town',
  乡: 'town',
  街道: 'town',
  县: 'county',
  区: 'district',
  市: 'city',
  省: 'province',
};

/** The region a title names (福州市晋安区 → 晋安区 in 福州市), and the level its 强镇/强县 words imply otherwise. */
export function regionInTitle(title: string): {
  name?: string;
  parent?: string;
  level: 'town' | 'county' | 'district' | 'city' | 'province';
} {
  const lead = title.split(/人民政府|关于|\d{4}|质量|《/)[0] ?? '';
  const places = lead.match(/[\u4e00-\u9fa5]{1,8}?(?:省|市|县|区|镇|乡|街道)/g) ?? [];
  const name = places[places.length - 1];
  const worded = /强(镇|乡|县|区|市|省)/.exec(title)?.[1];
  const suffix = name ? (/(街道|[省市县区镇乡])$/.exec(name)?.[1] ?? '镇') : (worded ?? '镇');
  return {
    ...(name ? { name } : {}),
    ...(places.length > 1 ? { parent: places.slice(0, -1).join('') } : {}),
    level: LEVEL_OF[suffix] ?? 'town',
  };
}

/** The issuing body: the last 人民政府/办公室/局/委员会 line near the end, or in the title. */
export function issuerIn(text: PreparedText, lines: readonly Line[], title: string | undefined): string | undefined {
  const body = /^[\u4e00-\u9fa5]{2,30}(?:人民政府(?:办公室|办公厅)?|委员会|管理局|监督局|办公室|办公厅|领导小组)$/;
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 12); i--) {
    const l = lines[i] as Line;
    if (body.test(l.text)) return quote(text, l.start, l.start + l.text.length);
  }
  const inTitle = title ? /^([\u4e00-\u9fa5]{2,20}?人民政府(?:办公室)?)/.exec(title) : null;
  return inTitle?.[1];
}

/** A document number (嘉政发〔2016〕7号, 闵颛府办[2018]21号) as written. */
export function documentNumberIn(text: PreparedText, lines: readonly Line[]): string | undefined {
  for (const l of lines.slice(0, 15)) {
    const m = /[\u4e00-\u9fa5]{1,8}[〔[［【(（]\d{4}[〕\]］】)）]\d+号/.exec(l.text);
    if (m) return quote(text, l.start + m.index, l.start + m.index + m[0].length);
  }
  return undefined;
}

/** Departments a line names: （牵头单位：…；责任单位：…）, 牵头部门：…, or a bare list of offices in parentheses. */
export interface Departments {
  readonly lead: readonly string[];
  readonly responsible: readonly string[];
}

const ORG = /(?:办|局|委|科|中心|所|站|公司|部|院|会|室|队|单位|部门|政府|街道|镇|村)$/;

function names(list: string): string[] {
  return [
    ...new Set(
      list
        .split(/[、，,]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    ),
  ];
}

/**
 * The departments a line names and the spans they occupy (so their words are not read as targets).
 * @example departmentsIn('（牵头单位：区市场监管局；责任单位：各镇）').lead // ['区市场监管局']
 */
export function departmentsIn(line: string): { departments?: Departments; spans: Array<[number, number]> } {
  const spans: Array<[number, number]> = [];
  let lead: string[] = [];
  let responsible: string[] = [];
  for (const m of line.matchAll(/（([^（）]{2,200})）/g)) {
    const inner = m[1] as string;
    const labelled = /(牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门)：/.test(inner);
    if (labelled) {
      for (const part of inner.split(/[；;]/)) {
        const lm = /^(牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门)：(.+)$/.exec(part.trim());
        if (!lm) continue;
        if ((lm[1] as string).startsWith('牵头')) lead = [...lead, ...names(lm[2] as string)];
        else responsible = [...responsible, ...names(lm[2] as string)];
      }
      spans.push([m.index, m.index + m[0].length]);
      continue;
    }
    const items = names(inner);
    // A bare list of offices closing a measure (颛桥: （党群办、经发办、督查室）).
    if (
      items.length > 0 &&
      items.every((s) => ORG.test(s) && s.length <= 14) &&
      m.index + m[0].length >= line.length - 1
    ) {
      responsible = [...responsible, ...items];
      spans.push([m.index, m.index + m[0].length]);
    }
  }
  const labelledLine = /^(牵头单位|牵头部门|责任单位|责任部门)：(.+)$/.exec(line);
  if (labelledLine) {
    if ((labelledLine[1] as string).startsWith('牵头')) lead = [...lead, ...names(labelledLine[2] as string)];
    else responsible = [...responsible, ...names(labelledLine[2] as string)];
    spans.push([0, line.length]);
  }
  if (lead.length === 0 && responsible.length === 0) return { spans };
  return { departments: { lead: [...new Set(lead)], responsible: [...new Set(responsible)] }, spans };
}
