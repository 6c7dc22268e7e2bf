// Time buckets of the charts: every period between two (gaps drawn as zero), readable tick labels, and the dates a brushed range stands for.
import type { CountRow, Period } from './api.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = 86_400_000;

const utc = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7) || 1) - 1, Number(s.slice(8, 10) || 1));
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The period after `p`: the next day, Monday, month or year. */
export function nextPeriod(p: string, period: Period): string {
  if (period === 'year') return String(Number(p) + 1);
  if (period === 'month') {
    const [y, m] = [Number(p.slice(0, 4)), Number(p.slice(5, 7))];
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  return iso(utc(p) + (period === 'week' ? 7 : 1) * DAY);
}

/** The first and last day of a period, as the From and To filters take them. */
export function periodRange(p: string, period: Period): [string, string] {
  if (period === 'year') return [`${p}-01-01`, `${p}-12-31`];
  if (period === 'month') return [`${p}-01`, iso(utc(nextPeriod(p, 'month') + '-01') - DAY)];
  if (period === 'week') return [p, iso(utc(p) + 6 * DAY)];
  return [p, p];
}

export interface Bucket { period: string; counts: Record<number, number>; total: number; goldstein: number | null }

/** Counts rows as one bucket per period from the first to the last, empty periods included. */
export function buckets(rows: CountRow[], period: Period, span?: [string, string]): Bucket[] {
  const map = new Map<string, { counts: Record<number, number>; total: number; weighted: number }>();
  for (const r of rows) {
    const b = map.get(r.period) ?? { counts: {}, total: 0, weighted: 0 };
    b.counts[r.quad_class] = (b.counts[r.quad_class] ?? 0) + r.events;
    b.total += r.events;
    b.weighted += r.mean_goldstein * r.events;
    map.set(r.period, b);
  }
  const keys = [...map.keys()].sort();
  const first = span?.[0] ?? keys[0];
  const last = span?.[1] ?? keys[keys.length - 1];
  if (!first || !last) return [];
  const out: Bucket[] = [];
  // A guard against runaway loops on a malformed period: no chart has more than a few thousand bars.
  for (let p = first; p <= last && out.length < 5000; p = nextPeriod(p, period)) {
    const b = map.get(p);
    out.push({ period: p, counts: b?.counts ?? {}, total: b?.total ?? 0, goldstein: b && b.total ? b.weighted / b.total : null });
  }
  return out;
}

/** The first and last period of several sets of rows, so that charts side by side share their time axis. */
export function spanOf(...sets: CountRow[][]): [string, string] | undefined {
  const all = sets.flat().map((r) => r.period).sort();
  return all.length ? [all[0]!, all[all.length - 1]!] : undefined;
}

/** A period's label on an axis: 2019, Mar 2019, 4 Mar 2019. */
export function periodLabel(p: string, period: Period): string {
  if (period === 'year') return p;
  const month = MONTHS[Number(p.slice(5, 7)) - 1] ?? '';
  if (period === 'month') return `${month} ${p.slice(0, 4)}`;
  return `${Number(p.slice(8, 10))} ${month} ${p.slice(0, 4)}`;
}

/** Steps between labelled ticks, in buckets, that land on round dates (every 3 months, every January, …). */
const STEPS: Record<Period, number[]> = { day: [1, 2, 7, 14, 28, 56], week: [1, 2, 4, 13, 26, 52, 104], month: [1, 2, 3, 6, 12, 24, 60, 120], year: [1, 2, 5, 10, 20, 50] };

/** A bucket's place on an absolute scale, so that ticks fall on the same dates whatever the first bucket. */
function ordinal(p: string, period: Period): number {
  if (period === 'year') return Number(p);
  if (period === 'month') return Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7)) - 1;
  return Math.round(utc(p) / DAY / (period === 'week' ? 7 : 1));
}

/** Which buckets get a tick label, on round dates, so that labels of about `labelWidth` pixels never overlap in `width`. */
export function tickIndices(periods: string[], period: Period, width: number, labelWidth: number): number[] {
  if (periods.length === 0) return [];
  const fit = Math.max(1, Math.floor(width / labelWidth));
  const step = STEPS[period].find((s) => periods.length / s <= fit) ?? Math.ceil(periods.length / fit);
  const out: number[] = [];
  periods.forEach((p, k) => {
    if (ordinal(p, period) % step === 0) out.push(k);
  });
  return out.length > 0 ? out : [0];
}

/** Round values for a count axis from 0 to at least `max`: 0, 5, 10, 15 … */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  for (let v = 0; v <= max + step * 0.001; v += step) out.push(Math.round(v));
  if (out[out.length - 1]! < max) out.push(out[out.length - 1]! + step);
  return out;
}

/** The bucket size that keeps a range readable: days up to two months, weeks up to a year, months up to eight years. */
export function autoPeriod(from: string | undefined, to: string | undefined): Period {
  if (!from || !to) return 'month';
  const days = (utc(to) - utc(from)) / DAY;
  return days <= 62 ? 'day' : days <= 370 ? 'week' : days <= 3000 ? 'month' : 'year';
}
