// The SQLite store's read side: stored events rebuilt from the mention that speaks for each, pages in date order through the indexes, counts from the summary tables when a filter allows.
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import type { Article, CodedEvent } from '../../document/types.js';
import { StoreQueryError, type CodedArticle, type CountRow, type DyadRow, type EventFilter, type Period, type PlaceRow, type RootRow, type StoredEvent, type StoreStats } from '../model.js';
import { articleOf, storedArticleOf, type ArticleRow } from '../article-row.js';
import { decodeEvent, type Dictionary } from './event-codec.js';
import { alternativesOf, daySummaryFor, dyadMonthSummaryFor, matchingRowids, MEAN_GOLDSTEIN, SUMMED_GOLDSTEIN, where, type Conditions } from './filter-sql.js';
import { exactScoreSum } from './goldstein-sum.js';

/**
 * A failing read is a bad full-text query: every other value reaches SQL as a bound parameter, and only the FTS5
 * expression has a syntax of its own ("fts5: syntax error near ...", "unknown special query", "no such column").
 */
function guarded<T>(filter: EventFilter, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (filter.q !== undefined && (e as { code?: string }).code?.startsWith('SQLITE_ERROR')) {
      throw new StoreQueryError(`q: not a valid full-text query (${(e as Error).message.trim() || 'rejected by FTS5'})`);
    }
    throw e;
  }
}

/** The strings table through a cache: an entry, once written, keeps its id for good, whichever process wrote it. */
export class StringDictionary implements Dictionary {
  private readonly ids = new Map<string, number>();
  private readonly texts = new Map<number, string>();

  constructor(private readonly sql: (text: string) => Statement) {}

  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.sql('SELECT id FROM strings WHERE text = ?').pluck().get(text) as number | undefined;
      if (id === undefined) id = Number(this.sql('INSERT INTO strings (text) VALUES (?)').run(text).lastInsertRowid);
      this.remember(id, text);
    }
    return id;
  }

  text(id: number): string {
    let text = this.texts.get(id);
    if (text === undefined) {
      text = this.sql('SELECT text FROM strings WHERE id = ?').pluck().get(id) as string | undefined;
      if (text === undefined) throw new Error(`the string dictionary has no entry ${id}: the database is damaged`);
      this.remember(id, text);
    }
    return text;
  }

  /** After a rolled-back transaction: the ids given out in it were never stored. */
  forget(): void {
    this.ids.clear();
    this.texts.clear();
  }

  private remember(id: number, text: string): void {
    // Bounded: a store of many groups has many group keys, and each is needed again only while its batch is written.
    if (this.ids.size > 200_000) this.forget();
    this.ids.set(text, id);
    this.texts.set(id, text);
  }
}

/** A mention's columns as the readers below select them, with its article's text when its sentence is a slice of it. */
export interface MentionRow {
  mid: string;
  article_id: string;
  sentence: string | null;
  sentence_at: number | null;
  sentence_end: number | null;
  text: string | null;
  layout: number;
  vals: string;
}

const MENTION = `m.id AS mid, m.article_id, m.sentence, m.sentence_at, m.sentence_end, CASE WHEN m.sentence IS NULL THEN a.text END AS text, m.layout, m.vals
  FROM mentions m JOIN articles a ON a.id = m.article_id`;

interface EventRow extends MentionRow {
  id: string;
  num_mentions: number;
  num_articles: number;
  num_sources: number;
}

/** Sums of a summary table's rows. */
interface SummedRow {
  events: number;
  gold10: number;
  gold_err: number;
}

export class SqliteReader {
  /** Prepared once per connection: ingest re-clusters groups in every batch, and queries repeat. */
  private readonly statements = new Map<string, Statement>();
  protected readonly dictionary: StringDictionary;

  constructor(protected readonly db: SqliteDatabase) {
    this.dictionary = new StringDictionary((text) => this.sql(text));
  }

  protected sql(text: string): Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  protected sentenceOf(r: Pick<MentionRow, 'sentence' | 'sentence_at' | 'sentence_end' | 'text'>): string {
    return r.sentence ?? r.text!.slice(r.sentence_at!, r.sentence_end!);
  }

  /** A mention's coded event, as it was given to ingest (with the article id it is stored under). */
  protected mentionEvent<T = CodedEvent>(r: MentionRow): T {
    return decodeEvent<T>({ layout: this.dictionary.text(r.layout), values: r.vals }, { id: r.mid, article_id: r.article_id, sentence: this.sentenceOf(r) }, this.dictionary);
  }

  /** The stored event: its first mention's coded event under the event's id, with GDELT's counts (as `storedEventOf` builds it). */
  private storedEvent(r: EventRow): StoredEvent {
    const event = this.mentionEvent<StoredEvent>(r);
    event.id = r.id;
    event.num_mentions = r.num_mentions;
    event.num_articles = r.num_articles;
    event.num_sources = r.num_sources;
    return event;
  }

  /** The mean Goldstein of a summary row: the double avg() gives over its events, rounded by SQLite as the events' counts are. */
  private meanOfSums(r: SummedRow): number {
    return this.sql('SELECT round(?, 3)').pluck().get(exactScoreSum(r.gold10, r.gold_err) / r.events) as number;
  }

  /** The filter's events as one set of conditions on `events e`: the alternatives' row ids when there are several. */
  private eventsMatching(filter: EventFilter): Conditions {
    const alternatives = alternativesOf(filter);
    if (alternatives.length === 1) return alternatives[0]!;
    const union = matchingRowids(alternatives);
    return { sql: `e.rowid IN (${union.sql})`, params: union.params };
  }

  async query(filter: EventFilter): Promise<StoredEvent[]> {
    const alternatives = alternativesOf(filter);
    const limit = filter.limit ?? -1;
    const offset = filter.offset ?? 0;
    // Each alternative pages in date order through its own index; the first limit + offset of each hold the page.
    const each = limit < 0 ? -1 : limit + offset;
    const page = alternatives.length === 1
      ? { sql: `SELECT e.rowid AS r, e.date AS date, e.id AS id FROM events e ${where(alternatives[0]!)} ORDER BY e.date, e.id LIMIT ? OFFSET ?`, params: [...alternatives[0]!.params, limit, offset] }
      : {
          sql: `SELECT r, date, id FROM (${alternatives.map((a) => `SELECT * FROM (SELECT e.rowid AS r, e.date AS date, e.id AS id FROM events e ${where(a)} ORDER BY e.date, e.id LIMIT ?)`).join(' UNION ')}) ORDER BY date, id LIMIT ? OFFSET ?`,
          params: [...alternatives.flatMap((a) => [...a.params, each]), limit, offset],
        };
    const rows = guarded(filter, () => this.sql(`SELECT e.id, e.num_mentions, e.num_articles, e.num_sources, ${MENTION.replace('FROM mentions m', `FROM (${page.sql}) p JOIN events e ON e.rowid = p.r JOIN mentions m ON m.rowid = e.first_mention`)}
      ORDER BY p.date, p.id`).all(...page.params) as EventRow[]);
    return rows.map((r) => this.storedEvent(r));
  }

  async countMatching(filter: EventFilter): Promise<number> {
    const summary = daySummaryFor(filter);
    if (summary) return this.sql(`SELECT coalesce(sum(s.events), 0) FROM ${summary.table} s ${where(summary.conditions)}`).pluck().get(...summary.conditions.params) as number;
    const alternatives = alternativesOf(filter);
    const union = matchingRowids(alternatives);
    return guarded(filter, () => this.sql(alternatives.length === 1 ? `SELECT count(*) FROM events e ${where(alternatives[0]!)}` : `SELECT count(*) FROM (${union.sql})`).pluck().get(...union.params) as number);
  }

  async countsByPeriod(filter: EventFilter, period: Period): Promise<CountRow[]> {
    const bucket = (date: string) => (period === 'day' ? date : period === 'month' ? `substr(${date}, 1, 7)` : period === 'year' ? `substr(${date}, 1, 4)` : `date(${date}, '-6 days', 'weekday 1')`);
    // Dates known only to the month or year do not belong to a day or week.
    const known = (date: string) => (period === 'year' ? `length(${date}) >= 4` : period === 'month' ? `length(${date}) >= 7` : `length(${date}) = 10`);
    const summary = daySummaryFor(filter);
    if (summary) {
      const rows = this.sql(`SELECT ${bucket('s.date')} AS period, s.quad_class AS quad_class, ${SUMMED_GOLDSTEIN}
        FROM ${summary.table} s ${where(summary.conditions, known('s.date'))} GROUP BY period, quad_class ORDER BY period, quad_class`).all(...summary.conditions.params) as Array<SummedRow & { period: string; quad_class: number }>;
      return rows.map((r) => ({ period: r.period, quad_class: r.quad_class, events: r.events, mean_goldstein: this.meanOfSums(r) }));
    }
    const matching = this.eventsMatching(filter);
    return guarded(filter, () => this.sql(`SELECT ${bucket('e.date')} AS period, e.quad_class AS quad_class, count(*) AS events, ${MEAN_GOLDSTEIN} AS mean_goldstein
      FROM events e ${where(matching, known('e.date'))} GROUP BY period, quad_class ORDER BY period, quad_class`).all(...matching.params) as CountRow[]);
  }

  async dyadMatrix(filter: EventFilter, by: 'country' | 'code'): Promise<DyadRow[]> {
    const summary = by === 'country' ? dyadMonthSummaryFor(filter) : null;
    if (summary) {
      const rows = this.sql(`SELECT s.source AS source, s.target AS target, ${SUMMED_GOLDSTEIN}
        FROM ${summary.table} s ${where(summary.conditions)} GROUP BY source, target ORDER BY events DESC, source, target`).all(...summary.conditions.params) as Array<SummedRow & { source: string; target: string }>;
      return rows.map((r) => ({ source: r.source, target: r.target, events: r.events, mean_goldstein: this.meanOfSums(r) }));
    }
    const matching = this.eventsMatching(filter);
    const s = by === 'country' ? 'coalesce(e.source_country, substr(e.source_code, 1, 3))' : 'e.source_code';
    const t = by === 'country' ? "coalesce(e.target_country, substr(e.target_code, 1, 3), '-')" : "coalesce(e.target_code, '-')";
    return guarded(filter, () => this.sql(`SELECT ${s} AS source, ${t} AS target, count(*) AS events, ${MEAN_GOLDSTEIN} AS mean_goldstein
      FROM events e ${where(matching)} GROUP BY source, target ORDER BY events DESC, source, target`).all(...matching.params) as DyadRow[]);
  }

  async countsByRoot(filter: EventFilter): Promise<RootRow[]> {
    const matching = this.eventsMatching(filter);
    return guarded(filter, () => this.sql(`SELECT e.root AS root, e.quad_class AS quad_class, count(*) AS events, ${MEAN_GOLDSTEIN} AS mean_goldstein
      FROM events e ${where(matching)} GROUP BY root, quad_class ORDER BY events DESC, root`).all(...matching.params) as RootRow[]);
  }

  async countsByPlace(filter: EventFilter): Promise<PlaceRow[]> {
    const matching = this.eventsMatching(filter);
    const rows = guarded(filter, () => this.sql(`SELECT e.location_name AS name, e.location_country AS country, e.lat AS lat, e.lon AS lon, e.quad_class AS quad_class, count(*) AS events
      FROM events e ${where(matching, 'e.location_name IS NOT NULL')} GROUP BY name, country, lat, lon, quad_class ORDER BY events DESC, name`).all(...matching.params) as PlaceRow[]);
    return rows.filter((r) => typeof r.lat === 'number' && typeof r.lon === 'number');
  }

  async event(id: string): Promise<StoredEvent | null> {
    const r = this.sql(`SELECT e.id, e.num_mentions, e.num_articles, e.num_sources, ${MENTION.replace('FROM mentions m', 'FROM events e JOIN mentions m ON m.rowid = e.first_mention')} WHERE e.id = ?`).get(id) as EventRow | undefined;
    return r === undefined ? null : this.storedEvent(r);
  }

  async eventsOfArticle(articleId: string): Promise<Array<CodedEvent & { event_id: string }>> {
    const rows = this.sql(`SELECT (SELECT id FROM events WHERE rowid = m.event) AS event_id, ${MENTION} WHERE m.article_id = ? ORDER BY m.sentence_index, m.id`).all(articleId) as Array<MentionRow & { event_id: string }>;
    return rows.map((r) => ({ ...this.mentionEvent(r), event_id: r.event_id }));
  }

  async mentionsOf(eventId: string): Promise<Array<{ article_id: string; sentence: string; sentence_index: number; evidence: CodedEvent['evidence'] }>> {
    const rows = this.sql(`SELECT m.sentence_index, ${MENTION} WHERE m.event = (SELECT rowid FROM events WHERE id = ?) ORDER BY m.date, m.id`).all(eventId) as Array<MentionRow & { sentence_index: number }>;
    return rows.map((r) => ({ article_id: r.article_id, sentence: this.sentenceOf(r), sentence_index: r.sentence_index, evidence: this.mentionEvent(r).evidence }));
  }

  async article(id: string): Promise<(Article & { content_hash: string }) | null> {
    const r = this.sql('SELECT id, content_hash, date, title, url, source, text, origin FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    return r ? storedArticleOf(r) : null;
  }

  async articlesAfter(after: string | null, limit: number): Promise<CodedArticle[]> {
    const rows = this.sql('SELECT id, content_hash, date, title, url, source, text, origin FROM articles WHERE id > ? ORDER BY id LIMIT ?').all(after ?? '', limit) as ArticleRow[];
    const mentions = this.sql(`SELECT ${MENTION} WHERE m.article_id = ? ORDER BY m.sentence_index, m.id`);
    return rows.map((r) => ({
      article: articleOf(r),
      contentHash: r.content_hash,
      events: (mentions.all(r.id) as MentionRow[]).map((m) => ({ ...this.mentionEvent(m), id: m.mid })),
    }));
  }

  async stats(): Promise<StoreStats> {
    const count = (table: string) => this.sql(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return { articles: count('articles'), events: count('events'), mentions: count('mentions') };
  }
}
