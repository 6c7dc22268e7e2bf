// `npm run bench -- --pg-store-events N`: the synthetic store of bench/synthetic-store.ts in PostgreSQL — bulk-loaded, then the API's queries, the write path and an export timed at that size.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { CodedArticle, EventFilter, EventStore, StoredEvent } from '../src/store/model.js';
import { openPostgresStore } from '../src/store/postgres/postgres-store.js';
import { rebuildSummariesSql } from '../src/store/postgres/summaries.js';
import { testPostgres } from '../test/support/throwaway-postgres.js';
import { eventId, groupKey, placeKey, storedEventOf, type ClusterMember } from '../src/store/dedup.js';
import { writeExport } from '../src/export/write.js';
import { createApp } from '../src/api/app.js';
import { generator, NEWSWORTHY, timeApiQueries, type Drawn } from './synthetic-store.js';

/** The throwaway server's memory for a store of millions of rows (a default server has 128 MB of shared buffers). */
const SERVER_SETTINGS = ['shared_buffers=1GB', 'maintenance_work_mem=512MB', 'work_mem=64MB', 'max_wal_size=8GB', 'checkpoint_timeout=30min', 'effective_cache_size=8GB', 'random_page_cost=1.1'];

const ARTICLES_PER_BATCH = 1000;
const TABLES = ['articles', 'mentions', 'events', 'event_data'];

interface MentionRow {
  id: string;
  articleId: string;
  eventId: string;
  groupKey: string;
  placeKey: string | null;
  date: string;
  sentenceIndex: number;
  sentence: string;
  data: string;
}

/** An act's stored event as its mentions come in: its id (from its group and first mention) and its mentions so far. */
interface PendingEvent {
  id: string;
  members: ClusterMember[];
}

/**
 * Writes generated articles straight into the tables, as the write path would leave them: each act the generator
 * drew is one event (its mentions are the articles that reported it), built by the stores' own storedEventOf once
 * the generator retires the act, so that no later mention can change it. Returns the counts written.
 */
class BulkLoader {
  private readonly pending = new Map<Drawn, PendingEvent>();
  private inFlight: Promise<unknown> = Promise.resolve();
  events = 0;
  mentions = 0;
  articles = 0;

  constructor(private readonly client: pg.Client) {}

  /** Queues one batch's rows; the previous batch's statements finish while this one is being generated. */
  async add(generated: Array<{ article: CodedArticle; drawn: Drawn[]; retired: Drawn[] }>): Promise<void> {
    const articleRows: CodedArticle[] = [];
    const mentionRows: MentionRow[] = [];
    const finished: StoredEvent[] = [];
    for (const { article: coded, drawn, retired } of generated) {
      articleRows.push(coded);
      coded.events.forEach((e, k) => {
        const act = drawn[k]!;
        const key = groupKey(e);
        let event = this.pending.get(act);
        if (!event) {
          event = { id: eventId(key, e.id), members: [] };
          this.pending.set(act, event);
        }
        const data = JSON.stringify({ ...e, article_id: coded.article.id });
        event.members.push({ id: e.id, article_id: coded.article.id, date: e.date, place_key: placeKey(e), data, source: coded.article.source });
        mentionRows.push({ id: e.id, articleId: coded.article.id, eventId: event.id, groupKey: key, placeKey: placeKey(e), date: e.date, sentenceIndex: e.sentence_index, sentence: e.sentence, data });
      });
      for (const act of retired) finished.push(this.finish(act));
    }
    await this.inFlight;
    this.inFlight = this.write(articleRows, mentionRows, finished);
    this.articles += articleRows.length;
    this.mentions += mentionRows.length;
    this.events += finished.length;
  }

  /** Every act still pending becomes its event. */
  async flush(): Promise<void> {
    const finished = [...this.pending.keys()].map((act) => this.finish(act));
    await this.inFlight;
    await this.write([], [], finished);
    this.events += finished.length;
  }

  private finish(act: Drawn): StoredEvent {
    const event = this.pending.get(act)!;
    this.pending.delete(act);
    return storedEventOf(event.id, event.members);
  }

  private async write(articles: CodedArticle[], mentions: MentionRow[], events: StoredEvent[]): Promise<void> {
    const q = (sql: string, values: unknown[]) => this.client.query(sql, values);
    if (articles.length > 0) {
      await q(`INSERT INTO articles (id, content_hash, date, title, url, source, text, origin)
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])`, [
        articles.map((a) => a.article.id), articles.map((a) => a.contentHash), articles.map((a) => a.article.date), articles.map((a) => a.article.title),
        articles.map((a) => a.article.url), articles.map((a) => a.article.source), articles.map((a) => a.article.text), articles.map((a) => `${a.article.origin.file}:${a.article.origin.line}`),
      ]);
    }
    if (mentions.length > 0) {
      await q(`INSERT INTO mentions (id, article_id, event_id, group_key, place_key, date, sentence_index, sentence, data)
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::text[])`, [
        mentions.map((m) => m.id), mentions.map((m) => m.articleId), mentions.map((m) => m.eventId), mentions.map((m) => m.groupKey), mentions.map((m) => m.placeKey),
        mentions.map((m) => m.date), mentions.map((m) => m.sentenceIndex), mentions.map((m) => m.sentence), mentions.map((m) => m.data),
      ]);
    }
    if (events.length > 0) {
      await q(`INSERT INTO events (id, group_key, date, date_precision, cameo, root, quad_class, goldstein, source_code, source_country,
          target_code, target_country, location_name, modality, num_mentions, num_articles, num_sources)
        SELECT u.id, u.group_key, u.date, u.date_precision, u.cameo, left(u.cameo, 2), u.quad_class, u.goldstein, u.source_code, u.source_country,
          u.target_code, u.target_country, u.location_name, u.modality, u.num_mentions, u.num_articles, u.num_sources
        FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::float8[], $8::text[], $9::text[], $10::text[], $11::text[],
          $12::text[], $13::text[], $14::int[], $15::int[], $16::int[])
          AS u(id, group_key, date, date_precision, cameo, quad_class, goldstein, source_code, source_country, target_code, target_country, location_name,
          modality, num_mentions, num_articles, num_sources)`, [
        events.map((e) => e.id), events.map((e) => groupKey(e)), events.map((e) => e.date), events.map((e) => e.date_precision), events.map((e) => e.cameo),
        events.map((e) => e.quad_class), events.map((e) => e.goldstein), events.map((e) => e.source.code), events.map((e) => e.source.country),
        events.map((e) => e.target?.code ?? null), events.map((e) => e.target?.country ?? null), events.map((e) => e.location?.name ?? null), events.map((e) => e.modality),
        events.map((e) => e.num_mentions), events.map((e) => e.num_articles), events.map((e) => e.num_sources),
      ]);
      await q('INSERT INTO event_data (id, data) SELECT * FROM unnest($1::text[], $2::text[])', [events.map((e) => e.id), events.map((e) => JSON.stringify(e))]);
    }
  }
}

/** The secondary indexes of dyad's tables (not those behind primary keys and unique constraints), as created. */
async function secondaryIndexes(client: pg.Client): Promise<Array<{ name: string; definition: string }>> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ANY($1::text[])
     AND indexname NOT IN (SELECT conname FROM pg_constraint) ORDER BY indexname`,
    [TABLES],
  );
  return rows;
}

/**
 * The counts the summary tables answer, beside the same counts from the events themselves (an empty source prefix
 * selects every event but no summary holds source codes): the line that says whether they are identical.
 */
async function summariesAgainstEvents(reader: EventStore): Promise<string> {
  const throughEvents = (f: EventFilter): EventFilter => ({ ...f, source: '' });
  const filters: EventFilter[] = [{ modality: 'asserted' }, {}];
  for (const country of NEWSWORTHY.slice(0, 10)) filters.push({ country, modality: 'asserted' });
  for (let year = 2005; year < 2025; year += 3) {
    filters.push({ from: `${year}-01-01`, to: `${year}-12-31`, modality: 'asserted' }, { cameo: '19', from: `${year}-01-01`, to: `${year}-12-31`, modality: 'asserted' });
  }
  const answers: Array<[string, () => Promise<unknown>, () => Promise<unknown>]> = [];
  for (const f of filters) {
    answers.push([`count ${JSON.stringify(f)}`, () => reader.countMatching(f), () => reader.countMatching(throughEvents(f))]);
    answers.push([`month ${JSON.stringify(f)}`, () => reader.countsByPeriod(f, 'month'), () => reader.countsByPeriod(throughEvents(f), 'month')]);
    if (!f.cameo && !f.country) answers.push([`dyads ${JSON.stringify(f)}`, () => reader.dyadMatrix(f, 'country'), () => reader.dyadMatrix(throughEvents(f), 'country')]);
  }
  const differing: string[] = [];
  let rows = 0;
  for (const [label, fromSummary, fromEvents] of answers) {
    const [a, b] = [await fromSummary(), await fromEvents()];
    rows += Array.isArray(a) ? a.length : 1;
    if (JSON.stringify(a) !== JSON.stringify(b)) differing.push(label);
  }
  return `pg summaries      ${answers.length - differing.length} of ${answers.length} answers (${rows} rows) from the summary tables identical to counting the events${differing.length > 0 ? `; differing: ${differing.join(', ')}` : ''}`;
}

/** The same export as a download from the API (/api/export), read as a client would: its time and the process's RSS. */
async function apiExport(reader: EventStore, limit: number): Promise<string> {
  const start = process.memoryUsage().rss;
  let peak = start;
  let bytes = 0;
  const t = performance.now();
  const res = await createApp(reader).request(`/api/export?format=jsonl&limit=${limit}`);
  const body = res.body!.getReader();
  for (let chunk = await body.read(); !chunk.done; chunk = await body.read()) {
    bytes += chunk.value.length;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  return `pg API export     /api/export?format=jsonl of ${limit} events streamed in ${seconds(t).toFixed(0)} s (${(bytes / 2 ** 20).toFixed(0)} MiB); RSS ${(start / 2 ** 20).toFixed(0)} MiB before, at most ${(peak / 2 ** 20).toFixed(0)} MiB during`;
}

const seconds = (from: number) => (performance.now() - from) / 1000;

/** Builds the store, then times the API's queries, the write path into it and an export of it; the lines to print. */
export async function benchPostgresStore(target: number, log: (line: string) => void = () => {}): Promise<string[]> {
  const server = await testPostgres({ settings: SERVER_SETTINGS });
  if (server.skip !== false) return [`PostgreSQL store bench skipped: ${server.skip || 'no PostgreSQL server (install postgresql, or set DYAD_TEST_DATABASE_URL)'}`];
  const lines: string[] = [];
  const say = (line: string) => {
    log(line);
    lines.push(line);
  };
  try {
    const url = await server.newDatabase();
    await (await openPostgresStore(url)).close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const next = generator(19);
    let articleNo = 0;
    try {
      // Bulk loading as pg_restore does: rows first, then the secondary indexes and the summary tables built once, then statistics.
      const indexes = await secondaryIndexes(client);
      for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
      await client.query('ALTER TABLE events DISABLE TRIGGER USER');
      const loader = new BulkLoader(client);
      let drawn = 0;
      const t0 = performance.now();
      let reported = t0;
      while (drawn < target) {
        const batch = [];
        for (let k = 0; k < ARTICLES_PER_BATCH && drawn < target; k++) {
          const g = next(articleNo++);
          drawn += g.fresh;
          batch.push(g);
        }
        await loader.add(batch);
        if (performance.now() - reported > 30_000) {
          reported = performance.now();
          log(`pg store bench: ${loader.events} events written, ${(loader.events / seconds(t0)).toFixed(0)} events/s`);
        }
      }
      await loader.flush();
      const loadS = seconds(t0);
      const t1 = performance.now();
      for (const index of indexes) await client.query(index.definition);
      const indexS = seconds(t1);
      const t3 = performance.now();
      await client.query('ALTER TABLE events ENABLE TRIGGER USER');
      await client.query(rebuildSummariesSql());
      const summaryS = seconds(t3);
      const t2 = performance.now();
      await client.query('VACUUM ANALYZE');
      const analyzeS = seconds(t2);
      const totalS = loadS + indexS + summaryS + analyzeS;
      const size = (await client.query<{ bytes: string }>('SELECT pg_database_size(current_database()) AS bytes')).rows[0]!.bytes;
      const bytes = Number(size);
      say(`pg store          ${loader.events} events, ${loader.mentions} mentions, ${loader.articles} articles (the synthetic store's generator; PostgreSQL ${(await client.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version}, ${SERVER_SETTINGS.join(' ')})`);
      say(`pg bulk load      ${(loader.events / totalS).toFixed(0)} events/s overall (${(loader.mentions / totalS).toFixed(0)} mentions/s): rows ${loadS.toFixed(0)} s (batched unnest inserts of ${ARTICLES_PER_BATCH} articles), ${indexes.length} secondary indexes ${indexS.toFixed(0)} s, summary tables ${summaryS.toFixed(0)} s, VACUUM ANALYZE ${analyzeS.toFixed(0)} s`);
      say(`pg store size     ${(bytes / 2 ** 20).toFixed(0)} MiB, ${(bytes / loader.events).toFixed(0)} bytes/event (article texts, mention documents and the full-text index included)`);
    } finally {
      await client.end();
    }

    const reader = await openPostgresStore(url, { readOnly: true });
    try {
      for (const line of await timeApiQueries(reader)) say(line.replace('query p50/p95  ', 'pg query p50/p95'));
      say(await summariesAgainstEvents(reader));
      const total = (await reader.stats()).events;
      // An export's deepest page, by OFFSET (what it was) and by keyset (what it is).
      const tail = (await reader.query({ offset: Math.max(0, total - 5001), limit: 1 }))[0];
      if (tail) {
        let t = performance.now();
        await reader.query({ offset: Math.max(0, total - 5000), limit: 5000 });
        const offsetMs = performance.now() - t;
        t = performance.now();
        await reader.query({ after: { date: tail.date, id: tail.id }, limit: 5000 });
        say(`pg export page    the last 5,000 events: ${offsetMs.toFixed(0)} ms by OFFSET, ${(performance.now() - t).toFixed(0)} ms after the previous page's last event (keyset)`);
      }
      const exportLimit = Math.min(total, 1_000_000);
      let bytes = 0;
      let peak = process.memoryUsage().rss;
      const start = process.memoryUsage().rss;
      const t = performance.now();
      const n = await writeExport(reader, { limit: exportLimit }, 'jsonl', (chunk) => {
        bytes += chunk.length;
        if ((bytes & 0xfff) < chunk.length) peak = Math.max(peak, process.memoryUsage().rss);
      });
      say(`pg export         ${n} events as JSON Lines in ${seconds(t).toFixed(0)} s (${(n / seconds(t)).toFixed(0)} events/s, ${(bytes / 2 ** 20).toFixed(0)} MiB); RSS ${(start / 2 ** 20).toFixed(0)} MiB before, at most ${(peak / 2 ** 20).toFixed(0)} MiB during`);
      say(await apiExport(reader, exportLimit));
    } finally {
      await reader.close();
    }

    // The write path (de-duplication and all) into the store at this size: more of the generator's articles.
    const writer: EventStore = await openPostgresStore(url);
    try {
      const before = await writer.stats();
      const t = performance.now();
      let written = 0;
      for (let b = 0; b < 5; b++) {
        const batch: CodedArticle[] = [];
        for (let k = 0; k < 100; k++) batch.push(next(articleNo++).article);
        written += batch.length;
        await writer.ingest(batch);
      }
      const after = await writer.stats();
      const s = seconds(t);
      say(`pg write path     ${written} more articles through the store's ingest (batches of 100): ${((after.mentions - before.mentions) / s).toFixed(0)} mentions/s, ${(written / s).toFixed(0)} articles/s into the ${before.events}-event store (${after.events - before.events} events more)`);
    } finally {
      await writer.close();
    }
  } finally {
    await server.stop();
  }
  return lines;
}
