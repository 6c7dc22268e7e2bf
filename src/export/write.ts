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
export const EXPORT_PAGE = 5000;

/**
 * The events of the filter (at most `filter.limit`, after `filter.offset`), a page at a time: one page in memory,
 * whatever the store holds. Each page after the first starts after the last event of the one before (keyset paging
 * on date and id), so that no page makes the database count past the events already written, as an OFFSET would.
 */
export async function* eventPages(store: EventStore, filter: EventFilter, pageSize = EXPORT_PAGE): AsyncGenerator<StoredEvent[]> {
  let left = filter.limit ?? Infinity;
  let page = await store.query({ ...filter, limit: Math.min(pageSize, left), offset: filter.offset });
  for (;;) {
    if (page.length > 0) yield page;
    left -= page.length;
    if (page.length < pageSize || left <= 0) return;
    const last = page[page.length - 1]!;
    page = await store.query({ ...filter, limit: Math.min(pageSize, left), offset: undefined, after: { date: last.date, id: last.id } });
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
 * The text of an export of every event of the filter (at most `filter.limit`, after `filter.offset`) in the format,
 * a chunk at a time and produced only as it is asked for: a consumer that reads slowly holds one page in memory.
 */
export async function* exportChunks(store: EventStore, filter: EventFilter, format: ExportFormat, pageSize = EXPORT_PAGE): AsyncGenerator<string, number> {
  const urlOf = articleUrls(store);
  const fmt = format === 'csv' || format === 'jsonl' ? formatter<StoredEvent>(format, COUNT_COLUMNS) : null;
  // The header goes out with the first page: the first chunk is the first answer of the store (an error before any text).
  let lines = [fmt?.header ?? ''];
  let n = 0;
  for await (const page of eventPages(store, filter, pageSize)) {
    for (const e of page) {
      if (format === 'gdelt') lines.push(gdeltRow(e, await urlOf(e.article_id)) + '\n');
      else if (format === 'plover') lines.push(JSON.stringify(toPlover(e)) + '\n');
      else lines.push(fmt!.row(e, n === 0));
      n++;
    }
    yield lines.join('');
    lines = [];
  }
  const rest = lines.join('') + (fmt?.footer ?? '');
  if (rest) yield rest;
  return n;
}

/**
 * Writes every event of the filter (at most `filter.limit`, after `filter.offset`) in the format; returns how many.
 * A `write` that returns a promise (a stream's buffer is full) is waited for, so a slow reader holds memory down.
 */
export async function writeExport(store: EventStore, filter: EventFilter, format: ExportFormat, write: (chunk: string) => void | Promise<void>, pageSize = EXPORT_PAGE): Promise<number> {
  const chunks = exportChunks(store, filter, format, pageSize);
  for (;;) {
    const next = await chunks.next();
    if (next.done) return next.value;
    await write(next.value);
  }
}
