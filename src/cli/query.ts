// `dyad query`: filters the event database and prints events, counts over time, or the dyad matrix, as a table, JSON Lines or CSV.
import { existsSync } from 'node:fs';
import { Command, Option } from 'commander';
import { databasePath, openStore } from '../store/open.js';
import { FilterError, parseFilter, parsePeriod, type RawFilter } from '../store/filter.js';
import { StoreQueryError } from '../store/sqlite/sqlite-store.js';
import type { CountRow, DyadRow, StoredEvent } from '../store/model.js';
import { csvCell, formatter, type Column } from './format.js';

interface QueryOptions extends RawFilter {
  db?: string;
  format: 'table' | 'jsonl' | 'csv';
  countBy?: string;
  matrix?: string | boolean;
}

const FILTER_KEYS = ['from', 'to', 'actor', 'source', 'target', 'country', 'cameo', 'quad', 'place', 'q', 'modality', 'limit', 'offset'] as const;

const COUNTS: Array<Column<StoredEvent>> = [
  ['num_mentions', (e) => e.num_mentions],
  ['num_articles', (e) => e.num_articles],
  ['num_sources', (e) => e.num_sources],
];

export function queryCommand(): Command {
  return new Command('query')
    .description('query the event database: events, counts by period and QuadClass, or the dyad matrix')
    .option('--db <path>', 'database file (default: $DYAD_DB, else ./dyad.db)')
    .option('--from <date>', 'events on or after this date')
    .option('--to <date>', 'events on or before this date')
    .option('--actor <code>', 'actor code or prefix on either side (TUR, TURGOV, IGO)')
    .option('--source <code>', 'source actor code or prefix')
    .option('--target <code>', 'target actor code or prefix')
    .option('--country <ISO3>', 'country of either actor')
    .option('--cameo <code>', 'CAMEO root or code prefix (19, 190, 0256)')
    .option('--quad <n>', 'QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict')
    .option('--place <name>', 'place name of the event')
    .option('--q <text>', 'full-text search in the sentences of the events (SQLite FTS5 syntax)')
    .option('--modality <m>', 'asserted (default), negated, hypothetical, planned, or all')
    .option('--limit <n>', 'at most n events (default: all)')
    .option('--offset <n>', 'skip the first n events')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'jsonl', 'csv']).default('table'))
    .option('--count-by <period>', 'count events by day, week or month and QuadClass, with mean Goldstein')
    .option('--matrix [by]', 'dyad matrix: events and mean Goldstein by source and target country (or "code")')
    .action((opts: QueryOptions) => {
      process.exitCode = runQuery(opts);
    });
}

function pad(cells: string[][]): string {
  const widths = cells[0]!.map((_, k) => Math.max(...cells.map((r) => r[k]!.length)));
  return cells.map((r) => r.map((c, k) => (k === r.length - 1 ? c : c.padEnd(widths[k]!))).join('  ')).join('\n') + '\n';
}

function writeRows(rows: Array<Record<string, string | number | null>>, columns: string[], format: QueryOptions['format'], out: NodeJS.WritableStream): void {
  if (format === 'jsonl') {
    for (const r of rows) out.write(JSON.stringify(r) + '\n');
  } else if (format === 'csv') {
    out.write(columns.join(',') + '\n');
    for (const r of rows) out.write(columns.map((c) => csvCell(r[c] ?? null)).join(',') + '\n');
  } else {
    out.write(pad([columns, ...rows.map((r) => columns.map((c) => String(r[c] ?? '')))]));
  }
}

export function runQuery(opts: QueryOptions, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): number {
  const path = databasePath(opts.db);
  if (!existsSync(path)) {
    err.write(`dyad query: no database at ${path} (run dyad ingest first, or pass --db)\n`);
    return 2;
  }
  const store = openStore(path);
  try {
    const raw: Record<string, string | undefined> = {};
    for (const k of FILTER_KEYS) raw[k] = opts[k];
    const filter = parseFilter(raw);
    if (opts.countBy) {
      const rows: CountRow[] = store.countsByPeriod(filter, parsePeriod(opts.countBy));
      writeRows(rows as unknown as Array<Record<string, string | number>>, ['period', 'quad_class', 'events', 'mean_goldstein'], opts.format, out);
      return 0;
    }
    if (opts.matrix) {
      const rows: DyadRow[] = store.dyadMatrix(filter, opts.matrix === 'code' ? 'code' : 'country');
      writeRows(rows as unknown as Array<Record<string, string | number>>, ['source', 'target', 'events', 'mean_goldstein'], opts.format, out);
      return 0;
    }
    const events = store.query(filter);
    if (opts.format === 'table') {
      writeRows(
        events.map((e) => ({
          date: e.date, cameo: e.cameo, source: e.source.code, target: e.target?.code ?? '-', place: e.location?.name ?? '-', quad: e.quad_class,
          goldstein: e.goldstein, mentions: e.num_mentions, articles: e.num_articles, words: e.sentence.slice(e.evidence.trigger[0], e.evidence.trigger[1]), label: e.cameo_label,
        })),
        ['date', 'cameo', 'source', 'target', 'place', 'quad', 'goldstein', 'mentions', 'articles', 'words', 'label'],
        'table',
        out,
      );
    } else {
      const fmt = formatter<StoredEvent>(opts.format, COUNTS);
      out.write(fmt.header);
      events.forEach((e, k) => out.write(fmt.row(e, k === 0)));
      out.write(fmt.footer);
    }
    err.write(`dyad query: ${events.length} event${events.length === 1 ? '' : 's'}${filter.limit !== undefined ? ` of ${store.countMatching({ ...filter, limit: undefined, offset: undefined })}` : ''}\n`);
    return 0;
  } catch (e) {
    if (e instanceof FilterError || e instanceof StoreQueryError) {
      err.write(`dyad query: --${e.message}\n`);
      return 2;
    }
    throw e;
  } finally {
    store.close();
  }
}
