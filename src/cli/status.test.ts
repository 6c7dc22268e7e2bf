// `dyad status` on SQLite: what the database holds and which run of dyad wrote it, at which confidence threshold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { runStatus } from './status.js';

async function status(db: string, json = false): Promise<string> {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => (text += chunk.toString()));
  assert.equal(await runStatus({ db, parked: '20', json }, out, new PassThrough()), 0);
  return text;
}

test('status names the last recorded run: its command, dyad version and the threshold its events were kept at', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'dyad-status-')), 'events.db');
  const store = openSqliteStore(db);
  await store.recordIngestRun({ at: '2026-12-07T20:00:00.000Z', command: 'ingest', dyad_version: '0.1.0', min_confidence: 0.1 });
  await store.close();
  assert.match(await status(db), /last run: ingest at 2026-12-07T20:00:00.000Z, dyad 0\.1\.0, events kept at confidence ≥ 0\.1 \(1 run recorded\)/);
  const parsed = JSON.parse(await status(db, true)) as { runs: number; last_run: { min_confidence: number } };
  assert.equal(parsed.runs, 1);
  assert.equal(parsed.last_run.min_confidence, 0.1);
});

test('a database with no recorded run says so instead of guessing a threshold', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'dyad-status-')), 'events.db');
  await openSqliteStore(db).close();
  assert.match(await status(db), /last run: none recorded/);
});
