// `dyad worker`: takes articles from the queue in the PostgreSQL database, codes each and stores it in one transaction, and acknowledges it after the commit.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { Command } from 'commander';
import { codeArticle } from '../pipeline/pipeline.js';
import { runRecorder } from '../store/ingest-runs.js';
import { codedEvents } from '../document/coded-events.js';
import { loadKnowledge } from '../dictionaries/knowledge.js';
import { loadGazetteer } from '../stages/places/gazetteer.js';
import { contentHash } from '../stages/ingest/read.js';
import { StoreBusyError, StoreUnavailableError, type EventStore } from '../store/model.js';
import { describeLocation, openStore, storeLocation } from '../store/open.js';
import { unavailable } from '../store/postgres/connection.js';
import { articleOfJob, openArticleQueue, type ArticleQueue } from '../queue/article-queue.js';
import { addConfidenceOption, addDictionaryOptions, knowledgeOptions, minConfidence, type DictionaryOptions } from './options.js';
import { reportUnsupported } from './unsupported.js';
import { DB_OPTION_HELP } from './store-reader.js';

export interface WorkerOptions extends DictionaryOptions {
  db?: string;
  jobs: string;
  untilIdle?: boolean;
  poll: string;
  places?: boolean;
  minConfidence?: string;
}

export function workerCommand(): Command {
  const command = new Command('worker')
    .description('code and store the articles queued in a PostgreSQL database (dyad ingest --queue), one transaction each')
    .option('--db <url>', DB_OPTION_HELP)
    .option('--jobs <n>', 'worker processes to run (one article at a time each; one per core)', '1')
    .option('--until-idle', 'exit when the queue has nothing left to do (no job waiting or being worked on)')
    .option('--poll <seconds>', 'how often an idle worker looks for new jobs', '2')
    .option('--no-places', 'do not locate events');
  addConfidenceOption(command);
  addDictionaryOptions(command);
  return command.action(async (opts: WorkerOptions) => {
    process.exitCode = await runWorkers(opts);
  });
}

/** `--jobs N` above 1 runs N worker processes (coding is CPU-bound) and waits for them all; the worst exit status wins. */
async function runWorkers(opts: WorkerOptions): Promise<number> {
  const jobs = Number(opts.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
    process.stderr.write('dyad worker: --jobs: a whole number of processes, 1 to 256\n');
    return 2;
  }
  if (jobs === 1) return runWorker(opts);
  const args = process.argv.slice(1).filter((a, k, all) => a !== '--jobs' && all[k - 1] !== '--jobs' && !a.startsWith('--jobs='));
  const children = Array.from({ length: jobs }, () => spawn(process.execPath, [...args, '--jobs', '1'], { stdio: 'inherit' }));
  const forward = (signal: NodeJS.Signals) => children.forEach((c) => c.kill(signal));
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  const codes = await Promise.all(children.map((c) => new Promise<number>((resolve) => c.on('exit', (code) => resolve(code ?? 1)))));
  return Math.max(...codes);
}

/**
 * One worker: takes a job, codes its article, stores it (one transaction), then completes the job. Killed between
 * the commit and the completion, the job comes back after its timeout and is skipped as stored: nothing is lost and
 * nothing counted twice. An article that cannot be coded fails its job, which is retried and then parked.
 * SIGINT/SIGTERM finish the job at hand and stop.
 */
export async function runWorker(opts: WorkerOptions, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const location = storeLocation(opts.db);
  if (location.kind !== 'postgres') {
    err.write(`dyad worker: the queue lives in a PostgreSQL database: pass --db postgres://… or set DYAD_DATABASE_URL (not ${describeLocation(location)})\n`);
    return 2;
  }
  const pollMs = Number(opts.poll) * 1000;
  let threshold: number;
  try {
    if (!Number.isFinite(pollMs) || pollMs < 0) throw new RangeError(`--poll: a number of seconds, got "${opts.poll}"`);
    threshold = minConfidence(opts.minConfidence, opts);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    err.write(`dyad worker: ${e.message}\n`);
    return 2;
  }
  let store: EventStore | undefined;
  let queue: ArticleQueue | undefined;
  let stopping = false;
  const stop = () => (stopping = true);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  let done = 0;
  let failed = 0;
  try {
    store = await openStore(location);
    queue = await openArticleQueue(location.url);
    const knowledge = loadKnowledge(knowledgeOptions(opts));
    reportUnsupported(knowledge, err);
    const gazetteer = opts.places === false ? null : loadGazetteer();
    const recordRun = runRecorder(store, 'worker', threshold);
    while (!stopping) {
      const job = await queue.take();
      if (!job) {
        await queue.reclaim();
        if (opts.untilIdle) {
          const counts = await queue.counts();
          if (counts.waiting === 0 && counts.active === 0) break;
        }
        await sleep(pollMs);
        continue;
      }
      let coded;
      try {
        const article = articleOfJob(job.data);
        coded = { article, contentHash: contentHash(article), events: codedEvents(codeArticle(article, { knowledge, gazetteer })).filter((e) => (e.confidence ?? 1) >= threshold) };
      } catch (e) {
        failed++;
        err.write(`dyad worker: job ${job.id}: could not code the article: ${(e as Error).message}\n`);
        await queue.fail(job.id, e as Error);
        continue;
      }
      // Already stored (an earlier try committed, then its worker died before completing the job): skipped inside.
      await recordRun();
      await store.ingest([coded]);
      await queue.complete(job.id);
      done++;
    }
    err.write(`dyad worker: ${done} article${done === 1 ? '' : 's'} done, ${failed} failed${stopping ? '; stopped' : '; the queue is idle'}\n`);
    return 0;
  } catch (caught) {
    const e = unavailable(location.url, caught);
    if (!(e instanceof StoreUnavailableError || e instanceof StoreBusyError)) throw e;
    err.write(`dyad worker: ${e.message}; ${done} articles were done before, and the job at hand goes back to the queue after its timeout\n`);
    return 1;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await queue?.close().catch(() => {});
    await store?.close().catch(() => {});
  }
}
