// Four `dyad ingest` processes writing to one database at once: each waits its turn, all succeed, and every article is stored once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { projectRoot } from '../src/paths.js';

const cli = join(projectRoot, 'dist', 'src', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'dyad-concurrent-'));
const sample = readFileSync(join(projectRoot, 'data', 'sample', 'wikinews-2019-2020.jsonl'), 'utf8').split('\n').filter((l) => l.trim());

/** Articles [from, to) of the Wikinews sample, as a file of their own. */
function slice(name: string, from: number, to: number): string {
  const path = join(dir, `${name}.jsonl`);
  writeFileSync(path, sample.slice(from, to).join('\n') + '\n');
  return path;
}

function ingest(db: string, input: string, lockTimeout = '300'): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'ingest', input, '--db', db, '--batch', '5', '--no-progress', '--no-places', '--lock-timeout', lockTimeout], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (status) => resolve({ status, stderr }));
  });
}

function contents(db: string) {
  const d = new Database(db, { readonly: true });
  const integrity = d.pragma('integrity_check', { simple: true });
  const articles = d.prepare('SELECT count(*) AS n, count(DISTINCT content_hash) AS hashes FROM articles').get();
  const mentions = d.prepare("SELECT group_concat(id, ' ') FROM (SELECT id FROM mentions ORDER BY id)").pluck().get();
  const events = d.prepare("SELECT group_concat(id || ':' || num_mentions, ' ') FROM (SELECT id, num_mentions FROM events ORDER BY id)").pluck().get();
  d.close();
  return { integrity, articles, mentions, events };
}

test('four ingests of disjoint and overlapping inputs into one database all succeed and store each article once, as one ingest would', async () => {
  const db = join(dir, 'shared.db');
  const inputs = [slice('first', 0, 60), slice('second', 60, 120), slice('middle', 30, 90), slice('all', 0, 120)];
  const results = await Promise.all(inputs.map((input) => ingest(db, input)));
  for (const r of results) assert.equal(r.status, 0, r.stderr);
  const clean = join(dir, 'clean.db');
  assert.equal((await ingest(clean, inputs[3]!)).status, 0);
  const together = contents(db);
  assert.equal(together.integrity, 'ok');
  assert.deepEqual(together.articles, { n: 120, hashes: 120 });
  assert.deepEqual(together, contents(clean));
});

test('a writer that cannot get the lock within --lock-timeout says so, names the database, and stops without a stack trace', async () => {
  const db = join(dir, 'held.db');
  assert.equal((await ingest(db, slice('one', 0, 1))).status, 0);
  const holder = new Database(db);
  holder.prepare('BEGIN IMMEDIATE').run();
  try {
    const r = await ingest(db, slice('two', 1, 3), '1');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /held\.db is locked by another process writing to it: waited 1 s/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  } finally {
    holder.prepare('ROLLBACK').run();
    holder.close();
  }
});
