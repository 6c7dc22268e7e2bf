// A mean from exact Goldstein sums is the double SQLite's avg() gives over the scores themselves: summary counts and event counts agree to the last digit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import Database from 'better-sqlite3';
import { loadCameoOntology } from '../../ontology/cameo.js';
import { exactScoreSum, goldsteinParts } from './goldstein-sum.js';

const scores = [...new Set([...loadCameoOntology().values()].map((c) => c.goldstein))];
const db = new Database(':memory:');
db.exec('CREATE TABLE e (goldstein REAL NOT NULL)');

function sqliteMean(values: number[]): { mean: number; rounded: number } {
  db.exec('DELETE FROM e');
  const insert = db.prepare('INSERT INTO e VALUES (?)');
  for (const v of values) insert.run(v);
  return db.prepare('SELECT avg(goldstein) AS mean, round(avg(goldstein), 3) AS rounded FROM e').get() as { mean: number; rounded: number };
}

function summedMean(values: number[]): { mean: number; rounded: number } {
  const parts = values.map(goldsteinParts);
  const mean = exactScoreSum(parts.reduce((n, p) => n + p.tenths, 0), parts.reduce((n, p) => n + p.error, 0)) / values.length;
  return { mean, rounded: db.prepare('SELECT round(?, 3)').pluck().get(mean) as number };
}

test('sixteen scores of 7.4 and one of 7.6 (a mean of 7.4118) and eight of 7.3 with eight of 7.5 (a tie at 7.4) come out as avg() has them', () => {
  for (const values of [[...Array(16).fill(7.4), 7.6], [...Array(8).fill(7.3), ...Array(8).fill(7.5)], [7.4, 7.4, 7.4, 7.5, 7.4, 7.4, 7.4, 7.4]]) {
    assert.deepEqual(summedMean(values), sqliteMean(values));
  }
});

test('for any multiset of CAMEO Goldstein scores, the mean of the exact sums is the double avg() gives', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom(...scores), { minLength: 1, maxLength: 400 }), (values) => {
    assert.deepEqual(summedMean(values), sqliteMean(values));
  }), { numRuns: 400 });
});
