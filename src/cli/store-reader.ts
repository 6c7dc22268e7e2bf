// What the commands reading the event database share: the filter's flags, the stored events' count columns, and
// opening the database read-only with every filter or query error reported by its flag.
import type { Command } from 'commander';
import { missingStore, openStore, storeLocation } from '../store/open.js';
import { FILTER_PARAMETERS, FilterError } from '../store/filter.js';
import { StoreQueryError, StoreUnavailableError, type EventStore } from '../store/model.js';

/** What `--db` says, for every command that takes it. */
export const DB_OPTION_HELP = 'database: a SQLite file or a postgres:// URL (default: $DYAD_DATABASE_URL, else $DYAD_DB, else ./dyad.db)';

/** Adds `--db` and the filter's flags: its parameters, named as the API names them. */
export function addStoreOptions(command: Command): Command {
  command.option('--db <path|url>', DB_OPTION_HELP);
  for (const { name, placeholder, description } of FILTER_PARAMETERS) command.option(`--${name} ${placeholder}`, description);
  return command;
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
