// Connecting to PostgreSQL: the pool, errors turned into the store's own (unreachable, busy), and transactions retried when the server picks them as a deadlock's victim.
import pg from 'pg';
import type { Pool, PoolClient } from 'pg';
import { StoreBusyError, StoreUnavailableError } from '../model.js';

export interface PoolOptions {
  readOnly?: boolean;
  /** How long a statement waits for a lock another writer holds (lock_timeout), in ms. */
  lockTimeoutMs?: number;
  /** Connections at most (default 10). */
  max?: number;
}

/** The URL as messages may show it: the password replaced by `***`. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

/**
 * A pool whose every connection has the session settings the store relies on: read-only when asked (the server
 * then refuses every write), and a bound on lock waits, so a writer stuck behind another gives up with a message.
 */
export function createPool(url: string, options: PoolOptions = {}): Pool {
  const settings = [`-c lock_timeout=${Math.max(0, Math.round(options.lockTimeoutMs ?? 300_000))}`, '-c client_min_messages=warning'];
  if (options.readOnly) settings.push('-c default_transaction_read_only=on');
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, options: settings.join(' '), application_name: 'dyad' });
  // An idle connection the server dropped (a restart) is replaced at the next query; it must not crash the process.
  pool.on('error', () => {});
  return pool;
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'ENOENT', 'EHOSTUNREACH']);
const SQLSTATE_UNAVAILABLE = /^(08|28|3D|57P0)/;

/** An error while connecting or authenticating, as the store's own, naming the database. */
export function unavailable(url: string, e: unknown): Error {
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && (CONNECTION_CODES.has(code) || SQLSTATE_UNAVAILABLE.test(code))) {
    return new StoreUnavailableError(`cannot open the PostgreSQL database ${redactUrl(url)}: ${(e as Error).message}`);
  }
  return e as Error;
}

/** SQLSTATEs after which the whole transaction may simply run again: deadlock victim, serialization failure. */
const RETRYABLE = new Set(['40P01', '40001']);

/**
 * Runs `work` in one transaction on one connection (READ COMMITTED), committing at the end; a deadlock victim is
 * rolled back and run again (a few times), a lock wait past lock_timeout becomes `StoreBusyError`.
 */
export async function inTransaction<T>(pool: Pool, url: string, work: (client: PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    let client: PoolClient;
    try {
      client = await pool.connect();
    } catch (e) {
      throw unavailable(url, e);
    }
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      client.release();
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      client.release();
      const code = (e as { code?: unknown }).code;
      if (typeof code === 'string' && RETRYABLE.has(code) && attempt < 5) continue;
      if (code === '55P03') {
        throw new StoreBusyError(`${redactUrl(url)}: another process held a lock this write needs past the lock timeout (${(e as Error).message}); try again when it has finished, or allow a longer wait (--lock-timeout)`);
      }
      throw unavailable(url, e);
    }
  }
}

/** PostgreSQL's text cannot hold U+0000: it is stored as U+FFFD (JSON documents keep it, escaped). */
export function pgText<T extends string | null>(s: T): T {
  return (s === null ? s : s.replace(/\u0000/g, '\uFFFD')) as T;
}
