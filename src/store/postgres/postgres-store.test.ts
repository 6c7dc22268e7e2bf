// The PostgreSQL store passes the store contract on a throwaway server, keeps its schema versions, and refuses writes when read-only.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { storeContract, REPORTS, coded } from '../../../test/support/store.contract.js';
import { StoreUnavailableError, type EventStore } from '../model.js';
import { openPostgresStore } from './postgres-store.js';
import { MIGRATIONS } from './migrations.js';
import { rebuildSummariesSql, SUMMARY_TABLES } from './summaries.js';
import { testPostgres } from '../../../test/support/throwaway-postgres.js';

const server = await testPostgres();
after(() => server.stop());
const skip = server.skip;

storeContract('postgres', async () => openPostgresStore(await server.newDatabase()), skip);

test('postgres: a new database records every migration, and opening it again (twice at once) applies none twice', { skip }, async () => {
  const url = await server.newDatabase();
  const stores = await Promise.all([openPostgresStore(url), openPostgresStore(url), openPostgresStore(url)]);
  await Promise.all(stores.map((s) => s.close()));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const versions = (await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r) => r.version);
  await client.end();
  assert.deepEqual(versions, MIGRATIONS.map((m) => m.version));
});

test('postgres: a read-only store refuses writes, and reading a database without dyad tables says so', { skip }, async () => {
  const url = await server.newDatabase();
  await assert.rejects(openPostgresStore(url, { readOnly: true }), (e: Error) => e instanceof StoreUnavailableError && /no dyad database/.test(e.message));
  await (await openPostgresStore(url)).close();
  const reader = await openPostgresStore(url, { readOnly: true });
  await assert.rejects(reader.ingest([coded(REPORTS[0]!)]), /read-only/);
  await reader.close();
});

test('postgres: a server that is not there is a StoreUnavailableError naming the database without its password', { skip }, async () => {
  await assert.rejects(openPostgresStore('postgres://dyad:secret@127.0.0.1:1/nothing'), (e: Error) => e instanceof StoreUnavailableError && e.message.includes('dyad:***@127.0.0.1:1/nothing') && !e.message.includes('secret'));
});

test('postgres: two writers storing the same articles at the same moment store each once and count each mention once', { skip }, async () => {
  const url = await server.newDatabase();
  const writers = await Promise.all([openPostgresStore(url), openPostgresStore(url), openPostgresStore(url)]);
  const batch = REPORTS.map(coded);
  const results = await Promise.all(writers.map((w, k) => w.ingest(k === 1 ? [...batch].reverse() : batch)));
  assert.equal(results.reduce((n, r) => n + r.stored, 0), REPORTS.length);
  assert.equal(results.reduce((n, r) => n + r.skipped, 0), 2 * REPORTS.length);
  const alone = await openPostgresStore(await server.newDatabase());
  await alone.ingest(batch);
  const summary = async (s: EventStore) => ({ stats: await s.stats(), events: (await s.query({})).map((e) => `${e.id} ${e.num_mentions} ${e.num_articles} ${e.num_sources}`) });
  assert.deepEqual(await summary(writers[0]!), await summary(alone));
  await Promise.all([...writers, alone].map((s) => s.close()));
});

/** Every summary table's rows, and the same tables counted again from the events (in a transaction rolled back). */
async function summariesAndRecount(url: string): Promise<{ kept: unknown[][]; recounted: unknown[][]; pending: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const all = async () => Promise.all(SUMMARY_TABLES.map(async (t) => (await client.query({ text: `SELECT * FROM ${t.name} ORDER BY ${t.keys.map((_, k) => k + 1).join(', ')}`, rowMode: 'array' })).rows));
    const kept = await all();
    await client.query('BEGIN');
    await client.query(rebuildSummariesSql());
    const recounted = await all();
    await client.query('ROLLBACK');
    const pending = (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM summary_changes')).rows[0]!.n;
    return { kept, recounted, pending };
  } finally {
    await client.end();
  }
}

test('postgres: the summary tables stay a recount of the events through three writers storing the same stories at once, re-coding, and a hand-written DELETE', { skip }, async () => {
  const url = await server.newDatabase();
  const writers = await Promise.all([openPostgresStore(url), openPostgresStore(url), openPostgresStore(url)]);
  const batch = REPORTS.map(coded);
  await Promise.all(writers.map((w, k) => w.ingest(k === 1 ? [...batch].reverse() : batch)));
  const check = async (step: string) => {
    const { kept, recounted, pending } = await summariesAndRecount(url);
    assert.ok(kept.every((rows) => rows.length > 0), `${step}: every summary has rows`);
    assert.deepEqual(kept, recounted, step);
    assert.equal(pending, 0, `${step}: every change was folded at commit`);
  };
  await check('three writers');
  await Promise.all([writers[0]!.ingest(batch.slice(0, 2), { recode: true }), writers[1]!.ingest(batch.slice(1, 4), { recode: true })]);
  await check('re-coded twice at once');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const deleted = await client.query("DELETE FROM events WHERE id = (SELECT id FROM events WHERE target_country = 'IRN' LIMIT 1)");
  assert.equal(deleted.rowCount, 1);
  await client.end();
  await check('an event deleted by hand');
  await writers[2]!.ingest([coded(REPORTS[4]!)], { recode: true });
  await check('its article re-coded');
  await Promise.all(writers.map((w) => w.close()));
});
