// `dyad export --format parquet`: a typed Parquet file that reads back (hyparquet) as the stored events, whatever the row groups.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, parquetSchema } from 'hyparquet';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { REPORTS, coded } from './support/store.contract.js';
import { runExport } from '../src/cli/export.js';
import { PARQUET_COLUMNS, writeParquetExport } from '../src/export/parquet.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-parquet-'));
const db = join(dir, 'x.db');
const store = openSqliteStore(db);
await store.ingest(REPORTS.map((a) => coded({ ...a, url: `https://news.example/${a.id}` })));
const events = await store.query({});
await store.close();

const quiet = () => new Writable({ write(_c, _e, done) { done(); } });

async function readBack(file: string) {
  const buffer = await asyncBufferFromFile(file);
  return { rows: await parquetReadObjects({ file: buffer }), metadata: await parquetMetadataAsync(buffer) };
}

test('the Parquet export reads back as the stored events: every event, its counts as integers, its goldstein as a double, nulls as nulls', async () => {
  const file = join(dir, 'events.parquet');
  assert.equal(await runExport({ db, format: 'parquet', output: file }, quiet(), quiet()), 0);
  const { rows } = await readBack(file);
  assert.equal(rows.length, events.length);
  assert.deepEqual(rows.map((r) => r.id), events.map((e) => e.id));
  const istanbul = rows.find((r) => r.location_name === 'Istanbul')!;
  const stored = events.find((e) => e.id === istanbul.id)!;
  assert.deepEqual(
    [istanbul.date, istanbul.cameo, istanbul.cameo_root, istanbul.quad_class, istanbul.goldstein, istanbul.source_code, istanbul.target_code, istanbul.num_mentions, istanbul.num_articles, istanbul.num_sources],
    [stored.date, stored.cameo, stored.cameo.slice(0, 2), stored.quad_class, stored.goldstein, stored.source.code, stored.target!.code, stored.num_mentions, stored.num_articles, stored.num_sources],
  );
  assert.equal(typeof istanbul.location_lat, 'number');
  assert.equal(istanbul.url, `https://news.example/${stored.article_id}`);
  const unplaced = rows.find((r) => r.location_name === null);
  if (unplaced) assert.equal(unplaced.location_lat, null);
});

test('the Parquet schema types every column: strings UTF-8, counts INT32, scores DOUBLE, always-present fields REQUIRED', async () => {
  const file = join(dir, 'typed.parquet');
  await runExport({ db, format: 'parquet', output: file }, quiet(), quiet());
  const { metadata } = await readBack(file);
  const schema = new Map(parquetSchema(metadata).children.map((c) => [c.element.name, c.element]));
  assert.deepEqual([...schema.keys()], PARQUET_COLUMNS.map((c) => c.name));
  assert.deepEqual([schema.get('num_mentions')!.type, schema.get('num_mentions')!.repetition_type], ['INT32', 'REQUIRED']);
  assert.deepEqual([schema.get('goldstein')!.type, schema.get('confidence')!.repetition_type], ['DOUBLE', 'OPTIONAL']);
  assert.deepEqual([schema.get('cameo')!.type, schema.get('cameo')!.converted_type], ['BYTE_ARRAY', 'UTF8']);
});

test('small row groups give the same rows as one: the export streams row group by row group', async () => {
  const reader = openSqliteStore(db, { readOnly: true });
  const one = join(dir, 'one.parquet');
  const many = join(dir, 'many.parquet');
  await writeParquetExport(reader, {}, one);
  await writeParquetExport(reader, {}, many, 2);
  await reader.close();
  const [a, b] = [await readBack(one), await readBack(many)];
  assert.equal(b.metadata.row_groups.length, Math.ceil(events.length / 2));
  assert.deepEqual(b.rows, a.rows);
});

test('filters apply, and an export of no events is a valid empty file', async () => {
  const file = join(dir, 'none.parquet');
  assert.equal(await runExport({ db, format: 'parquet', output: file, country: 'ZZZ' }, quiet(), quiet()), 0);
  assert.equal(readFileSync(file).subarray(0, 4).toString(), 'PAR1');
  assert.equal((await readBack(file)).rows.length, 0);
});

test('--format parquet without --output is refused: Parquet is a file, not a stream', async () => {
  let said = '';
  const err = new Writable({ write(c, _e, done) { said += String(c); done(); } });
  assert.equal(await runExport({ db, format: 'parquet' }, quiet(), err), 2);
  assert.match(said, /--format parquet writes a file: pass --output FILE/);
});
