// `dyad status`: what the event database holds and, on PostgreSQL, the state of the work queue, with the articles parked after failing.
import { Command } from 'commander';
import { StoreUnavailableError, type EventStore } from '../store/model.js';
import { describeLocation, missingStore, openStore, storeLocation } from '../store/open.js';
import { unavailable } from '../store/postgres/connection.js';
import { queueStatus } from '../queue/article-queue.js';
import { DB_OPTION_HELP } from './store-reader.js';

interface StatusOptions {
  db?: string;
  json?: boolean;
  parked: string;
}

export function statusCommand(): Command {
  return new Command('status')
    .description('what the event database holds, and on PostgreSQL the work queue: waiting, active, done and parked articles')
    .option('--db <path|url>', DB_OPTION_HELP)
    .option('--parked <n>', 'list at most n parked articles with their errors', '20')
    .option('--json', 'print one JSON object')
    .action(async (opts: StatusOptions) => {
      process.exitCode = await runStatus(opts);
    });
}

export async function runStatus(opts: StatusOptions, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const location = storeLocation(opts.db);
  const limit = Number(opts.parked);
  if (!Number.isInteger(limit) || limit < 0) {
    err.write(`dyad status: --parked: a whole number, 0 or more\n`);
    return 2;
  }
  const missing = missingStore(location);
  if (missing) {
    err.write(`dyad status: ${missing}\n`);
    return 2;
  }
  let store: EventStore | undefined;
  try {
    store = await openStore(location, { readOnly: true });
    const stats = await store.stats();
    // Which dyad wrote the events, at which confidence threshold (recorded by ingest, watch and worker).
    const runs = await store.ingestRuns();
    const lastRun = runs[runs.length - 1] ?? null;
    const queue = location.kind === 'postgres' ? await queueStatus(location.url, limit) : null;
    const counts = queue?.counts ?? null;
    const parked = queue?.parked ?? [];
    if (opts.json) {
      out.write(JSON.stringify({ database: describeLocation(location), ...stats, runs: runs.length, last_run: lastRun, queue: counts, parked }) + '\n');
      return 0;
    }
    out.write(`${describeLocation(location)}: ${stats.articles} articles, ${stats.events} events, ${stats.mentions} mentions\n`);
    out.write(lastRun
      ? `last run: ${lastRun.command} at ${lastRun.at}, dyad ${lastRun.dyad_version}, events kept at confidence ≥ ${lastRun.min_confidence} (${runs.length} run${runs.length === 1 ? '' : 's'} recorded)\n`
      : 'last run: none recorded (a database written before dyad recorded its runs, or never ingested into)\n');
    if (!counts) {
      out.write(`queue: none${location.kind === 'sqlite' ? ' (the work queue needs a PostgreSQL database)' : ' (nothing was ever queued: dyad ingest --queue)'}\n`);
      return 0;
    }
    out.write(`queue: ${counts.waiting} waiting, ${counts.active} active, ${counts.completed} done, ${counts.failed} parked\n`);
    for (const p of parked) out.write(`parked: ${p.article_id ?? '?'} (${p.origin ?? 'no origin'}), ${p.tries} tr${p.tries === 1 ? 'y' : 'ies'}: ${p.error}\n`);
    return 0;
  } catch (caught) {
    const e = location.kind === 'postgres' ? unavailable(location.url, caught) : caught;
    if (!(e instanceof StoreUnavailableError)) throw e;
    err.write(`dyad status: ${e.message}\n`);
    return 2;
  } finally {
    await store?.close().catch(() => {});
  }
}
