// `dyad ingest --queue`: reads articles as ingest does but, instead of coding them here, queues them in the PostgreSQL database for `dyad worker`s.
import { readArticles, formatProblem, contentHash, type ReadProblem } from '../stages/ingest/read.js';
import type { Article } from '../document/types.js';
import { StoreUnavailableError, type EventStore } from '../store/model.js';
import { describeLocation, openStore, storeLocation } from '../store/open.js';
import { unavailable } from '../store/postgres/connection.js';
import { DEFAULT_POLICY, openArticleQueue, type ArticleQueue, type JobPolicy } from '../queue/article-queue.js';
import { duplicatesNote, readOptions, type ArticleReadingOptions } from './options.js';

export interface EnqueueOptions extends ArticleReadingOptions {
  db?: string;
  batch: string;
  jobTimeout?: string;
  retries?: string;
}

/** The job policy of --job-timeout and --retries; a RangeError names the flag that is wrong. */
export function policyOf(opts: Pick<EnqueueOptions, 'jobTimeout' | 'retries'>): JobPolicy {
  const timeoutSeconds = Number(opts.jobTimeout ?? DEFAULT_POLICY.timeoutSeconds);
  const retries = Number(opts.retries ?? DEFAULT_POLICY.retries);
  if (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 1) throw new RangeError(`--job-timeout: a whole number of seconds, 1 or more, got "${opts.jobTimeout}"`);
  if (!Number.isInteger(retries) || retries < 0 || retries > 100) throw new RangeError(`--retries: a whole number from 0 to 100, got "${opts.retries}"`);
  return { timeoutSeconds, retries };
}

/** Queues every readable, dated article that the store does not hold yet; bad records are reported as ingest reports them. */
export async function runEnqueue(inputs: string[], opts: EnqueueOptions, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const location = storeLocation(opts.db);
  if (location.kind !== 'postgres') {
    err.write(`dyad ingest: --queue: the queue lives in a PostgreSQL database: pass --db postgres://… or set DYAD_DATABASE_URL (not ${describeLocation(location)})\n`);
    return 2;
  }
  let policy: JobPolicy;
  let reading;
  try {
    policy = policyOf(opts);
    reading = readOptions(opts);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    err.write(`dyad ingest: ${e.message}\n`);
    return 2;
  }
  const batchSize = Math.max(1, Number.parseInt(opts.batch, 10) || 200);
  let store: EventStore | undefined;
  let queue: ArticleQueue | undefined;
  let queued = 0;
  let stored = 0;
  let problems = 0;
  let duplicates = 0;
  const onProblem = (p: ReadProblem) => {
    err.write(formatProblem(p) + '\n');
    if (p.severity !== 'warning') problems++;
    if (p.duplicate) duplicates++;
  };
  try {
    store = await openStore(location);
    queue = await openArticleQueue(location.url);
    let pending: Article[] = [];
    const flush = async () => {
      const known = await store!.storedHashes(pending.map(contentHash));
      const fresh = pending.filter((a) => !known.has(contentHash(a)));
      await queue!.enqueue(fresh, policy);
      queued += fresh.length;
      stored += pending.length - fresh.length;
      pending = [];
    };
    for await (const article of readArticles(inputs, onProblem, reading)) {
      if (!article.date) {
        onProblem({ file: article.origin.file, line: article.origin.line, message: 'no article date: add a date line or a "date" field, or pass --date', severity: 'error' });
        continue;
      }
      pending.push(article);
      if (pending.length >= batchSize) await flush();
    }
    await flush();
  } catch (caught) {
    const e = caught instanceof RangeError ? caught : unavailable(location.url, caught);
    if (!(e instanceof RangeError || e instanceof StoreUnavailableError)) throw e;
    err.write(`dyad ingest: ${e.message}; ${queued} articles were queued before\n`);
    return e instanceof RangeError ? 2 : 1;
  } finally {
    await queue?.close().catch(() => {});
    await store?.close().catch(() => {});
  }
  err.write(`dyad ingest: ${queued} article${queued === 1 ? '' : 's'} queued for dyad worker, ${stored} already stored, ${problems} record${problems === 1 ? '' : 's'} skipped${duplicatesNote(duplicates)}; ${describeLocation(location)}\n`);
  return queued === 0 && stored === 0 && problems > 0 ? 1 : 0;
}
