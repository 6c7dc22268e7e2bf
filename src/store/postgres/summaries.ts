// The PostgreSQL store's summary tables (events counted by day or month, country, CAMEO root and dyad), how the database keeps them in step with the events, and which of them answers a filter.
import type { EventFilter } from '../model.js';
import { setParameters, wholeMonths } from '../summary-dates.js';

/**
 * What a summary row is keyed by, from a row of `summary_changes` (or of the events, mapped to the same columns):
 * column name and SQL expression over the alias `c`.
 */
type Keys = Array<[column: string, expression: string]>;

interface SummaryTable {
  name: string;
  keys: Keys;
  /** Counted once for each country an event involves (its source's, and its target's when that is another). */
  byCountry?: boolean;
}

/** A day's month as its first day; a date known only to the month or year as itself (see wholeMonths). */
const MONTH = "CASE WHEN length(c.date) = 10 THEN substr(c.date, 1, 8) || '01' ELSE c.date END";

/** Every summary table, in the order a transaction's changes are folded into them (one order for all writers). */
export const SUMMARY_TABLES: readonly SummaryTable[] = [
  { name: 'counts_by_day', keys: [['modality', 'c.modality'], ['date', 'c.date'], ['quad_class', 'c.quad_class']] },
  { name: 'counts_by_month', keys: [['modality', 'c.modality'], ['month', MONTH], ['quad_class', 'c.quad_class']] },
  { name: 'counts_by_root_day', keys: [['root', 'c.root'], ['modality', 'c.modality'], ['date', 'c.date'], ['quad_class', 'c.quad_class']] },
  { name: 'counts_by_country_day', byCountry: true, keys: [['country', 'c.country'], ['modality', 'c.modality'], ['date', 'c.date'], ['quad_class', 'c.quad_class']] },
  { name: 'counts_by_country_month', byCountry: true, keys: [['country', 'c.country'], ['modality', 'c.modality'], ['month', MONTH], ['quad_class', 'c.quad_class']] },
  { name: 'counts_by_dyad_month', keys: [['modality', 'c.modality'], ['month', MONTH], ['source', 'c.dyad_source'], ['target', 'c.dyad_target']] },
];

/** The columns of a change: what any summary is keyed by, and the events and Goldstein sum it adds (or takes away). */
const CHANGE_COLUMNS = 'modality, date, quad_class, root, source_country, target_country, dyad_source, dyad_target, events, gold';

/**
 * Event rows (alias `e`) as change rows, grouped, `sign` 1 for rows added and -1 for rows gone. The Goldstein sum is
 * kept as an exact decimal (each score as numeric: its 15 significant digits, as avg()::numeric reads a double), so
 * a mean from a summary does not depend on the order events were added in.
 */
function changesOf(from: string, sign: 1 | -1): string {
  const minus = sign < 0 ? '-' : '';
  return `SELECT e.modality, e.date, e.quad_class, e.root, e.source_country, e.target_country,
      coalesce(e.source_country, substr(e.source_code, 1, 3)) AS dyad_source, coalesce(e.target_country, substr(e.target_code, 1, 3), '-') AS dyad_target,
      ${minus}count(*) AS events, ${minus}sum(e.goldstein::numeric) AS gold
    FROM ${from} e GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`;
}

/** Change rows (from `source`, with the change columns) as rows of one table, a country table's once per country. */
function rowsOf(table: SummaryTable, source: string): string {
  if (!table.byCountry) return `${source} c`;
  return `(SELECT source_country AS country, * FROM ${source} s WHERE source_country IS NOT NULL
    UNION ALL SELECT target_country AS country, * FROM ${source} s WHERE target_country IS NOT NULL AND target_country IS DISTINCT FROM source_country) c`;
}

/**
 * Adds change rows to a table, summed by its keys in key order (so two writers lock the rows they share in one
 * order), leaving out keys whose changes cancel out (a re-clustered event stored again as it was locks nothing).
 */
function foldInto(table: SummaryTable, source: string): string {
  const columns = table.keys.map(([c]) => c);
  const exprs = table.keys.map(([, e]) => e);
  const positions = columns.map((_, k) => k + 1).join(', ');
  return `INSERT INTO ${table.name} AS s (${columns.join(', ')}, events, gold)
    SELECT ${exprs.join(', ')}, sum(c.events), sum(c.gold) FROM ${rowsOf(table, source)}
    GROUP BY ${positions} HAVING sum(c.events) <> 0 OR sum(c.gold) <> 0 ORDER BY ${positions}
    ON CONFLICT (${columns.join(', ')}) DO UPDATE SET events = s.events + excluded.events, gold = s.gold + excluded.gold`;
}

/** Deletes the rows of a table the changes brought to zero events. */
function dropEmptied(table: SummaryTable, source: string): string {
  const columns = table.keys.map(([c]) => c);
  return `DELETE FROM ${table.name} s USING (SELECT DISTINCT ${table.keys.map(([c, e]) => `${e} AS ${c}`).join(', ')} FROM ${rowsOf(table, source)}) k
    WHERE (${columns.map((c) => `s.${c}`).join(', ')}) = (${columns.map((c) => `k.${c}`).join(', ')}) AND s.events = 0`;
}

/** The summary tables as the events are now: emptied and counted again (the migration's backfill, a bulk load's last step). */
export function rebuildSummariesSql(): string {
  const events = `(${changesOf('events', 1)})`;
  return [`TRUNCATE ${SUMMARY_TABLES.map((t) => t.name).join(', ')}`, ...SUMMARY_TABLES.map((t) => foldInto(t, events))].join(';\n');
}

/**
 * Migration 5: the summary tables, kept in step by the database itself, so that every writer (ingest, workers, a
 * hand-written DELETE) keeps them right:
 * - statement triggers on `events` append what each statement added or removed to `summary_changes`, an
 *   append-only table no two writers contend on;
 * - a deferred constraint trigger folds a transaction's changes into the summaries just before it commits, so the
 *   summary rows many writers share (today's counts) are locked only for the commit, always in one order.
 */
export function summariesMigrationSql(): string {
  const text = (c: string) => `${c} text COLLATE "C" NOT NULL`;
  const tables = SUMMARY_TABLES.map((t) => {
    const columns = t.keys.map(([c]) => (c === 'quad_class' ? 'quad_class integer NOT NULL' : text(c)));
    return `CREATE TABLE ${t.name} (${columns.join(', ')}, events integer NOT NULL, gold numeric NOT NULL, PRIMARY KEY (${t.keys.map(([c]) => c).join(', ')}));`;
  });
  const own = '(SELECT * FROM summary_changes WHERE tx = txid_current())';
  return `
    ${tables.join('\n    ')}
    CREATE TABLE summary_changes (
      tx bigint NOT NULL DEFAULT txid_current(),
      modality text COLLATE "C" NOT NULL, date text COLLATE "C" NOT NULL, quad_class integer NOT NULL, root text COLLATE "C" NOT NULL,
      source_country text COLLATE "C", target_country text COLLATE "C", dyad_source text COLLATE "C" NOT NULL, dyad_target text COLLATE "C" NOT NULL,
      events integer NOT NULL, gold numeric NOT NULL
    );
    CREATE INDEX summary_changes_tx ON summary_changes(tx);
    CREATE FUNCTION dyad_events_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO summary_changes (${CHANGE_COLUMNS}) ${changesOf('old_rows', -1)};
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO summary_changes (${CHANGE_COLUMNS}) ${changesOf('new_rows', 1)};
      END IF;
      RETURN NULL;
    END $fn$;
    CREATE TRIGGER events_counted AFTER INSERT ON events REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dyad_events_changed();
    CREATE TRIGGER events_uncounted AFTER DELETE ON events REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dyad_events_changed();
    CREATE TRIGGER events_recounted AFTER UPDATE ON events REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dyad_events_changed();
    CREATE FUNCTION dyad_fold_summary_changes() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      -- Fired once for each change row at commit: the first firing folds them all, the others find none left.
      IF NOT EXISTS (SELECT 1 FROM summary_changes WHERE tx = txid_current()) THEN RETURN NULL; END IF;
      ${SUMMARY_TABLES.map((t) => `${foldInto(t, own)};`).join('\n      ')}
      ${SUMMARY_TABLES.map((t) => `${dropEmptied(t, own)};`).join('\n      ')}
      DELETE FROM summary_changes WHERE tx = txid_current();
      RETURN NULL;
    END $fn$;
    CREATE CONSTRAINT TRIGGER summary_changes_folded AFTER INSERT ON summary_changes DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION dyad_fold_summary_changes();
    ${rebuildSummariesSql()};
  `;
}

/** A summary table that holds the counts a filter asks for: its name, the column its dates are in, and the conditions on it. */
export interface Summary {
  table: string;
  dates: 'date' | 'month';
  where: string;
  params: unknown[];
}

const COUNTED = new Set(['from', 'to', 'modality', 'quad', 'country', 'cameo', 'limit', 'offset']);

function conditions(f: EventFilter, dates: 'date' | 'month', extra: Array<[string, unknown]>): { where: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => (params.push(value), parts.push(sql.replace('?', `$${params.length}`)));
  for (const [sql, value] of extra) add(sql, value);
  if (f.modality) add('s.modality = ?', f.modality);
  if (f.from) add(`s.${dates} >= ?`, f.from);
  // As the events' own condition: a date, or anything that begins with it.
  if (f.to) add(`s.${dates} <= ?`, f.to + '\uffff');
  if (f.quad !== undefined) add('s.quad_class = ?', f.quad);
  return { where: parts.length > 0 ? 'WHERE ' + parts.join(' AND ') : '', params };
}

/**
 * The summary that counts a filter's events (dates, modality, QuadClass, with at most a country or a CAMEO root), by
 * day, or by month when `byMonth` allows and the filter takes whole months; null when the events must be counted.
 */
export function countSummaryFor(f: EventFilter, byMonth: boolean): Summary | null {
  if (setParameters(f).some((k) => !COUNTED.has(k))) return null;
  if ((f.country && f.cameo) || (f.cameo && f.cameo.length !== 2)) return null;
  const monthly = byMonth && !f.cameo && wholeMonths(f);
  const dates = monthly ? 'month' : 'date';
  const table = f.country ? `counts_by_country_${monthly ? 'month' : 'day'}` : f.cameo ? 'counts_by_root_day' : `counts_by_${monthly ? 'month' : 'day'}`;
  const keys: Array<[string, unknown]> = f.country ? [['s.country = ?', f.country]] : f.cameo ? [['s.root = ?', f.cameo]] : [];
  return { table, dates, ...conditions(f, dates, keys) };
}

/** The summary that holds the dyad matrix by country of a filter of modality and whole months; null when it does not. */
export function dyadSummaryFor(f: EventFilter): Summary | null {
  if (setParameters(f).some((k) => !['from', 'to', 'modality', 'limit', 'offset'].includes(k))) return null;
  if (!wholeMonths(f)) return null;
  return { table: 'counts_by_dyad_month', dates: 'month', ...conditions(f, 'month', []) };
}

/**
 * Mean Goldstein over events, as every count of events reports it: the scores averaged as exact decimals and rounded
 * to 3 places. (An average of the doubles rounds a mean halfway between two thousandths either way, by the order the
 * rows were summed in; the decimal one does not, and a summary's sums give it exactly.)
 */
export const MEAN_GOLDSTEIN = 'round(avg(e.goldstein::numeric), 3)::float8';

/** The events and mean Goldstein of summary rows: the same as MEAN_GOLDSTEIN over their events. */
export const SUMMED = 'sum(s.events)::int AS events, round(sum(s.gold) / sum(s.events), 3)::float8 AS mean_goldstein';
