// `dyad export`: writes the stored events in the field's formats: GDELT 2.0 event table, PLOVER JSON, CSV, JSON Lines.
import { Command, Option } from 'commander';
import type { RawFilter } from '../store/filter.js';
import type { StoredEvent } from '../store/model.js';
import { gdeltRow } from '../export/gdelt.js';
import { toPlover } from '../export/plover.js';
import { formatter } from './format.js';
import { COUNT_COLUMNS, addStoreOptions, filterOf, withStoredEvents } from './stored.js';

export const EXPORT_FORMATS = ['gdelt', 'plover', 'csv', 'jsonl'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

interface ExportOptions extends RawFilter {
  db?: string;
  format: ExportFormat;
}

export function exportCommand(): Command {
  const command = new Command('export')
    .description('export stored events: GDELT 2.0 event table (tab-separated, no header), PLOVER JSON Lines, CSV or JSON Lines')
    .addOption(new Option('-f, --format <format>', 'output format').choices(EXPORT_FORMATS).default('jsonl'));
  return addStoreOptions(command, false).action(async (opts: ExportOptions) => {
    process.exitCode = await runExport(opts);
  });
}

/** Pages through the store so an export of millions of events holds one page in memory at a time. */
const PAGE = 5000;

export function runExport(opts: ExportOptions, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  return withStoredEvents('export', opts.db, err, async (store) => {
    const filter = filterOf(opts);
    const urls = new Map<string, string | null>();
    const urlOf = async (articleId: string) => {
      if (!urls.has(articleId)) urls.set(articleId, (await store.article(articleId))?.url ?? null);
      return urls.get(articleId)!;
    };
    const fmt = opts.format === 'csv' || opts.format === 'jsonl' ? formatter<StoredEvent>(opts.format, COUNT_COLUMNS) : null;
    if (fmt) out.write(fmt.header);
    let n = 0;
    for (let offset = 0; ; offset += PAGE) {
      const page = await store.query({ ...filter, limit: PAGE, offset });
      for (const e of page) {
        if (opts.format === 'gdelt') out.write(gdeltRow(e, await urlOf(e.article_id)) + '\n');
        else if (opts.format === 'plover') out.write(JSON.stringify(toPlover(e)) + '\n');
        else out.write(fmt!.row(e, n === 0));
        n++;
      }
      if (page.length < PAGE) break;
    }
    if (fmt) out.write(fmt.footer);
    err.write(`dyad export: ${n} event${n === 1 ? '' : 's'} as ${opts.format}\n`);
    return 0;
  });
}
