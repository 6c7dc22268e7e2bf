// Issue 7's must-shows: the sample corpus ingested twice gives the same database; the reference article and a second
// report of the same meeting give one event with two mentions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { projectRoot } from '../src/paths.js';
import { runIngest } from '../src/cli/ingest.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-dedup-'));
const quiet = () => new Writable({ write(_c, _e, done) { done(); } });

test('ingesting the Wikinews sample twice gives identical article and event counts, and the same events', async () => {
  const db = join(dir, 'wikinews.db');
  const sample = join(projectRoot, 'data', 'sample', 'wikinews-2019-2020.jsonl');
  await runIngest([sample], { db, batch: '50', progress: false }, quiet());
  const first = openSqliteStore(db);
  const stats = await first.stats();
  const ids = (await first.query({})).map((e) => `${e.id} ${e.num_mentions}`);
  await first.close();
  await runIngest([sample], { db, batch: '50', progress: false }, quiet());
  const second = openSqliteStore(db);
  assert.equal(stats.articles, 293);
  assert.deepEqual(await second.stats(), stats);
  assert.deepEqual((await second.query({})).map((e) => `${e.id} ${e.num_mentions}`), ids);
  await second.close();
});

test('the reference article and a second report of the Istanbul meeting give one merged event with two mentions', async () => {
  const db = join(dir, 'merged.db');
  const second = join(dir, 'second.txt');
  writeFileSync(second, 'date 2024-04-21\n\nTurkish President Tayyip Erdogan hosted talks with Hamas leader Ismail Haniyeh in Istanbul on Saturday, according to a statement from his office.\n');
  await runIngest([join(projectRoot, 'examples', '2024-04-20-erdogan-haniyeh.txt'), second], { db, batch: '10', progress: false }, quiet());
  const store = openSqliteStore(db);
  const meetings = (await store.query({ source: 'TURGOV', target: 'PSEREBHMS', place: 'Istanbul', modality: 'asserted' })).filter((e) => e.cameo.startsWith('04'));
  assert.equal(meetings.length, 1, JSON.stringify(meetings.map((m) => [m.cameo, m.date])));
  // Two articles; the reference article speaks of the meeting twice ("It was the first meeting between Erdogan and a
  // Hamas delegation"), and GDELT counts every mention within a document too.
  assert.equal(meetings[0]!.num_articles, 2);
  assert.equal(meetings[0]!.num_mentions, 3);
  assert.deepEqual([...new Set((await store.mentionsOf(meetings[0]!.id)).map((m) => m.article_id))].length, 2);
  await store.close();
});
