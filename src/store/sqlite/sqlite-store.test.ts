// The SQLite store passes the store contract, on a file (WAL) and in memory, and keeps its schema versions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { REPORTS, coded, storeContract } from '../../../test/support/store.contract.js';
import { clusterGroup, groupKey, placeKey, storedEventOf, type ClusterMember } from '../dedup.js';
import type { CodedArticle, EventFilter, EventStore } from '../model.js';
import { openSqliteStore } from './sqlite-store.js';
import { MIGRATIONS } from './migrations.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
let n = 0;

storeContract('sqlite file', async () => openSqliteStore(join(dir, `t${n++}.db`)));
storeContract('sqlite in memory', async () => openSqliteStore(':memory:'));

test('sqlite: a new database records every migration, and reopening it applies none twice', async () => {
  const path = join(dir, 'migrations.db');
  await openSqliteStore(path).close();
  await openSqliteStore(path).close();
  const db = new Database(path);
  const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
  assert.deepEqual(versions, MIGRATIONS.map((m) => m.version));
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  db.close();
});

test('sqlite: a database written before runs were recorded reads as having none when served read-only, and gains the table when next written', async () => {
  const path = join(dir, 'before-runs.db');
  await openSqliteStore(path).close();
  // As dyad left it before migration 5: the table and its record gone.
  const db = new Database(path);
  db.exec('DROP TABLE ingest_runs; DELETE FROM schema_migrations WHERE version = 5');
  db.close();
  const reader = openSqliteStore(path, { readOnly: true });
  assert.deepEqual(await reader.ingestRuns(), []);
  await reader.close();
  const writer = openSqliteStore(path);
  await writer.recordIngestRun({ at: '2024-04-20T08:00:00.000Z', command: 'ingest', dyad_version: '0.1.0', min_confidence: 0.11 });
  assert.equal((await writer.ingestRuns()).length, 1);
  await writer.close();
});

/** A database as dyad wrote it with schema 4: events kept as JSON documents beside their columns, mentions with theirs. */
function writeSchema4(path: string, articles: readonly CodedArticle[]): void {
  const db = new Database(path);
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const m of MIGRATIONS.filter((m) => m.version <= 4)) {
    db.exec(m.sql);
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.description, '2026-01-01T00:00:00Z');
  }
  const groups = new Map<string, ClusterMember[]>();
  for (const { article, contentHash, events } of articles) {
    db.prepare('INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(article.id, contentHash, article.date, article.title, article.url, article.source, article.text, `${article.origin.file}:${article.origin.line}`, '2026-01-01T00:00:00Z');
    for (const e of events) {
      const member = { id: e.id, article_id: article.id, date: e.date, place_key: placeKey(e), data: JSON.stringify(e), source: article.source };
      db.prepare('INSERT INTO mentions (id, article_id, group_key, place_key, date, sentence_index, sentence, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(e.id, article.id, groupKey(e), member.place_key, e.date, e.sentence_index, e.sentence, member.data);
      groups.set(groupKey(e), [...(groups.get(groupKey(e)) ?? []), member]);
    }
  }
  for (const [key, members] of groups) {
    for (const [eventId, ids] of clusterGroup(key, members.map((m) => ({ id: m.id, date: m.date, place: m.place_key })))) {
      const e = storedEventOf(eventId, ids.map((id) => members.find((m) => m.id === id)!));
      db.prepare(`INSERT INTO events (id, group_key, date, date_precision, cameo, root, quad_class, goldstein, source_code, source_country, target_code, target_country, location_name, modality, num_mentions, num_articles, num_sources)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(eventId, key, e.date, e.date_precision, e.cameo, e.cameo.slice(0, 2), e.quad_class, e.goldstein, e.source.code, e.source.country,
        e.target?.code ?? null, e.target?.country ?? null, e.location?.name ?? null, e.modality, e.num_mentions, e.num_articles, e.num_sources);
      db.prepare('INSERT INTO event_data VALUES (?, ?)').run(eventId, JSON.stringify(e));
      for (const id of ids) db.prepare('UPDATE mentions SET event_id = ? WHERE id = ?').run(eventId, id);
    }
  }
  db.close();
}

/** Everything a reader gets from a store. */
async function everything(store: EventStore) {
  const events = await store.query({});
  return {
    stats: await store.stats(),
    events,
    mentions: await Promise.all(events.map((e) => store.mentionsOf(e.id))),
    articles: await store.articlesAfter(null, 100),
    ofArticles: await Promise.all(REPORTS.map((a) => store.eventsOfArticle(a.id))),
    search: await store.query({ q: 'Doha' }),
    byDay: await store.countsByPeriod({}, 'day'),
    dyads: await store.dyadMatrix({ from: '2024-04' }, 'country'),
    places: await store.countsByPlace({}),
  };
}

test('sqlite: a store written with schema 4 is upgraded in place, even when first opened read-only, and reads as a fresh ingest of its articles', async () => {
  const old = join(dir, 'schema4.db');
  writeSchema4(old, REPORTS.map(coded));
  const upgraded = openSqliteStore(old, { readOnly: true });
  const fresh = openSqliteStore(':memory:');
  await fresh.ingest(REPORTS.map(coded));
  assert.deepEqual(await everything(upgraded), await everything(fresh));
  await upgraded.close();
  await fresh.close();
  const db = new Database(old, { readonly: true });
  assert.deepEqual(db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all(), MIGRATIONS.map((m) => m.version));
  db.close();
});

/** The summary tables beside the same counts worked out from the events. */
function summariesAndEvents(path: string): Array<[unknown[], unknown[]]> {
  const db = new Database(path, { readonly: true });
  const rows = (sql: string) => db.prepare(sql).raw().all();
  const pairs: Array<[unknown[], unknown[]]> = [
    [rows('SELECT * FROM counts_by_day ORDER BY 1, 2, 3'), rows('SELECT modality, date, quad_class, count(*), sum(CAST(round(goldstein * 10) AS INTEGER)), sum(gold_err) FROM events GROUP BY 1, 2, 3 ORDER BY 1, 2, 3')],
    [rows('SELECT * FROM counts_by_root_day ORDER BY 1, 2, 3, 4'), rows('SELECT root, modality, date, quad_class, count(*), sum(CAST(round(goldstein * 10) AS INTEGER)), sum(gold_err) FROM events GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4')],
    [rows('SELECT * FROM counts_by_country_day ORDER BY 1, 2, 3, 4'), rows(`SELECT country, modality, date, quad_class, count(*), sum(CAST(round(goldstein * 10) AS INTEGER)), sum(gold_err) FROM (SELECT source_country AS country, * FROM events
      UNION ALL SELECT target_country, * FROM events WHERE target_country IS NOT source_country) WHERE country IS NOT NULL GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`)],
  ];
  db.close();
  return pairs;
}

test('sqlite: the summary counts stay those of the events through ingest, re-ingest and re-coding', async () => {
  const path = join(dir, 'summaries.db');
  const store = openSqliteStore(path);
  await store.ingest(REPORTS.slice(0, 3).map(coded));
  await store.ingest(REPORTS.map(coded));
  await store.ingest(REPORTS.slice(1, 4).map(coded), { recode: true });
  await store.close();
  for (const [summary, events] of summariesAndEvents(path)) {
    assert.ok(events.length > 0);
    assert.deepEqual(summary, events);
  }
});

test('sqlite: a count from the summaries equals the count of the events themselves', async () => {
  const store = openSqliteStore(':memory:');
  await store.ingest(REPORTS.map(coded));
  // An empty source prefix selects every event, but no summary holds source codes: the events are counted.
  const throughEvents = (f: EventFilter): EventFilter => ({ ...f, source: '' });
  for (const filter of [{ country: 'TUR' }, { country: 'IRN', quad: 4 }, { cameo: '04', from: '2024-04-18' }, { modality: 'asserted' as const, to: '2024-04-20' }]) {
    assert.equal(await store.countMatching(filter), await store.countMatching(throughEvents(filter)));
    for (const period of ['day', 'week', 'month', 'year'] as const) assert.deepEqual(await store.countsByPeriod(filter, period), await store.countsByPeriod(throughEvents(filter), period));
  }
  for (const filter of [{}, { from: '2024-04', to: '2024-04-30' }, { from: '2024', modality: 'asserted' as const }]) {
    assert.deepEqual(await store.dyadMatrix(filter, 'country'), await store.dyadMatrix(throughEvents(filter), 'country'));
  }
  await store.close();
});
