// `dyad migrate --from DB --to DB`: copies a store's articles and their coded mentions into another store (SQLite → PostgreSQL, or any pair), which de-duplicates them into the same events; resumable.
import { Command } from 'commander';
import { StoreBusyError, StoreUnavailableError, type EventStore } from '../store/model.js';
import { describeLocation, missingStore, openStore, storeLocation } from '../store/open.js';

interface MigrateOptions {
  from: string;
  to: string;
  batch: string;
  progress?: boolean;
}

export function migrateCommand(): Command {
  return new Command('migrate')
    .description('copy every stored article and its coded events from one database to another (a SQLite file or a postgres:// URL); a re-run goes on where it stopped')
    .requiredOption('--from <path|url>', 'the database to copy from (read only)')
    .requiredOption('--to <path|url>', 'the database to copy into (created and migrated if new)')
    .option('--batch <n>', 'articles per transaction', '500')
    .option('--no-progress', 'no progress lines')
    .action(async (opts: MigrateOptions) => {
      process.exitCode = await runMigrate(opts);
    });
}

/**
 * Pages through the source by article id and stores each page in the destination in one transaction, skipping the
 * articles it already holds (by content hash): a run killed at any point and started again copies the rest, and
 * nothing twice. Events are not copied but made again by the destination from the same mentions, so their ids and
 * counts are the source's (and merge with what the destination held before).
 */
export async function runMigrate(opts: MigrateOptions, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const batch = Number(opts.batch);
  if (!Number.isInteger(batch) || batch < 1) {
    err.write(`dyad migrate: --batch: a whole number of articles, 1 or more\n`);
    return 2;
  }
  const from = storeLocation(opts.from);
  const to = storeLocation(opts.to);
  if (describeLocation(from) === describeLocation(to)) {
    err.write(`dyad migrate: --from and --to are the same database\n`);
    return 2;
  }
  const missing = missingStore(from);
  if (missing) {
    err.write(`dyad migrate: --from: ${missing}\n`);
    return 2;
  }
  let source: EventStore | undefined;
  let target: EventStore | undefined;
  let copied = 0;
  let present = 0;
  try {
    source = await openStore(from, { readOnly: true });
    target = await openStore(to);
    // The runs first, so the destination never holds events without the record of what they were kept at.
    for (const run of await source.ingestRuns()) await target.recordIngestRun(run);
    const total = (await source.stats()).articles;
    let last = Date.now();
    for (let after: string | null = null; ; ) {
      const page = await source.articlesAfter(after, batch);
      if (page.length === 0) break;
      after = page[page.length - 1]!.article.id;
      const held = await target.storedHashes(page.map((c) => c.contentHash));
      const missingArticles = page.filter((c) => !held.has(c.contentHash));
      present += page.length - missingArticles.length;
      if (missingArticles.length > 0) {
        const result = await target.ingest(missingArticles);
        copied += result.stored;
        present += result.skipped;
      }
      if (opts.progress !== false && Date.now() - last >= 5000) {
        last = Date.now();
        err.write(`dyad migrate: ${copied + present}/${total} articles (${copied} copied, ${present} already there)\n`);
      }
    }
    const [a, b] = [await source.stats(), await target.stats()];
    err.write(`dyad migrate: ${copied} article${copied === 1 ? '' : 's'} copied, ${present} already there; ${describeLocation(from)} holds ${a.articles} articles, ${a.events} events, ${a.mentions} mentions; ${describeLocation(to)} holds ${b.articles} articles, ${b.events} events, ${b.mentions} mentions\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof StoreUnavailableError || e instanceof StoreBusyError)) throw e;
    err.write(`dyad migrate: ${e.message}; ${copied} articles were copied before, and a re-run goes on from there\n`);
    return 1;
  } finally {
    await source?.close().catch(() => {});
    await target?.close().catch(() => {});
  }
}
