// When a filter's dates can be answered from counts kept by month or by year instead of by day: the one rule both stores' summary tables follow.
import type { EventFilter } from './model.js';

/** The last day of a date's month, for a date YYYY-MM-DD. */
export function lastDayOfMonth(date: string): string {
  const [y, m] = date.split('-').map(Number);
  return `${date.slice(0, 8)}${String(new Date(Date.UTC(y!, m!, 0)).getUTCDate()).padStart(2, '0')}`;
}

/**
 * Whether the filter's dates take whole months: `from` a month's first day (or a month, or a year), `to` a month's
 * last day (or a month, or a year). Summaries by month key a day's month by its first day ("2024-06-01") and a
 * date known only to the month or year by itself, so that such a filter's comparisons hold for the key as for the date.
 */
export function wholeMonths(f: EventFilter): boolean {
  if (f.from && f.from.length === 10 && !f.from.endsWith('-01')) return false;
  if (f.to && f.to.length === 10 && f.to !== lastDayOfMonth(f.to)) return false;
  return true;
}

/** The filter's parameters that are set, by name. */
export function setParameters(f: EventFilter): string[] {
  return Object.entries(f).filter(([, v]) => v !== undefined).map(([k]) => k);
}
