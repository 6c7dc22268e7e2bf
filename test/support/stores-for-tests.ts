// The stores tests of the readers (API, CLI) run against: SQLite always, PostgreSQL when a server can be had; each holds the contract's reports.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore } from '../../src/store/model.js';
import { REPORTS, coded } from './store.contract.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { testPostgres } from './throwaway-postgres.js';

export interface ReportsStore {
  name: 'sqlite' | 'postgres';
  /** Why this store cannot be tested here, or false. */
  skip: string | false;
  /** A store holding the contract's reports, opened read-only as `dyad serve` opens it. */
  open(): Promise<EventStore>;
}

/** Both stores, and `stop` to end the PostgreSQL server when the tests are done. */
export async function reportsStores(): Promise<{ stores: ReportsStore[]; stop: () => Promise<void> }> {
  const server = await testPostgres();
  const fill = async (writer: EventStore) => {
    await writer.ingest(REPORTS.map(coded));
    await writer.close();
  };
  const sqlite: ReportsStore = {
    name: 'sqlite',
    skip: false,
    async open() {
      const path = join(mkdtempSync(join(tmpdir(), 'dyad-reports-')), 'reports.db');
      await fill(openSqliteStore(path));
      return openSqliteStore(path, { readOnly: true });
    },
  };
  const postgres: ReportsStore = {
    name: 'postgres',
    skip: server.skip,
    async open() {
      const url = await server.newDatabase();
      await fill(await openPostgresStore(url));
      return openPostgresStore(url, { readOnly: true });
    },
  };
  return { stores: [sqlite, postgres], stop: () => server.stop() };
}
