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
 * The events of the filter (at most `filter.limit`, after `filter.offset`), a page at a time: one page in memory,
 * whatever the store holds.
 */
export async function* eventPages(store: EventStore, filter: EventFilter): AsyncGenerator<StoredEvent[]> {
  const start = filter.offset ?? 0;
  const end = filter.limit === undefined ? Infinity : start + filter.limit;
  for (let offset = start; offset < end; offset += PAGE) {
    const page = await store.query({ ...filter, limit: Math.min(PAGE, end - offset), offset });
    if (page.length > 0) yield page;
    if (page.length < PAGE) break;
  }
}

/** Article URLs kept at most: events come in date order, so an article's events come close together. */
const URL_CACHE = 50_000;

/** The URL of each event's article, looked up once per article while it is recent (memory stays bounded). */
export function articleUrls(store: EventStore): (articleId: string) => Promise<string | null> {
  const urls = new Map<string, string | null>();
  return async (articleId) => {
    if (urls.size >= URL_CACHE) urls.clear();
    if (!urls.has(articleId)) urls.set(articleId, (await store.article(articleId))?.url ?? null);
    return urls.get(articleId)!;
  };
}

/**
 * Writes every event of the filter (at most `filter.limit`, after `filter.offset`) in the format; returns how many.
 */
export async function writeExport(store: EventStore, filter: EventFilter, format: ExportFormat, write: (chunk: string) => void): Promise<number> {
  const urlOf = articleUrls(store);
  const fmt = format === 'csv' || format === 'jsonl' ? formatter<StoredEvent>(format, COUNT_COLUMNS) : null;
  if (fmt) write(fmt.header);
  let n = 0;
  for await (const page of eventPages(store, filter)) {
    for (const e of page) {
      if (format === 'gdelt') write(gdeltRow(e, await urlOf(e.article_id)) + '\n');
      else if (format === 'plover') write(JSON.stringify(toPlover(e)) + '\n');
      else write(fmt!.row(e, n === 0));
      n++;
    }
  }
  if (fmt) write(fmt.footer);
  return n;
}
