// `dyad migrate`: a SQLite store copied into another store (SQLite, PostgreSQL) holds the same articles, mentions and events; a destination that already holds some is completed, not doubled.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { projectRoot } from '../src/paths.js';
import { runIngest } from '../src/cli/ingest.js';
import { runMigrate } from '../src/cli/migrate.js';
import { openStore, storeLocation } from '../src/store/open.js';
import { testPostgres } from './support/throwaway-postgres.js';

const server = await testPostgres();
after(() => server.stop());

const dir = mkdtempSync(join(tmpdir(), 'dyad-migrate-'));
const sample = readFileSync(join(projectRoot, 'data', 'sample', 'wikinews-2019-2020.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
const input = join(dir, 'forty.jsonl');
writeFileSync(input, sample.slice(0, 40).join('\n') + '\n');
const first = join(dir, 'first-ten.jsonl');
writeFileSync(first, sample.slice(0, 10).join('\n') + '\n');

function sink(): { stream: Writable; text: () => string } {
  let text = '';
  return { stream: new Writable({ write(c, _e, done) { text += String(c); done(); } }), text: () => text };
}

const source = join(dir, 'source.db');
const ingested = runIngest([input], { db: source, batch: '10', progress: false, places: false }, sink().stream);

/** Everything a reader sees of a store: counts, every event with its counts, and an article's mentions. */
async function contents(db: string) {
  const store = await openStore(storeLocation(db), { readOnly: true });
  try {
    const events = await store.query({});
    return { stats: await store.stats(), events, mentions: await store.mentionsOf(events[0]!.id) };
  } finally {
    await store.close();
  }
}

async function runsOf(db: string) {
  const store = await openStore(storeLocation(db), { readOnly: true });
  try {
    return await store.ingestRuns();
  } finally {
    await store.close();
  }
}

for (const [name, destination, skip] of [
  ['a SQLite file', async () => join(dir, `copy-${Math.random().toString(36).slice(2)}.db`), false],
  ['PostgreSQL', () => server.newDatabase(), server.skip],
] as const) {
  test(`migrating into ${name} copies every article, mention and event, with the same event ids and counts`, { skip }, async () => {
    assert.equal(await ingested, 0);
    const to = await destination();
    const err = sink();
    assert.equal(await runMigrate({ from: source, to, batch: '7', progress: false }, err.stream), 0, err.text());
    assert.match(err.text(), /40 articles copied, 0 already there/);
    assert.deepEqual(await contents(to), await contents(source));
  });

  test(`migrating into ${name} carries the record of the ingest that coded the events, once however often it is re-run`, { skip }, async () => {
    assert.equal(await ingested, 0);
    const to = await destination();
    for (let run = 0; run < 2; run++) assert.equal(await runMigrate({ from: source, to, batch: '20', progress: false }, sink().stream), 0);
    const runs = await runsOf(source);
    assert.equal(runs.length, 1);
    assert.deepEqual(await runsOf(to), runs);
  });

  test(`migrating into ${name} that already holds some of the articles (a run stopped part way) copies only the rest`, { skip }, async () => {
    assert.equal(await ingested, 0);
    const to = await destination();
    assert.equal(await runIngest([first], { db: to, batch: '10', progress: false, places: false }, sink().stream), 0);
    const err = sink();
    assert.equal(await runMigrate({ from: source, to, batch: '7', progress: false }, err.stream), 0, err.text());
    assert.match(err.text(), /30 articles copied, 10 already there/);
    assert.deepEqual(await contents(to), await contents(source));
  });
}

test('migrating a database into itself, or from one that is not there, is refused with the reason', async () => {
  const err = sink();
  assert.equal(await runMigrate({ from: source, to: source, batch: '10' }, err.stream), 2);
  assert.match(err.text(), /same database/);
  const none = sink();
  assert.equal(await runMigrate({ from: join(dir, 'nothing.db'), to: join(dir, 'x.db'), batch: '10' }, none.stream), 2);
  assert.match(none.text(), /--from: no database at/);
});
