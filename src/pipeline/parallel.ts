// Codes a stream of articles on worker threads (piscina) and gives back each one's events in the order the articles came.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Article } from '../document/types.js';
import type { KnowledgeOptions } from '../dictionaries/knowledge.js';
import { codeWith, codingContext, type CodingResult, type CodingTask } from './coding-worker.js';

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

/** An item with its coding result; null when the item carried no article to code (it passed through, in its place). */
export interface Coded<T> {
  item: T;
  result: CodingResult | null;
}

/**
 * Each item with the coding result of its article, in input order, however the workers finish: the output of
 * `--jobs N` is the output of `--jobs 1`, byte for byte. Coding is a pure function of the article, so which worker
 * codes it is moot. `articleOf` gives an item's article, or null for an item to pass through uncoded.
 */
export async function* codeItemsInParallel<T>(items: AsyncIterable<T>, articleOf: (item: T) => Article | null, options: ParallelOptions): AsyncGenerator<Coded<T>> {
  const pool = new Piscina<CodingTask, CodingResult>({
    filename: fileURLToPath(new URL('./coding-worker.js', import.meta.url)),
    minThreads: options.jobs,
    maxThreads: options.jobs,
  });
  // Items wait here, at most `limit` of them, so that the reader waits when the coders are behind.
  const pending: Array<{ item: T; result: Promise<CodingResult | null> }> = [];
  const limit = options.jobs * IN_FLIGHT_PER_WORKER;
  try {
    for await (const item of items) {
      const article = articleOf(item);
      const result = article === null ? Promise.resolve(null) : pool.run({ article, knowledge: options.knowledge, places: options.places }).catch((e: Error): CodingResult => ({ error: e.message }));
      pending.push({ item, result });
      while (pending.length >= limit) {
        const next = pending.shift()!;
        yield { item: next.item, result: await next.result };
      }
    }
    while (pending.length > 0) {
      const next = pending.shift()!;
      yield { item: next.item, result: await next.result };
    }
  } finally {
    await pool.destroy();
  }
}

/**
 * Each item with the coding result of its article, in input order: in this thread with one job (no worker to start),
 * else on a pool of `jobs` worker threads.
 */
export async function* codeItems<T>(items: AsyncIterable<T>, articleOf: (item: T) => Article | null, options: ParallelOptions): AsyncGenerator<Coded<T>> {
  if (options.jobs > 1) {
    yield* codeItemsInParallel(items, articleOf, options);
    return;
  }
  let context: ReturnType<typeof codingContext> | null = null;
  for await (const item of items) {
    const article = articleOf(item);
    if (article === null) {
      yield { item, result: null };
      continue;
    }
    context ??= codingContext(options.knowledge, options.places);
    yield { item, result: codeWith(context, article) };
  }
}

/** Each article with its coding result, in input order, on a pool of `jobs` worker threads. */
export async function* codeInParallel(articles: AsyncIterable<Article>, options: ParallelOptions): AsyncGenerator<{ article: Article; result: CodingResult }> {
  for await (const { item, result } of codeItemsInParallel(articles, (a) => a, options)) yield { article: item, result: result! };
}

/** Each article with its coding result, in input order: in this thread with one job, else on `jobs` worker threads. */
export async function* codeArticles(articles: AsyncIterable<Article>, options: ParallelOptions): AsyncGenerator<{ article: Article; result: CodingResult }> {
  for await (const { item, result } of codeItems(articles, (a) => a, options)) yield { article: item, result: result! };
}
