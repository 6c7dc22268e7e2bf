// `npm run bench -- --workers [--articles N] [--kill-articles N] [--kills K]`: the work queue on a throwaway PostgreSQL — 1 vs 2 workers, and workers SIGKILLed at random during a run, after which every article must be stored exactly once.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { contentHash, readArticles } from '../src/stages/ingest/read.js';
import { projectRoot } from '../src/paths.js';
import { testPostgres } from '../src/store/postgres/throwaway-server.js';

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

/**
 * The first N distinct articles of the corpus, as a JSON Lines file the workers' queue is filled from. Duplicates
 * (same date and text, another id) are left out: which of them is stored first depends on which worker commits
 * first, and so would the event ids, which the kill run compares with a plain ingest's.
 */
async function corpusFile(corpus: string, n: number, dir: string): Promise<string> {
  const lines: string[] = [];
  const seen = new Set<string>();
  for await (const a of readArticles([corpus], () => {}, { defaultDate: '2000-01-01' })) {
    if (seen.has(contentHash(a))) continue;
    seen.add(contentHash(a));
    lines.push(JSON.stringify({ id: a.id, date: a.date, title: a.title, text: a.text, url: a.url, source: a.source }));
    if (lines.length >= n) break;
  }
  const file = join(dir, `articles-${n}.jsonl`);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
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

/** Two workers at all times, one of them SIGKILLed every 1–3 s (and replaced), `kills` times; then one drains the queue. */
async function killRun(newDatabase: () => Promise<string>, file: string, kills: number): Promise<{ lines: string[] }> {
  const url = await newDatabase();
  await must(['ingest', file, '--db', url, '--queue', '--job-timeout', '3']);
  const worker = ['worker', '--db', url, '--poll', '0.2', '--no-places'];
  const started = Date.now();
  let workers = [start(worker), start(worker)];
  let killed = 0;
  for (; killed < kills; killed++) {
    await sleep(1000 + Math.random() * 2000);
    const k = Math.floor(Math.random() * workers.length);
    workers[k]!.child.kill('SIGKILL');
    await workers[k]!.done;
    workers[k] = start(worker);
  }
  // The survivors stop after the job at hand; one more drains what is left, jobs of the killed included.
  for (const w of workers) w.child.kill('SIGTERM');
  await Promise.all(workers.map((w) => w.done));
  await must([...worker, '--until-idle']);
  const wall = (Date.now() - started) / 1000;
  const clean = await newDatabase();
  await must(['ingest', file, '--db', clean, '--no-places', '--no-progress']);
  const [got, want] = [await contents(url), await contents(clean)];
  const jobs = await one<{ completed: number; failed: number }>(url, "SELECT count(*) FILTER (WHERE state = 'completed')::int AS completed, count(*) FILTER (WHERE state = 'failed')::int AS failed FROM (SELECT state FROM pgboss.job UNION ALL SELECT state FROM pgboss.archive) j");
  const same = got.articles === want.articles && got.mentions === want.mentions && got.events === want.events;
  return {
    lines: [
      `kill run          ${killed} SIGKILLs of random workers (2 running) during ${want.articles} articles, ${wall.toFixed(0)} s`,
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
    const file = await corpusFile(options.corpus, options.articles, dir);
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
  }
}
