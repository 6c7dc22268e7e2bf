// The PostgreSQL store passes the store contract on a throwaway server, keeps its schema versions, and refuses writes when read-only.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { storeContract, REPORTS, coded } from '../../../test/support/store.contract.js';
import { StoreUnavailableError, type EventStore } from '../model.js';
import { openPostgresStore } from './postgres-store.js';
import { MIGRATIONS } from './migrations.js';
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
