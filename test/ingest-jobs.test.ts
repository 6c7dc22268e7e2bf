// `dyad ingest --jobs N`: articles coded on N worker threads and written in input order give the store one thread gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { projectRoot } from '../src/paths.js';
import { runIngest } from '../src/cli/ingest.js';
import { runExport } from '../src/cli/export.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-jobs-'));
const corpus = join(projectRoot, 'data', 'sample', 'wikinews-2019-2020.jsonl');

function sink(): { stream: Writable; text: () => string } {
  let text = '';
  return { stream: new Writable({ write(c, _e, done) { text += String(c); done(); } }), text: () => text };
}

async function ingest(db: string, jobs: number): Promise<string> {
  const err = sink();
  assert.equal(await runIngest([corpus], { db, batch: '50', progress: false, jobs: String(jobs) }, err.stream), 0, err.text());
  return err.text();
}

async function exported(db: string): Promise<string> {
  const out = sink();
  assert.equal(await runExport({ db, format: 'jsonl' }, out.stream, sink().stream), 0);
  return out.text();
}

test('ingest --jobs 2 stores what --jobs 1 stores: the same events, ids and counts; a re-run stores nothing new', async () => {
  const one = join(dir, 'one.db');
  const two = join(dir, 'two.db');
  const summaryOne = await ingest(one, 1);
  const summaryTwo = await ingest(two, 2);
  assert.match(summaryOne, / articles stored, 0 already stored/);
  // The summary line names the database; the counts in it are the same.
  assert.equal(summaryTwo.replace(two, 'DB'), summaryOne.replace(one, 'DB'));
  const events = await exported(one);
  assert.ok(events.split('\n').length > 100, 'the sample holds events');
  assert.equal(await exported(two), events);
  assert.match(await ingest(two, 2), /: 0 articles stored, \d+ already stored/);
  assert.equal(await exported(two), events);
});
