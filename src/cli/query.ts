// `dyad query`: filters the event database and prints events, counts over time, or the dyad matrix, as a table, JSON Lines or CSV.
import { Command, Option } from 'commander';
import { filterOf, parsePeriod, type RawFilter } from '../store/filter.js';
import type { CountRow, DyadRow, StoredEvent } from '../store/model.js';
import { alignedTable, csvCell, formatter } from './format.js';
import { COUNT_COLUMNS, addStoreOptions, withStoredEvents } from './store-reader.js';

interface QueryOptions extends RawFilter {
  db?: string;
  format: 'table' | 'jsonl' | 'csv';
  countBy?: string;
  matrix?: string | boolean;
}

export function queryCommand(): Command {
  const command = new Command('query').description('query the event database: events, counts by period and QuadClass, or the dyad matrix');
  return addStoreOptions(command)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'jsonl', 'csv']).default('table'))
    .option('--count-by <period>', 'count events by day, week, month or year and QuadClass, with mean Goldstein')
    .option('--matrix [by]', 'dyad matrix: events and mean Goldstein by source and target country (or "code")')
    .action(async (opts: QueryOptions) => {
      process.exitCode = await runQuery(opts);
    });
}

function writeRows(rows: Array<Record<string, string | number | null>>, columns: string[], format: QueryOptions['format'], out: NodeJS.WritableStream): void {
  if (format === 'jsonl') {
    for (const r of rows) out.write(JSON.stringify(r) + '\n');
  } else if (format === 'csv') {
    out.write(columns.join(',') + '\n');
    for (const r of rows) out.write(columns.map((c) => csvCell(r[c] ?? null)).join(',') + '\n');
  } else {
    out.write(alignedTable([columns, ...rows.map((r) => columns.map((c) => String(r[c] ?? '')))]));
  }
}

export function runQuery(opts: QueryOptions, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  return withStoredEvents('query', opts.db, err, async (store) => {
    const { filter } = filterOf(Object.entries(opts), ['db', 'format', 'countBy', 'matrix']);
    if (opts.countBy) {
      const rows: CountRow[] = await store.countsByPeriod(filter, parsePeriod(opts.countBy, 'count-by'));
      writeRows(rows as unknown as Array<Record<string, string | number>>, ['period', 'quad_class', 'events', 'mean_goldstein'], opts.format, out);
      return 0;
    }
    if (opts.matrix) {
      const rows: DyadRow[] = await store.dyadMatrix(filter, opts.matrix === 'code' ? 'code' : 'country');
      writeRows(rows as unknown as Array<Record<string, string | number>>, ['source', 'target', 'events', 'mean_goldstein'], opts.format, out);
      return 0;
    }
    const events = await store.query(filter);
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
      const fmt = formatter<StoredEvent>(opts.format, COUNT_COLUMNS);
      out.write(fmt.header);
      events.forEach((e, k) => out.write(fmt.row(e, k === 0)));
      out.write(fmt.footer);
    }
    err.write(`dyad query: ${events.length} event${events.length === 1 ? '' : 's'}${filter.limit !== undefined ? ` of ${await store.countMatching({ ...filter, limit: undefined, offset: undefined })}` : ''}\n`);
    return 0;
  });
}
