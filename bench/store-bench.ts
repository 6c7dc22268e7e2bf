// The event database under load: ingest throughput into SQLite, and the latency of typical queries on 100,000+ events.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CodedArticle, EventFilter, EventStore } from '../src/store/model.js';
import { queryTimes } from './query-times.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { contentHash } from '../src/stages/ingest/read.js';

function shiftDate(date: string, days: number): string {
  if (date.length < 10) return date;
  return new Date(Date.parse(date + 'T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The corpus again as if reported later: every article and event moved `days` on and given new ids, so the copies
 * are new articles and new events, not duplicates of the originals.
 */
function replica(articles: readonly CodedArticle[], r: number, days: number): CodedArticle[] {
  return articles.map(({ article, events }) => {
    const a = { ...article, id: `${article.id}~r${r}`, date: article.date ? shiftDate(article.date, days) : null };
    return {
      article: a,
      contentHash: contentHash({ date: a.date, text: `${r}\n${article.text}` }),
      events: events.map((e) => ({ ...e, id: `${e.id}~r${r}`, article_id: a.id, date: shiftDate(e.date, days) })),
    };
  });
}

export interface StoreBenchResult {
  lines: string[];
}

/** Ingests the coded corpus, then copies of it shifted in time until the store holds `minEvents`, and times queries. */
export async function benchStore(coded: readonly CodedArticle[], minEvents = 100_000): Promise<StoreBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
  const store: EventStore = openSqliteStore(join(dir, 'bench.db'));
  const lines: string[] = [];
  const BATCH = 200;
  const ingestAll = async (articles: readonly CodedArticle[]) => {
    for (let k = 0; k < articles.length; k += BATCH) await store.ingest(articles.slice(k, k + BATCH));
  };
  let t0 = performance.now();
  await ingestAll(coded);
  const firstMs = performance.now() - t0;
  const mentionsPerCopy = coded.reduce((n, a) => n + a.events.length, 0);
  lines.push(`store ingest      ${coded.length} coded articles (${mentionsPerCopy} mentions) in ${(firstMs / 1000).toFixed(2)} s: ${(coded.length / (firstMs / 1000)).toFixed(0)} articles/s, ${(mentionsPerCopy / (firstMs / 1000)).toFixed(0)} mentions/s (writing only; coding is timed above)`);
  let r = 1;
  t0 = performance.now();
  let copied = 0;
  while ((await store.stats()).events < minEvents && r < 100) {
    const copy = replica(coded, r, 400 * r);
    await ingestAll(copy);
    copied += copy.length;
    r++;
  }
  const copyMs = performance.now() - t0;
  const stats = await store.stats();
  lines.push(`store size        ${stats.articles} articles, ${stats.mentions} mentions, ${stats.events} events (the corpus and ${r - 1} copies shifted in time; copies written at ${(copied / (copyMs / 1000)).toFixed(0)} articles/s)`);

  const queries: Array<[string, () => Promise<unknown>]> = [
    ['events of a country, first page (--country USA --limit 100)', () => store.query({ country: 'USA', modality: 'asserted', limit: 100 })],
    ['a root code in a year (--cameo 19 --from 1988-01-01 --to 1988-12-31)', () => store.query({ cameo: '19', from: '1988-01-01', to: '1988-12-31', modality: 'asserted' })],
    ['an actor prefix, first page (--actor IRN --limit 100)', () => store.query({ actor: 'IRN', modality: 'asserted', limit: 100 })],
    ['full text, first page (--q oil --limit 100)', () => store.query({ q: 'oil', modality: 'asserted', limit: 100 })],
    ['counts by month for material conflict (--count-by month --quad 4)', () => store.countsByPeriod({ quad: 4, modality: 'asserted' } as EventFilter, 'month')],
  ];
  for (const [label, run] of queries) {
    const { p50, p95 } = await queryTimes(run, 40);
    lines.push(`query p50/p95     ${p50.toFixed(1)} / ${p95.toFixed(1)} ms  ${label}`);
  }
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return { lines };
}
