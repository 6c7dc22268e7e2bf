// `dyad ingest`: codes articles into the event database in transactional batches, with progress; re-runs skip what is stored.
import { Command, Option } from 'commander';
import cliProgress from 'cli-progress';
import { readArticles, formatProblem, contentHash, type ReadOptions, type ReadProblem } from '../stages/ingest/read.js';
import { codeItems } from '../pipeline/parallel.js';
import { loadKnowledge } from '../dictionaries/knowledge.js';
import type { Article } from '../document/types.js';
import { StoreBusyError, StoreUnavailableError, type CodedArticle, type EventStore } from '../store/model.js';
import { describeLocation, openStore, storeLocation } from '../store/open.js';
import { DB_OPTION_HELP } from './store-reader.js';
import { runEnqueue } from './enqueue.js';
import { INPUTS_HELP, defaulted, addConfidenceOption, addDictionaryOptions, addJobsOption, addReadOptions, duplicatesNote, jobCount, knowledgeOptions, minConfidence, readOptions, withDates, type ArticleReadingOptions, type DictionaryOptions } from './options.js';
import { reportUnsupported } from './unsupported.js';
import { stepLine } from './progress.js';
import { runRecorder } from '../store/ingest-runs.js';

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
  jobs?: string;
}

/** An article read, with its content hash and whether the store holds it already (then it is not coded). */
interface Read {
  article: Article;
  hash: string;
  known: boolean;
}

export function ingestCommand(): Command {
  const command = new Command('ingest')
    .description('code articles and store their events in the event database (SQLite or PostgreSQL), de-duplicated across articles')
    .argument('<input...>', INPUTS_HELP)
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
  addJobsOption(command);
  addDictionaryOptions(command);
  return command.action(async (inputs: string[], opts: IngestOptions) => {
    process.exitCode = await runIngest(inputs, opts);
  });
}

interface Progress {
  tick(n: number): void;
  stop(): void;
}

/**
 * The progress bar on a terminal, else a line every few seconds. Until the first batch is written the bar says what
 * the coders are doing instead of a rate: loading the dictionaries and the gazetteer takes them seconds.
 */
function progressReporter(total: number, err: NodeJS.WritableStream, enabled: boolean, starting: string): Progress {
  if (!enabled) return { tick() {}, stop() {} };
  const tty = (err as NodeJS.WriteStream).isTTY === true;
  const started = Date.now();
  if (tty) {
    const bar = new cliProgress.SingleBar(
      // Short enough for 80 columns while the coders load (the terminal cuts what is longer).
      { format: 'dyad ingest [{bar}] {value}/{total} | {detail}', barsize: 16, stream: err as NodeJS.WriteStream, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { detail: starting });
    let done = 0;
    return {
      tick(n) {
        done += n;
        const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
        bar.update(done, { detail: `${rate.toFixed(0)} articles/s, ETA ${Math.round((total - done) / Math.max(rate, 0.001))} s` });
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
  let jobs: number;
  try {
    reading = readOptions(opts);
    threshold = minConfidence(opts.minConfidence, opts);
    jobs = jobCount(opts.jobs);
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
  // Dictionaries load once the database is known to be there, so an unreachable one is said at once; the coders
  // (this thread with --jobs 1, else each worker thread) load them again from the compiled cache, with the gazetteer.
  const step = stepLine(err, opts.progress !== false);
  try {
    step.say('dyad ingest: loading the dictionaries…');
    const knowledge = loadKnowledge(knowledgeOptions(opts));
    step.clear();
    reportUnsupported(knowledge, err, [...(opts.dictionaries ?? []), ...(opts.addDictionaries ?? [])]);
  } catch (e) {
    step.clear();
    await store.close();
    throw e;
  }

  // A first pass counts the records, so the progress bar can tell the time left; it codes nothing.
  let total = 0;
  if (opts.progress !== false && !inputs.includes('-')) {
    step.say('dyad ingest: counting the articles…');
    for await (const _ of readArticles(inputs, () => {}, reading)) total++;
    step.clear();
  }
  const starting = `${jobs === 1 ? 'coder' : 'coders'} loading dictionaries${opts.places === false ? '' : ', gazetteer'}…`;
  const progress = progressReporter(total, err, opts.progress !== false && total > 0, starting);

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
  // Articles are looked up in the store a batch at a time, as read; those it lacks go to the coders, and come back in
  // input order to be written here, in this thread, a batch to a transaction.
  async function* lookedUp(articles: Article[]): AsyncGenerator<Read> {
    if (articles.length === 0) return;
    const hashes = articles.map(contentHash);
    const known = opts.recode ? new Set<string>() : await store.storedHashes(hashes);
    for (const [k, article] of articles.entries()) yield { article, hash: hashes[k]!, known: known.has(hashes[k]!) };
  }
  async function* reads(): AsyncGenerator<Read> {
    let articles: Article[] = [];
    for await (const article of withDates(readArticles(inputs, onProblem, reading), onProblem)) {
      articles.push(article);
      if (articles.length < batchSize) continue;
      yield* lookedUp(articles);
      articles = [];
    }
    yield* lookedUp(articles);
  }
  let batch: CodedArticle[] = [];
  let inBatch = 0;
  const recordRun = runRecorder(store, 'ingest', threshold);
  const flush = async () => {
    if (inBatch === 0) return;
    if (batch.length > 0) await recordRun();
    const result = await store.ingest(batch, { recode: opts.recode === true });
    stored += result.stored;
    skipped += result.skipped;
    mentions += result.mentions;
    progress.tick(inBatch);
    batch = [];
    inBatch = 0;
  };
  try {
    for await (const { item, result } of codeItems(reads(), (read) => (read.known ? null : read.article), { jobs, knowledge: knowledgeOptions(opts), places: opts.places !== false })) {
      const { article, hash } = item;
      inBatch++;
      if (result === null) skipped++;
      else if ('error' in result) onProblem({ file: article.origin.file, line: article.origin.line, message: `could not code article ${article.id}: ${result.error}`, severity: 'error' });
      else batch.push({ article, contentHash: hash, events: result.events.filter((e) => (e.confidence ?? 1) >= threshold) });
      if (inBatch >= batchSize) await flush();
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
