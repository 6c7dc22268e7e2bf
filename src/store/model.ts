// The event store's one interface: what ingest writes and what query, the API and the dashboard read, whatever the database.
import type { Article, CodedEvent, Modality } from '../document/types.js';

/** One article and everything coded from it, written together or not at all. */
export interface CodedArticle {
  article: Article;
  /** sha256 of the article's date and text: the same article from another file or run is not stored twice. */
  contentHash: string;
  /** Every coded event of the article, any modality: each becomes a mention of a stored event. */
  events: CodedEvent[];
}

/** A stored event: the schema's fields (of its earliest mention) plus GDELT's counts over its mentions. */
export interface StoredEvent extends Omit<CodedEvent, 'id' | 'article_id' | 'sentence' | 'sentence_index' | 'evidence' | 'provenance'> {
  id: string;
  /** The first mention's article, sentence and evidence, so a stored event still shows its words. */
  article_id: string;
  sentence: string;
  sentence_index: number;
  evidence: CodedEvent['evidence'];
  provenance: CodedEvent['provenance'];
  num_mentions: number;
  num_articles: number;
  num_sources: number;
}

export interface EventFilter {
  from?: string;
  to?: string;
  /** Actor code or code prefix, on either side. */
  actor?: string;
  source?: string;
  target?: string;
  /** ISO3 country on either side. */
  country?: string;
  /** CAMEO root ("19") or code prefix ("190", "0256"). */
  cameo?: string;
  quad?: number;
  place?: string;
  /** Full-text search in the sentences of the event's mentions (SQLite: FTS5 syntax; PostgreSQL: websearch_to_tsquery syntax). */
  q?: string;
  modality?: Modality;
  limit?: number;
  offset?: number;
  /**
   * Only events after this one in the stores' order (date, then id): keyset paging, which an export of millions of
   * events uses instead of an offset, so that each page costs the same however far in it is.
   */
  after?: EventCursor;
}

/** An event's place in the order events are listed in: its date, then its id. */
export interface EventCursor {
  date: string;
  id: string;
}

export type Period = 'day' | 'week' | 'month' | 'year';

export interface CountRow {
  period: string;
  quad_class: number;
  events: number;
  mean_goldstein: number;
}

/** Events of one CAMEO root (and its QuadClass): what a dyad or an actor does, by kind of act. */
export interface RootRow {
  root: string;
  quad_class: number;
  events: number;
  mean_goldstein: number;
}

/** Located events of one place and QuadClass: the map's points. */
export interface PlaceRow {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  quad_class: number;
  events: number;
}

export interface DyadRow {
  source: string;
  target: string;
  events: number;
  mean_goldstein: number;
}

export interface IngestResult {
  stored: number;
  /** Articles already in the store (same content hash), skipped. */
  skipped: number;
  mentions: number;
}

export interface StoreStats {
  articles: number;
  events: number;
  mentions: number;
}

/** A query the store cannot run as asked (a malformed full-text expression): the caller's to fix, not a crash. */
export class StoreQueryError extends Error {}

/** A writer gave up waiting for the database: another process held its write lock past the limit. */
export class StoreBusyError extends Error {}

/** What `dyad watch` keeps of a feed between polls, so that an unchanged feed is answered 304 and costs nothing. */
export interface FeedState {
  etag: string | null;
  lastModified: string | null;
}

/** What became of one article page a feed named: `done` (stored, queued, or refused for good) or tried and failed for now. */
export interface FeedItemOutcome {
  url: string;
  feed: string;
  done: boolean;
  /** Why it was refused or failed; null when it was stored or queued. */
  reason: string | null;
}

/** A run of a command that wrote coded events into the store (ingest, watch, worker), with what it filtered them by. */
export interface IngestRun {
  /** When it first wrote (ISO 8601, UTC). */
  at: string;
  command: 'ingest' | 'watch' | 'worker';
  dyad_version: string;
  /** Events the confidence model rated lower were left out (0: none was). */
  min_confidence: number;
}

/** The database cannot be reached or opened (no server, wrong credentials, no such database): said with its place. */
export class StoreUnavailableError extends Error {}

/**
 * The repository every store implements (SQLite, embedded; PostgreSQL, shared by many processes) and one contract
 * test suite checks (test/support/store.contract.ts). Every call is asynchronous: a server database answers over the network, and
 * the SQLite store's promises are settled when the call returns.
 */
export interface EventStore {
  /** Content hashes of these articles that are already stored. */
  storedHashes(hashes: readonly string[]): Promise<Set<string>>;
  /**
   * Writes a batch in one transaction: new articles, their mentions, and the de-duplicated events of every group
   * they touch. Articles already stored are skipped unless `recode` is set, in which case their mentions are
   * replaced.
   */
  ingest(batch: readonly CodedArticle[], options?: { recode?: boolean }): Promise<IngestResult>;
  query(filter: EventFilter): Promise<StoredEvent[]>;
  countMatching(filter: EventFilter): Promise<number>;
  countsByPeriod(filter: EventFilter, period: Period): Promise<CountRow[]>;
  dyadMatrix(filter: EventFilter, by: 'country' | 'code'): Promise<DyadRow[]>;
  /** Events by CAMEO root and QuadClass, most frequent first. */
  countsByRoot(filter: EventFilter): Promise<RootRow[]>;
  /** Every located event of the filter, counted by place and QuadClass (no paging: one row per place and class). */
  countsByPlace(filter: EventFilter): Promise<PlaceRow[]>;
  event(id: string): Promise<StoredEvent | null>;
  /** Every mention coded from one article, each with the id of the event it belongs to: the article view. */
  eventsOfArticle(articleId: string): Promise<Array<CodedEvent & { event_id: string }>>;
  /** The mentions of one event: article, sentence, evidence. */
  mentionsOf(eventId: string): Promise<Array<{ article_id: string; sentence: string; sentence_index: number; evidence: CodedEvent['evidence'] }>>;
  article(id: string): Promise<(Article & { content_hash: string }) | null>;
  /**
   * Stored articles in id order after `after` (exclusive; null from the start), at most `limit`, each with its
   * content hash and every mention as coded (the event's `id` being the mention's): what another store needs to
   * store them again and arrive at the same events (`dyad migrate`).
   */
  articlesAfter(after: string | null, limit: number): Promise<CodedArticle[]>;
  stats(): Promise<StoreStats>;
  /** The validators of a feed's last answer (`dyad watch`), or null for a feed never polled. */
  feedState(feed: string): Promise<FeedState | null>;
  saveFeedState(feed: string, state: FeedState): Promise<void>;
  /** Of these page URLs, those settled: done, or tried `maxTries` times (so a page failing for good is left alone). */
  settledUrls(urls: readonly string[], maxTries: number): Promise<Set<string>>;
  /** Records what became of pages, counting each try; a page once done stays done. */
  recordFeedItems(outcomes: readonly FeedItemOutcome[]): Promise<void>;
  /** Records a run that writes events; recording the same run again (`dyad migrate` re-run) changes nothing. */
  recordIngestRun(run: IngestRun): Promise<void>;
  /** Every recorded run, oldest first; none in a database written before runs were recorded. */
  ingestRuns(): Promise<IngestRun[]>;
  close(): Promise<void>;
}
