// The embedded event store: SQLite through better-sqlite3, WAL mode, numbered migrations, every statement parameterised; this is its write side (sqlite-read.ts reads).
import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import type { CodedEvent } from '../../document/types.js';
import { clusterGroup, dayNumber, firstMention, groupKey, mentionCounts, placeKey, type DedupMention } from '../dedup.js';
import type { CodedArticle, EventStore, FeedItemOutcome, FeedState, IngestResult, IngestRun } from '../model.js';
import { encodeEvent } from './event-codec.js';
import { goldsteinParts } from './goldstein-sum.js';
import { MODALITY_CODES } from './filter-sql.js';
import { MIGRATIONS } from './migrations.js';
import { SqliteReader, type MentionRow } from './sqlite-read.js';
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
  // A store of an older schema is upgraded before it is read: the readers know only the newest (see upgradeForReading).
  if (options.readOnly && path !== ':memory:' && upgradeForReading(path)) openSqliteStore(path, { lockTimeoutMs: options.lockTimeoutMs }).close();
  const lock = new WriteLock(path, options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS);
  // SQLite's own busy handler waits up to a slice of the limit; WriteLock retries around it (see there).
  const db = lock.retry(() => new Database(path, { ...(options.readOnly ? { fileMustExist: true } : {}), timeout: Math.min(BUSY_SLICE_MS, options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS) }));
  lock.retry(() => db.pragma('journal_mode = WAL'));
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Ingest re-reads and rewrites index pages all over a large store: a page cache of 2 MiB (the default) misses on most.
  db.pragma('cache_size = -131072');
  db.pragma('temp_store = MEMORY');
  const store = new SqliteStore(db, lock);
  if (options.readOnly) db.pragma('query_only = ON');
  // The upgrade to schema 6 leaves the old rows' pages free: giving them back shrinks the file to a third or less.
  else if (lock.retry(() => store.migrate()).includes(6) && store.holdsMentions()) lock.retry(() => db.exec('VACUUM'));
  return store;
}

/**
 * Whether a dyad database lacks migrations (written by an older dyad): then `dyad query`, `export` and `serve`, which
 * open it read-only, upgrade it first, as any writer would. A file without dyad's tables is left alone.
 */
function upgradeForReading(path: string): boolean {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const known = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined;
    if (!known) return false;
    const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
    return MIGRATIONS.some((m) => !applied.has(m.version));
  } finally {
    db.close();
  }
}

/** A day as a date's text and its day number. */
interface Day {
  text: string;
  day: number;
}

/** A stored mention as re-clustering reads it. */
interface MemberRow {
  rowid: number;
  id: string;
  article_id: string;
  date: string;
  place: number | null;
  place_key: string | null;
  event: number | null;
  event_id: string | null;
  source: string | null;
}

class SqliteStore extends SqliteReader implements EventStore {
  constructor(
    db: SqliteDatabase,
    private readonly lock: WriteLock,
  ) {
    super(db);
  }

  /** Applies the migrations the database lacks, in one write transaction, so that two processes opening it never both apply one; the versions applied. */
  migrate(): number[] {
    return this.db.transaction(() => {
      const done: number[] = [];
      this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)');
      const applied = new Set((this.db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version));
      for (const m of MIGRATIONS) {
        if (applied.has(m.version)) continue;
        this.db.exec(m.sql);
        if (m.upgrade === 'compact-columns') this.compactColumns();
        this.db.prepare('INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)').run(m.version, m.description, new Date().toISOString());
        done.push(m.version);
      }
      return done;
    }).immediate();
  }

  holdsMentions(): boolean {
    return this.db.prepare('SELECT 1 FROM mentions LIMIT 1').get() !== undefined;
  }

  /** Schema 6: re-encodes the mentions of schema 4 (their JSON documents) and works their events out again, as ingest would. */
  private compactColumns(): void {
    const page = this.db.prepare(`SELECT m.rowid AS rowid, m.id, m.article_id, m.group_key, m.date, m.sentence_index, m.data, a.text FROM mentions_v4 m
      JOIN articles a ON a.id = m.article_id WHERE m.rowid > ? ORDER BY m.rowid LIMIT 2000`);
    for (let after = 0; ; ) {
      const rows = page.all(after) as Array<{ rowid: number; id: string; article_id: string; group_key: string; date: string; sentence_index: number; data: string; text: string }>;
      if (rows.length === 0) break;
      for (const r of rows) this.insertMention(r.rowid, r.id, r.article_id, r.text, JSON.parse(r.data) as CodedEvent, r.group_key);
      after = rows[rows.length - 1]!.rowid;
    }
    this.db.exec('DROP TABLE mentions_v4');
    const groups = this.db.prepare('SELECT DISTINCT grp FROM mentions').all() as Array<{ grp: number }>;
    // Each group whole: clustering all its mentions at once gives what clustering run by run does.
    for (const g of groups) this.reclusterRange(g.grp, { text: '', day: -Infinity }, { text: '\uffff', day: Infinity }, false);
  }

  /** Stores one mention (its coded event as layout and values, its sentence as a slice of the article when it is one); false when its id is stored already. */
  private insertMention(rowid: number | null, id: string, articleId: string, articleText: string, event: CodedEvent, key: string): boolean {
    const at = articleText.indexOf(event.sentence);
    const encoded = encodeEvent(event, { id, article_id: articleId, sentence: event.sentence }, this.dictionary);
    const place = placeKey(event);
    const r = this.sql(`INSERT OR IGNORE INTO mentions (rowid, id, article_id, grp, date, place, sentence_index, sentence_at, sentence_end, sentence, layout, vals)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(rowid, id, articleId, this.dictionary.id(key), event.date, place === null ? null : this.dictionary.id(place), event.sentence_index,
      at >= 0 ? at : null, at >= 0 ? at + event.sentence.length : null, at >= 0 ? null : event.sentence, this.dictionary.id(encoded.layout), encoded.values);
    if (r.changes === 0) return false;
    this.sql('INSERT INTO mentions_fts (rowid, sentence) VALUES (?, ?)').run(r.lastInsertRowid, event.sentence);
    return true;
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
    const groupsOfArticle = this.sql('SELECT grp, date FROM mentions WHERE article_id = ?');
    const deleteMentions = this.sql('DELETE FROM mentions WHERE article_id = ?');
    const now = new Date().toISOString();
    const write = this.db.transaction((): IngestResult => {
      // Group → the dates whose events must be worked out again.
      const touched = new Map<number, string[]>();
      let deleted = false;
      const touch = (grp: number, date: string) => {
        const dates = touched.get(grp);
        if (dates) dates.push(date);
        else touched.set(grp, [date]);
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
          for (const g of groupsOfArticle.all(existing) as Array<{ grp: number; date: string }>) touch(g.grp, g.date);
          deleted = deleteMentions.run(existing).changes > 0 || deleted;
        } else {
          // Two different texts under one record id: the later one is stored under an id of its own.
          if (byId.get(article.id) !== undefined) articleId = `${article.id}~${contentHash.slice(0, 8)}`;
          insertArticle.run(articleId, contentHash, article.date, article.title, article.url, article.source, article.text, `${article.origin.file}:${article.origin.line}`, now);
        }
        for (const e of events) {
          const key = groupKey(e);
          // A renamed article's mentions are renamed too: their ids derive from the record id they share.
          const mentionId = articleId === article.id || existing !== undefined ? e.id : `${e.id}~${contentHash.slice(0, 8)}`;
          if (this.insertMention(null, mentionId, articleId, article.text, { ...e, article_id: articleId }, key)) {
            touch(this.dictionary.id(key), e.date);
            mentions++;
          }
        }
        stored++;
      }
      for (const grp of [...touched.keys()].sort((a, b) => a - b)) this.recluster(grp, touched.get(grp)!, deleted);
      return { stored, skipped, mentions };
    });
    // IMMEDIATE: the write lock is taken before the first read, so that another writer's commit in between cannot
    // invalidate what this one read (a deferred transaction would then fail at once with SQLITE_BUSY, unretried).
    return this.lock.retry(() => {
      try {
        return write.immediate();
      } catch (e) {
        this.dictionary.forget();
        throw e;
      }
    });
  }

  /**
   * Rewrites the events of one group around the given dates, from all the mentions of the runs they fall in (a run
   * ends at a gap of two days or more, where de-duplication starts afresh): the same mentions always give the same
   * events and ids, and a big group costs only its affected run.
   */
  private recluster(grp: number, dates: string[], deleted: boolean): void {
    // Dates far apart (a batch with reports of 2019 and of 2024) are re-clustered run by run, not all in between.
    const sorted = [...new Set(dates)].sort((a, b) => dayNumber(a) - dayNumber(b));
    const ranges: Array<[Day, Day]> = [];
    for (const d of sorted) {
      const last = ranges[ranges.length - 1];
      if (last && dayNumber(d) <= last[1].day + 1) continue;
      const range = this.runAround(grp, d);
      if (last && range[0].day <= last[1].day + 1) last[1] = range[1];
      else ranges.push(range);
    }
    for (const [lo, hi] of ranges) this.reclusterRange(grp, lo, hi, deleted);
  }

  /**
   * Works out the events of a group's mentions between two days again. An event whose mentions are the same as
   * before (the common case: a batch adds to one event of a run) is left as it is; the others are replaced.
   */
  private reclusterRange(grp: number, lo: Day, hi: Day, deleted: boolean): void {
    const inRange = (date: string) => dayNumber(date) >= lo.day && dayNumber(date) <= hi.day;
    const rows = (this.sql(`SELECT m.rowid AS rowid, m.id, m.article_id, m.date, m.place, m.event, ev.id AS event_id, a.source FROM mentions m JOIN articles a ON a.id = m.article_id
      LEFT JOIN events ev ON ev.rowid = m.event WHERE m.grp = ? AND m.date >= ? AND m.date <= ?`).all(grp, lo.text, hi.text + '\uffff') as MemberRow[]).filter((r) => inRange(r.date));
    // The events there were: those of the mentions, and, when mentions were deleted (a re-coded article), those
    // whose mentions all went, by group and dates.
    const before = new Map<number, { id: string; mentions: number }>();
    if (deleted) for (const e of this.sql('SELECT rowid AS rowid, id, date FROM events WHERE grp = ? AND date >= ? AND date <= ?').all(grp, lo.text, hi.text + '\uffff') as Array<{ rowid: number; id: string; date: string }>) {
      if (inRange(e.date)) before.set(e.rowid, { id: e.id, mentions: 0 });
    }
    for (const r of rows) {
      if (r.event === null) continue;
      const e = before.get(r.event);
      if (e) e.mentions++;
      else before.set(r.event, { id: r.event_id!, mentions: 1 });
    }
    for (const r of rows) r.place_key = r.place === null ? null : this.dictionary.text(r.place);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const clusters = rows.length === 0 ? new Map<string, string[]>() : clusterGroup(this.dictionary.text(grp), rows.map((r): DedupMention => ({ id: r.id, date: r.date, place: r.place_key })));
    const changed: Array<[string, MemberRow[]]> = [];
    const kept = new Set<number>();
    for (const [eventId, ids] of clusters) {
      const members = ids.map((id) => byId.get(id)!);
      const was = members[0]!.event;
      const same = was !== null && members.every((m) => m.event === was) && before.get(was)?.id === eventId && before.get(was)?.mentions === members.length;
      if (same) kept.add(was);
      else changed.push([eventId, members]);
    }
    const remove = this.sql('DELETE FROM events WHERE rowid = ?');
    for (const rowid of before.keys()) if (!kept.has(rowid)) remove.run(rowid);
    const insert = this.sql(`INSERT INTO events (id, grp, first_mention, date, cameo, root, quad_class, goldstein, gold_err, source_code, source_country, target_code, target_country,
      location_name, location_country, lat, lon, modality, num_mentions, num_articles, num_sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const link = this.sql('UPDATE mentions SET event = ? WHERE rowid = ?');
    const mention = this.sql(`SELECT m.id AS mid, m.article_id, m.sentence, m.sentence_at, m.sentence_end, NULL AS text, m.layout, m.vals FROM mentions m WHERE m.rowid = ?`);
    for (const [eventId, members] of changed) {
      const first = firstMention(members);
      // The columns filters and counts read: the first mention's, as the stored event shows them (its sentence is not needed here).
      const row = mention.get(first.rowid) as MentionRow;
      const e = this.mentionEvent({ ...row, sentence: row.sentence ?? '' });
      const counts = mentionCounts(members);
      const rowid = insert.run(eventId, grp, first.rowid, first.date, e.cameo, e.cameo.slice(0, 2), e.quad_class, e.goldstein, goldsteinParts(e.goldstein).error, e.source.code, e.source.country,
        e.target?.code ?? null, e.target?.country ?? null, e.location?.name ?? null, e.location?.country ?? null, e.location?.lat ?? null, e.location?.lon ?? null,
        MODALITY_CODES[e.modality], counts.num_mentions, counts.num_articles, counts.num_sources).lastInsertRowid;
      for (const m of members) link.run(rowid, m.rowid);
    }
  }

  /** The days bounding the run of a group that contains a date (a run ends at a gap of two days or more). */
  private runAround(grp: number, date: string): [Day, Day] {
    const lo = { text: date, day: dayNumber(date) };
    const hi = { text: date, day: dayNumber(date) };
    const before = this.sql('SELECT date FROM mentions WHERE grp = ? AND date < ? ORDER BY date DESC LIMIT 1').pluck();
    const after = this.sql('SELECT date FROM mentions WHERE grp = ? AND date > ? ORDER BY date LIMIT 1').pluck();
    for (;;) {
      const prev = before.get(grp, lo.text) as string | undefined;
      if (prev === undefined || lo.day - dayNumber(prev) > 1) break;
      lo.text = prev;
      lo.day = Math.min(lo.day, dayNumber(prev));
    }
    for (;;) {
      // Strictly after hi's text, not after every date it prefixes: "1987-06" is followed by "1987-06-01", the same day.
      const next = after.get(grp, hi.text) as string | undefined;
      if (next === undefined || dayNumber(next) - hi.day > 1) break;
      hi.text = next;
      hi.day = Math.max(hi.day, dayNumber(next));
    }
    return [lo, hi];
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
    // A database last written by an older dyad and opened read-only (dyad serve) may have no table of runs yet.
    if (this.sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ingest_runs'").get() === undefined) return [];
    return this.sql('SELECT at, command, dyad_version, min_confidence FROM ingest_runs ORDER BY id').all() as IngestRun[];
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
