// The read-only JSON API over the event database (Hono): the queries of `dyad query`, validated, paginated, described at /openapi.json.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Hono, type Context } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { StoreQueryError, type EventStore, type EventFilter } from '../store/model.js';
import { FilterError, filterOf, parsePeriod } from '../store/filter.js';
import { openApiDocument } from './openapi.js';
import { summariseRuns } from '../store/ingest-runs.js';
import { VERSION } from '../version.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from './limits.js';
import { guard, queryParameters, type GuardOptions } from './guard.js';
import { EXPORT_FILES, EXPORT_FORMATS, exportChunks, type ExportFormat } from '../export/write.js';

/** The query string's filter, and the endpoint's own parameters (`own`) apart; any other parameter is refused. */
const filterOfQuery = (c: Context, own: readonly string[] = []) => filterOf(queryParameters(c.req.url), own);

/** An endpoint that takes no query parameters refuses them as it refuses an unknown filter. */
function noParameters(c: Context): void {
  for (const name of queryParameters(c.req.url).keys()) throw new FilterError(name, 'unknown parameter');
}

function paged(filter: EventFilter): EventFilter {
  const limit = filter.limit ?? DEFAULT_LIMIT;
  if (limit > MAX_LIMIT) throw new FilterError('limit', `at most ${MAX_LIMIT} per page`);
  return { ...filter, limit, offset: filter.offset ?? 0 };
}

/**
 * The built dashboard (dist/web), served from disk: files by name, any other path the app's index.html (its views
 * are client-side routes). serveStatic refuses `..` and undecodable paths by passing them on, to index.html.
 */
function dashboard(app: Hono, webDir: string): void {
  const root = resolve(webDir);
  app.get('/api/*', (c) => c.json({ error: `no such endpoint: ${c.req.path}` }, 404));
  app.get('*', serveStatic({ root }));
  app.get('*', async (c, next) => {
    if (!existsSync(join(root, 'index.html'))) return c.json({ error: 'the dashboard is not built (npm run build)' }, 404);
    return serveStatic({ path: join(root, 'index.html') })(c, next);
  });
}

export interface AppOptions {
  webDir?: string;
  guard?: GuardOptions;
  /** Events in each page an export reads from the store (default EXPORT_PAGE): what a download holds in memory at once. */
  exportPageSize?: number;
}

/**
 * A download's body that asks the export for its next chunk only when the client has taken the last one (the server
 * waits for the socket to drain), so a download of millions of events holds one page in memory. The first chunk is
 * made before the answer starts, so that a filter the store refuses is still a 400 rather than a broken download.
 */
async function exportStream(chunks: AsyncGenerator<string, number>): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  const first = await chunks.next();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.done) controller.close();
      else controller.enqueue(encoder.encode(first.value));
    },
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(0);
    },
  }, { highWaterMark: 0 });
}

export function createApp(store: EventStore, options: AppOptions = {}): Hono {
  const app = new Hono();
  guard(app, options.guard);

  app.onError((e, c) => {
    if (e instanceof FilterError) return c.json({ error: e.message, parameter: e.parameter }, 400);
    if (e instanceof StoreQueryError) return c.json({ error: e.message, parameter: 'q' }, 400);
    console.error(e);
    return c.json({ error: 'internal error' }, 500);
  });
  app.notFound((c) => c.json({ error: `no such endpoint: ${c.req.path}` }, 404));

  app.get('/openapi.json', (c) => {
    noParameters(c);
    return c.json(openApiDocument());
  });

  app.get('/api/stats', async (c) => {
    noParameters(c);
    return c.json(await store.stats());
  });

  // What the events were coded with, as the runs that wrote them recorded it: the dashboard's note on confidence.
  app.get('/api/meta', async (c) => {
    noParameters(c);
    return c.json({ version: VERSION, ...summariseRuns(await store.ingestRuns()) });
  });

  app.get('/api/events', async (c) => {
    const filter = paged(filterOfQuery(c).filter);
    const total = await store.countMatching({ ...filter, limit: undefined, offset: undefined });
    return c.json({ total, limit: filter.limit, offset: filter.offset, events: await store.query(filter) });
  });

  app.get('/api/events/:id', async (c) => {
    noParameters(c);
    const id = c.req.param('id');
    const event = await store.event(id);
    if (!event) return c.json({ error: `no event ${id}` }, 404);
    return c.json({ event, mentions: await store.mentionsOf(id) });
  });

  app.get('/api/counts', async (c) => {
    const { filter, rest } = filterOfQuery(c, ['period']);
    return c.json({ period: rest['period'] ?? 'day', rows: await store.countsByPeriod(filter, parsePeriod(rest['period'] ?? 'day', 'period')) });
  });

  app.get('/api/dyads', async (c) => {
    const { filter, rest } = filterOfQuery(c, ['by']);
    const by = rest['by'] ?? 'country';
    if (by !== 'country' && by !== 'code') throw new FilterError('by', 'country or code');
    return c.json({ by, rows: await store.dyadMatrix(filter, by) });
  });

  app.get('/api/roots', async (c) => {
    const { filter } = filterOfQuery(c);
    return c.json({ rows: await store.countsByRoot(filter) });
  });

  app.get('/api/places', async (c) => {
    const { filter } = filterOfQuery(c);
    return c.json({ rows: await store.countsByPlace(filter) });
  });

  app.get('/api/export', async (c) => {
    const { filter, rest } = filterOfQuery(c, ['format']);
    const format = rest['format'] ?? 'csv';
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new FilterError('format', EXPORT_FORMATS.join(', '));
    const file = EXPORT_FILES[format as ExportFormat];
    return c.body(await exportStream(exportChunks(store, filter, format as ExportFormat, options.exportPageSize)), 200, {
      'content-type': file.type,
      'content-disposition': `attachment; filename="dyad-events-${format}.${file.extension}"`,
    });
  });

  app.get('/api/articles/:id', async (c) => {
    noParameters(c);
    const id = c.req.param('id');
    const article = await store.article(id);
    if (!article) return c.json({ error: `no article ${id}` }, 404);
    return c.json({ article, events: await store.eventsOfArticle(id) });
  });

  if (options.webDir) dashboard(app, options.webDir);

  return app;
}
