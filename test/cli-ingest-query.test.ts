// `dyad ingest` then `dyad query` on the reference article: the stored events, their formats and the aggregations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { projectRoot } from '../src/paths.js';
import { runIngest } from '../src/cli/ingest.js';
import { runQuery } from '../src/cli/query.js';

const db = join(mkdtempSync(join(tmpdir(), 'dyad-cli-')), 'events.db');
const example = join(projectRoot, 'examples', '2024-04-20-erdogan-haniyeh.txt');

function sink(): { stream: Writable; text: () => string } {
  let text = '';
  return { stream: new Writable({ write(c, _e, done) { text += String(c); done(); } }), text: () => text };
}

async function query(opts: Record<string, string | boolean>): Promise<{ code: number; out: string; err: string }> {
  const out = sink();
  const err = sink();
  const code = await runQuery({ db, format: 'jsonl', ...opts } as Parameters<typeof runQuery>[0], out.stream, err.stream);
  return { code, out: out.text(), err: err.text() };
}

test('ingest stores the reference article; a second ingest stores nothing new', async () => {
  const err = sink();
  assert.equal(await runIngest([example], { db, batch: '10', progress: false }, err.stream), 0);
  assert.match(err.text(), /1 article stored/);
  const again = sink();
  assert.equal(await runIngest([example], { db, batch: '10', progress: false }, again.stream), 0);
  assert.match(again.text(), /0 articles stored, 1 already stored/);
});

test('query finds the Istanbul meeting by actor, root code and place, with its counts', async () => {
  const { code, out } = await query({ actor: 'PSEREBHMS', cameo: '04', place: 'Istanbul' });
  assert.equal(code, 0);
  const events = out.trim().split('\n').map((l) => JSON.parse(l) as { source: { code: string }; num_mentions: number; date: string });
  assert.ok(events.some((e) => e.source.code === 'TURGOV' && e.date === '2024-04-20' && e.num_mentions >= 1));
});

test('query prints counts by month and the dyad matrix', async () => {
  const counts = await query({ countBy: 'month' });
  assert.ok(counts.out.includes('"period":"2024-04"'));
  const matrix = await query({ matrix: true, format: 'csv' });
  assert.match(matrix.out, /^source,target,events,mean_goldstein\n/);
  assert.match(matrix.out, /\nTUR,ISR,/);
});

test('query refuses a malformed filter by name, and a missing database clearly', async () => {
  const bad = await query({ quad: '9' });
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--quad:/);
  const err = sink();
  assert.equal(await runQuery({ db: join(tmpdir(), 'no-such-dyad.db'), format: 'table' }, sink().stream, err.stream), 2);
  assert.match(err.text(), /no database at/);
});
