// `npm run bench -- --store-events N`: a synthetic but realistic SQLite store of N events (250 countries, their agents, every CAMEO code, 20 years) and the API's queries on it.
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import countries from 'i18n-iso-countries';
import { queryTimes } from './query-times.js';
import Database from 'better-sqlite3';
import type { CodedEvent, OutputActor, OutputLocation } from '../src/document/types.js';
import type { CodedArticle, EventFilter, EventStore } from '../src/store/model.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { loadCameoOntology, type CameoEntry } from '../src/ontology/cameo.js';
import { contentHash } from '../src/stages/ingest/read.js';
import { seededRandom } from '../scripts/seeded-random.js';

/** Draws index k with weight 1/(k+1)^s: a few items are most of the news, as countries and actors are. */
function zipf<T>(items: readonly T[], s: number, random: () => number): () => T {
  const cumulative: number[] = [];
  let sum = 0;
  for (let k = 0; k < items.length; k++) cumulative.push((sum += 1 / (k + 1) ** s));
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}

export const NEWSWORTHY = ['USA', 'CHN', 'RUS', 'ISR', 'IRN', 'UKR', 'GBR', 'FRA', 'PSE', 'IND', 'PAK', 'TUR', 'SYR', 'IRQ', 'AFG', 'DEU', 'JPN', 'PRK', 'KOR', 'EGY', 'SAU', 'LBN', 'YEM', 'NGA', 'SDN'];
export const AGENTS = ['GOV', '', 'MIL', 'OPP', 'REB', 'COP', 'BUS', 'MED', 'CVL', 'LEG', 'JUD', 'REF', 'HLH', 'EDU', 'LAB', 'SPY'];
/** Share of events by CAMEO root: talk and cooperation most, force least, roughly as in coded news. */
const ROOT_WEIGHTS: Record<string, number> = { '01': 14, '02': 6, '03': 7, '04': 18, '05': 8, '06': 3, '07': 3, '08': 3, '09': 2, '10': 3, '11': 8, '12': 3, '13': 4, '14': 2, '15': 1, '16': 2, '17': 5, '18': 3, '19': 5, '20': 0.5 };
const OUTLETS = Array.from({ length: 60 }, (_, k) => `Outlet ${k + 1}`);
const WORDS = 'oil gas talks election ceasefire sanctions border troops minister president protest strike trade deal summit aid refugees court vote parliament militants attack bombing police arrest visit statement agreement nuclear missile drone port grain loan bank inflation corruption'.split(' ');
const FIRST_DAY = Date.parse('2005-01-01T00:00:00Z');
const DAYS = 20 * 365;

/** One act as the generator drew it: every mention of it (the first and the repeats) shares this object. */
export interface Drawn {
  source: OutputActor;
  target: OutputActor | null;
  cameo: CameoEntry;
  date: string;
  location: OutputLocation | null;
}

/** One generated article: its coded events, how many of them are new acts, the act each event reports, and the acts no later article will report again. */
export interface Generated {
  article: CodedArticle;
  fresh: number;
  drawn: Drawn[];
  retired: Drawn[];
}

/**
 * Generates coded articles: 1–5 events each, a quarter of them reports of an event another article told already
 * (one of the last 5,000 acts drawn, kept in a pool; an act replaced in the pool is `retired`).
 */
export function generator(seed: number): (articleNo: number) => Generated {
  const random = seededRandom(seed);
  const codes = [...loadCameoOntology().values()];
  const byRoot = new Map<string, CameoEntry[]>();
  for (const c of codes) byRoot.set(c.root, [...(byRoot.get(c.root) ?? []), c]);
  const roots = Object.entries(ROOT_WEIGHTS);
  const rootSum = roots.reduce((n, [, w]) => n + w, 0);
  const drawCameo = (): CameoEntry => {
    let x = random() * rootSum;
    const [root] = roots.find(([, w]) => (x -= w) < 0) ?? roots[0]!;
    const within = byRoot.get(root)!;
    return within[Math.floor(random() * within.length)]!;
  };
  const all = Object.keys(countries.getAlpha3Codes());
  const country = zipf([...NEWSWORTHY, ...all.filter((c) => !NEWSWORTHY.includes(c))], 1.1, random);
  const agent = zipf(AGENTS, 1.0, random);
  const actor = (): OutputActor => {
    const c = country();
    const a = agent();
    const name = countries.getName(c, 'en') ?? c;
    return { text: a ? `${name} ${a.toLowerCase()}` : name, code: c + a, country: c, name, agent: a || null, known: true };
  };
  const place = (c: string | null): OutputLocation | null => {
    if (c === null || random() < 0.4) return null;
    const k = Math.floor(random() * 20);
    const h = [...c].reduce((n, ch) => n * 31 + ch.charCodeAt(0), 7);
    return { name: `${c} city ${k}`, kind: 'city', country: c, admin1: null, lat: ((h + k * 7) % 160) - 80, lon: ((h * 3 + k * 11) % 340) - 170, geonameid: h * 100 + k };
  };
  const recent: Drawn[] = [];
  return (articleNo) => {
    const day = Math.floor(random() * DAYS);
    const date = new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);
    const id = `syn-${articleNo}`;
    const n = 1 + Math.floor(random() * 5);
    const sentences: string[] = [];
    const events: CodedEvent[] = [];
    const drawn: Drawn[] = [];
    const retired: Drawn[] = [];
    let fresh = 0;
    for (let k = 0; k < n; k++) {
      let d: Drawn;
      if (recent.length > 100 && random() < 0.25) d = recent[Math.floor(random() * recent.length)]!;
      else {
        const source = actor();
        const target = random() < 0.9 ? actor() : null;
        d = { source, target, cameo: drawCameo(), date, location: place(target?.country ?? source.country) };
        fresh++;
        if (recent.length < 5000) recent.push(d);
        else {
          const slot = Math.floor(random() * recent.length);
          retired.push(recent[slot]!);
          recent[slot] = d;
        }
      }
      drawn.push(d);
      const filler = Array.from({ length: 6 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
      const sentence = `${d.source.text} ${d.cameo.name.toLowerCase()} ${d.target?.text ?? ''}${d.location ? ` in ${d.location.name}` : ''}, amid ${filler}, officials said.`;
      const at = sentences.join(' ').length + (sentences.length > 0 ? 1 : 0);
      sentences.push(sentence);
      events.push({
        id: `${id}-e${k}`, article_id: id, sentence, sentence_index: k, date: d.date, date_precision: 'day',
        source: d.source, target: d.target, cameo: d.cameo.code, cameo_label: d.cameo.name, quad_class: d.cameo.quad_class, goldstein: d.cameo.goldstein,
        plover: d.cameo.plover, plover_mode: d.cameo.plover_mode, location: d.location, modality: 'asserted',
        evidence: { trigger: [at + d.source.text.length + 1, at + d.source.text.length + 5], source: [at, at + d.source.text.length], target: null, location: null },
        confidence: 0.5, provenance: { pattern: 'synthetic', source: d.source.code, target: d.target?.code ?? null },
      });
    }
    sentences.push(`The ${WORDS[Math.floor(random() * WORDS.length)]} was discussed further, according to people familiar with the matter.`);
    const text = sentences.join(' ');
    const source = OUTLETS[Math.floor(random() * OUTLETS.length)]!;
    const article = { id, date, title: sentences[0]!.slice(0, 80), text, url: `https://news.example/${id}`, source, origin: { file: 'synthetic', line: articleNo + 1 } };
    return { article: { article, contentHash: contentHash(article), events }, fresh, drawn, retired };
  };
}

function fileBytes(path: string): number {
  return [path, `${path}-wal`].filter(existsSync).reduce((n, f) => n + statSync(f).size, 0);
}

/** Bytes per event by part of the file: the articles (their texts) apart from what dyad adds to them. */
function sizeBreakdown(path: string, events: number): string {
  const db = new Database(path, { readonly: true });
  try {
    const parts = db.prepare(`SELECT CASE WHEN name LIKE 'sqlite_autoindex_articles%' OR name = 'articles' THEN 'articles (texts, titles, URLs, hashes)'
      WHEN name LIKE 'mentions_fts%' THEN 'full-text index' WHEN name LIKE 'counts_by%' THEN 'summary counts'
      WHEN name LIKE 'events%' OR name LIKE 'sqlite_autoindex_events%' THEN 'events and their indexes' WHEN name LIKE 'mentions%' OR name LIKE 'sqlite_autoindex_mentions%' THEN 'mentions and their indexes'
      ELSE 'other' END AS part, sum(pgsize) AS bytes FROM dbstat GROUP BY part ORDER BY bytes DESC`).all() as Array<{ part: string; bytes: number }>;
    return parts.map((p) => `${p.part} ${(p.bytes / events).toFixed(0)}`).join(', ') + ' bytes/event';
  } finally {
    db.close();
  }
}

/** Builds the store, then times each of the API's queries over varied parameters; the lines to print. */
export async function benchSyntheticStore(events: number, log: (line: string) => void = () => {}): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-store-bench-'));
  const path = join(dir, 'synthetic.db');
  const store: EventStore = openSqliteStore(path);
  const next = generator(19);
  const lines: string[] = [];
  try {
    const BATCH = 200;
    let made = 0;
    let articles = 0;
    let mentions = 0;
    const t0 = performance.now();
    let reported = t0;
    while (made < events) {
      const batch: CodedArticle[] = [];
      for (let k = 0; k < BATCH && made < events; k++) {
        const { article, fresh } = next(articles++);
        made += fresh;
        mentions += article.events.length;
        batch.push(article);
      }
      await store.ingest(batch);
      if (performance.now() - reported > 10_000) {
        reported = performance.now();
        log(`store bench: ${made} events, ${((made / (reported - t0)) * 1000).toFixed(0)} events/s`);
      }
    }
    const ingestS = (performance.now() - t0) / 1000;
    const stats = await store.stats();
    await store.close();
    const bytes = fileBytes(path);
    lines.push(`synthetic store   ${stats.events} events, ${stats.mentions} mentions, ${stats.articles} articles (20 years, ${Object.keys(countries.getAlpha3Codes()).length} countries × ${AGENTS.length} agent kinds, every CAMEO code)`);
    lines.push(`store ingest      ${(stats.events / ingestS).toFixed(0)} events/s (${(mentions / ingestS).toFixed(0)} mentions/s, ${(articles / ingestS).toFixed(0)} articles/s; ${ingestS.toFixed(0)} s, batches of ${BATCH} articles)`);
    lines.push(`store size        ${(bytes / 2 ** 20).toFixed(0)} MiB, ${(bytes / stats.events).toFixed(0)} bytes/event (with the article texts and the full-text index)`);
    lines.push(`store size        ${sizeBreakdown(path, stats.events)}`);
  } catch (e) {
    await store.close().catch(() => {});
    throw e;
  }
  const reader: EventStore = openSqliteStore(path);
  try {
    lines.push(...(await timeApiQueries(reader, log)));
  } finally {
    await reader.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

/** Times each of the API's queries over varied parameters (20 runs after one warm-up each); the lines to print. */
export async function timeApiQueries(reader: EventStore, log: (line: string) => void = () => {}): Promise<string[]> {
  const lines: string[] = [];
  const random = seededRandom(7);
  const top = NEWSWORTHY.slice(0, 10);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const year = () => 2005 + Math.floor(random() * 20);
  const page = async (f: EventFilter) => [await reader.countMatching(f), await reader.query({ ...f, limit: 100 })];
  const queries: Array<[string, () => Promise<unknown>]> = [
    ['/api/events?country=C (count + first page of 100)', () => page({ country: pick(top), modality: 'asserted' })],
    ['/api/events?source=A&target=B (a dyad)', () => { const [a, b] = [pick(top), pick(top)]; return page({ source: a, target: b, modality: 'asserted' }); }],
    ['/api/events?cameo=RR&from&to (a root in a year)', () => { const y = year(); return page({ cameo: pick(['04', '19', '11', '17']), from: `${y}-01-01`, to: `${y}-12-31`, modality: 'asserted' }); }],
    ['/api/events?actor=PREFIX (an actor prefix)', () => page({ actor: pick(top) + pick(['GOV', 'MIL', 'REB']), modality: 'asserted' })],
    ['/api/events?q=WORD (full text)', () => page({ q: pick(WORDS), modality: 'asserted' })],
    ['/api/counts?period=month (a country\'s counts by month)', () => reader.countsByPeriod({ country: pick(top), modality: 'asserted' }, 'month')],
    ['/api/counts?period=month (everything, by month)', () => reader.countsByPeriod({ modality: 'asserted' }, 'month')],
    ['/api/dyads?by=country (network of top dyads in a year)', () => { const y = year(); return reader.dyadMatrix({ from: `${y}-01-01`, to: `${y}-12-31`, modality: 'asserted' }, 'country'); }],
  ];
  for (const [label, run] of queries) {
    const { p50, p95 } = await queryTimes(run, 20);
    const line = `query p50/p95     ${p50.toFixed(1).padStart(7)} / ${p95.toFixed(1).padStart(7)} ms  ${label}`;
    log(line);
    lines.push(line);
  }
  return lines;
}
