// The embedded event store: SQLite through better-sqlite3, WAL mode, numbered migrations, every statement parameterised.
import Database from 'better-sqlite3';
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import type { Article, CodedEvent } from '../../document/types.js';
import { clusterGroup, dayNumber, groupKey, placeKey, storedEventOf, type ClusterMember, type DedupMention } from '../dedup.js';
import { StoreQueryError, type CodedArticle, type CountRow, type DyadRow, type EventFilter, type EventStore, type FeedItemOutcome, type FeedState, type IngestResult, type IngestRun, type Period, type PlaceRow, type RootRow, type StoredEvent, type StoreStats } from '../model.js';
import { articleOf, storedArticleOf, type ArticleRow } from '../article-row.js';
import { MIGRATIONS } from './migrations.js';
import { BUSY_SLICE_MS, DEFAULT_LOCK_TIMEOUT_MS, WriteLock } from './write-lock.js';

export { StoreBusyError, StoreQueryError } from '../model.js';

export interface SqliteStoreOptions {
  readOnly?: boolean;
  /** How long a writer waits for another process's write lock before giving up with `StoreBusyError` (default 300 s). */
  lockTimeoutMs?: number;
}

/**
 * Opens (creating and migrating if needed) a database; `readOnly` refuses every write on the connection. The store's
 * calls run synchronously (better-sqlite3) and return settled promises, so a batch is never interleaved with another.
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): EventStore {
  const lock = new WriteLock(path, options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS);
  // SQLite's own busy handler waits up to a slice of the limit; WriteLock retries around it (see there).
  const db = lock.retry(() => new Database(path, { ...(options.readOnly ? { fileMustExist: true } : {}), timeout: Math.min(BUSY_SLICE_MS, options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS) }));
  lock.retry(() => db.pragma('journal_mode = WAL'));
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  if (options.readOnly) db.pragma('query_only = ON');
  else lock.retry(() => migrate(db));
  return new SqliteStore(db, lock);
}

/** Applies the migrations a database lacks, in one write transaction, so that two processes opening it never both apply one. */
function migrate(db: SqliteDatabase): void {
  db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version));
    for (const m of MIGRATIONS) {
      if (applied.has(m.version)) continue;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)').run(m.version, m.description, new Date().toISOString());
    }
  }).immediate();
}

/** Builds the WHERE clause of a filter: fragments with `?` placeholders and their values, never interpolated text. */
function whereOf(f: EventFilter): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const prefix = (v: string) => v.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
  if (f.from) parts.push('e.date >= ?'), params.push(f.from);
  if (f.to) parts.push('e.date <= ?'), params.push(f.to + '\uffff');
  if (f.actor) parts.push("(e.source_code LIKE ? ESCAPE '\\' OR e.target_code LIKE ? ESCAPE '\\')"), params.push(prefix(f.actor), prefix(f.actor));
  if (f.source) parts.push("e.source_code LIKE ? ESCAPE '\\'"), params.push(prefix(f.source));
  if (f.target) parts.push("e.target_code LIKE ? ESCAPE '\\'"), params.push(prefix(f.target));
  if (f.country) parts.push('(e.source_country = ? OR e.target_country = ?)'), params.push(f.country, f.country);
  if (f.cameo) parts.push("e.cameo LIKE ? ESCAPE '\\'"), params.push(prefix(f.cameo));
  if (f.quad !== undefined) parts.push('e.quad_class = ?'), params.push(f.quad);
  if (f.place) parts.push('e.location_name = ? COLLATE NOCASE'), params.push(f.place);
  if (f.modality) parts.push('e.modality = ?'), params.push(f.modality);
  if (f.after) parts.push('(e.date, e.id) > (?, ?)'), params.push(f.after.date, f.after.id);
  if (f.q) {
    parts.push('e.id IN (SELECT m.event_id FROM mentions m WHERE m.rowid IN (SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH ?))');
    params.push(f.q);
  }
  return { sql: parts.length > 0 ? 'WHERE ' + parts.join(' AND ') : '', params };
}

/**
 * A failing read is a bad full-text query: every other value reaches SQL as a bound parameter, and only the FTS5
 * expression has a syntax of its own ("fts5: syntax error near ...", "unknown special query", "no such column").
 */
function guarded<T>(filter: EventFilter, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (filter.q !== undefined && (e as { code?: string }).code?.startsWith('SQLITE_ERROR')) {
      throw new StoreQueryError(`q: not a valid full-text query (${(e as Error).message.trim() || 'rejected by FTS5'})`);
    }
    throw e;
  }
}

class SqliteStore implements EventStore {
  /** Prepared once per connection: ingest re-clusters groups in every batch, and queries repeat. */
  private readonly statements = new Map<string, Statement>();

  constructor(
    private readonly db: SqliteDatabase,
    private readonly lock: WriteLock,
  ) {}

  private sql(text: string): Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  async storedHashes(hashes: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    const stmt = this.sql('SELECT 1 FROM articles WHERE content_hash = ?').pluck();
    for (const h of hashes) if (stmt.get(h)) found.add(h);
    return found;
  }

  async ingest(batch: readonly CodedArticle[], options: { recode?: boolean } = {}): Promise<IngestResult> {
    const insertArticle = this.sql('INSERT INTO articles (id, content_hash, date, title, url, source, text, origin, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const byHash = this.sql('SELECT id FROM articles WHERE content_hash = ?').pluck();
    const byId = this.sql('SELECT content_hash FROM articles WHERE id = ?').pluck();
    const groupsOfArticle = this.sql('SELECT group_key, date FROM mentions WHERE article_id = ?');
    const deleteMentions = this.sql('DELETE FROM mentions WHERE article_id = ?');
    const insertMention = this.sql('INSERT OR IGNORE INTO mentions (id, article_id, group_key, place_key, date, sentence_index, sentence, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const now = new Date().toISOString();
    // IMMEDIATE: the write lock is taken before the first read, so that another writer's commit in between cannot
    // invalidate what this one read (a deferred transaction would then fail at once with SQLITE_BUSY, unretried).
    return this.lock.retry(() => this.db.transaction((): IngestResult => {
      // Group → the dates whose events must be worked out again.
      const touched = new Map<string, string[]>();
      const touch = (key: string, date: string) => {
        const dates = touched.get(key);
        if (dates) dates.push(date);
        else touched.set(key, [date]);
      };
      let stored = 0;
      let skipped = 0;
      let mentions = 0;
      for (const { article, contentHash, events } of batch) {
        const existing = byHash.get(contentHash) as string | undefined;
        let articleId = existing ?? article.id;
        if (existing !== undefined && !options.recode) {
          skipped++;
          continue;
        }
        if (existing !== undefined) {
          for (const g of groupsOfArticle.all(existing) as Array<{ group_key: string; date: string }>) touch(g.group_key, g.date);
          deleteMentions.run(existing);
        } else {
          // Two different texts under one record id: the later one is stored under an id of its own.
          if (byId.get(article.id) !== undefined) articleId = `${article.id}~${contentHash.slice(0, 8)}`;
          insertArticle.run(articleId, contentHash, article.date, article.title, article.url, article.source, article.text, `${article.origin.file}:${article.origin.line}`, now);
        }
        for (const e of events) {
          const key = groupKey(e);
          // A renamed article's mentions are renamed too: their ids derive from the record id they share.
          const mentionId = articleId === article.id || existing !== undefined ? e.id : `${e.id}~${contentHash.slice(0, 8)}`;
          const r = insertMention.run(mentionId, articleId, key, placeKey(e), e.date, e.sentence_index, e.sentence, JSON.stringify({ ...e, article_id: articleId }));
          if (r.changes > 0) {
            touch(key, e.date);
            mentions++;
          }
        }
        stored++;
      }
      for (const key of [...touched.keys()].sort()) this.recluster(key, touched.get(key)!);
      return { stored, skipped, mentions };
    }).immediate());
  }

  /**
   * Rewrites the events of one group around the given dates, from all the mentions of the runs they fall in (a run
   * ends at a gap of two days or more, where de-duplication starts afresh): the same mentions always give the same
   * events and ids, and a big group costs only its affected run.
   */
  private recluster(key: string, dates: string[]): void {
    // Dates far apart (a batch with reports of 2019 and of 2024) are re-clustered run by run, not all in between.
    const sorted = [...new Set(dates)].sort((a, b) => dayNumber(a) - dayNumber(b));
    const ranges: Array<[{ text: string; day: number }, { text: string; day: number }]> = [];
    for (const d of sorted) {
      const last = ranges[ranges.length - 1];
      if (last && dayNumber(d) <= last[1].day + 1) continue;
      const range = this.runAround(key, [d]);
      if (last && range[0].day <= last[1].day + 1) last[1] = range[1];
      else ranges.push(range);
    }
    for (const [lo, hi] of ranges) this.reclusterRange(key, lo, hi);
  }

  private reclusterRange(key: string, lo: { text: string; day: number }, hi: { text: string; day: number }): void {
    const rows = (this.sql(`SELECT m.id, m.article_id, m.date, m.place_key, m.data, m.event_id, a.source FROM mentions m JOIN articles a ON a.id = m.article_id
      WHERE m.group_key = ? AND m.date >= ? AND m.date <= ?`).all(key, lo.text, hi.text + '\uffff') as Array<ClusterMember & { event_id: string | null }>)
      .filter((r) => dayNumber(r.date) >= lo.day && dayNumber(r.date) <= hi.day);
    const staleEvent = this.sql('DELETE FROM events WHERE id = ?');
    const staleData = this.sql('DELETE FROM event_data WHERE id = ?');
    const stale = { run: (id: string) => (staleEvent.run(id), staleData.run(id)) };
    for (const id of new Set(rows.map((r) => r.event_id))) if (id) stale.run(id);
    // Events whose mentions all went (a re-coded article) are found by their group and dates.
    for (const e of this.sql('SELECT id, date FROM events WHERE group_key = ? AND date >= ? AND date <= ?').all(key, lo.text, hi.text + '\uffff') as Array<{ id: string; date: string }>) {
      if (dayNumber(e.date) >= lo.day && dayNumber(e.date) <= hi.day) stale.run(e.id);
    }
    if (rows.length === 0) return;
    const byId = new Map(rows.map((r) => [r.id, r]));
    const clusters = clusterGroup(key, rows.map((r): DedupMention => ({ id: r.id, date: r.date, place: r.place_key })));
    const insert = this.sql(`INSERT INTO events (id, group_key, date, date_precision, cameo, root, quad_class, goldstein, source_code, source_country,
      target_code, target_country, location_name, modality, num_mentions, num_articles, num_sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insertData = this.sql('INSERT INTO event_data (id, data) VALUES (?, ?)');
    const link = this.sql('UPDATE mentions SET event_id = ? WHERE id = ?');
    for (const [eventId, ids] of clusters) {
      const stored = storedEventOf(eventId, ids.map((id) => byId.get(id)!));
      insert.run(eventId, key, stored.date, stored.date_precision, stored.cameo, stored.cameo.slice(0, 2), stored.quad_class, stored.goldstein, stored.source.code, stored.source.country,
        stored.target?.code ?? null, stored.target?.country ?? null, stored.location?.name ?? null, stored.modality, stored.num_mentions, stored.num_articles, stored.num_sources);
      insertData.run(eventId, JSON.stringify(stored));
      for (const id of ids) link.run(eventId, id);
    }
  }

  /** The dates bounding the runs of a group that contain the given dates. */
  private runAround(key: string, dates: string[]): [{ text: string; day: number }, { text: string; day: number }] {
    const sorted = [...dates].sort((a, b) => dayNumber(a) - dayNumber(b));
    const lo = { text: sorted[0]!, day: dayNumber(sorted[0]!) };
    const hi = { text: sorted[sorted.length - 1]!, day: dayNumber(sorted[sorted.length - 1]!) };
    const before = this.sql('SELECT date FROM mentions WHERE group_key = ? AND date < ? ORDER BY date DESC LIMIT 1').pluck();
    const after = this.sql('SELECT date FROM mentions WHERE group_key = ? AND date > ? ORDER BY date LIMIT 1').pluck();
    for (;;) {
      const prev = before.get(key, lo.text) as string | undefined;
      if (prev === undefined || lo.day - dayNumber(prev) > 1) break;
      lo.text = prev;
      lo.day = Math.min(lo.day, dayNumber(prev));
    }
    for (;;) {
      // Strictly after hi's text, not after every date it prefixes: "1987-06" is followed by "1987-06-01", the same day.
      const next = after.get(key, hi.text) as string | undefined;
      if (next === undefined || dayNumber(next) - hi.day > 1) break;
      hi.text = next;
      hi.day = Math.max(hi.day, dayNumber(next));
    }
    return [lo, hi];
  }

  async query(filter: EventFilter): Promise<StoredEvent[]> {
    const { sql, params } = whereOf(filter);
    const limit = filter.limit ?? -1;
    const offset = filter.offset ?? 0;
    return guarded(filter, () => this.sql(`SELECT d.data FROM (SELECT e.id, e.date FROM events e ${sql} ORDER BY e.date, e.id LIMIT ? OFFSET ?) AS page JOIN event_data d ON d.id = page.id ORDER BY page.date, page.id`).pluck().all(...params, limit, offset) as string[]).map((d) => JSON.parse(d) as StoredEvent);
  }

  async countMatching(filter: EventFilter): Promise<number> {
    const { sql, params } = whereOf(filter);
    return guarded(filter, () => this.sql(`SELECT count(*) FROM events e ${sql}`).pluck().get(...params) as number);
  }

  async countsByPeriod(filter: EventFilter, period: Period): Promise<CountRow[]> {
    const { sql, params } = whereOf(filter);
    const bucket = period === 'day' ? 'e.date' : period === 'month' ? 'substr(e.date, 1, 7)' : period === 'year' ? 'substr(e.date, 1, 4)' : "date(e.date, '-6 days', 'weekday 1')";
    // Dates known only to the month or year do not belong to a day or week.
    const known = period === 'year' ? 'length(e.date) >= 4' : period === 'month' ? 'length(e.date) >= 7' : 'length(e.date) = 10';
    const where = sql ? `${sql} AND ${known}` : `WHERE ${known}`;
    return guarded(filter, () => this.sql(`SELECT ${bucket} AS period, e.quad_class AS quad_class, count(*) AS events, round(avg(e.goldstein), 3) AS mean_goldstein
      FROM events e ${where} GROUP BY period, quad_class ORDER BY period, quad_class`).all(...params) as CountRow[]);
  }

  async dyadMatrix(filter: EventFilter, by: 'country' | 'code'): Promise<DyadRow[]> {
    const { sql, params } = whereOf(filter);
    const s = by === 'country' ? "coalesce(e.source_country, substr(e.source_code, 1, 3))" : 'e.source_code';
    const t = by === 'country' ? "coalesce(e.target_country, substr(e.target_code, 1, 3), '-')" : "coalesce(e.target_code, '-')";
    return guarded(filter, () => this.sql(`SELECT ${s} AS source, ${t} AS target, count(*) AS events, round(avg(e.goldstein), 3) AS mean_goldstein
      FROM events e ${sql} GROUP BY source, target ORDER BY events DESC, source, target`).all(...params) as DyadRow[]);
  }

  async countsByRoot(filter: EventFilter): Promise<RootRow[]> {
    const { sql, params } = whereOf(filter);
    return guarded(filter, () => this.sql(`SELECT e.root AS root, e.quad_class AS quad_class, count(*) AS events, round(avg(e.goldstein), 3) AS mean_goldstein
      FROM events e ${sql} GROUP BY root, quad_class ORDER BY events DESC, root`).all(...params) as RootRow[]);
  }

  async countsByPlace(filter: EventFilter): Promise<PlaceRow[]> {
    const { sql, params } = whereOf(filter);
    const where = sql ? `${sql} AND e.location_name IS NOT NULL` : 'WHERE e.location_name IS NOT NULL';
    // The place's coordinates are in the event's document; events with a place name have one.
    const rows = guarded(filter, () => this.sql(`SELECT e.location_name AS name, json_extract(d.data, '$.location.country') AS country,
      json_extract(d.data, '$.location.lat') AS lat, json_extract(d.data, '$.location.lon') AS lon, e.quad_class AS quad_class, count(*) AS events
      FROM events e JOIN event_data d ON d.id = e.id ${where} GROUP BY name, country, lat, lon, quad_class ORDER BY events DESC, name`).all(...params) as PlaceRow[]);
    return rows.filter((r) => typeof r.lat === 'number' && typeof r.lon === 'number');
  }

  async event(id: string): Promise<StoredEvent | null> {
    const data = this.sql('SELECT data FROM event_data WHERE id = ?').pluck().get(id) as string | undefined;
    return data === undefined ? null : (JSON.parse(data) as StoredEvent);
  }

  async eventsOfArticle(articleId: string): Promise<Array<CodedEvent & { event_id: string }>> {
    const rows = this.sql('SELECT event_id, data FROM mentions WHERE article_id = ? ORDER BY sentence_index, id').all(articleId) as Array<{ event_id: string; data: string }>;
    return rows.map((r) => ({ ...(JSON.parse(r.data) as CodedEvent), event_id: r.event_id }));
  }

  async mentionsOf(eventId: string): Promise<Array<{ article_id: string; sentence: string; sentence_index: number; evidence: CodedEvent['evidence'] }>> {
    const rows = this.sql('SELECT article_id, sentence, sentence_index, data FROM mentions WHERE event_id = ? ORDER BY date, id').all(eventId) as Array<{ article_id: string; sentence: string; sentence_index: number; data: string }>;
    return rows.map((r) => ({ article_id: r.article_id, sentence: r.sentence, sentence_index: r.sentence_index, evidence: (JSON.parse(r.data) as CodedEvent).evidence }));
  }

  async article(id: string): Promise<(Article & { content_hash: string }) | null> {
    const r = this.sql('SELECT id, content_hash, date, title, url, source, text, origin FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    return r ? storedArticleOf(r) : null;
  }

  async articlesAfter(after: string | null, limit: number): Promise<CodedArticle[]> {
    const rows = this.sql('SELECT id, content_hash, date, title, url, source, text, origin FROM articles WHERE id > ? ORDER BY id LIMIT ?').all(after ?? '', limit) as ArticleRow[];
    const mentions = this.sql('SELECT id, data FROM mentions WHERE article_id = ? ORDER BY sentence_index, id');
    return rows.map((r) => ({
      article: articleOf(r),
      contentHash: r.content_hash,
      events: (mentions.all(r.id) as Array<{ id: string; data: string }>).map((m) => ({ ...(JSON.parse(m.data) as CodedEvent), id: m.id })),
    }));
  }

  async stats(): Promise<StoreStats> {
    const count = (table: string) => this.sql(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return { articles: count('articles'), events: count('events'), mentions: count('mentions') };
  }

  async feedState(feed: string): Promise<FeedState | null> {
    const r = this.sql('SELECT etag, last_modified FROM feeds WHERE url = ?').get(feed) as { etag: string | null; last_modified: string | null } | undefined;
    return r ? { etag: r.etag, lastModified: r.last_modified } : null;
  }

  async saveFeedState(feed: string, state: FeedState): Promise<void> {
    this.lock.retry(() => this.sql(`INSERT INTO feeds (url, etag, last_modified, polled_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, polled_at = excluded.polled_at`).run(feed, state.etag, state.lastModified, new Date().toISOString()));
  }

  async settledUrls(urls: readonly string[], maxTries: number): Promise<Set<string>> {
    const settled = new Set<string>();
    const statement = this.sql('SELECT url FROM feed_items WHERE url = ? AND (done = 1 OR tries >= ?)').pluck();
    for (const url of urls) if (statement.get(url, maxTries) !== undefined) settled.add(url);
    return settled;
  }

  async recordFeedItems(outcomes: readonly FeedItemOutcome[]): Promise<void> {
    const upsert = this.sql(`INSERT INTO feed_items (url, feed, done, tries, reason, seen_at) VALUES (?, ?, ?, 1, ?, ?)
      ON CONFLICT (url) DO UPDATE SET done = max(done, excluded.done), tries = tries + 1, reason = CASE WHEN done = 1 THEN reason ELSE excluded.reason END, seen_at = excluded.seen_at`);
    const now = new Date().toISOString();
    this.lock.retry(() => this.db.transaction(() => {
      for (const o of outcomes) upsert.run(o.url, o.feed, o.done ? 1 : 0, o.reason, now);
    }).immediate());
  }

  async recordIngestRun(run: IngestRun): Promise<void> {
    this.lock.retry(() => this.sql('INSERT INTO ingest_runs (at, command, dyad_version, min_confidence) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING')
      .run(run.at, run.command, run.dyad_version, run.min_confidence));
  }

  async ingestRuns(): Promise<IngestRun[]> {
    // A database last written by an older dyad and opened read-only (dyad serve) has no table of runs yet.
    if (this.sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ingest_runs'").get() === undefined) return [];
    return this.sql('SELECT at, command, dyad_version, min_confidence FROM ingest_runs ORDER BY id').all() as IngestRun[];
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
