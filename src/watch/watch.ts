// One poll of a list of feeds: each feed read (304 when unchanged), each new page it names fetched and read like a saved page, the articles handed on; every failure is one logged reason and the rest goes on.
import { extractFromXml } from '@extractus/feed-extractor';
import type { Article } from '../document/types.js';
import { readHtmlPage, webDate } from '../stages/ingest/web.js';
import type { EventStore, FeedItemOutcome } from '../store/model.js';
import { decodeBody } from './decode.js';
import type { PoliteFetcher } from './polite-fetch.js';

export interface FeedLine {
  url: string;
  /** Line of the feeds file, for messages. */
  line: number;
}

/** The feeds of a FEEDS.txt: one http(s) URL a line; blank lines and lines starting with # are ignored. */
export function readFeedList(text: string, file: string): { feeds: FeedLine[]; problems: string[] } {
  const feeds: FeedLine[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, k) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    let url: URL | null = null;
    try {
      url = new URL(line);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) problems.push(`${file}:${k + 1}: not an http(s) URL: ${line.slice(0, 80)}`);
    else if (!seen.has(url.href)) {
      seen.add(url.href);
      feeds.push({ url: url.href, line: k + 1 });
    }
  });
  return { feeds, problems };
}

/** Where the articles of a poll go: coded and stored at once (SQLite), or queued for `dyad worker` (PostgreSQL). */
export interface ArticleSink {
  /** 'stored' or 'queued', for the summary. */
  readonly verb: string;
  deliver(articles: readonly Article[]): Promise<void>;
}

export interface PollOptions {
  /** A page that failed for now is tried at this many polls at most. */
  maxTries: number;
  /** An article whose text is longer is refused, as `dyad ingest` refuses it. */
  maxArticleBytes: number;
  /** Feeds read at once (each host's own limit is the fetcher's). */
  concurrency: number;
}

export interface PollSummary {
  feeds: number;
  /** Answered 304 Not Modified: nothing read. */
  unchanged: number;
  /** Could not be read or parsed this time (each logged). */
  failedFeeds: number;
  /** Handed to the sink. */
  articles: number;
  /** Pages refused for good (each logged). */
  refused: number;
  /** Pages that failed for now and are tried again at the next poll (each logged). */
  later: number;
}

export interface PollContext {
  store: EventStore;
  fetcher: PoliteFetcher;
  sink: ArticleSink;
  log: (message: string) => void;
  options: PollOptions;
}

/** What one feed gave in a poll, kept until its articles are handed on. */
interface FeedHarvest {
  feed: string;
  articles: Article[];
  outcomes: FeedItemOutcome[];
  /** The feed's validators, to save once its pages are all settled; null when it was not read. */
  validators: { etag: string | null; lastModified: string | null } | null;
}

/**
 * Polls every feed once. Only a failing store stops it (thrown); a feed or page that fails is logged and left. All
 * pages are fetched first and coded after: coding takes the thread for a while, and no request should time out
 * waiting for it.
 */
export async function pollFeeds(feeds: readonly FeedLine[], context: PollContext): Promise<PollSummary> {
  const summary: PollSummary = { feeds: feeds.length, unchanged: 0, failedFeeds: 0, articles: 0, refused: 0, later: 0 };
  const harvests: FeedHarvest[] = [];
  let next = 0;
  const lane = async () => {
    while (next < feeds.length) {
      const harvest = await pollFeed(feeds[next++]!, context, summary);
      if (harvest) harvests.push(harvest);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(context.options.concurrency, feeds.length)) }, lane));
  // A page named by two feeds is one article.
  const articles = [...new Map(harvests.flatMap((h) => h.articles).map((a) => [a.url, a])).values()];
  // Delivered before being recorded: a watcher killed in between fetches them again, and the store skips them as stored.
  await context.sink.deliver(articles);
  summary.articles = articles.length;
  for (const h of harvests) {
    await context.store.recordFeedItems(h.outcomes);
    // With pages left for later the feed must be read again next time, not answered 304: its validators wait.
    if (h.validators && h.outcomes.every((o) => o.done)) await context.store.saveFeedState(h.feed, h.validators);
  }
  return summary;
}

type PageResult = { article: Article } | { reason: string; transient: boolean };

async function pollFeed(feed: FeedLine, context: PollContext, summary: PollSummary): Promise<FeedHarvest | null> {
  const { store, fetcher, log } = context;
  const failed = (reason: string) => {
    summary.failedFeeds++;
    log(`${feed.url}: ${reason}`);
    return null;
  };
  const state = await store.feedState(feed.url);
  const conditional: Record<string, string> = {};
  if (state?.etag) conditional['if-none-match'] = state.etag;
  if (state?.lastModified) conditional['if-modified-since'] = state.lastModified;
  const answer = await fetcher.get(feed.url, conditional);
  if (!answer.ok) return failed(answer.reason);
  if (answer.status === 304) {
    summary.unchanged++;
    return null;
  }
  if (answer.status !== 200) return failed(`HTTP ${answer.status}`);
  const decoded = decodeBody(answer.body, answer.headers.get('content-type'));
  if (decoded.note) log(`${feed.url}: ${decoded.note}`);
  let parsed;
  try {
    parsed = extractFromXml(decoded.text, { baseUrl: answer.url, descriptionMaxLen: 0 });
  } catch (e) {
    return failed(`not a readable RSS or Atom feed: ${(e as Error).message}`);
  }
  const entries = parsed.entries ?? [];
  const source = typeof parsed.title === 'string' && parsed.title.trim() ? parsed.title.trim() : null;
  const links = new Map<string, string | null>();
  let linkless = 0;
  for (const entry of entries) {
    const link = absoluteHttp(entry.link, answer.url);
    if (link) links.set(link, webDate(entry.published));
    else linkless++;
  }
  if (linkless > 0) log(`${feed.url}: ${linkless} item${linkless === 1 ? '' : 's'} without an http(s) link, left out`);
  const settled = await store.settledUrls([...links.keys()], context.options.maxTries);
  const fresh = [...links].filter(([url]) => !settled.has(url));
  const results = await Promise.all(fresh.map(([url, date]) => readPage(url, date, source, context)));
  const harvest: FeedHarvest = { feed: feed.url, articles: [], outcomes: [], validators: { etag: answer.headers.get('etag'), lastModified: answer.headers.get('last-modified') } };
  results.forEach((result, k) => {
    const url = fresh[k]![0];
    if ('article' in result) {
      harvest.articles.push(result.article);
      harvest.outcomes.push({ url, feed: feed.url, done: true, reason: null });
      return;
    }
    log(`${url}: ${result.reason}${result.transient ? ' (tried again at the next poll)' : ''}`);
    if (result.transient) summary.later++;
    else summary.refused++;
    harvest.outcomes.push({ url, feed: feed.url, done: !result.transient, reason: result.reason });
  });
  return harvest;
}

/** A page's article: the main text by Readability, the page's date or else the item's, the feed's title as source. */
async function readPage(url: string, itemDate: string | null, feedTitle: string | null, context: PollContext): Promise<PageResult> {
  const answer = await context.fetcher.get(url);
  if (!answer.ok) return answer;
  if (answer.status !== 200) return { reason: `HTTP ${answer.status}`, transient: answer.status === 408 || answer.status === 429 || answer.status >= 500 };
  const type = answer.headers.get('content-type');
  if (type && !/html|text\/plain/i.test(type)) return { reason: `not a web page (${type.split(';')[0]})`, transient: false };
  const decoded = decodeBody(answer.body, type);
  if (decoded.note) context.log(`${url}: ${decoded.note}`);
  const problems: string[] = [];
  const record = readHtmlPage(decoded.text, answer.url, itemDate, (_line, message) => problems.push(message));
  if (!record) return { reason: problems.join('; ') || 'no article in the page', transient: false };
  const article = record.article;
  if (!article.date) return { reason: 'no date in the page or its feed item', transient: false };
  const bytes = Buffer.byteLength(article.text);
  if (bytes > context.options.maxArticleBytes) return { reason: `article text of ${bytes} bytes, over --max-article-bytes ${context.options.maxArticleBytes}`, transient: false };
  return { article: { ...article, url: article.url ?? answer.url, source: article.source ?? feedTitle } };
}

function absoluteHttp(link: string | undefined, base: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, base);
    url.hash = '';
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
