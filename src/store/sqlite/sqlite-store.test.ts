// The SQLite store passes the store contract, on a file (WAL) and in memory, and keeps its schema versions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { storeContract } from '../store.contract.js';
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
