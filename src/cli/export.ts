// `dyad export`: writes the stored events in the field's formats: GDELT 2.0 event table, PLOVER JSON, CSV, JSON Lines.
import { Command, Option } from 'commander';
import { filterOf, type RawFilter } from '../store/filter.js';
import { EXPORT_FORMATS, writeExport, type ExportFormat } from '../export/write.js';
import { addStoreOptions, withStoredEvents } from './stored.js';

export { EXPORT_FORMATS } from '../export/write.js';

interface ExportOptions extends RawFilter {
  db?: string;
  format: ExportFormat;
}

export function exportCommand(): Command {
  const command = new Command('export')
    .description('export stored events: GDELT 2.0 event table (tab-separated, no header), PLOVER JSON Lines, CSV or JSON Lines')
    .addOption(new Option('-f, --format <format>', 'output format').choices(EXPORT_FORMATS).default('jsonl'));
  return addStoreOptions(command).action(async (opts: ExportOptions) => {
    process.exitCode = await runExport(opts);
  });
}

export function runExport(opts: ExportOptions, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  return withStoredEvents('export', opts.db, err, async (store) => {
    const { filter } = filterOf(Object.entries(opts), ['db', 'format']);
    const n = await writeExport(store, filter, opts.format, (chunk) => out.write(chunk));
    const of = filter.limit !== undefined ? ` of ${await store.countMatching({ ...filter, limit: undefined, offset: undefined })}` : '';
    err.write(`dyad export: ${n}${of} event${n === 1 ? '' : 's'} as ${opts.format}\n`);
    return 0;
  });
}
