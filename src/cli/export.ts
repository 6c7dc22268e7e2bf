// `dyad export`: writes the stored events in the field's formats: GDELT 2.0 event table, PLOVER JSON, CSV, JSON Lines.
import { existsSync } from 'node:fs';
import { Command, Option } from 'commander';
import { databasePath, openStore } from '../store/open.js';
import { FilterError, parseFilter } from '../store/filter.js';
import { StoreQueryError } from '../store/sqlite/sqlite-store.js';
import type { StoredEvent } from '../store/model.js';
import { gdeltRow } from '../export/gdelt.js';
import { toPlover } from '../export/plover.js';
import { formatter, type Column } from './format.js';

export const EXPORT_FORMATS = ['gdelt', 'plover', 'csv', 'jsonl'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

interface ExportOptions {
  db?: string;
  format: ExportFormat;
  [filter: string]: string | undefined;
}

const FILTERS = ['from', 'to', 'actor', 'source', 'target', 'country', 'cameo', 'quad', 'place', 'q', 'modality'] as const;
const COUNTS: Array<Column<StoredEvent>> = [
  ['num_mentions', (e) => e.num_mentions],
  ['num_articles', (e) => e.num_articles],
  ['num_sources', (e) => e.num_sources],
];

export function exportCommand(): Command {
  const command = new Command('export')
    .description('export stored events: GDELT 2.0 event table (tab-separated, no header), PLOVER JSON Lines, CSV or JSON Lines')
    .addOption(new Option('-f, --format <format>', 'output format').choices(EXPORT_FORMATS).default('jsonl'))
    .option('--db <path>', 'database file (default: $DYAD_DB, else ./dyad.db)');
  for (const f of FILTERS) command.option(`--${f} <value>`, `as for dyad query --${f}`);
  return command.action((opts: ExportOptions) => {
    process.exitCode = runExport(opts);
  });
}

/** Pages through the store so an export of millions of events holds one page in memory at a time. */
const PAGE = 5000;

export function runExport(opts: ExportOptions, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): number {
  const path = databasePath(opts.db);
  if (!existsSync(path)) {
    err.write(`dyad export: no database at ${path} (run dyad ingest first, or pass --db)\n`);
    return 2;
  }
  const store = openStore(path, { readOnly: true });
  try {
    const raw: Record<string, string | undefined> = {};
    for (const f of FILTERS) raw[f] = opts[f];
    const filter = parseFilter(raw);
    const urls = new Map<string, string | null>();
    const urlOf = (articleId: string) => {
      if (!urls.has(articleId)) urls.set(articleId, store.article(articleId)?.url ?? null);
      return urls.get(articleId)!;
    };
    const fmt = opts.format === 'csv' || opts.format === 'jsonl' ? formatter<StoredEvent>(opts.format, COUNTS) : null;
    if (fmt) out.write(fmt.header);
    let n = 0;
    for (let offset = 0; ; offset += PAGE) {
      const page = store.query({ ...filter, limit: PAGE, offset });
      for (const e of page) {
        if (opts.format === 'gdelt') out.write(gdeltRow(e, urlOf(e.article_id)) + '\n');
        else if (opts.format === 'plover') out.write(JSON.stringify(toPlover(e)) + '\n');
        else out.write(fmt!.row(e, n === 0));
        n++;
      }
      if (page.length < PAGE) break;
    }
    if (fmt) out.write(fmt.footer);
    err.write(`dyad export: ${n} event${n === 1 ? '' : 's'} as ${opts.format}\n`);
    return 0;
  } catch (e) {
    if (e instanceof FilterError || e instanceof StoreQueryError) {
      err.write(`dyad export: --${e.message}\n`);
      return 2;
    }
    throw e;
  } finally {
    store.close();
  }
}
