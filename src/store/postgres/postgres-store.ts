// The shared event store: PostgreSQL through `pg`, numbered migrations, every statement parameterised; many processes may write at once.
import type { Pool } from 'pg';
import type { Article, CodedEvent } from '../../document/types.js';
import { StoreUnavailableError, type CodedArticle, type CountRow, type DyadRow, type EventFilter, type EventStore, type FeedItemOutcome, type FeedState, type IngestResult, type IngestRun, type Period, type PlaceRow, type RootRow, type StoredEvent, type StoreStats } from '../model.js';
import { createPool, inTransaction, pgText, redactUrl, unavailable } from './connection.js';
import { articleOf, storedArticleOf, type ArticleRow } from '../article-row.js';
import { MIGRATIONS } from './migrations.js';
import { writeBatch } from './write.js';
import { countSummaryFor, dyadSummaryFor, MEAN_GOLDSTEIN, SUMMED } from './summaries.js';

export interface PostgresStoreOptions {
  /** Refuse every write: the server runs each transaction of the store's connections read-only. */
  readOnly?: boolean;
  /** How long a writer waits for a lock another writer holds before giving up with `StoreBusyError` (default 300 s). */
  lockTimeoutMs?: number;
  /** Connections at most (default 10). */
  poolSize?: number;
}

/** The advisory lock key under which migrations run: two processes opening a new database never both apply one. */
const MIGRATION_LOCK = 'dyad.migrations';

/**
 * Opens a PostgreSQL database (creating and migrating dyad's tables if needed, unless read-only); a server that
 * cannot be reached, or a read-only open of a database without dyad's tables, is a `StoreUnavailableError`.
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<EventStore> {
  const pool = createPool(url, { readOnly: options.readOnly, lockTimeoutMs: options.lockTimeoutMs, max: options.poolSize });
  try {
    if (options.readOnly) await checkSchema(pool, url);
    else await migrate(pool, url);
  } catch (e) {
    await pool.end().catch(() => {});
    throw unavailable(url, e);
  }
  return new PostgresStore(pool, url);
}

async function migrate(pool: Pool, url: string): Promise<void> {
  await inTransaction(pool, url, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const applied = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    for (const m of MIGRATIONS) {
      if (applied.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, description) VALUES ($1, $2)', [m.version, m.description]);
    }
  });
}

/** A reader needs every migration applied already: it may not apply them itself. */
async function checkSchema(pool: Pool, url: string): Promise<void> {
  const table = await pool.query<{ t: string | null }>("SELECT to_regclass('schema_migrations')::text AS t");
  const applied = table.rows[0]?.t ? (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations')).rows[0]!.n : 0;
  if (applied < MIGRATIONS.length) {
    throw new StoreUnavailableError(`no dyad database at ${redactUrl(url)}, or one of an older schema (run dyad ingest with --db ${redactUrl(url)} first)`);
  }
}

/**
 * A filter's conditions as SQL with `$n` placeholders and their values, never interpolated text: `all` must hold, and
 * of each pair in `either` (a country on either side) one side or the other.
 */
interface Conditions {
  all: string[];
  either: Array<[source: string, target: string]>;
  params: unknown[];
}

function conditionsOf(f: EventFilter): Conditions {
  const all: string[] = [];
  const either: Array<[string, string]> = [];
  const params: unknown[] = [];
  const p = (value: unknown) => (params.push(value), `$${params.length}`);
  const prefix = (v: string) => pgText(v).replace(/[\\%_]/g, (c) => '\\' + c) + '%';
  if (f.from) all.push(`e.date >= ${p(f.from)}`);
  if (f.to) all.push(`e.date <= ${p(f.to + '\uffff')}`);
  // An actor prefix stays one OR: no index holds a prefix's events in date order, and the date index, scanned in
  // order until a page is full, served its pages faster than two sorted sides did (the bench at 250k and 1M).
  if (f.actor) {
    const v = p(prefix(f.actor));
    all.push(`(e.source_code LIKE ${v} OR e.target_code LIKE ${v})`);
  }
  if (f.source) all.push(`e.source_code LIKE ${p(prefix(f.source))}`);
  if (f.target) all.push(`e.target_code LIKE ${p(prefix(f.target))}`);
  if (f.country) {
    const v = p(f.country);
    either.push([`e.source_country = ${v}`, `e.target_country = ${v}`]);
  }
  if (f.cameo) all.push(`e.cameo LIKE ${p(prefix(f.cameo))}`);
  if (f.quad !== undefined) all.push(`e.quad_class = ${p(f.quad)}`);
  // lower() under COLLATE "C" folds ASCII only, as SQLite's NOCASE does.
  if (f.place) all.push(`lower(e.location_name) = lower(${p(pgText(f.place))})`);
  if (f.modality) all.push(`e.modality = ${p(f.modality)}`);
  // A row comparison, which the (date, id) index serves as one range.
  if (f.after) all.push(`(e.date, e.id) > (${p(f.after.date)}, ${p(pgText(f.after.id))})`);
  if (f.q) all.push(`e.id IN (SELECT m.event_id FROM mentions m WHERE m.words @@ websearch_to_tsquery('simple', ${p(pgText(f.q))}))`);
  return { all, either, params };
}

const whereClause = (parts: string[], ...more: string[]) => (parts.length + more.length > 0 ? 'WHERE ' + [...parts, ...more].join(' AND ') : '');

/** The WHERE clause of a filter, either-side pairs as ORs. */
function whereOf(f: EventFilter): { sql: string; params: unknown[] } {
  const { all, either, params } = conditionsOf(f);
  return { sql: whereClause([...all, ...either.map(([s, t]) => `(${s} OR ${t})`)]), params };
}

/**
 * The WHERE clauses of a filter as alternatives to be united, one for each side of a country: each is a range of one
 * index in date order (a country's events as source, then as target), which an OR is not.
 */
function alternativesOf(f: EventFilter): { clauses: string[]; params: unknown[] } {
  const { all, either, params } = conditionsOf(f);
  let clauses: string[][] = [all];
  for (const pair of either) clauses = clauses.flatMap((c) => pair.map((side) => [...c, side]));
  return { clauses: clauses.map((c) => whereClause(c)), params };
}

/** Periods as buckets of a date column, and the dates that belong to one (a date known only to the month has no day). */
const BUCKETS: Record<Period, { bucket: (date: string) => string; known: (date: string) => string }> = {
  day: { bucket: (d) => d, known: (d) => `length(${d}) = 10` },
  // Monday of the date's week, as SQLite's date(d, '-6 days', 'weekday 1').
  week: { bucket: (d) => `to_char(date_trunc('week', ${d}::date), 'YYYY-MM-DD')`, known: (d) => `length(${d}) = 10` },
  month: { bucket: (d) => `substr(${d}, 1, 7)`, known: (d) => `length(${d}) >= 7` },
  year: { bucket: (d) => `substr(${d}, 1, 4)`, known: (d) => `length(${d}) >= 4` },
};

class PostgresStore implements EventStore {
  constructor(
    private readonly pool: Pool,
    private readonly url: string,
  ) {}

  private async rows<R extends object>(sql: string, params: unknown[] = []): Promise<R[]> {
    try {
      return (await this.pool.query<R>(sql, params)).rows;
    } catch (e) {
      throw unavailable(this.url, e);
    }
  }

  async storedHashes(hashes: readonly string[]): Promise<Set<string>> {
    const rows = await this.rows<{ content_hash: string }>('SELECT content_hash FROM articles WHERE content_hash = ANY($1::text[])', [[...hashes]]);
    return new Set(rows.map((r) => r.content_hash));
  }

  async ingest(batch: readonly CodedArticle[], options: { recode?: boolean } = {}): Promise<IngestResult> {
    return inTransaction(this.pool, this.url, (client) => writeBatch(client, batch, options.recode === true));
  }

  async query(filter: EventFilter): Promise<StoredEvent[]> {
    const { clauses, params } = alternativesOf(filter);
    const n = params.length;
    const [limit, offset] = [`$${n + 1}`, `$${n + 2}`];
    // Each alternative pages in date order through its own index; the first limit + offset of each hold the page.
    const page = clauses.length === 1
      ? `SELECT e.id, e.date FROM events e ${clauses[0]} ORDER BY e.date, e.id LIMIT ${limit} OFFSET ${offset}`
      : `SELECT u.id, u.date FROM (${clauses.map((c) => `(SELECT e.id, e.date FROM events e ${c} ORDER BY e.date, e.id LIMIT ${limit}::bigint + ${offset})`).join(' UNION ')}) u
         ORDER BY u.date, u.id LIMIT ${limit} OFFSET ${offset}`;
    const rows = await this.rows<{ data: string }>(
      `SELECT d.data FROM (${page}) AS page JOIN event_data d ON d.id = page.id ORDER BY page.date, page.id`,
      [...params, filter.limit ?? null, filter.offset ?? 0],
    );
    return rows.map((r) => JSON.parse(r.data) as StoredEvent);
  }

  async countMatching(filter: EventFilter): Promise<number> {
    const summary = countSummaryFor(filter, true);
    if (summary) return (await this.rows<{ n: number }>(`SELECT coalesce(sum(s.events), 0)::int AS n FROM ${summary.table} s ${summary.where}`, summary.params))[0]!.n;
    const { sql, params } = whereOf(filter);
    return (await this.rows<{ n: number }>(`SELECT count(*)::int AS n FROM events e ${sql}`, params))[0]!.n;
  }

  async countsByPeriod(filter: EventFilter, period: Period): Promise<CountRow[]> {
    const { bucket, known } = BUCKETS[period];
    const summary = countSummaryFor(filter, period === 'month' || period === 'year');
    if (summary) {
      const d = `s.${summary.dates}`;
      return this.rows<CountRow>(
        `SELECT (${bucket(d)}) COLLATE "C" AS period, s.quad_class, ${SUMMED}
         FROM ${summary.table} s ${summary.where ? `${summary.where} AND ${known(d)}` : `WHERE ${known(d)}`} GROUP BY 1, 2 ORDER BY 1, 2`,
        summary.params,
      );
    }
    const { sql, params } = whereOf(filter);
    const where = sql ? `${sql} AND ${known('e.date')}` : `WHERE ${known('e.date')}`;
    return this.rows<CountRow>(
      `SELECT (${bucket('e.date')}) COLLATE "C" AS period, e.quad_class, count(*)::int AS events, ${MEAN_GOLDSTEIN} AS mean_goldstein
       FROM events e ${where} GROUP BY 1, 2 ORDER BY 1, 2`,
      params,
    );
  }

  async dyadMatrix(filter: EventFilter, by: 'country' | 'code'): Promise<DyadRow[]> {
    const summary = by === 'country' ? dyadSummaryFor(filter) : null;
    if (summary) {
      return this.rows<DyadRow>(`SELECT s.source, s.target, ${SUMMED} FROM ${summary.table} s ${summary.where} GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2`, summary.params);
    }
    const { sql, params } = whereOf(filter);
    const s = by === 'country' ? 'coalesce(e.source_country, substr(e.source_code, 1, 3))' : 'e.source_code';
    const t = by === 'country' ? "coalesce(e.target_country, substr(e.target_code, 1, 3), '-')" : "coalesce(e.target_code, '-')";
    return this.rows<DyadRow>(
      `SELECT (${s}) COLLATE "C" AS source, (${t}) COLLATE "C" AS target, count(*)::int AS events, ${MEAN_GOLDSTEIN} AS mean_goldstein
       FROM events e ${sql} GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2`,
      params,
    );
  }

  async countsByRoot(filter: EventFilter): Promise<RootRow[]> {
    const { sql, params } = whereOf(filter);
    return this.rows<RootRow>(
      `SELECT e.root AS root, e.quad_class, count(*)::int AS events, ${MEAN_GOLDSTEIN} AS mean_goldstein
       FROM events e ${sql} GROUP BY 1, 2 ORDER BY 3 DESC, 1`,
      params,
    );
  }

  async countsByPlace(filter: EventFilter): Promise<PlaceRow[]> {
    const { sql, params } = whereOf(filter);
    const where = sql ? `${sql} AND e.location_name IS NOT NULL` : 'WHERE e.location_name IS NOT NULL';
    // The place's coordinates are in the event's document; only numbers are kept, as on SQLite.
    const rows = await this.rows<PlaceRow>(
      `SELECT e.location_name AS name, (d.data::jsonb -> 'location' ->> 'country') COLLATE "C" AS country,
         CASE WHEN jsonb_typeof(d.data::jsonb -> 'location' -> 'lat') = 'number' THEN (d.data::jsonb -> 'location' ->> 'lat')::float8 END AS lat,
         CASE WHEN jsonb_typeof(d.data::jsonb -> 'location' -> 'lon') = 'number' THEN (d.data::jsonb -> 'location' ->> 'lon')::float8 END AS lon,
         e.quad_class, count(*)::int AS events
       FROM events e JOIN event_data d ON d.id = e.id ${where} GROUP BY 1, 2, 3, 4, 5 ORDER BY 6 DESC, 1`,
      params,
    );
    return rows.filter((r) => typeof r.lat === 'number' && typeof r.lon === 'number');
  }

  async event(id: string): Promise<StoredEvent | null> {
    const rows = await this.rows<{ data: string }>('SELECT data FROM event_data WHERE id = $1', [pgText(id)]);
    return rows[0] ? (JSON.parse(rows[0].data) as StoredEvent) : null;
  }

  async eventsOfArticle(articleId: string): Promise<Array<CodedEvent & { event_id: string }>> {
    const rows = await this.rows<{ event_id: string; data: string }>('SELECT event_id, data FROM mentions WHERE article_id = $1 ORDER BY sentence_index, id', [pgText(articleId)]);
    return rows.map((r) => ({ ...(JSON.parse(r.data) as CodedEvent), event_id: r.event_id }));
  }

  async mentionsOf(eventId: string): Promise<Array<{ article_id: string; sentence: string; sentence_index: number; evidence: CodedEvent['evidence'] }>> {
    const rows = await this.rows<{ article_id: string; sentence_index: number; data: string }>('SELECT article_id, sentence_index, data FROM mentions WHERE event_id = $1 ORDER BY date, id', [pgText(eventId)]);
    return rows.map((r) => {
      const e = JSON.parse(r.data) as CodedEvent;
      // The sentence from the document, not the column: the column's text may have had U+0000 replaced.
      return { article_id: r.article_id, sentence: e.sentence, sentence_index: r.sentence_index, evidence: e.evidence };
    });
  }

  async article(id: string): Promise<(Article & { content_hash: string }) | null> {
    const r = (await this.rows<ArticleRow>('SELECT id, content_hash, date, title, url, source, text, origin FROM articles WHERE id = $1', [pgText(id)]))[0];
    return r ? storedArticleOf(r) : null;
  }

  async articlesAfter(after: string | null, limit: number): Promise<CodedArticle[]> {
    const rows = await this.rows<ArticleRow>('SELECT id, content_hash, date, title, url, source, text, origin FROM articles WHERE id > $1 ORDER BY id LIMIT $2', [after ?? '', limit]);
    const mentions = await this.rows<{ id: string; article_id: string; data: string }>(
      'SELECT id, article_id, data FROM mentions WHERE article_id = ANY($1::text[]) ORDER BY article_id, sentence_index, id',
      [rows.map((r) => r.id)],
    );
    const byArticle = new Map<string, CodedEvent[]>(rows.map((r) => [r.id, []]));
    for (const m of mentions) byArticle.get(m.article_id)!.push({ ...(JSON.parse(m.data) as CodedEvent), id: m.id });
    return rows.map((r) => ({ article: articleOf(r), contentHash: r.content_hash, events: byArticle.get(r.id)! }));
  }

  async stats(): Promise<StoreStats> {
    const rows = await this.rows<StoreStats>('SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM events) AS events, (SELECT count(*)::int FROM mentions) AS mentions');
    return rows[0]!;
  }

  async feedState(feed: string): Promise<FeedState | null> {
    const r = (await this.rows<{ etag: string | null; last_modified: string | null }>('SELECT etag, last_modified FROM feeds WHERE url = $1', [pgText(feed)]))[0];
    return r ? { etag: r.etag, lastModified: r.last_modified } : null;
  }

  async saveFeedState(feed: string, state: FeedState): Promise<void> {
    await this.rows(`INSERT INTO feeds (url, etag, last_modified, polled_at) VALUES ($1, $2, $3, now())
      ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, polled_at = now()`, [pgText(feed), state.etag, state.lastModified]);
  }

  async settledUrls(urls: readonly string[], maxTries: number): Promise<Set<string>> {
    const rows = await this.rows<{ url: string }>('SELECT url FROM feed_items WHERE url = ANY($1::text[]) AND (done OR tries >= $2)', [urls.map(pgText), maxTries]);
    return new Set(rows.map((r) => r.url));
  }

  async recordFeedItems(outcomes: readonly FeedItemOutcome[]): Promise<void> {
    // The last word on a page, once: one statement may not update a row twice.
    const last = [...new Map(outcomes.map((o) => [o.url, o])).values()];
    if (last.length === 0) return;
    // One statement for the lot: two watchers recording the same page serialise on its row.
    await this.rows(`INSERT INTO feed_items AS f (url, feed, done, tries, reason)
      SELECT * FROM unnest($1::text[], $2::text[], $3::boolean[], $4::int[], $5::text[]) ON CONFLICT (url) DO UPDATE
      SET done = f.done OR excluded.done, tries = f.tries + 1, reason = CASE WHEN f.done THEN f.reason ELSE excluded.reason END, seen_at = now()`,
      [last.map((o) => pgText(o.url)), last.map((o) => pgText(o.feed)), last.map((o) => o.done), last.map(() => 1), last.map((o) => (o.reason === null ? null : pgText(o.reason)))]);
  }

  async recordIngestRun(run: IngestRun): Promise<void> {
    await this.rows('INSERT INTO ingest_runs (at, command, dyad_version, min_confidence) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
      [run.at, run.command, pgText(run.dyad_version), run.min_confidence]);
  }

  async ingestRuns(): Promise<IngestRun[]> {
    return this.rows<IngestRun>('SELECT at, command, dyad_version, min_confidence FROM ingest_runs ORDER BY id');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
