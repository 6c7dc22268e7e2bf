// Where the event database is and how to open it: --db (a file or a postgres:// URL), else $DYAD_DATABASE_URL, else $DYAD_DB, else ./dyad.db.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EventStore } from './model.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import { openPostgresStore } from './postgres/postgres-store.js';
import { redactUrl } from './postgres/connection.js';

export { StoreBusyError, StoreQueryError, StoreUnavailableError } from './model.js';

export const DEFAULT_DB = 'dyad.db';

/** An embedded SQLite file, or a PostgreSQL database that many processes share. */
export type StoreLocation = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export interface OpenStoreOptions {
  /** Refuse every write on the connection (`dyad serve`, `query`, `export`). */
  readOnly?: boolean;
  /** How long a writer waits for another's lock before giving up with `StoreBusyError` (default 300 s). */
  lockTimeoutMs?: number;
}

export function isPostgresUrl(value: string): boolean {
  return /^postgres(ql)?:\/\//i.test(value);
}

/** The database a command works on: `--db` if given, else $DYAD_DATABASE_URL, else $DYAD_DB, else ./dyad.db. */
export function storeLocation(option?: string): StoreLocation {
  const value = option ?? (process.env['DYAD_DATABASE_URL'] || undefined) ?? process.env['DYAD_DB'] ?? DEFAULT_DB;
  return isPostgresUrl(value) ? { kind: 'postgres', url: value } : { kind: 'sqlite', path: resolve(value) };
}

/** The location as messages name it: the file's path, or the URL without its password. */
export function describeLocation(location: StoreLocation): string {
  return location.kind === 'sqlite' ? location.path : redactUrl(location.url);
}

/** Why a store that must already exist (for reading) cannot be there, or null: only a missing SQLite file is known before connecting. */
export function missingStore(location: StoreLocation): string | null {
  return location.kind === 'sqlite' && !existsSync(location.path) ? `no database at ${location.path} (run dyad ingest first, or pass --db)` : null;
}

export async function openStore(location: StoreLocation, options: OpenStoreOptions = {}): Promise<EventStore> {
  return location.kind === 'sqlite' ? openSqliteStore(location.path, options) : openPostgresStore(location.url, options);
}
