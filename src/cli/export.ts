// `dyad export`: writes the stored events in the field's formats: GDELT 2.0 event table, PLOVER JSON, CSV, JSON Lines, and Parquet for analytics.
import { closeSync, openSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { Command, Option } from 'commander';
import { filterOf, type RawFilter } from '../store/filter.js';
import { EXPORT_FORMATS, writeExport, type ExportFormat } from '../export/write.js';
import { writeParquetExport } from '../export/parquet.js';
import { addStoreOptions, withStoredEvents } from './store-reader.js';

export { EXPORT_FORMATS } from '../export/write.js';

/** The formats of `dyad export`: the text formats the API serves too, and Parquet, a file. */
const CLI_FORMATS = [...EXPORT_FORMATS, 'parquet'] as const;

interface ExportOptions extends RawFilter {
  db?: string;
  format: ExportFormat | 'parquet';
  output?: string;
}

export function exportCommand(): Command {
  const command = new Command('export')
    .description('export stored events: GDELT 2.0 event table (tab-separated, no header), PLOVER JSON Lines, CSV, JSON Lines, or Parquet (typed columns, with --output)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(CLI_FORMATS).default('jsonl'))
    .option('-o, --output <file>', 'write to this file instead of standard output (needed for parquet)');
  return addStoreOptions(command).action(async (opts: ExportOptions) => {
    process.exitCode = await runExport(opts);
  });
}

export async function runExport(opts: ExportOptions, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const format = opts.format;
  if (format === 'parquet' && !opts.output) {
    err.write('dyad export: --format parquet writes a file: pass --output FILE\n');
    return 2;
  }
  return withStoredEvents('export', opts.db, err, async (store) => {
    const { filter } = filterOf(Object.entries(opts), ['db', 'format', 'output']);
    let n: number;
    if (format === 'parquet') n = await writeParquetExport(store, filter, opts.output!);
    else if (opts.output) {
      // Written as it comes, synchronously: memory holds one page of events, however large the export.
      const fd = openSync(opts.output, 'w');
      try {
        n = await writeExport(store, filter, format, (chunk) => void writeSync(fd, chunk));
      } finally {
        closeSync(fd);
      }
    } else n = await writeExport(store, filter, format, (chunk) => (out.write(chunk) ? undefined : once(out, 'drain').then(() => {})));
    const of = filter.limit !== undefined ? ` of ${await store.countMatching({ ...filter, limit: undefined, offset: undefined })}` : '';
    err.write(`dyad export: ${n}${of} event${n === 1 ? '' : 's'} as ${format}${opts.output ? ` to ${opts.output}` : ''}\n`);
    return 0;
  });
}
