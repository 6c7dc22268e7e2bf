// The read-only JSON API over the event database (Hono): the queries of `dyad query`, validated, paginated, described at /openapi.json.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { Hono, type Context } from 'hono';
import { StoreQueryError, type EventStore, type EventFilter } from '../store/model.js';
import { FilterError, parseFilter, parsePeriod } from '../store/filter.js';
import { openApiDocument } from './openapi.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from './limits.js';
import { guard, queryParameters, type GuardOptions } from './guard.js';
import { EXPORT_FILES, EXPORT_FORMATS, writeExport, type ExportFormat } from '../export/write.js';

/** Splits the query string into the filter's parameters and the endpoint's own, refusing any other. */
function filterOf(c: Context, own: readonly string[] = []): { filter: EventFilter; rest: Record<string, string> } {
  const raw: Record<string, string> = {};
  const rest: Record<string, string> = {};
  // defineProperty, not assignment: a parameter named "__proto__" must stay a key, to be refused as unknown.
  for (const [k, v] of queryParameters(c.req.url)) Object.defineProperty(own.includes(k) ? rest : raw, k, { value: v, enumerable: true });
  const filter = parseFilter(raw);
  return { filter, rest };
}

/** An endpoint that takes no query parameters refuses them as it refuses an unknown filter. */
function noParameters(c: Context): void {
  for (const name of queryParameters(c.req.url).keys()) throw new FilterError(name, 'unknown parameter');
}

function paged(filter: EventFilter): EventFilter {
  const limit = filter.limit ?? DEFAULT_LIMIT;
  if (limit > MAX_LIMIT) throw new FilterError('limit', `at most ${MAX_LIMIT} per page`);
  return { ...filter, limit, offset: filter.offset ?? 0 };
}

/** Content types of the dashboard's built files. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2',
};

/** The built dashboard (dist/web), served from disk: files by name, anything else the app's index.html. */
function dashboard(app: Hono, webDir: string): void {
  const root = resolve(webDir);
  app.get('*', async (c) => {
    // The guard has refused paths whose percent-encoding does not decode.
    const path = decodeURIComponent(new URL(c.req.url).pathname);
    if (path.startsWith('/api/')) return c.json({ error: `no such endpoint: ${path}` }, 404);
    const file = normalize(join(root, path));
    const inside = file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile();
    const target = inside ? file : join(root, 'index.html');
    if (!existsSync(target)) return c.json({ error: 'the dashboard is not built (npm run build)' }, 404);
    const body = await readFile(target);
    return c.body(body, 200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' });
  });
}

export function createApp(store: EventStore, options: { webDir?: string; guard?: GuardOptions } = {}): Hono {
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

  app.get('/api/events', async (c) => {
    const filter = paged(filterOf(c).filter);
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
    const { filter, rest } = filterOf(c, ['period']);
    return c.json({ period: rest['period'] ?? 'day', rows: await store.countsByPeriod(filter, parsePeriod(rest['period'] ?? 'day', 'period')) });
  });

  app.get('/api/dyads', async (c) => {
    const { filter, rest } = filterOf(c, ['by']);
    const by = rest['by'] ?? 'country';
    if (by !== 'country' && by !== 'code') throw new FilterError('by', 'country or code');
    return c.json({ by, rows: await store.dyadMatrix(filter, by) });
  });

  app.get('/api/roots', async (c) => {
    const { filter } = filterOf(c);
    return c.json({ rows: await store.countsByRoot(filter) });
  });

  app.get('/api/places', async (c) => {
    const { filter } = filterOf(c);
    return c.json({ rows: await store.countsByPlace(filter) });
  });

  app.get('/api/export', async (c) => {
    const { filter, rest } = filterOf(c, ['format']);
    const format = rest['format'] ?? 'csv';
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new FilterError('format', EXPORT_FORMATS.join(', '));
    const chunks: string[] = [];
    await writeExport(store, filter, format as ExportFormat, (chunk) => chunks.push(chunk));
    const file = EXPORT_FILES[format as ExportFormat];
    return c.body(chunks.join(''), 200, { 'content-type': file.type, 'content-disposition': `attachment; filename="dyad-events-${format}.${file.extension}"` });
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
