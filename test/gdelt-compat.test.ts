// dyad's GDELT export read next to real GDELT 2.0 rows (test/fixtures/gdelt, see its NOTICE): the same columns, the
// same types in each column, and the same code lists, so tools that join on GDELT's codes can join on dyad's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { projectRoot } from '../src/paths.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { REPORTS, coded } from './support/store.contract.js';
import { runExport } from '../src/cli/export.js';
import { GDELT_COLUMNS } from '../src/export/gdelt.js';
import { fipsCountryCodes } from '../src/export/gdelt-geo.js';

const real = readFileSync(join(projectRoot, 'test', 'fixtures', 'gdelt', 'gdelt-2.0-events.tsv'), 'utf8').trimEnd().split('\n').map((l) => l.split('\t'));

const db = join(mkdtempSync(join(tmpdir(), 'dyad-gdelt-')), 'x.db');
const store = openSqliteStore(db);
await store.ingest(REPORTS.map(coded));
await store.close();
let text = '';
await runExport({ db, format: 'gdelt' }, new Writable({ write(c, _e, done) { text += String(c); done(); } }), new Writable({ write(_c, _e, done) { done(); } }));
const ours = text.replace(/\n$/, '').split('\n').map((l) => l.split('\t'));

const col = (rows: string[][], name: string) => rows.map((r) => r[GDELT_COLUMNS.indexOf(name)]!);
const GEO = ['Actor1Geo', 'Actor2Geo', 'ActionGeo'];

/** The type of a column's filled cells in GDELT's rows: integer, decimal, or text. */
function typeOf(cells: string[]): 'integer' | 'decimal' | 'text' {
  const filled = cells.filter((c) => c !== '');
  if (filled.length > 0 && filled.every((c) => /^-?\d+$/.test(c))) return 'integer';
  if (filled.length > 0 && filled.every((c) => /^-?\d+(\.\d+)?$/.test(c))) return 'decimal';
  return 'text';
}

test('dyad\'s rows have the 61 columns of GDELT\'s', () => {
  assert.ok(ours.length >= 3);
  for (const r of [...real, ...ours]) assert.equal(r.length, 61);
});

test('every column holds what GDELT\'s holds: integers where GDELT has integers, numbers where it has numbers', () => {
  for (const name of GDELT_COLUMNS) {
    const type = typeOf(col(real, name));
    for (const cell of col(ours, name).filter((c) => c !== '')) {
      if (type === 'integer') assert.match(cell, /^-?\d+$/, `${name}: ${cell}`);
      if (type === 'decimal') assert.match(cell, /^-?\d+(\.\d+)?$/, `${name}: ${cell}`);
    }
  }
});

test('dates have GDELT\'s widths: SQLDATE YYYYMMDD, MonthYear YYYYMM, DATEADDED YYYYMMDDHHMMSS; GoldsteinScale has one decimal', () => {
  for (const rows of [real, ours]) {
    for (const c of col(rows, 'SQLDATE')) assert.match(c, /^\d{8}$/);
    for (const c of col(rows, 'MonthYear')) assert.match(c, /^\d{6}$/);
    for (const c of col(rows, 'DATEADDED')) assert.match(c, /^\d{14}$/);
    for (const c of col(rows, 'GoldsteinScale')) assert.match(c, /^-?\d+\.\d$/);
  }
});

test('geography country codes are FIPS 10-4 codes in both, and dyad\'s table knows every code of GDELT\'s rows', () => {
  const fips = fipsCountryCodes();
  for (const rows of [real, ours]) {
    for (const g of GEO) for (const c of col(rows, `${g}_CountryCode`).filter((x) => x !== '')) assert.ok(fips.has(c), `${g}_CountryCode ${c}`);
  }
});

test('ADM1 codes have GDELT\'s shape (country code, then two letters or digits), and each starts with its row\'s country code', () => {
  for (const rows of [real, ours]) {
    for (const g of GEO) {
      const countries = col(rows, `${g}_CountryCode`);
      col(rows, `${g}_ADM1Code`).forEach((c, k) => {
        if (c === '') return;
        assert.match(c, /^[A-Z]{2}([A-Z0-9]{2})?$/, `${g}_ADM1Code ${c}`);
        assert.equal(c.slice(0, 2), countries[k]);
      });
    }
  }
});

test('code lists: geo types 0–5, QuadClass 1–4, root and base codes the prefixes of EventCode, actor countries three letters', () => {
  for (const rows of [real, ours]) {
    for (const g of GEO) for (const c of col(rows, `${g}_Type`)) assert.match(c, /^[0-5]$/);
    for (const c of col(rows, 'QuadClass')) assert.match(c, /^[1-4]$/);
    rows.forEach((r) => {
      const code = r[GDELT_COLUMNS.indexOf('EventCode')]!;
      assert.equal(r[GDELT_COLUMNS.indexOf('EventRootCode')], code.slice(0, 2));
      assert.equal(r[GDELT_COLUMNS.indexOf('EventBaseCode')], code.slice(0, 3));
    });
    for (const c of [...col(rows, 'Actor1CountryCode'), ...col(rows, 'Actor2CountryCode')].filter((x) => x !== '')) assert.match(c, /^[A-Z]{3}$/);
  }
});

test('the Istanbul meeting is placed as GDELT places Istanbul: TU, TU34, and the Turkish actor there too', () => {
  const row = ours.find((r) => r[GDELT_COLUMNS.indexOf('ActionGeo_FullName')]!.startsWith('Istanbul'))!;
  const cell = (name: string) => row[GDELT_COLUMNS.indexOf(name)];
  assert.equal(cell('ActionGeo_FullName'), 'Istanbul, Turkey');
  assert.equal(cell('ActionGeo_CountryCode'), 'TU');
  assert.equal(cell('ActionGeo_ADM1Code'), 'TU34');
  assert.equal(cell('Actor1Geo_ADM1Code'), 'TU34');
  assert.equal(cell('Actor2Geo_Type'), '1');
});
