// The PostgreSQL store's write path: one batch of coded articles in one transaction, safe with any number of writers at once.
import type { PoolClient } from 'pg';
import { clusterGroup, dayNumber, groupKey, placeKey, storedEventOf, type ClusterMember } from '../dedup.js';
import type { CodedArticle, IngestResult } from '../model.js';
import { pgText } from './connection.js';

interface Day {
  text: string;
  day: number;
}

/**
 * Writes a batch inside the caller's transaction. Many processes may do this at once; the database keeps them
 * apart:
 * - an article is inserted under the unique content hash (ON CONFLICT DO NOTHING): of two writers storing the same
 *   story, the second waits for the first to commit and then finds it stored, so it is stored and counted once;
 * - a group's events are re-clustered only under a transaction-scoped advisory lock on the group, taken after every
 *   insert, so the later of two writers touching a group re-clusters it with the other's committed mentions, and
 *   mention counts are always those of all the group's mentions;
 * - articles go in content-hash order and group locks in key order, so two batches wait on each other in one order.
 */
export async function writeBatch(client: PoolClient, batch: readonly CodedArticle[], recode: boolean): Promise<IngestResult> {
  const touched = new Map<string, string[]>();
  const touch = (key: string, date: string) => {
    const dates = touched.get(key);
    if (dates) dates.push(date);
    else touched.set(key, [date]);
  };
  let stored = 0;
  let skipped = 0;
  let mentions = 0;
  const ordered = [...batch].sort((a, b) => (a.contentHash < b.contentHash ? -1 : a.contentHash > b.contentHash ? 1 : 0));
  for (const { article, contentHash, events } of ordered) {
    const existing = await idOfHash(client, contentHash, recode);
    if (existing !== null && !recode) {
      skipped++;
      continue;
    }
    let articleId: string;
    if (existing !== null) {
      articleId = existing;
      const groups = await client.query<{ group_key: string; date: string }>('DELETE FROM mentions WHERE article_id = $1 RETURNING group_key, date', [existing]);
      for (const g of groups.rows) touch(g.group_key, g.date);
    } else {
      const origin = `${article.origin.file}:${article.origin.line}`;
      const insert = (id: string) => client.query(
        `INSERT INTO articles (id, content_hash, date, title, url, source, text, origin) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT DO NOTHING RETURNING id`,
        [id, contentHash, article.date, pgText(article.title), pgText(article.url), pgText(article.source), pgText(article.text), pgText(origin)],
      );
      let inserted = await insert(article.id);
      articleId = article.id;
      if (inserted.rowCount === 0) {
        // Either another writer stored this article meanwhile (its hash is there now), or another text holds the record id.
        if ((await idOfHash(client, contentHash, false)) !== null) {
          skipped++;
          continue;
        }
        articleId = `${article.id}~${contentHash.slice(0, 8)}`;
        inserted = await insert(articleId);
        if (inserted.rowCount === 0) {
          skipped++;
          continue;
        }
      }
    }
    if (events.length > 0) {
      // A renamed article's mentions are renamed too: their ids derive from the record id they share.
      const mentionId = (id: string) => (articleId === article.id || existing !== null ? id : `${id}~${contentHash.slice(0, 8)}`);
      const rows = await client.query<{ group_key: string; date: string }>(
        `INSERT INTO mentions (id, article_id, group_key, place_key, date, sentence_index, sentence, data)
         SELECT u.id, $1, u.group_key, u.place_key, u.date, u.sentence_index, u.sentence, u.data
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[]) AS u(id, group_key, place_key, date, sentence_index, sentence, data)
         ON CONFLICT (id) DO NOTHING RETURNING group_key, date`,
        [
          articleId,
          events.map((e) => mentionId(e.id)),
          events.map((e) => groupKey(e)),
          events.map((e) => pgText(placeKey(e))),
          events.map((e) => e.date),
          events.map((e) => e.sentence_index),
          events.map((e) => pgText(e.sentence)),
          events.map((e) => JSON.stringify({ ...e, article_id: articleId })),
        ],
      );
      for (const r of rows.rows) touch(r.group_key, r.date);
      mentions += rows.rowCount ?? 0;
    }
    stored++;
  }
  for (const key of [...touched.keys()].sort()) {
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`dyad.group:${key}`]);
    await recluster(client, key, touched.get(key)!);
  }
  return { stored, skipped, mentions };
}

async function idOfHash(client: PoolClient, contentHash: string, forUpdate: boolean): Promise<string | null> {
  const r = await client.query<{ id: string }>(`SELECT id FROM articles WHERE content_hash = $1${forUpdate ? ' FOR UPDATE' : ''}`, [contentHash]);
  return r.rows[0]?.id ?? null;
}

/** Rewrites the events of a group around the given dates, run by run, as the SQLite store does (see there). */
async function recluster(client: PoolClient, key: string, dates: string[]): Promise<void> {
  const sorted = [...new Set(dates)].sort((a, b) => dayNumber(a) - dayNumber(b));
  const ranges: Array<[Day, Day]> = [];
  for (const d of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && dayNumber(d) <= last[1].day + 1) continue;
    const range = await runAround(client, key, d);
    if (last && range[0].day <= last[1].day + 1) last[1] = range[1];
    else ranges.push(range);
  }
  for (const [lo, hi] of ranges) await reclusterRange(client, key, lo, hi);
}

/** The dates bounding the run of a group (mentions no more than a day apart) that contains a date. */
async function runAround(client: PoolClient, key: string, date: string): Promise<[Day, Day]> {
  const lo = { text: date, day: dayNumber(date) };
  const hi = { text: date, day: dayNumber(date) };
  for (;;) {
    const prev = (await client.query<{ date: string }>('SELECT date FROM mentions WHERE group_key = $1 AND date < $2 ORDER BY date DESC LIMIT 1', [key, lo.text])).rows[0]?.date;
    if (prev === undefined || lo.day - dayNumber(prev) > 1) break;
    lo.text = prev;
    lo.day = Math.min(lo.day, dayNumber(prev));
  }
  for (;;) {
    // Strictly after hi's text, not after every date it prefixes: "1987-06" is followed by "1987-06-01", the same day.
    const next = (await client.query<{ date: string }>('SELECT date FROM mentions WHERE group_key = $1 AND date > $2 ORDER BY date LIMIT 1', [key, hi.text])).rows[0]?.date;
    if (next === undefined || dayNumber(next) - hi.day > 1) break;
    hi.text = next;
    hi.day = Math.max(hi.day, dayNumber(next));
  }
  return [lo, hi];
}

async function reclusterRange(client: PoolClient, key: string, lo: Day, hi: Day): Promise<void> {
  const inRange = (date: string) => dayNumber(date) >= lo.day && dayNumber(date) <= hi.day;
  const rows = (await client.query<ClusterMember & { event_id: string | null }>(
    `SELECT m.id, m.article_id, m.date, m.place_key, m.data, m.event_id, a.source FROM mentions m JOIN articles a ON a.id = m.article_id
     WHERE m.group_key = $1 AND m.date >= $2 AND m.date <= $3`,
    [key, lo.text, hi.text + '\uffff'],
  )).rows.filter((r) => inRange(r.date));
  // The events of these mentions, and those whose mentions all went (a re-coded article), found by group and dates.
  const stale = new Set(rows.map((r) => r.event_id).filter((id): id is string => id !== null));
  const old = await client.query<{ id: string; date: string }>('SELECT id, date FROM events WHERE group_key = $1 AND date >= $2 AND date <= $3', [key, lo.text, hi.text + '\uffff']);
  for (const e of old.rows) if (inRange(e.date)) stale.add(e.id);
  if (stale.size > 0) await client.query('DELETE FROM events WHERE id = ANY($1::text[])', [[...stale]]);
  if (rows.length === 0) return;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const clusters = clusterGroup(key, rows.map((r) => ({ id: r.id, date: r.date, place: r.place_key })));
  const events = [...clusters].map(([eventId, ids]) => storedEventOf(eventId, ids.map((id) => byId.get(id)!)));
  await client.query(
    `INSERT INTO events (id, group_key, date, date_precision, cameo, root, quad_class, goldstein, source_code, source_country,
       target_code, target_country, location_name, modality, num_mentions, num_articles, num_sources)
     SELECT u.id, $1, u.date, u.date_precision, u.cameo, left(u.cameo, 2), u.quad_class, u.goldstein, u.source_code, u.source_country,
       u.target_code, u.target_country, u.location_name, u.modality, u.num_mentions, u.num_articles, u.num_sources
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::float8[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[],
       $13::text[], $14::int[], $15::int[], $16::int[])
       AS u(id, date, date_precision, cameo, quad_class, goldstein, source_code, source_country, target_code, target_country, location_name,
       modality, num_mentions, num_articles, num_sources)`,
    [
      key,
      events.map((e) => e.id),
      events.map((e) => e.date),
      events.map((e) => e.date_precision),
      events.map((e) => e.cameo),
      events.map((e) => e.quad_class),
      events.map((e) => e.goldstein),
      events.map((e) => e.source.code),
      events.map((e) => e.source.country),
      events.map((e) => e.target?.code ?? null),
      events.map((e) => e.target?.country ?? null),
      events.map((e) => pgText(e.location?.name ?? null)),
      events.map((e) => e.modality),
      events.map((e) => e.num_mentions),
      events.map((e) => e.num_articles),
      events.map((e) => e.num_sources),
    ],
  );
  await client.query('INSERT INTO event_data (id, data) SELECT * FROM unnest($1::text[], $2::text[])', [events.map((e) => e.id), events.map((e) => JSON.stringify(e))]);
  await client.query(
    'UPDATE mentions SET event_id = u.event_id FROM unnest($1::text[], $2::text[]) AS u(mention_id, event_id) WHERE mentions.id = u.mention_id',
    [[...clusters.values()].flat(), [...clusters].flatMap(([eventId, ids]) => ids.map(() => eventId))],
  );
}
