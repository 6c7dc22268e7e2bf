// The work queue of articles to code, in the PostgreSQL database itself (pg-boss): `dyad ingest --queue` fills it, `dyad worker` empties it, `dyad status` shows it.
import PgBoss from 'pg-boss';
import { z } from 'zod';
import type { Article } from '../document/types.js';
import { isValidIsoDate } from '../stages/ingest/article-date.js';
import { createPool, unavailable } from '../store/postgres/connection.js';

export const QUEUE = 'dyad-articles';

/** How a job is retried and when a worker that took it is presumed dead. */
export interface JobPolicy {
  /** Tries after the first, before a failing article is parked (state failed) with its error. */
  retries: number;
  /** Seconds a job may stay active before it is given to another worker (its worker died or hangs). */
  timeoutSeconds: number;
}

export const DEFAULT_POLICY: JobPolicy = { retries: 2, timeoutSeconds: 300 };

/** What one job carries: the article as read by the enqueuing machine, so that workers need none of its files. */
export interface ArticleJob {
  article: Article;
}

const ARTICLE = z.object({
  id: z.string().min(1),
  date: z.string().refine(isValidIsoDate, 'a date YYYY-MM-DD'),
  title: z.string().nullable(),
  text: z.string(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  origin: z.object({ file: z.string(), line: z.number().int() }),
}).strict();

/** The article of a job, checked: a job written by hand or by another version is refused with what is wrong. */
export function articleOfJob(data: unknown): Article {
  const parsed = z.object({ article: ARTICLE }).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`not an article job: ${issue.path.join('.') || 'data'}: ${issue.message}`);
  }
  return parsed.data.article;
}

export interface QueueCounts {
  /** Waiting to be taken, including those waiting to be retried. */
  waiting: number;
  active: number;
  completed: number;
  /** Parked after their last try failed. */
  failed: number;
}

export interface ParkedJob {
  id: string;
  article_id: string | null;
  origin: string | null;
  tries: number;
  error: string;
}

export interface ArticleQueue {
  enqueue(articles: readonly Article[], policy?: JobPolicy): Promise<void>;
  /** Takes the next job, if any, marking it active. */
  take(): Promise<{ id: string; data: unknown } | null>;
  complete(id: string): Promise<void>;
  /** The job failed: retried later while it has tries left, else parked with the error. */
  fail(id: string, error: Error): Promise<void>;
  /**
   * Gives the jobs of dead or hung workers (active past their timeout) back to the queue, and, at most once a minute,
   * moves jobs completed or parked over 12 hours ago to pg-boss's archive (which `dyad status` reads too) and drops
   * archived jobs after 7 days (pg-boss's defaults).
   */
  reclaim(): Promise<void>;
  counts(): Promise<QueueCounts>;
  parked(limit: number): Promise<ParkedJob[]>;
  close(): Promise<void>;
}

/** Connects to the queue in the database at `url` (creating pg-boss's schema and dyad's queue if needed). */
export async function openArticleQueue(url: string): Promise<ArticleQueue> {
  // Maintenance (archiving, expiry) is run by the workers themselves when they are idle: see reclaim().
  const boss = new PgBoss({ connectionString: url, max: 2, supervise: false, schedule: false, application_name: 'dyad-queue' });
  boss.on('error', () => {});
  try {
    await boss.start();
    await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: DEFAULT_POLICY.retries, retryDelay: 2, retryBackoff: true, expireInSeconds: DEFAULT_POLICY.timeoutSeconds });
  } catch (e) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw unavailable(url, e);
  }
  const db = boss.getDb();
  let maintained = 0;
  return {
    async enqueue(articles, policy = DEFAULT_POLICY) {
      if (articles.length === 0) return;
      await boss.insert(articles.map((article) => ({
        name: QUEUE,
        data: { article } satisfies ArticleJob,
        retryLimit: policy.retries,
        retryDelay: 2,
        retryBackoff: true,
        expireInSeconds: policy.timeoutSeconds,
      })));
    },
    async take() {
      const [job] = await boss.fetch<unknown>(QUEUE, { batchSize: 1 });
      return job ? { id: job.id, data: job.data } : null;
    },
    async complete(id) {
      await boss.complete(QUEUE, id);
    },
    async fail(id, error) {
      await boss.fail(QUEUE, id, { message: error.message });
    },
    async reclaim() {
      if (Date.now() - maintained < 60_000) return boss.expire();
      maintained = Date.now();
      await boss.maintain();
    },
    counts: () => countsOf(db),
    parked: (limit) => parkedOf(db, limit),
    async close() {
      await boss.stop({ graceful: false, wait: true, close: true });
    },
  };
}

interface Sql {
  executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

async function countsOf(db: Sql): Promise<QueueCounts> {
  const { rows } = await db.executeSql(
    `SELECT state, count(*)::int AS n FROM (SELECT state FROM pgboss.job WHERE name = $1 UNION ALL SELECT state FROM pgboss.archive WHERE name = $1) AS jobs GROUP BY state`,
    [QUEUE],
  );
  const by = new Map((rows as Array<{ state: string; n: number }>).map((r) => [r.state, r.n]));
  return {
    waiting: (by.get('created') ?? 0) + (by.get('retry') ?? 0),
    active: by.get('active') ?? 0,
    completed: by.get('completed') ?? 0,
    failed: by.get('failed') ?? 0,
  };
}

async function parkedOf(db: Sql, limit: number): Promise<ParkedJob[]> {
  const { rows } = await db.executeSql(
    `SELECT id::text, data->'article'->>'id' AS article_id, (data->'article'->'origin'->>'file') || ':' || (data->'article'->'origin'->>'line') AS origin,
       retry_count + 1 AS tries, coalesce(output->>'message', output->'value'->>'message', output::text) AS error
     FROM (SELECT id, data, retry_count, output, completed_on FROM pgboss.job WHERE name = $1 AND state = 'failed'
           UNION ALL SELECT id, data, retry_count, output, completed_on FROM pgboss.archive WHERE name = $1 AND state = 'failed') AS parked
     ORDER BY completed_on DESC NULLS LAST LIMIT $2`,
    [QUEUE, limit],
  );
  return rows as ParkedJob[];
}

/**
 * The queue's state read without starting pg-boss (nothing is written: a read-only role will do), or null when the
 * database has no queue yet.
 */
export async function queueStatus(url: string, parkedLimit: number): Promise<{ counts: QueueCounts; parked: ParkedJob[] } | null> {
  const pool = createPool(url, { readOnly: true, max: 1 });
  const db: Sql = { executeSql: (text, values) => pool.query(text, values) };
  try {
    const { rows } = await pool.query<{ t: string | null }>("SELECT to_regclass('pgboss.job')::text AS t");
    if (!rows[0]?.t) return null;
    return { counts: await countsOf(db), parked: parkedLimit > 0 ? await parkedOf(db, parkedLimit) : [] };
  } catch (e) {
    throw unavailable(url, e);
  } finally {
    await pool.end();
  }
}
