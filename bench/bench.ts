// `npm run bench [-- CORPUS] [--limit N] [--scaling] [--store-events N] [--pg-store-events N]`: dyad's coding throughput against wink-nlp's bare tokenise+tag of the same text and the curve over worker threads, in one run; with --store-events, a synthetic store of N events and the API's queries (bench/synthetic-store.ts), with --pg-store-events the same in PostgreSQL (bench/pg-store-bench.ts); with --workers, the PostgreSQL work queue instead (bench/queue-bench.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readArticles } from '../src/stages/ingest/read.js';
import { loadKnowledge } from '../src/dictionaries/knowledge.js';
import { loadDictionaryDir } from '../src/dictionaries/load.js';
import { codeArticle } from '../src/pipeline/pipeline.js';
import { loadGazetteer } from '../src/stages/places/gazetteer.js';
import { codedEvents } from '../src/document/coded-events.js';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { projectRoot } from '../src/paths.js';
import { actorIndex } from '../src/stages/actors/actor-index.js';
import { verbIndex } from '../src/stages/events/verb-index.js';
import type { Article } from '../src/document/types.js';
import type { CodedArticle } from '../src/store/model.js';
import { contentHash } from '../src/stages/ingest/read.js';
import { benchStore } from './store-bench.js';
import { benchDictionaryLoad } from './load-bench.js';
import { benchQueue, type QueueBenchOptions } from './queue-bench.js';
import { benchScaling } from './scaling-bench.js';
import { benchSyntheticStore } from './synthetic-store.js';
import { benchPostgresStore } from './pg-store-bench.js';

function parseArgs(argv: string[]): { corpus: string; limit: number; scalingOnly: boolean; storeEvents: number; pgStoreEvents: number; queue: QueueBenchOptions | null } {
  let corpus = join(projectRoot, '..', 'shared', 'corpora', 'reuters-21578.jsonl');
  let limit = Infinity;
  let workers = false;
  let scalingOnly = false;
  let storeEvents = 0;
  let pgStoreEvents = 0;
  const queue = { articles: 1500, killArticles: 1000, kills: 10 };
  for (let k = 0; k < argv.length; k++) {
    if (argv[k] === '--limit') limit = Number(argv[++k]);
    else if (argv[k] === '--workers') workers = true;
    else if (argv[k] === '--scaling') scalingOnly = true;
    else if (argv[k] === '--store-events') storeEvents = Number(argv[++k]);
    else if (argv[k] === '--pg-store-events') pgStoreEvents = Number(argv[++k]);
    else if (argv[k] === '--articles') queue.articles = Number(argv[++k]);
    else if (argv[k] === '--kill-articles') queue.killArticles = Number(argv[++k]);
    else if (argv[k] === '--kills') queue.kills = Number(argv[++k]);
    else corpus = argv[k]!;
  }
  return { corpus, limit, scalingOnly, storeEvents, pgStoreEvents, queue: workers ? { corpus, ...queue } : null };
}

let peakRss = 0;
const sampleRss = () => { peakRss = Math.max(peakRss, process.memoryUsage().rss); };

async function main(): Promise<void> {
  const { corpus, limit, scalingOnly, storeEvents, pgStoreEvents, queue } = parseArgs(process.argv.slice(2));
  if (pgStoreEvents > 0) {
    for (const line of await benchPostgresStore(pgStoreEvents, (l) => console.error(l))) console.log(line);
    return;
  }
  if (storeEvents > 0) {
    for (const line of await benchSyntheticStore(storeEvents, (l) => console.error(l))) console.log(line);
    return;
  }
  if (!existsSync(corpus)) {
    console.error(`bench: corpus not found: ${corpus} (pass a JSON Lines corpus path)`);
    process.exit(2);
  }
  if (queue) {
    for (const line of await benchQueue(queue)) console.log(line);
    return;
  }
  const articles: Article[] = [];
  for await (const a of readArticles([corpus], (p) => console.error(`${p.file}:${p.line ?? '-'}: ${p.message}`), { defaultDate: '2000-01-01' })) {
    articles.push(a);
    if (articles.length >= limit) break;
  }
  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  if (scalingOnly) {
    for (const line of await benchScaling(articles)) console.log(line);
    return;
  }

  let t0 = performance.now();
  const knowledge = loadKnowledge();
  // Loading counts what the first article waits for: the knowledge and its tries.
  actorIndex(knowledge);
  verbIndex(knowledge);
  const loadMs = performance.now() - t0;
  // Reading the PETRARCH text files themselves (what `--dictionaries DIR` does with a Phoenix copy), not the compiled index.
  t0 = performance.now();
  loadDictionaryDir(join(projectRoot, 'data', 'dictionaries', 'phoenix'));
  const parseMs = performance.now() - t0;
  t0 = performance.now();
  const gazetteer = loadGazetteer();
  const gazetteerMs = performance.now() - t0;

  // Bare wink is the floor any coder built on it pays. The machine's speed drifts during a run, so the two are
  // timed in alternating chunks of the same articles, after a warm-up of both, and summed.
  // An instance of its own, as a program using wink alone would have: dyad's instance forgets the words each article
  // adds to wink's table (see segment.ts), and a bare pass through it would leave them there for dyad's pass to find.
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const winkPass = (batch: Article[]) => {
    for (const a of batch) nlp.readDoc(a.text).tokens().out(nlp.its.pos);
  };
  let sentences = 0;
  let events = 0;
  let located = 0;
  const codedArticles: CodedArticle[] = [];
  const dyadPass = (batch: Article[], count: boolean, places: boolean) => {
    for (const a of batch) {
      const doc = codeArticle(a, { knowledge, gazetteer: places ? gazetteer : null });
      const coded = codedEvents(doc);
      if (places) located += doc.events.filter((e) => e.location).length;
      // The located events feed the store benchmark; the counts are the plain coding pass's.
      if (places && count) codedArticles.push({ article: a, contentHash: contentHash(a), events: coded });
      if (count && !places) {
        sentences += doc.sentences.length;
        events += coded.length;
      }
    }
  };
  const warmup = articles.slice(0, 200);
  winkPass(warmup);
  dyadPass(warmup, false, false);
  dyadPass(warmup, false, true);
  located = 0;
  let winkMs = 0;
  let dyadMs = 0;
  let placesMs = 0;
  // CPU time of the process as well: on a shared machine the wall clock also counts other processes' turns. It
  // includes V8's helper threads (concurrent marking, compilation), which the pass that allocates more pays for.
  let winkCpu = 0;
  let dyadCpu = 0;
  let placesCpu = 0;
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const CHUNK = 250;
  for (let from = 0; from < articles.length; from += CHUNK) {
    const batch = articles.slice(from, from + CHUNK);
    let c0 = cpuMs();
    t0 = performance.now();
    winkPass(batch);
    winkMs += performance.now() - t0;
    winkCpu += cpuMs() - c0;
    c0 = cpuMs();
    t0 = performance.now();
    dyadPass(batch, true, false);
    dyadMs += performance.now() - t0;
    dyadCpu += cpuMs() - c0;
    c0 = cpuMs();
    t0 = performance.now();
    dyadPass(batch, true, true);
    placesMs += performance.now() - t0;
    placesCpu += cpuMs() - c0;
    sampleRss();
  }

  const s = (ms: number) => ms / 1000;
  console.log(`corpus            ${corpus}`);
  console.log(`articles          ${articles.length} (${(chars / 1e6).toFixed(1)} M characters)`);
  console.log(`dictionary load   ${loadMs.toFixed(0)} ms (compiled index and tries)`);
  console.log(`Phoenix parse     ${parseMs.toFixed(0)} ms (the PETRARCH text files, uncompiled)`);
  console.log(`wink tokenise+tag ${s(winkMs).toFixed(2)} s`);
  console.log(`dyad code         ${s(dyadMs).toFixed(2)} s  (${(articles.length / s(dyadMs)).toFixed(0)} articles/s, ${(sentences / s(dyadMs)).toFixed(0)} sentences/s, ${events} events)`);
  console.log(`ratio dyad/wink   ${(dyadMs / winkMs).toFixed(2)}  (coding without places)`);
  console.log(`gazetteer load    ${gazetteerMs.toFixed(0)} ms`);
  console.log(`dyad with places  ${s(placesMs).toFixed(2)} s  (+${((placesMs / dyadMs - 1) * 100).toFixed(0)}% over coding alone, ratio to wink ${(placesMs / winkMs).toFixed(2)}; ${located} events located)`);
  console.log(`CPU time          wink ${s(winkCpu).toFixed(2)} s, dyad ${s(dyadCpu).toFixed(2)} s (ratio ${(dyadCpu / winkCpu).toFixed(2)}), with places ${s(placesCpu).toFixed(2)} s (ratio ${(placesCpu / winkCpu).toFixed(2)})`);
  console.log(`peak RSS          ${(peakRss / 2 ** 20).toFixed(0)} MiB (coding)`);
  for (const line of await benchScaling(articles)) console.log(line);
  for (const line of (await benchStore(codedArticles)).lines) console.log(line);
  for (const line of benchDictionaryLoad()) console.log(line);
}

await main();
