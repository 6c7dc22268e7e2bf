// Where the event database is and how to open it: --db, else $DYAD_DB, else ./dyad.db.
import { resolve } from 'node:path';
import type { EventStore } from './model.js';
import { openSqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.js';

export { StoreBusyError } from './sqlite/sqlite-store.js';

export const DEFAULT_DB = 'dyad.db';

export function databasePath(option?: string): string {
  return resolve(option ?? process.env['DYAD_DB'] ?? DEFAULT_DB);
}

export function openStore(path: string, options: SqliteStoreOptions = {}): EventStore {
  return openSqliteStore(path, options);
}
