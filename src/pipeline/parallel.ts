// Codes a stream of articles on worker threads (piscina) and gives back each one's events in the order the articles came.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Article } from '../doc/types.js';
import type { KnowledgeOptions } from '../dictionaries/knowledge.js';
import codeTask, { type CodingResult, type CodingTask } from './coding-worker.js';

export type { CodingResult } from './coding-worker.js';

/** The default number of coders: one per core the machine offers. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** Articles in flight per worker: enough to keep each busy while the reader and the writer catch up, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 8;

export interface ParallelOptions {
  jobs: number;
  knowledge: KnowledgeOptions;
  places: boolean;
}

/**
 * Each article with its coding result, in input order, however the workers finish: the output of `--jobs N` is the
 * output of `--jobs 1`, byte for byte. Coding is a pure function of the article, so which worker codes it is moot.
 */
export async function* codeInParallel(articles: AsyncIterable<Article>, options: ParallelOptions): AsyncGenerator<{ article: Article; result: CodingResult }> {
  const pool = new Piscina<CodingTask, CodingResult>({
    filename: fileURLToPath(new URL('./coding-worker.js', import.meta.url)),
    minThreads: options.jobs,
    maxThreads: options.jobs,
  });
  // Articles wait here, at most `limit` of them, so that the reader waits when the coders are behind.
  const pending: Array<{ article: Article; result: Promise<CodingResult> }> = [];
  const limit = options.jobs * IN_FLIGHT_PER_WORKER;
  try {
    for await (const article of articles) {
      pending.push({ article, result: pool.run({ article, knowledge: options.knowledge, places: options.places }).catch((e: Error): CodingResult => ({ error: e.message })) });
      while (pending.length >= limit) {
        const next = pending.shift()!;
        yield { article: next.article, result: await next.result };
      }
    }
    while (pending.length > 0) {
      const next = pending.shift()!;
      yield { article: next.article, result: await next.result };
    }
  } finally {
    await pool.destroy();
  }
}

/**
 * Each article with its coding result, in input order: in this thread with one job (no worker to start), else on a
 * pool of `jobs` worker threads.
 */
export async function* codeArticles(articles: AsyncIterable<Article>, options: ParallelOptions): AsyncGenerator<{ article: Article; result: CodingResult }> {
  if (options.jobs > 1) {
    yield* codeInParallel(articles, options);
    return;
  }
  for await (const article of articles) yield { article, result: codeTask({ article, knowledge: options.knowledge, places: options.places }) };
}
