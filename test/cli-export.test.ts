// `dyad export`: the GDELT 2.0 layout and PLOVER JSON from a stored database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { REPORTS, coded } from './support/store.contract.js';
import { runExport } from '../src/cli/export.js';
import { GDELT_COLUMNS } from '../src/export/gdelt.js';

const db = join(mkdtempSync(join(tmpdir(), 'dyad-export-')), 'x.db');
const store = openSqliteStore(db);
await store.ingest(REPORTS.map(coded));
await store.close();

async function exported(format: 'gdelt' | 'plover' | 'csv' | 'jsonl', filters: Record<string, string> = {}): Promise<string[]> {
  let text = '';
  const out = new Writable({ write(c, _e, done) { text += String(c); done(); } });
  const err = new Writable({ write(_c, _e, done) { done(); } });
  assert.equal(await runExport({ db, format, ...filters }, out, err), 0);
  return text.replace(/\n$/, '').split('\n');
}

test('GDELT export: 61 tab-separated columns per event, no header', async () => {
  assert.equal(GDELT_COLUMNS.length, 61);
  for (const line of await exported('gdelt')) assert.equal(line.split('\t').length, 61, line);
});

test('GDELT export: the Istanbul meeting has its date, actors, codes, counts and place in GDELT\'s columns', async () => {
  const row = (await exported('gdelt', { place: 'Istanbul' }))[0]!.split('\t');
  const col = (name: string) => row[GDELT_COLUMNS.indexOf(name)];
  assert.equal(col('SQLDATE'), '20240420');
  assert.equal(col('Actor1Code'), 'TURGOV');
  assert.equal(col('Actor1Type1Code'), 'GOV');
  assert.equal(col('Actor2Code'), 'PSEREBHMS');
  assert.equal(col('Actor2KnownGroupCode'), 'HMS');
  assert.equal(col('EventRootCode'), '04');
  assert.equal(col('QuadClass'), '1');
  assert.equal(col('NumMentions'), '3');
  assert.equal(col('NumSources'), '2');
  assert.equal(col('ActionGeo_Type'), '4');
  assert.equal(col('ActionGeo_FullName'), 'Istanbul, Turkey');
  assert.equal(col('ActionGeo_CountryCode'), 'TU');
  assert.ok(Math.abs(Number(col('ActionGeo_Lat')) - 41.0) < 0.2);
  assert.match(col('GLOBALEVENTID')!, /^\d+$/);
});

test('PLOVER export: event type, mode, actor and recipient with country and role', async () => {
  const [e] = (await exported('plover', { place: 'Istanbul' })).map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(e!['event'], 'CONSULT');
  assert.equal(e!['actor_country'], 'TUR');
  assert.equal(e!['actor_role'], 'GOV');
  assert.equal(e!['recipient_country'], 'PSE');
  assert.deepEqual(e!['context'], []);
  assert.equal((e!['location'] as { name: string }).name, 'Istanbul');
});

test('CSV export has a header and the counts', async () => {
  const [header, ...rows] = await exported('csv');
  assert.match(header!, /,num_mentions,num_articles,num_sources$/);
  assert.ok(rows.length >= 3);
});

test('export --limit writes at most that many events, and says how many there were', async () => {
  let err = '';
  let text = '';
  const out = new Writable({ write(c, _e, done) { text += String(c); done(); } });
  const errs = new Writable({ write(c, _e, done) { err += String(c); done(); } });
  assert.equal(await runExport({ db, format: 'jsonl', limit: '2' }, out, errs), 0);
  assert.equal(text.trimEnd().split('\n').length, 2);
  assert.match(err, /2 of \d+ events as jsonl/);
});
