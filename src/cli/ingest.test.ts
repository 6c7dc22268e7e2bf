// `dyad ingest` as a user meets it on a terminal (what it is doing while it loads), and the record each run leaves in the store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';
import { VERSION } from '../version.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { runIngest } from './ingest.js';
import { capturedStream } from '../../test/support/captured-stream.js';

const reference = join(projectRoot, 'examples', '2024-04-20-erdogan-haniyeh.txt');
const newDb = () => join(mkdtempSync(join(tmpdir(), 'dyad-ingest-')), 'events.db');


test('on a terminal, ingest says each step before the first article is stored: the dictionaries, the count, the coders loading', async () => {
  const err = capturedStream(true);
  assert.equal(await runIngest([reference], { db: newDb(), batch: '10', jobs: '1', places: false }, err), 0, err.said);
  const steps = ['loading the dictionaries…', 'counting the articles…', '| coder loading dictionaries…'].map((s) => err.said.indexOf(s));
  assert.ok(steps.every((at, k) => at >= 0 && (k === 0 || at > steps[k - 1]!)), JSON.stringify(err.said));
  assert.match(err.said, /1 article stored/);
});

test('on a pipe, or with --no-progress, ingest says only its summary', async () => {
  for (const [err, progress] of [[capturedStream(false), undefined], [capturedStream(true), false]] as const) {
    assert.equal(await runIngest([reference], { db: newDb(), batch: '10', jobs: '1', places: false, progress }, err), 0);
    assert.doesNotMatch(err.said, /loading|counting/);
    assert.match(err.said, /dyad ingest: 1 article stored/);
  }
});

test('the store records the dyad version and the confidence threshold of a run that wrote events, and not of one that wrote none', async () => {
  const db = newDb();
  const quiet = capturedStream(false);
  assert.equal(await runIngest([reference], { db, batch: '10', jobs: '1', places: false, minConfidence: '0.3' }, quiet), 0);
  assert.equal(await runIngest([reference], { db, batch: '10', jobs: '1', places: false, minConfidence: '0.5' }, quiet), 0);
  const store = openSqliteStore(db, { readOnly: true });
  const runs = await store.ingestRuns();
  await store.close();
  assert.deepEqual(runs.map((r) => [r.command, r.dyad_version, r.min_confidence]), [['ingest', VERSION, 0.3]]);
});
