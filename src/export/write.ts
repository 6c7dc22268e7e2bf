// Writes the stored events of a filter in an export format (GDELT 2.0, PLOVER, CSV, JSON Lines), page by page: the one
// writer behind `dyad export` and the dashboard's downloads (/api/export).
import type { EventFilter, EventStore, StoredEvent } from '../store/model.js';
import { formatter, type Column } from '../cli/format.js';
import { gdeltRow } from './gdelt.js';
import { toPlover } from './plover.js';

export const EXPORT_FORMATS = ['gdelt', 'plover', 'csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** GDELT's counts, after the schema's columns in CSV and TSV. */
export const COUNT_COLUMNS: Array<Column<StoredEvent>> = [
  ['num_mentions', (e) => e.num_mentions],
  ['num_articles', (e) => e.num_articles],
  ['num_sources', (e) => e.num_sources],
];

/** What a download of each format is called and typed as. */
export const EXPORT_FILES: Record<ExportFormat, { extension: string; type: string }> = {
  gdelt: { extension: 'tsv', type: 'text/tab-separated-values; charset=utf-8' },
  plover: { extension: 'jsonl', type: 'application/x-ndjson; charset=utf-8' },
  csv: { extension: 'csv', type: 'text/csv; charset=utf-8' },
  jsonl: { extension: 'jsonl', type: 'application/x-ndjson; charset=utf-8' },
};

/** Pages through the store so an export of millions of events holds one page in memory at a time. */
const PAGE = 5000;

/**
 * Writes every event of the filter (at most `filter.limit`, after `filter.offset`) in the format; returns how many.
 */
export async function writeExport(store: EventStore, filter: EventFilter, format: ExportFormat, write: (chunk: string) => void): Promise<number> {
  const urls = new Map<string, string | null>();
  const urlOf = async (articleId: string) => {
    if (!urls.has(articleId)) urls.set(articleId, (await store.article(articleId))?.url ?? null);
    return urls.get(articleId)!;
  };
  const fmt = format === 'csv' || format === 'jsonl' ? formatter<StoredEvent>(format, COUNT_COLUMNS) : null;
  if (fmt) write(fmt.header);
  const start = filter.offset ?? 0;
  const end = filter.limit === undefined ? Infinity : start + filter.limit;
  let n = 0;
  for (let offset = start; offset < end; offset += PAGE) {
    const page = await store.query({ ...filter, limit: Math.min(PAGE, end - offset), offset });
    for (const e of page) {
      if (format === 'gdelt') write(gdeltRow(e, await urlOf(e.article_id)) + '\n');
      else if (format === 'plover') write(JSON.stringify(toPlover(e)) + '\n');
      else write(fmt!.row(e, n === 0));
      n++;
    }
    if (page.length < PAGE) break;
  }
  if (fmt) write(fmt.footer);
  return n;
}
