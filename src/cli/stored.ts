// What the commands reading the event database share: its filter flags, the stored events' count columns, and
// opening the database read-only with every filter or query error reported by its flag.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { databasePath, openStore } from '../store/open.js';
import { FilterError, parseFilter, type RawFilter } from '../store/filter.js';
import { StoreQueryError } from '../store/sqlite/sqlite-store.js';
import type { EventFilter, EventStore } from '../store/model.js';

const FILTER_FLAGS: Array<[keyof RawFilter, string, string]> = [
  ['from', '<date>', 'events on or after this date'],
  ['to', '<date>', 'events on or before this date'],
  ['actor', '<code>', 'actor code or prefix on either side (TUR, TURGOV, IGO)'],
  ['source', '<code>', 'source actor code or prefix'],
  ['target', '<code>', 'target actor code or prefix'],
  ['country', '<ISO3>', 'country of either actor'],
  ['cameo', '<code>', 'CAMEO root or code prefix (19, 190, 0256)'],
  ['quad', '<n>', 'QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict'],
  ['place', '<name>', 'place name of the event'],
  ['q', '<text>', 'full-text search in the sentences of the events (SQLite FTS5 syntax)'],
  ['modality', '<m>', 'asserted (default), negated, hypothetical, planned, or all'],
  ['limit', '<n>', 'at most n events (default: all)'],
  ['offset', '<n>', 'skip the first n events'],
];

/** Adds `--db` and the filter flags (named as the API's parameters); `paging` adds --limit and --offset. */
export function addStoreOptions(command: Command, paging: boolean): Command {
  command.option('--db <path>', 'database file (default: $DYAD_DB, else ./dyad.db)');
  for (const [name, arg, help] of FILTER_FLAGS) if (paging || (name !== 'limit' && name !== 'offset')) command.option(`--${name} ${arg}`, help);
  return command;
}

/** The validated filter of a command's options. */
export function filterOf(opts: RawFilter): EventFilter {
  const raw: Record<string, string | undefined> = {};
  for (const [name] of FILTER_FLAGS) raw[name] = opts[name];
  return parseFilter(raw);
}

export { COUNT_COLUMNS } from '../export/write.js';

/**
 * Runs `body` on the database opened read-only; a missing database, a malformed filter or a bad full-text query is
 * reported as `dyad COMMAND: ...` with exit status 2.
 */
export function withStoredEvents(command: string, db: string | undefined, err: NodeJS.WritableStream, body: (store: EventStore) => number): number {
  const path = databasePath(db);
  if (!existsSync(path)) {
    err.write(`dyad ${command}: no database at ${path} (run dyad ingest first, or pass --db)\n`);
    return 2;
  }
  const store = openStore(path, { readOnly: true });
  try {
    return body(store);
  } catch (e) {
    if (e instanceof FilterError || e instanceof StoreQueryError) {
      err.write(`dyad ${command}: --${e.message}\n`);
      return 2;
    }
    throw e;
  } finally {
    store.close();
  }
}
