// A query filter as SQLite conditions on the events table, shaped for its indexes; and the summary table that can answer a count instead, when one can.
import type { Modality } from '../../document/types.js';
import type { EventFilter } from '../model.js';
import { setParameters, wholeMonths } from '../summary-dates.js';

/** Modalities as the events table keeps them: a small integer in every row and index entry instead of a word. */
export const MODALITY_CODES: Readonly<Record<Modality, number>> = { asserted: 0, negated: 1, hypothetical: 2, planned: 3 };

export interface Conditions {
  sql: string;
  params: unknown[];
}

/** A code prefix as a range, which an index can seek (a LIKE with ESCAPE cannot, on a case-sensitive index). */
const upTo = (prefix: string) => prefix + '\uffff';

/**
 * The filter's conditions, as alternatives to be united: a filter on either side (`actor`, `country`) is one set of
 * conditions with the source side and one with the target side, each of which an index answers in date order.
 */
export function alternativesOf(f: EventFilter): Conditions[] {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (f.from) parts.push('e.date >= ?'), params.push(f.from);
  if (f.to) parts.push('e.date <= ?'), params.push(upTo(f.to));
  if (f.source) parts.push('e.source_code >= ? AND e.source_code < ?'), params.push(f.source, upTo(f.source));
  if (f.target) parts.push('e.target_code >= ? AND e.target_code < ?'), params.push(f.target, upTo(f.target));
  if (f.cameo) {
    parts.push('e.root = ?'), params.push(f.cameo.slice(0, 2));
    if (f.cameo.length > 2) parts.push('e.cameo >= ? AND e.cameo < ?'), params.push(f.cameo, upTo(f.cameo));
  }
  if (f.quad !== undefined) parts.push('e.quad_class = ?'), params.push(f.quad);
  if (f.place) parts.push('e.location_name = ? COLLATE NOCASE'), params.push(f.place);
  if (f.modality) parts.push('e.modality = ?'), params.push(MODALITY_CODES[f.modality] ?? -1);
  // Keyset paging (dyad export): events strictly after the last one of the page before, in (date, id) order.
  if (f.after) parts.push('(e.date, e.id) > (?, ?)'), params.push(f.after.date, f.after.id);
  if (f.q) {
    parts.push('e.rowid IN (SELECT m.event FROM mentions m WHERE m.rowid IN (SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH ?))');
    params.push(f.q);
  }
  let alternatives: Conditions[] = [{ sql: parts.join(' AND '), params }];
  const either = (source: Conditions, target: Conditions) => {
    alternatives = alternatives.flatMap((a) => [source, target].map((side) => ({ sql: [a.sql, side.sql].filter(Boolean).join(' AND '), params: [...a.params, ...side.params] })));
  };
  if (f.actor) either({ sql: 'e.source_code >= ? AND e.source_code < ?', params: [f.actor, upTo(f.actor)] }, { sql: 'e.target_code >= ? AND e.target_code < ?', params: [f.actor, upTo(f.actor)] });
  if (f.country) either({ sql: 'e.source_country = ?', params: [f.country] }, { sql: 'e.target_country = ?', params: [f.country] });
  return alternatives;
}

/** The WHERE clause of one set of conditions. */
export function where(c: Conditions, ...more: string[]): string {
  const all = [c.sql, ...more].filter(Boolean);
  return all.length > 0 ? 'WHERE ' + all.join(' AND ') : '';
}

/** The events' row ids that match, each once: the alternatives united. */
export function matchingRowids(alternatives: Conditions[]): Conditions {
  if (alternatives.length === 1) return { sql: `SELECT e.rowid FROM events e ${where(alternatives[0]!)}`, params: alternatives[0]!.params };
  return { sql: alternatives.map((a) => `SELECT e.rowid FROM events e ${where(a)}`).join(' UNION '), params: alternatives.flatMap((a) => a.params) };
}

/** A summary table that holds the counts a filter asks for, and the conditions on it; null when the events must be counted. */
export interface Summary {
  table: string;
  conditions: Conditions;
}

const SUMMARISED = new Set(['from', 'to', 'modality', 'quad', 'country', 'cameo', 'limit', 'offset']);

/** Counts by day and QuadClass answer a filter of dates, modality and QuadClass, with at most a country or a CAMEO root. */
export function daySummaryFor(f: EventFilter): Summary | null {
  if (setParameters(f).some((k) => !SUMMARISED.has(k))) return null;
  if (f.country && f.cameo) return null;
  if (f.cameo && f.cameo.length !== 2) return null;
  const parts: string[] = [];
  const params: unknown[] = [];
  const table = f.country ? 'counts_by_country_day' : f.cameo ? 'counts_by_root_day' : 'counts_by_day';
  if (f.country) parts.push('s.country = ?'), params.push(f.country);
  if (f.cameo) parts.push('s.root = ?'), params.push(f.cameo);
  if (f.modality) parts.push('s.modality = ?'), params.push(MODALITY_CODES[f.modality] ?? -1);
  if (f.from) parts.push('s.date >= ?'), params.push(f.from);
  if (f.to) parts.push('s.date <= ?'), params.push(upTo(f.to));
  if (f.quad !== undefined) parts.push('s.quad_class = ?'), params.push(f.quad);
  return { table, conditions: { sql: parts.join(' AND '), params } };
}

/**
 * Counts by month and country dyad answer the dyad matrix by country of a filter of modality and whole months: `from`
 * a month's first day (or a month, or a year), `to` a month's last day (or a month, or a year). Months are keyed by
 * their first day, and dates known only to the month or year by themselves, so the filter's own comparisons hold.
 */
export function dyadMonthSummaryFor(f: EventFilter): Summary | null {
  if (setParameters(f).some((k) => !['from', 'to', 'modality', 'limit', 'offset'].includes(k))) return null;
  if (!wholeMonths(f)) return null;
  const parts: string[] = [];
  const params: unknown[] = [];
  if (f.modality) parts.push('s.modality = ?'), params.push(MODALITY_CODES[f.modality] ?? -1);
  if (f.from) parts.push('s.month >= ?'), params.push(f.from);
  if (f.to) parts.push('s.month <= ?'), params.push(upTo(f.to));
  return { table: 'counts_by_dyad_month', conditions: { sql: parts.join(' AND '), params } };
}

/** Mean Goldstein over events, as every count of events reports it. */
export const MEAN_GOLDSTEIN = 'round(avg(e.goldstein), 3)';

/** A summary's sums, from which `meanOfSums` gives the mean SQLite's avg() gives over the same events. */
export const SUMMED_GOLDSTEIN = 'sum(s.events) AS events, sum(s.gold10) AS gold10, sum(s.gold_err) AS gold_err';
