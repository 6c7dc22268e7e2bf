// Waiting for another process's write lock on a SQLite file: SQLite's busy handler, retried with back-off up to a limit, then a clear error.

import { StoreBusyError } from '../model.js';

export const DEFAULT_LOCK_TIMEOUT_MS = 300_000;

/** What SQLite's own busy handler waits before a statement fails with SQLITE_BUSY; the retries below go on from there. */
export const BUSY_SLICE_MS = 5_000;

/** Blocks the thread: a store's calls are synchronous (better-sqlite3), and nothing else may run inside a transaction. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/**
 * Runs work that needs the write lock, again after a pause while another process holds it. SQLite's busy handler
 * does not cover every case (a lock held across a checkpoint, a deferred read turned write), so a BUSY that gets
 * through is retried here, with jittered exponential back-off, until `timeoutMs` has passed since the first try.
 */
export class WriteLock {
  constructor(
    private readonly path: string,
    private readonly timeoutMs: number,
  ) {}

  retry<T>(work: () => T): T {
    const started = Date.now();
    let pause = 20;
    for (;;) {
      try {
        return work();
      } catch (e) {
        if (!isBusy(e)) throw e;
        const waited = Date.now() - started;
        if (waited >= this.timeoutMs) {
          throw new StoreBusyError(`${this.path} is locked by another process writing to it: waited ${Math.round(waited / 1000)} s for its write lock; try again when that process has finished, or allow a longer wait (--lock-timeout)`);
        }
        sleep(Math.min(pause * (0.5 + Math.random()), this.timeoutMs - waited));
        pause = Math.min(pause * 2, 2_000);
      }
    }
  }
}

