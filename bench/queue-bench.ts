// `npm run bench -- --workers [--articles N] [--kill-articles N] [--kills K]`: the work queue on a throwaway PostgreSQL — 1 vs 2 workers, and workers SIGKILLed at random during a run, after which every article must be stored exactly once.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { contentHash, readArticles } from '../src/stages/ingest/read.js';
import { projectRoot } from '../src/paths.js';
import { testPostgres } from '../test/support/throwaway-postgres.js';
import { QUEUE } from '../src/queue/article-queue.js';

export interface QueueBenchOptions {
  corpus: string;
  /** Articles coded by 1, then by 2 workers. */
  articles: number;
  /** Articles of the run during which workers are killed. */
  killArticles: number;
  kills: number;
}

const cli = join(projectRoot, 'dist', 'src', 'cli', 'main.js');

function start(args: string[]): { child: ChildProcess; done: Promise<{ status: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  return { child, done: new Promise((resolve) => child.on('exit', (status, signal) => resolve({ status, signal, stderr }))) };
}

async function must(args: string[]): Promise<void> {
  const r = await start(args).done;
  if (r.status !== 0) throw new Error(`dyad ${args.join(' ')}: exit ${r.status ?? r.signal}: ${r.stderr}`);
}

async function one<T>(url: string, sql: string): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0] as T;
  } finally {
    await client.end();
  }
}

/** Years a top-up copy of the corpus is moved on: far enough that no copy's event merges with an original's. */
const TOP_UP_YEARS = 30;

function laterDate(date: string | null, years: number): string | null {
  return date === null ? null : `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;
}

/**
 * The first N distinct articles of the corpus, as a JSON Lines file the workers' queue is filled from. Duplicates
 * (same date and text, another id) are left out: which of them is stored first depends on which worker commits
 * first, and so would the event ids, which the kill run compares with a plain ingest's. A corpus with fewer distinct
 * articles is topped up with copies of its own, each dated 30 years later per round (new dates, so new content
 * hashes and new events) under ids ending in ~cK; returns how many are such copies.
 */
async function corpusFile(corpus: string, n: number, dir: string): Promise<{ file: string; copies: number }> {
  const lines: string[] = [];
  const originals: Array<{ id: string; date: string | null; title: string | null; text: string; url: string | null; source: string | null }> = [];
  const seen = new Set<string>();
  for await (const a of readArticles([corpus], () => {}, { defaultDate: '2000-01-01' })) {
    if (seen.has(contentHash(a))) continue;
    seen.add(contentHash(a));
    originals.push({ id: a.id, date: a.date, title: a.title, text: a.text, url: a.url, source: a.source });
    if (originals.length >= n) break;
  }
  for (const a of originals) lines.push(JSON.stringify(a));
  let copies = 0;
  for (let round = 1; lines.length < n && originals.length > 0; round++) {
    for (const a of originals) {
      if (lines.length >= n) break;
      lines.push(JSON.stringify({ ...a, id: `${a.id}~c${round}`, date: laterDate(a.date, TOP_UP_YEARS * round) }));
      copies++;
    }
  }
  const file = join(dir, `articles-${n}.jsonl`);
  writeFileSync(file, lines.join('\n') + '\n');
  return { file, copies };
}

/**
 * Coding throughput of `--jobs k` workers: the articles committed between the 20th and the 90th percentile of the
 * commit times, over that span. Start-up (loading the dictionaries, paid once per process and competing for the
 * cores with the first worker's coding) and the tail (one worker finishing alone) are left out.
 */
async function throughput(newDatabase: () => Promise<string>, file: string, jobs: number): Promise<{ rate: number; wall: number }> {
  const url = await newDatabase();
  await must(['ingest', file, '--db', url, '--queue']);
  const started = Date.now();
  await must(['worker', '--db', url, '--jobs', String(jobs), '--until-idle', '--poll', '0.2', '--no-places']);
  const wall = (Date.now() - started) / 1000;
  const r = await one<{ n: number; span: number }>(url, `SELECT (0.9 - 0.2) * count(*) AS n,
    extract(epoch FROM percentile_disc(0.9) WITHIN GROUP (ORDER BY ingested_at) - percentile_disc(0.2) WITHIN GROUP (ORDER BY ingested_at))::float AS span FROM articles`);
  return { rate: Number(r.n) / Math.max(0.001, r.span), wall };
}

async function contents(url: string): Promise<{ articles: number; mentions: number; events: string }> {
  return one(url, `SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM mentions) AS mentions,
    (SELECT md5(string_agg(id || ':' || num_mentions || ':' || num_articles, ' ' ORDER BY id)) FROM events) AS events`);
}

async function storedArticles(url: string): Promise<number> {
  return (await one<{ n: number }>(url, 'SELECT count(*)::int AS n FROM articles')).n;
}

/**
 * Two workers at all times, a random one SIGKILLed (and replaced) `kills` times, the kills spread over the whole run:
 * each waits a random 0.5–1.5 times the time the rest of the queue should take at the rate so far, shared by the
 * kills left, from the first commit on (so they do not all land in the first minute of a long run); then one worker
 * drains the queue.
 */
async function killRun(newDatabase: () => Promise<string>, corpus: { file: string; copies: number }, kills: number): Promise<{ lines: string[] }> {
  const { file, copies } = corpus;
  const url = await newDatabase();
  await must(['ingest', file, '--db', url, '--queue', '--job-timeout', '3']);
  const total = (await one<{ n: number }>(url, `SELECT count(*)::int AS n FROM pgboss.job WHERE name = '${QUEUE}'`)).n;
  const worker = ['worker', '--db', url, '--poll', '0.2', '--no-places'];
  const started = Date.now();
  let workers = [start(worker), start(worker)];
  let killed = 0;
  const storedAtKill: number[] = [];
  // The rate is known from the first commit on; killing workers that are still loading dictionaries tests nothing.
  while ((await storedArticles(url)) === 0) await sleep(500);
  const firstCommit = Date.now();
  await sleep(5000);
  for (; killed < kills; killed++) {
    const stored = await storedArticles(url);
    const remainingS = (total - stored) / Math.max(0.1, stored / ((Date.now() - firstCommit) / 1000));
    await sleep(Math.max(1000, ((remainingS * 1000) / (kills - killed + 1)) * (0.5 + Math.random())));
    const k = Math.floor(Math.random() * workers.length);
    storedAtKill.push(await storedArticles(url));
    workers[k]!.child.kill('SIGKILL');
    await workers[k]!.done;
    workers[k] = start(worker);
  }
  // The survivors stop after the job at hand; one more drains what is left, jobs of the killed included.
  for (const w of workers) w.child.kill('SIGTERM');
  await Promise.all(workers.map((w) => w.done));
  await must([...worker, '--until-idle']);
  const wall = (Date.now() - started) / 1000;
  const cleanStarted = Date.now();
  const clean = await newDatabase();
  await must(['ingest', file, '--db', clean, '--no-places', '--no-progress']);
  const cleanWall = (Date.now() - cleanStarted) / 1000;
  const [got, want] = [await contents(url), await contents(clean)];
  const jobs = await one<{ completed: number; failed: number }>(url, `SELECT count(*) FILTER (WHERE state = 'completed')::int AS completed, count(*) FILTER (WHERE state = 'failed')::int AS failed
    FROM (SELECT name, state FROM pgboss.job UNION ALL SELECT name, state FROM pgboss.archive) j WHERE name = '${QUEUE}'`);
  const same = got.articles === want.articles && got.mentions === want.mentions && got.events === want.events;
  return {
    lines: [
      `kill run          ${killed} SIGKILLs of random workers (2 running) during ${want.articles} articles${copies > 0 ? ` (${copies} of them copies of the corpus dated later)` : ''}, ${wall.toFixed(0)} s; one plain ingest of them ${cleanWall.toFixed(0)} s`,
      `  kills landed    at ${storedAtKill.join(', ')} articles stored`,
      `  stored          ${got.articles} articles, ${got.mentions} mentions (one plain ingest: ${want.articles}, ${want.mentions}); events and counts ${got.events === want.events ? 'identical' : 'DIFFERENT'}`,
      `  jobs            ${jobs.completed} completed, ${jobs.failed} parked`,
      `  every article once: ${same ? 'yes' : 'NO'}`,
    ],
  };
}

export async function benchQueue(options: QueueBenchOptions): Promise<string[]> {
  const server = await testPostgres();
  if (server.skip !== false) return [`queue bench skipped: ${server.skip || 'no PostgreSQL server (install postgresql, or set DYAD_TEST_DATABASE_URL)'}`];
  const dir = mkdtempSync(join(tmpdir(), 'dyad-queue-bench-'));
  try {
    const { file } = await corpusFile(options.corpus, options.articles, dir);
    const lines = [`queue bench       ${options.articles} articles of ${options.corpus}, no places, ${availableParallelism()} cores`];
    const rates: number[] = [];
    for (const jobs of options.articles > 0 ? [1, 2] : []) {
      const { rate, wall } = await throughput(() => server.newDatabase(), file, jobs);
      rates.push(rate);
      lines.push(`  ${jobs} worker${jobs === 1 ? ' ' : 's'}        ${rate.toFixed(1)} articles/s, 20th to 90th percentile of commits (${wall.toFixed(1)} s with start-up)`);
    }
    if (rates.length === 2) lines.push(`  ratio 2/1       ${(rates[1]! / rates[0]!).toFixed(2)}`);
    if (options.kills > 0) lines.push(...(await killRun(() => server.newDatabase(), await corpusFile(options.corpus, options.killArticles, dir), options.kills)).lines);
    return lines;
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
