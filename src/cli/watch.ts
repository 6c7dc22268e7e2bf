// `dyad watch FEEDS.txt`: polls RSS/Atom feeds and codes their new articles into the store (SQLite) or queues them for `dyad worker` (PostgreSQL), once or every few minutes.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { Command } from 'commander';
import { codeArticle } from '../pipeline/pipeline.js';
import { runRecorder } from '../store/ingest-runs.js';
import { codedEvents } from '../document/coded-events.js';
import { loadKnowledge } from '../dictionaries/knowledge.js';
import { loadGazetteer } from '../stages/places/gazetteer.js';
import { contentHash, DEFAULT_MAX_ARTICLE_BYTES } from '../stages/ingest/read.js';
import { StoreBusyError, StoreUnavailableError, type EventStore } from '../store/model.js';
import { describeLocation, openStore, storeLocation } from '../store/open.js';
import { openArticleQueue, type ArticleQueue, type JobPolicy } from '../queue/article-queue.js';
import { DEFAULT_FETCH_POLICY, PoliteFetcher } from '../watch/polite-fetch.js';
import { pollFeeds, readFeedList, type ArticleSink, type PollSummary } from '../watch/watch.js';
import { policyOf } from './enqueue.js';
import { addConfidenceOption, addDictionaryOptions, defaulted, knowledgeOptions, minConfidence, type DictionaryOptions } from './options.js';
import { reportUnsupported } from './unsupported.js';
import { DB_OPTION_HELP } from './store-reader.js';

interface WatchOptions extends DictionaryOptions {
  db?: string;
  every: string;
  once?: boolean;
  perHost: string;
  timeout: string;
  maxPageBytes: string;
  maxArticleBytes: string;
  tries: string;
  userAgent: string;
  places?: boolean;
  minConfidence?: string;
  jobTimeout?: string;
  retries?: string;
}

export function watchCommand(): Command {
  const command = new Command('watch')
    .description('poll RSS/Atom feeds and code their new articles into the database (SQLite), or queue them for dyad worker (PostgreSQL)')
    .argument('<feeds>', 'a text file with one feed URL a line (# starts a comment); read again at every poll')
    .option('--db <path|url>', DB_OPTION_HELP)
    .addOption(defaulted('--every <interval>', 'poll again after this long: 90s, 15m, 1h (a bare number is seconds)', '15m'))
    .option('--once', 'poll every feed once and exit')
    .addOption(defaulted('--per-host <n>', 'requests to one host at once, 1 or 2', DEFAULT_FETCH_POLICY.perHost))
    .addOption(defaulted('--timeout <seconds>', 'for one request, body included', DEFAULT_FETCH_POLICY.timeoutMs / 1000))
    .addOption(defaulted('--max-page-bytes <n>', 'a feed or page larger than this is refused unread', DEFAULT_FETCH_POLICY.maxBytes))
    .addOption(defaulted('--max-article-bytes <n>', 'an article whose text is longer is refused', DEFAULT_MAX_ARTICLE_BYTES))
    .addOption(defaulted('--tries <n>', 'polls at which a page failing for now (timeout, 429, 5xx) is tried, at most', 3))
    .addOption(defaulted('--user-agent <text>', 'sent with every request; robots.txt rules are read for it', DEFAULT_FETCH_POLICY.userAgent))
    .option('--no-places', 'do not locate events')
    .addOption(defaulted('--job-timeout <seconds>', 'PostgreSQL: seconds a worker may hold an article before another takes it over', 300))
    .addOption(defaulted('--retries <n>', 'PostgreSQL: tries after the first before an article that fails is parked', 2));
  addConfidenceOption(command);
  addDictionaryOptions(command);
  return command.action(async (feeds: string, opts: WatchOptions) => {
    process.exitCode = await runWatch(feeds, opts);
  });
}

/** An interval as milliseconds: "90s", "15m", "1h", or a bare number of seconds. */
export function intervalMs(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(s|m|h)?\s*$/i.exec(text);
  const value = m ? Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's').toLowerCase() as 's' | 'm' | 'h'] : NaN;
  if (!(value >= 1000)) throw new RangeError(`--every: an interval of a second or more, such as 90s, 15m or 1h, got "${text}"`);
  return value;
}

function wholeNumber(flag: string, text: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new RangeError(`${flag}: a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}, got "${text}"`);
  return n;
}

function seconds(flag: string, text: string): number {
  const n = Number(text);
  if (!(n > 0) || !Number.isFinite(n)) throw new RangeError(`${flag}: a number of seconds above 0, got "${text}"`);
  return n;
}

/** Codes and stores at once: the SQLite store has no queue, and one process writes it. */
function codingSink(store: EventStore, opts: WatchOptions, threshold: number, err: NodeJS.WritableStream): ArticleSink {
  const knowledge = loadKnowledge(knowledgeOptions(opts));
  reportUnsupported(knowledge, err);
  const gazetteer = opts.places === false ? null : loadGazetteer();
  const recordRun = runRecorder(store, 'watch', threshold);
  return {
    verb: 'stored',
    async deliver(articles) {
      if (articles.length === 0) return;
      const batch = [];
      for (const article of articles) {
        try {
          batch.push({ article, contentHash: contentHash(article), events: codedEvents(codeArticle(article, { knowledge, gazetteer })).filter((e) => (e.confidence ?? 1) >= threshold) });
        } catch (e) {
          // One article the coder cannot take does not stop the watcher: it is said, and the page stays settled.
          err.write(`dyad watch: ${article.url}: could not be coded: ${(e as Error).message}\n`);
        }
      }
      await recordRun();
      await store.ingest(batch);
    },
  };
}

/** Queues for `dyad worker`, leaving out what the store holds already. */
function queueSink(store: EventStore, queue: ArticleQueue, policy: JobPolicy): ArticleSink {
  return {
    verb: 'queued',
    async deliver(articles) {
      const known = await store.storedHashes(articles.map(contentHash));
      await queue.enqueue(articles.filter((a) => !known.has(contentHash(a))), policy);
    },
  };
}

function summaryLine(s: PollSummary, verb: string): string {
  const parts = [`${s.feeds} feed${s.feeds === 1 ? '' : 's'} (${s.unchanged} unchanged, ${s.failedFeeds} failed)`, `${s.articles} new article${s.articles === 1 ? '' : 's'} ${verb}`];
  if (s.refused > 0) parts.push(`${s.refused} page${s.refused === 1 ? '' : 's'} refused`);
  if (s.later > 0) parts.push(`${s.later} left for the next poll`);
  return parts.join(', ');
}

export async function runWatch(feedsFile: string, opts: WatchOptions, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const log = (message: string) => err.write(`dyad watch: ${message}\n`);
  let every: number;
  let threshold: number;
  let policy: JobPolicy;
  let fetcher: PoliteFetcher;
  let options;
  try {
    every = intervalMs(opts.every);
    threshold = minConfidence(opts.minConfidence, opts);
    policy = policyOf(opts);
    fetcher = new PoliteFetcher({
      ...DEFAULT_FETCH_POLICY,
      userAgent: opts.userAgent,
      perHost: wholeNumber('--per-host', opts.perHost, 1, 2),
      timeoutMs: seconds('--timeout', opts.timeout) * 1000,
      maxBytes: wholeNumber('--max-page-bytes', opts.maxPageBytes, 1),
    });
    options = { maxTries: wholeNumber('--tries', opts.tries, 1, 100), maxArticleBytes: wholeNumber('--max-article-bytes', opts.maxArticleBytes, 1), concurrency: 4 };
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    log(e.message);
    return 2;
  }
  try {
    readFileSync(feedsFile);
  } catch (e) {
    log(`cannot read the feeds file ${feedsFile}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return 2;
  }
  const location = storeLocation(opts.db);
  let store: EventStore | undefined;
  let queue: ArticleQueue | undefined;
  const stopper = new AbortController();
  const stop = () => stopper.abort();
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    store = await openStore(location);
    if (location.kind === 'postgres') queue = await openArticleQueue(location.url);
    const sink = queue ? queueSink(store, queue, policy) : codingSink(store, opts, threshold, err);
    while (!stopper.signal.aborted) {
      // Read at every poll, so that feeds are added or removed without a restart.
      const { feeds, problems } = readFeedList(readFileSync(feedsFile, 'utf8'), feedsFile);
      problems.forEach(log);
      const summary = await pollFeeds(feeds, { store, fetcher, sink, log, options });
      log(`${summaryLine(summary, sink.verb)}; ${describeLocation(location)}`);
      if (opts.once) break;
      await sleep(every, undefined, { signal: stopper.signal }).catch(() => {});
    }
    return 0;
  } catch (caught) {
    if (!(caught instanceof StoreUnavailableError || caught instanceof StoreBusyError)) throw caught;
    log(caught.message);
    return 1;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await queue?.close().catch(() => {});
    await store?.close().catch(() => {});
  }
}
