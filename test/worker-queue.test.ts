// The work queue: `dyad ingest --queue` then `dyad worker`s give what a plain ingest gives, even with a worker SIGKILLed mid-run; a poison job is retried, then parked and shown by `dyad status`.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { projectRoot } from '../src/paths.js';
import { testPostgres } from './support/throwaway-postgres.js';
import { openArticleQueue } from '../src/queue/article-queue.js';

const server = await testPostgres();
after(() => server.stop());
const skip = server.skip;

const cli = join(projectRoot, 'dist', 'src', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'dyad-queue-'));
const sample = readFileSync(join(projectRoot, 'data', 'sample', 'wikinews-2019-2020.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
const input = join(dir, 'sixty.jsonl');
writeFileSync(input, sample.slice(0, 60).join('\n') + '\n');

function start(args: string[]): { child: ChildProcess; done: Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  return { child, done: new Promise((resolve) => child.on('exit', (status, signal) => resolve({ status, signal, stdout, stderr }))) };
}

const run = (args: string[]) => start(args).done;

/** Articles, mentions and events (with their counts) of a database, for comparing two. */
async function contents(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async (sql: string) => ((await client.query<{ s: string | number }>(sql)).rows[0]!.s);
    return {
      articles: await one('SELECT count(*)::int AS s FROM articles'),
      mentions: await one("SELECT string_agg(id, ' ' ORDER BY id) AS s FROM mentions"),
      events: await one("SELECT string_agg(id || ':' || num_mentions || ':' || num_articles, ' ' ORDER BY id) AS s FROM events"),
    };
  } finally {
    await client.end();
  }
}

test('queued articles coded by two workers, one of them SIGKILLed three times mid-run, are stored as one plain ingest stores them', { skip }, async () => {
  const url = await server.newDatabase();
  const queued = await run(['ingest', input, '--db', url, '--queue', '--job-timeout', '3']);
  assert.equal(queued.status, 0, queued.stderr);
  assert.match(queued.stderr, /60 articles queued/);
  const worker = ['worker', '--db', url, '--no-places', '--poll', '0.2'];
  const steady = start([...worker, '--until-idle']);
  for (let k = 0; k < 3; k++) {
    const victim = start(worker);
    await sleep(2000 + Math.random() * 3000);
    victim.child.kill('SIGKILL');
    assert.equal((await victim.done).signal, 'SIGKILL');
  }
  const finished = await steady.done;
  assert.equal(finished.status, 0, finished.stderr);
  const clean = await server.newDatabase();
  assert.equal((await run(['ingest', input, '--db', clean, '--no-places', '--no-progress'])).status, 0);
  assert.deepEqual(await contents(url), await contents(clean));
  const status = await run(['status', '--db', url, '--json']);
  const report = JSON.parse(status.stdout) as { articles: number; queue: { waiting: number; active: number; failed: number } };
  assert.equal(report.articles, 60);
  assert.deepEqual([report.queue.waiting, report.queue.active, report.queue.failed], [0, 0, 0]);
});

test('a job whose article cannot be coded is tried three times, then parked with its error and shown by dyad status; the rest are stored', { skip }, async () => {
  const url = await server.newDatabase();
  const one = join(dir, 'one.jsonl');
  writeFileSync(one, sample[0] + '\n');
  assert.equal((await run(['ingest', one, '--db', url, '--queue'])).status, 0);
  const queue = await openArticleQueue(url);
  // A job as another program might write it: the date is no date.
  await queue.enqueue([{ id: 'poison-1', date: '2024-02-30', title: null, text: 'Turkey protested.', url: null, source: null, origin: { file: 'by-hand.jsonl', line: 7 } }], { retries: 2, timeoutSeconds: 30 });
  await queue.close();
  const worker = await run(['worker', '--db', url, '--no-places', '--poll', '0.2', '--until-idle']);
  assert.equal(worker.status, 0, worker.stderr);
  assert.match(worker.stderr, /1 article done, 3 failed/);
  const status = await run(['status', '--db', url]);
  assert.match(status.stdout, /1 articles,/);
  assert.match(status.stdout, /queue: 0 waiting, 0 active, 1 done, 1 parked/);
  assert.match(status.stdout, /parked: poison-1 \(by-hand\.jsonl:7\), 3 tries: not an article job: article\.date: a date YYYY-MM-DD/);
});

test('the queue needs PostgreSQL: worker and ingest --queue on a SQLite file say so', async () => {
  const db = join(dir, 'local.db');
  const worker = await run(['worker', '--db', db]);
  assert.equal(worker.status, 2);
  assert.match(worker.stderr, /the queue lives in a PostgreSQL database/);
  const ingest = await run(['ingest', input, '--db', db, '--queue']);
  assert.equal(ingest.status, 2);
  assert.match(ingest.stderr, /--queue: the queue lives in a PostgreSQL database/);
});

test('dyad status on a SQLite file gives what it holds, the run that wrote it, and says the queue needs PostgreSQL', async () => {
  const db = join(dir, 'status.db');
  assert.equal((await run(['ingest', input, '--db', db, '--no-places', '--no-progress'])).status, 0);
  const status = await run(['status', '--db', db]);
  assert.equal(status.status, 0, status.stderr);
  assert.match(status.stdout, /: 60 articles, \d+ events, \d+ mentions\nlast run: ingest at \S+, dyad \S+, events kept at confidence ≥ [\d.]+ \(1 run recorded\)\nqueue: none \(the work queue needs a PostgreSQL database\)\n$/);
});
