// What the commands reading the event database share: its filter flags, the stored events' count columns, and
// opening the database read-only with every filter or query error reported by its flag.
import type { Command } from 'commander';
import { missingStore, openStore, storeLocation } from '../store/open.js';
import { FilterError, parseFilter, type RawFilter } from '../store/filter.js';
import { StoreQueryError, StoreUnavailableError, type EventFilter, type EventStore } from '../store/model.js';

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
  ['q', '<text>', 'full-text search in the sentences of the events (SQLite: FTS5 syntax; PostgreSQL: web search syntax)'],
  ['modality', '<m>', 'asserted (default), negated, hypothetical, planned, or all'],
  ['limit', '<n>', 'at most n events (default: all)'],
  ['offset', '<n>', 'skip the first n events'],
];

/** What `--db` says, for every command that takes it. */
export const DB_OPTION_HELP = 'database: a SQLite file or a postgres:// URL (default: $DYAD_DATABASE_URL, else $DYAD_DB, else ./dyad.db)';

/** Adds `--db` and the filter flags (named as the API's parameters); `paging` adds --limit and --offset. */
export function addStoreOptions(command: Command, paging: boolean): Command {
  command.option('--db <path|url>', DB_OPTION_HELP);
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
 * Runs `body` on the database opened read-only; a missing or unreachable database, a malformed filter or a bad
 * full-text query is reported as `dyad COMMAND: ...` with exit status 2.
 */
export async function withStoredEvents(command: string, db: string | undefined, err: NodeJS.WritableStream, body: (store: EventStore) => Promise<number>): Promise<number> {
  const location = storeLocation(db);
  const missing = missingStore(location);
  if (missing) {
    err.write(`dyad ${command}: ${missing}\n`);
    return 2;
  }
  let store: EventStore;
  try {
    store = await openStore(location, { readOnly: true });
  } catch (e) {
    if (!(e instanceof StoreUnavailableError)) throw e;
    err.write(`dyad ${command}: ${e.message}\n`);
    return 2;
  }
  try {
    return await body(store);
  } catch (e) {
    if (e instanceof FilterError || e instanceof StoreQueryError) {
      err.write(`dyad ${command}: --${e.message}\n`);
      return 2;
    }
    throw e;
  } finally {
    await store.close();
  }
}
