import { addMonths, endOfMonth, format, parseISO, startOfMonth } from 'date-fns';

/** Period granularities, coarsest first. */
export type Granularity = 'year' | 'half-year' | 'quarter' | 'month';

/** A parsed period label. */
export interface Period {
  readonly label: string;
  readonly granularity: Granularity;
  readonly year: number;
  /** 1-based index within the year: half (1–2), quarter (1–4) or month (1–12); 1 for a year. */
  readonly index: number;
}

const LABEL = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/;

/**
 * Parses a period label, or returns undefined when it is malformed.
 * @example parsePeriod('2018-Q3') // { label: '2018-Q3', granularity: 'quarter', year: 2018, index: 3 }
 */
export function parsePeriod(label: string): Period | undefined {
  const m = LABEL.exec(label);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2]) return { label, granularity: 'half-year', year, index: Number(m[2]) };
  if (m[3]) return { label, granularity: 'quarter', year, index: Number(m[3]) };
  if (m[4]) return { label, granularity: 'month', year, index: Number(m[4]) };
  return { label, granularity: 'year', year, index: 1 };
}

const MONTHS: Record<Granularity, number> = { year: 12, 'half-year': 6, quarter: 3, month: 1 };

/** Months in one period of a granularity. */
export function monthsIn(granularity: Granularity): number {
  return MONTHS[granularity];
}

/** The first day of a month as a local date, for any four-digit year. */
function firstOfMonth(year: number, month: number): Date {
  // `new Date(50, 0, 1)` is 1950 (JavaScript maps two-digit years), so the year is set on its own.
  const date = new Date(2000, month, 1);
  date.setFullYear(year);
  return date;
}

// Every region of a cohort asks for the same few periods and dates, and one date-fns parse or format costs
// microseconds: each answer below is computed once per distinct question. The caches are bounded (cleared
// when full) so a stream of distinct dates cannot grow them without limit.
const MEMO_LIMIT = 10_000;

function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  const known = cache.get(key);
  if (known !== undefined) return known;
  const value = compute();
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

const startCache = new Map<string, string>();
const endCache = new Map<string, string>();
const containingCache = new Map<string, string>();
const betweenCache = new Map<string, readonly string[]>();

/** First day of a period as an ISO date. */
export function periodStart(period: Period): string {
  return memo(startCache, `${period.granularity}|${period.year}|${period.index}`, () => {
    const month = (period.index - 1) * MONTHS[period.granularity];
    return format(startOfMonth(firstOfMonth(period.year, month)), 'yyyy-MM-dd');
  });
}

/** Last day of a period as an ISO date. */
export function periodEnd(period: Period): string {
  return memo(endCache, `${period.granularity}|${period.year}|${period.index}`, () => {
    const month = (period.index - 1) * MONTHS[period.granularity] + MONTHS[period.granularity] - 1;
    return format(endOfMonth(firstOfMonth(period.year, month)), 'yyyy-MM-dd');
  });
}

/** The label of a period of `granularity` that contains an ISO date. */
export function periodContaining(isoDate: string, granularity: Granularity): string {
  return memo(containingCache, `${granularity}|${isoDate}`, () => labelContaining(isoDate, granularity));
}

function labelContaining(isoDate: string, granularity: Granularity): string {
  const d = parseISO(isoDate);
  const year = d.getFullYear();
  const month = d.getMonth();
  switch (granularity) {
    case 'year':
      return String(year);
    case 'half-year':
      return `${year}-H${month < 6 ? 1 : 2}`;
    case 'quarter':
      return `${year}-Q${Math.floor(month / 3) + 1}`;
    case 'month':
      return `${year}-${String(month + 1).padStart(2, '0')}`;
  }
}

/** Every period label of `granularity` from the one containing `fromIso` to the one containing `toIso`. */
export function periodsBetween(fromIso: string, toIso: string, granularity: Granularity): string[] {
  // A copy of the remembered list: callers own the array they get.
  return [...memo(betweenCache, `${granularity}|${fromIso}|${toIso}`, () => listPeriods(fromIso, toIso, granularity))];
}

function listPeriods(fromIso: string, toIso: string, granularity: Granularity): string[] {
  const out: string[] = [];
  const last = periodContaining(toIso, granularity);
  let cursor = startOfMonth(parseISO(fromIso));
  for (let guard = 0; guard < 12 * 200; guard++) {
    const label = periodContaining(format(cursor, 'yyyy-MM-dd'), granularity);
    if (out[out.length - 1] !== label) out.push(label);
    if (label === last) break;
    cursor = addMonths(cursor, MONTHS[granularity]);
  }
  return out;
}

// Every region of a cohort carries the same few dates (as-of, deadlines), and date-fns parsing and
// formatting cost microseconds each, so each date string is checked once.
const realDates = new Map<string, boolean>();

/** Whether an ISO date string names a real calendar day (2018-02-30 does not). */
export function isRealDate(iso: string): boolean {
  let real = realDates.get(iso);
  if (real === undefined) {
    const d = parseISO(iso);
    real = !Number.isNaN(d.getTime()) && format(d, 'yyyy-MM-dd') === iso;
    if (realDates.size < 10_000) realDates.set(iso, real);
  }
  return real;
}
