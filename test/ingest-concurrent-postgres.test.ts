// `dyad ingest` processes writing to one PostgreSQL database at once store every article once and count every mention once, and give the events (ids and counts) SQLite gives for the same input.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { projectRoot } from '../src/paths.js';
import { testPostgres } from './support/throwaway-postgres.js';

const server = await testPostgres();
after(() => server.stop());
const skip = server.skip;

const cli = join(projectRoot, 'dist', 'src', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'dyad-concurrent-pg-'));
const sample = readFileSync(join(projectRoot, 'data', 'sample', 'wikinews-2019-2020.jsonl'), 'utf8').split('\n').filter((l) => l.trim());

/** Articles [from, to) of the Wikinews sample, as a file of their own. */
function slice(name: string, from: number, to: number): string {
  const path = join(dir, `${name}.jsonl`);
  writeFileSync(path, sample.slice(from, to).join('\n') + '\n');
  return path;
}

function ingest(db: string, input: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'ingest', input, '--db', db, '--batch', '5', '--no-progress', '--no-places'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (status) => resolve({ status, stderr }));
  });
}

interface Contents {
  articles: { n: number; hashes: number };
  mentions: string;
  events: string;
  /** Events whose count disagrees with the mentions linked to them: must be none. */
  miscounted: number;
}

async function postgresContents(url: string): Promise<Contents> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async <R extends object>(sql: string) => (await client.query<R>(sql)).rows[0]!;
    return {
      articles: await one<{ n: number; hashes: number }>('SELECT count(*)::int AS n, count(DISTINCT content_hash)::int AS hashes FROM articles'),
      mentions: (await one<{ s: string }>("SELECT string_agg(id, ' ' ORDER BY id) AS s FROM mentions")).s,
      events: (await one<{ s: string }>("SELECT string_agg(id || ':' || num_mentions, ' ' ORDER BY id) AS s FROM events")).s,
      miscounted: (await one<{ n: number }>('SELECT count(*)::int AS n FROM events e WHERE num_mentions <> (SELECT count(*) FROM mentions m WHERE m.event_id = e.id)')).n,
    };
  } finally {
    await client.end();
  }
}

function sqliteContents(path: string): Contents {
  const d = new Database(path, { readonly: true });
  const contents: Contents = {
    articles: d.prepare('SELECT count(*) AS n, count(DISTINCT content_hash) AS hashes FROM articles').get() as { n: number; hashes: number },
    mentions: d.prepare("SELECT group_concat(id, ' ') FROM (SELECT id FROM mentions ORDER BY id)").pluck().get() as string,
    events: d.prepare("SELECT group_concat(id || ':' || num_mentions, ' ') FROM (SELECT id, num_mentions FROM events ORDER BY id)").pluck().get() as string,
    miscounted: d.prepare('SELECT count(*) FROM events e WHERE num_mentions <> (SELECT count(*) FROM mentions m WHERE m.event = e.rowid)').pluck().get() as number,
  };
  d.close();
  return contents;
}

test('four ingests of disjoint and overlapping inputs into one PostgreSQL database store each article and mention once, as one ingest (and SQLite) would', { skip }, async () => {
  const shared = await server.newDatabase();
  const inputs = [slice('first', 0, 30), slice('second', 30, 60), slice('middle', 15, 45), slice('all', 0, 60)];
  const results = await Promise.all(inputs.map((input) => ingest(shared, input)));
  for (const r of results) assert.equal(r.status, 0, r.stderr);
  const stored = results.reduce((n, r) => n + Number(/(\d+) articles? stored/.exec(r.stderr)?.[1] ?? NaN), 0);
  assert.equal(stored, 60, 'the processes together report each article stored once');
  const clean = await server.newDatabase();
  assert.equal((await ingest(clean, inputs[3]!)).status, 0);
  const sqlite = join(dir, 'clean.db');
  assert.equal((await ingest(sqlite, inputs[3]!)).status, 0);
  const together = await postgresContents(shared);
  assert.deepEqual(together.articles, { n: 60, hashes: 60 });
  assert.equal(together.miscounted, 0);
  assert.deepEqual(together, await postgresContents(clean));
  assert.deepEqual(together, sqliteContents(sqlite));
});

test('an unreachable PostgreSQL is one line naming the database without its password, and exit status 1', { skip }, async () => {
  const r = await ingest('postgres://dyad:secret@127.0.0.1:1/nothing', slice('one', 0, 1));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /cannot open the PostgreSQL database postgres:\/\/dyad:\*\*\*@127\.0\.0\.1:1\/nothing/);
  assert.doesNotMatch(r.stderr, /secret|\n\s+at /);
});
