// `dyad ingest`: codes articles into the event database in transactional batches, with progress; re-runs skip what is stored.
import { Command, Option } from 'commander';
import cliProgress from 'cli-progress';
import { readArticles, formatProblem, contentHash, type ReadOptions, type ReadProblem } from '../stages/ingest/read.js';
import { codeArticle } from '../pipeline/pipeline.js';
import { codedEvents } from '../output/coded-events.js';
import { loadKnowledge } from '../dictionaries/knowledge.js';
import { loadGazetteer } from '../stages/places/gazetteer.js';
import type { Article } from '../doc/types.js';
import { StoreBusyError, StoreUnavailableError, type CodedArticle, type EventStore } from '../store/model.js';
import { describeLocation, openStore, storeLocation } from '../store/open.js';
import { DB_OPTION_HELP } from './stored.js';
import { runEnqueue } from './enqueue.js';
import { defaulted, addConfidenceOption, addDictionaryOptions, addReadOptions, duplicatesNote, knowledgeOptions, minConfidence, readOptions, type ArticleReadingOptions, type DictionaryOptions } from './options.js';
import { reportUnsupported } from './unsupported.js';

interface IngestOptions extends DictionaryOptions, ArticleReadingOptions {
  queue?: boolean;
  jobTimeout?: string;
  retries?: string;
  minConfidence?: string;
  db?: string;
  batch: string;
  recode?: boolean;
  places?: boolean;
  progress?: boolean;
  lockTimeout?: string;
}

export function ingestCommand(): Command {
  const command = new Command('ingest')
    .description('code articles and store their events in the event database (SQLite or PostgreSQL), de-duplicated across articles')
    .argument('<input...>', 'reference-format .txt files, JSON Lines files, directories (recursively), or - for standard input')
    .option('--db <path|url>', DB_OPTION_HELP)
    .addOption(defaulted('--batch <n>', 'articles per transaction', 200))
    .option('--recode', 're-code articles already stored (after a dictionary change) and replace their events')
    .option('--no-places', 'do not locate events')
    .addOption(defaulted('--lock-timeout <seconds>', 'how long to wait while another process writes to the database', 300))
    .option('--queue', 'queue the articles in the PostgreSQL database for dyad worker instead of coding them here')
    .addOption(defaulted('--job-timeout <seconds>', 'with --queue: seconds a worker may hold an article before another takes it over', 300))
    .addOption(defaulted('--retries <n>', 'with --queue: tries after the first before an article that fails is parked', 2))
    .addOption(new Option('--no-progress', 'no progress bar or progress lines'));
  addReadOptions(command);
  addConfidenceOption(command);
  addDictionaryOptions(command);
  return command.action(async (inputs: string[], opts: IngestOptions) => {
    process.exitCode = await runIngest(inputs, opts);
  });
}

interface Progress {
  tick(n: number): void;
  stop(): void;
}

function progressReporter(total: number, err: NodeJS.WritableStream, enabled: boolean): Progress {
  if (!enabled) return { tick() {}, stop() {} };
  const tty = (err as NodeJS.WriteStream).isTTY === true;
  const started = Date.now();
  if (tty) {
    const bar = new cliProgress.SingleBar(
      { format: 'dyad ingest [{bar}] {value}/{total} articles | {rate} articles/s | ETA {eta_formatted}', stream: err as NodeJS.WriteStream, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rate: '0' });
    let done = 0;
    return {
      tick(n) {
        done += n;
        bar.update(done, { rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0) });
      },
      stop() {
        bar.stop();
      },
    };
  }
  // Not a terminal (a log file, CI): a plain line every few seconds.
  let done = 0;
  let last = started;
  return {
    tick(n) {
      done += n;
      const now = Date.now();
      if (now - last < 5000 && done < total) return;
      last = now;
      const rate = done / Math.max(0.001, (now - started) / 1000);
      const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
      err.write(`dyad ingest: ${done}/${total} articles, ${rate.toFixed(0)} articles/s, ETA ${eta} s\n`);
    },
    stop() {},
  };
}

export async function runIngest(inputs: string[], opts: IngestOptions, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  if (opts.queue) return runEnqueue(inputs, opts, err);
  const batchSize = Math.max(1, Number.parseInt(opts.batch, 10) || 200);
  let reading: ReadOptions;
  let threshold: number;
  try {
    reading = readOptions(opts);
    threshold = minConfidence(opts.minConfidence, opts);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    err.write(`dyad ingest: ${e.message}\n`);
    return 2;
  }
  const location = storeLocation(opts.db);
  const where = describeLocation(location);
  const lockTimeoutMs = Number.parseFloat(opts.lockTimeout ?? '300') * 1000;
  if (!Number.isFinite(lockTimeoutMs) || lockTimeoutMs < 0) {
    err.write(`dyad ingest: --lock-timeout: a number of seconds, 0 or more\n`);
    return 2;
  }
  let store: EventStore;
  try {
    store = await openStore(location, { lockTimeoutMs });
  } catch (e) {
    if (!(e instanceof StoreBusyError || e instanceof StoreUnavailableError)) throw e;
    err.write(`dyad ingest: ${e.message}\n`);
    return 1;
  }
  // Dictionaries load once the database is known to be there, so an unreachable one is said at once.
  let knowledge: ReturnType<typeof loadKnowledge>;
  let gazetteer: ReturnType<typeof loadGazetteer> | null;
  try {
    knowledge = loadKnowledge(knowledgeOptions(opts));
    reportUnsupported(knowledge, err, [...(opts.dictionaries ?? []), ...(opts.addDictionaries ?? [])]);
    gazetteer = opts.places === false ? null : loadGazetteer();
  } catch (e) {
    await store.close();
    throw e;
  }

  // A first pass counts the records, so the progress bar can tell the time left; it codes nothing.
  let total = 0;
  if (opts.progress !== false && !inputs.includes('-')) {
    for await (const _ of readArticles(inputs, () => {}, reading)) total++;
  }
  const progress = progressReporter(total, err, opts.progress !== false && total > 0);

  let problems = 0;
  let stored = 0;
  let skipped = 0;
  let mentions = 0;
  let duplicates = 0;
  const onProblem = (p: ReadProblem) => {
    progress.stop();
    err.write(formatProblem(p) + '\n');
    if (p.severity !== 'warning') problems++;
    if (p.duplicate) duplicates++;
  };
  let pending: Article[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const hashes = pending.map(contentHash);
    const known = opts.recode ? new Set<string>() : await store.storedHashes(hashes);
    const batch: CodedArticle[] = [];
    pending.forEach((article, k) => {
      if (known.has(hashes[k]!)) {
        skipped++;
        return;
      }
      try {
        batch.push({ article, contentHash: hashes[k]!, events: codedEvents(codeArticle(article, { knowledge, gazetteer })).filter((e) => (e.confidence ?? 1) >= threshold) });
      } catch (e) {
        onProblem({ file: article.origin.file, line: article.origin.line, message: `could not code article ${article.id}: ${(e as Error).message}`, severity: 'error' });
      }
    });
    const result = await store.ingest(batch, { recode: opts.recode === true });
    stored += result.stored;
    skipped += result.skipped;
    mentions += result.mentions;
    progress.tick(pending.length);
    pending = [];
  };
  try {
    for await (const article of readArticles(inputs, onProblem, reading)) {
      if (!article.date) {
        onProblem({ file: article.origin.file, line: article.origin.line, message: 'no article date: add a date line or a "date" field, or pass --date', severity: 'error' });
        continue;
      }
      pending.push(article);
      if (pending.length >= batchSize) await flush();
    }
    await flush();
  } catch (e) {
    if (e instanceof RangeError || e instanceof StoreBusyError || e instanceof StoreUnavailableError) {
      err.write(`dyad ingest: ${e.message}` + (e instanceof RangeError ? '' : `; ${stored} articles were stored before, and a re-run goes on from there`) + '\n');
      await store.close().catch(() => {});
      return e instanceof RangeError ? 2 : 1;
    }
    throw e;
  } finally {
    progress.stop();
  }
  const stats = await store.stats();
  await store.close();
  err.write(`dyad ingest: ${stored} article${stored === 1 ? '' : 's'} stored, ${skipped} already stored, ${problems} record${problems === 1 ? '' : 's'} skipped${duplicatesNote(duplicates)}; ${mentions} mentions added; ${where} holds ${stats.articles} articles, ${stats.events} events, ${stats.mentions} mentions\n`);
  return stored === 0 && skipped === 0 && problems > 0 ? 1 : 0;
}
