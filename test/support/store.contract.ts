// The contract every EventStore implementation passes: one suite, run against each (SQLite on a file and in memory, PostgreSQL).
import { test as nodeTest } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../src/document/types.js';
import { codeArticle } from '../../src/pipeline/pipeline.js';
import { codedEvents } from '../../src/document/coded-events.js';
import { loadKnowledge } from '../../src/dictionaries/knowledge.js';
import { loadGazetteer } from '../../src/stages/places/gazetteer.js';
import { contentHash } from '../../src/stages/ingest/read.js';
import type { CodedArticle, EventFilter, EventStore } from '../../src/store/model.js';
import { parseFilter } from '../../src/store/filter.js';

const knowledge = loadKnowledge();
const gazetteer = loadGazetteer();

function article(id: string, date: string, source: string, text: string): Article {
  return { id, date, title: null, text, url: null, source, origin: { file: 'contract', line: 1 } };
}

export function coded(a: Article): CodedArticle {
  return { article: a, contentHash: contentHash(a), events: codedEvents(codeArticle(a, { knowledge, gazetteer })) };
}

/** Three reports of one meeting (two outlets, two days), one of a different meeting, and an attack. */
export const REPORTS: readonly Article[] = [
  article('reuters-1', '2024-04-20', 'Reuters', 'Turkish President Tayyip Erdogan met Hamas leader Ismail Haniyeh in Istanbul on Saturday.'),
  article('ap-1', '2024-04-21', 'AP', 'Erdogan met Haniyeh in Istanbul on Saturday, the Turkish presidency said.'),
  article('reuters-2', '2024-04-21', 'Reuters', 'Turkish President Tayyip Erdogan met Hamas leader Ismail Haniyeh on Saturday, officials said.'),
  article('afp-1', '2024-04-17', 'AFP', 'Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on Wednesday.'),
  article('ap-2', '2024-04-19', 'AP', 'Israel attacked Iran on Friday, Iranian officials said.'),
];

/** Runs the suite; `open` gives a new, empty store each call. `skip` (a reason) skips every test, saying why. */
export function storeContract(name: string, open: () => Promise<EventStore>, skip: string | false = false): void {
  const withStore = (body: (store: EventStore) => Promise<void>) => async () => {
    const store = await open();
    try {
      await body(store);
    } finally {
      await store.close();
    }
  };
  const test = (title: string, body: () => Promise<void>) => nodeTest(title, { skip }, body);

  test(`${name}: ingest stores articles and their events, and counts them`, withStore(async (store) => {
    const result = await store.ingest(REPORTS.map(coded));
    assert.equal(result.stored, 5);
    const stats = await store.stats();
    assert.equal(stats.articles, 5);
    assert.ok(stats.events >= 3);
  }));

  test(`${name}: re-ingesting the same articles stores nothing twice`, withStore(async (store) => {
    await store.ingest(REPORTS.map(coded));
    const before = await store.stats();
    const again = await store.ingest(REPORTS.map(coded));
    assert.equal(again.stored, 0);
    assert.equal(again.skipped, 5);
    assert.deepEqual(await store.stats(), before);
  }));

  test(`${name}: reports of one meeting from several outlets are one event with GDELT's counts`, withStore(async (store) => {
    await store.ingest(REPORTS.map(coded));
    const meetings = await store.query(parseFilter({ source: 'TURGOV', target: 'PSE', cameo: '04', from: '2024-04-20', to: '2024-04-20' }));
    assert.equal(meetings.length, 1, JSON.stringify(meetings.map((m) => [m.id, m.date, m.location?.name])));
    const [m] = meetings;
    assert.equal(m!.num_mentions, 3);
    assert.equal(m!.num_articles, 3);
    assert.equal(m!.num_sources, 2);
    assert.equal(m!.location?.name, 'Istanbul');
    assert.equal((await store.mentionsOf(m!.id)).length, 3);
    assert.equal((await store.event(m!.id))?.num_mentions, 3);
    assert.equal(await store.event('ev-none'), null);
  }));

  test(`${name}: an article keeps its text and its coded events, each linked to its stored event`, withStore(async (store) => {
    await store.ingest(REPORTS.map(coded));
    const a = await store.article('reuters-1');
    assert.equal(a?.text, REPORTS[0]!.text);
    const events = await store.eventsOfArticle('reuters-1');
    assert.ok(events.length >= 1);
    for (const e of events) assert.notEqual(await store.event(e.event_id), null);
    assert.equal(await store.article('none'), null);
  }));

  test(`${name}: a meeting three days earlier in another city is another event`, withStore(async (store) => {
    await store.ingest(REPORTS.map(coded));
    const doha = await store.query(parseFilter({ place: 'Doha' }));
    assert.ok(doha.some((e) => e.date === '2024-04-17' && e.num_mentions === 1));
  }));

  test(`${name}: event ids depend only on the set of articles, not on their order or batches`, async () => {
    const a = await open();
    const b = await open();
    try {
      await a.ingest(REPORTS.map(coded));
      const reversed = [...REPORTS].reverse().map(coded);
      await b.ingest(reversed.slice(0, 2));
      await b.ingest(reversed.slice(2));
      const ids = async (s: EventStore) => (await s.query({})).map((e) => `${e.id} ${e.num_mentions}`).sort();
      assert.deepEqual(await ids(b), await ids(a));
    } finally {
      await a.close();
      await b.close();
    }
  });

  test(`${name}: stored articles page out in id order with their mentions, and storing them again elsewhere gives the same events`, async () => {
    const a = await open();
    const b = await open();
    try {
      await a.ingest(REPORTS.map(coded));
      const pages: CodedArticle[][] = [];
      for (let after: string | null = null; ; ) {
        const page = await a.articlesAfter(after, 2);
        if (page.length === 0) break;
        pages.push(page);
        after = page[page.length - 1]!.article.id;
      }
      assert.deepEqual(pages.map((p) => p.length), [2, 2, 1]);
      const ids = pages.flat().map((c) => c.article.id);
      assert.deepEqual(ids, [...ids].sort());
      for (const page of pages) await b.ingest(page);
      const summary = async (s: EventStore) => ({ stats: await s.stats(), events: await s.query({}), article: await s.article('reuters-1') });
      assert.deepEqual(await summary(b), await summary(a));
    } finally {
      await a.close();
      await b.close();
    }
  });

  test(`${name}: re-coding an article replaces its mentions instead of adding to them`, withStore(async (store) => {
    await store.ingest(REPORTS.map(coded));
    const before = await store.stats();
    const again = await store.ingest(REPORTS.slice(0, 2).map(coded), { recode: true });
    assert.equal(again.stored, 2);
    assert.deepEqual(await store.stats(), before);
  }));

  test(`${name}: filters select by actor prefix on either side, country, CAMEO root, QuadClass and dates`, withStore(async (store) => {
    await store.ingest(REPORTS.map(coded));
    assert.ok((await store.query(parseFilter({ actor: 'PSE' }))).length >= 2);
    assert.ok((await store.query(parseFilter({ country: 'IRN' }))).every((e) => e.source.country === 'IRN' || e.target?.country === 'IRN'));
    const attacks = await store.query(parseFilter({ cameo: '19' }));
    assert.ok(attacks.length >= 1 && attacks.every((e) => e.cameo.startsWith('19') && e.quad_class === 4));
    assert.deepEqual((await store.query(parseFilter({ quad: '4' }))).map((e) => e.id), attacks.map((e) => e.id));
    assert.ok((await store.query(parseFilter({ to: '2024-04-18' }))).every((e) => e.date <= '2024-04-18'));
  }));

  test(`${name}: full-text search finds events by the words of their sentences`, withStore(async (store) => {
    await store.ingest(REPORTS.map(coded));
    const found = await store.query(parseFilter({ q: 'Doha' }));
    assert.equal(found.length, 1);
    assert.equal(found[0]!.location?.name, 'Doha');
  }));

  test(`${name}: limit and offset page through events in a stable order`, withStore(async (store) => {
    await store.ingest(REPORTS.map(coded));
    const all = await store.query({});
    const pages = [...(await store.query({ limit: 2 })), ...(await store.query({ limit: 2, offset: 2 })), ...(await store.query({ limit: 100, offset: 4 }))];
    assert.deepEqual(pages.map((e) => e.id), all.map((e) => e.id));
    assert.equal(await store.countMatching({}), all.length);
  }));

  test(`${name}: after an event's date and id, the events that follow it in order: keyset pages give every event once`, withStore(async (store) => {
    await store.ingest(REPORTS.map(coded));
    const all = await store.query({});
    const paged: string[] = [];
    for (let page = await store.query({ limit: 2 }); page.length > 0; ) {
      paged.push(...page.map((e) => e.id));
      const last = page[page.length - 1]!;
      page = await store.query({ limit: 2, after: { date: last.date, id: last.id } });
    }
    assert.deepEqual(paged, all.map((e) => e.id));
    const [first, second] = all;
    assert.deepEqual((await store.query({ after: { date: first!.date, id: first!.id }, limit: 1 })).map((e) => e.id), [second!.id]);
  }));

  test(`${name}: a report dated only by its month joins the run of days it begins, and every event counts the mentions that point to it`, withStore(async (store) => {
    // Reuters-21578 has such reports ("1987-06"): textually before "1987-06-01", on the same first day of the month.
    const base = coded(REPORTS[1]!);
    const report = (id: string, date: string): CodedArticle => ({
      article: { ...base.article, id, date },
      contentHash: `${id}:${date}`,
      events: base.events.map((e) => ({ ...e, id: `${id}-${e.sentence_index}`, article_id: id, date, date_precision: date.length === 10 ? 'day' : 'month' })),
    });
    await store.ingest([report('day-1', '2024-06-01'), report('day-2', '2024-06-02')]);
    await store.ingest([report('month', '2024-06')]);
    const events = await store.query({ modality: undefined });
    assert.ok(events.length > 0);
    for (const e of events) assert.equal((await store.mentionsOf(e.id)).length, e.num_mentions, `${e.id} of ${e.date}`);
    assert.deepEqual(events.map((e) => [e.date, e.num_mentions]), events.map(() => ['2024-06', 3]));
  }));

  test(`${name}: quotes and SQL fragments in filter values are values, never SQL`, withStore(async (store) => {
    await store.ingest(REPORTS.map(coded));
    const before = await store.stats();
    for (const v of ["'; DROP TABLE events; --", 'x" OR 1=1 --', "Istanbul' OR '1'='1", '%', '_']) {
      assert.deepEqual(await store.query({ place: v }), []);
      assert.deepEqual(await store.query({ actor: v }), []);
    }
    assert.deepEqual(await store.stats(), before);
  }));

  test(`${name}: counts by period and QuadClass, and the dyad matrix, with mean Goldstein`, withStore(async (store) => {
    await store.ingest(REPORTS.map(coded));
    const byDay = await store.countsByPeriod({}, 'day');
    assert.equal(byDay.reduce((n, r) => n + r.events, 0), await store.countMatching({}));
    assert.ok(byDay.some((r) => r.quad_class === 4 && r.mean_goldstein < 0));
    const matrix = await store.dyadMatrix({}, 'country');
    assert.ok(matrix.some((r) => r.source === 'TUR' && r.target === 'PSE'));
  }));

  test(`${name}: counts, counts by period and the dyad matrix stay those of the events through a story stored twice, re-ingest and re-coding`, withStore(async (store) => {
    // The same story under two record ids (a second feed's copy) is one article; a re-coded article's mentions are replaced.
    await store.ingest([...REPORTS.slice(0, 3).map(coded), coded({ ...REPORTS[0]!, id: 'reuters-1-copy' })]);
    await store.ingest(REPORTS.map(coded));
    await store.ingest(REPORTS.slice(1, 4).map(coded), { recode: true });
    // An empty source prefix selects every event, but no summary holds source codes: these filters count the events themselves.
    const throughEvents = (f: EventFilter): EventFilter => ({ ...f, source: '' });
    const filters: EventFilter[] = [{}, { country: 'TUR' }, { country: 'IRN', quad: 4 }, { cameo: '04', from: '2024-04-18' }, { modality: 'asserted', to: '2024-04-20' },
      { country: 'PSE', from: '2024-04', to: '2024-04-30' }, { from: '2024', modality: 'asserted' }];
    assert.equal(await store.countMatching({}), (await store.query({})).length);
    for (const filter of filters) {
      assert.equal(await store.countMatching(filter), await store.countMatching(throughEvents(filter)), JSON.stringify(filter));
      for (const period of ['day', 'week', 'month', 'year'] as const) assert.deepEqual(await store.countsByPeriod(filter, period), await store.countsByPeriod(throughEvents(filter), period));
    }
    for (const filter of [{}, { from: '2024-04', to: '2024-04-30' }, { from: '2024', modality: 'asserted' as const }]) {
      const matrix = await store.dyadMatrix(filter, 'country');
      assert.ok(matrix.length > 0);
      assert.deepEqual(matrix, await store.dyadMatrix(throughEvents(filter), 'country'));
    }
  }));

  test(`${name}: a feed's validators are kept between polls, the last saved winning`, withStore(async (store) => {
    assert.equal(await store.feedState('https://news.example/feed.xml'), null);
    await store.saveFeedState('https://news.example/feed.xml', { etag: '"v1"', lastModified: null });
    await store.saveFeedState('https://news.example/feed.xml', { etag: '"v2"', lastModified: 'Sat, 20 Apr 2024 10:00:00 GMT' });
    assert.deepEqual(await store.feedState('https://news.example/feed.xml'), { etag: '"v2"', lastModified: 'Sat, 20 Apr 2024 10:00:00 GMT' });
  }));

  test(`${name}: a page is settled once done, or after its last try; done stays done`, withStore(async (store) => {
    const feed = 'https://news.example/feed.xml';
    const [a, b, c] = ['https://news.example/a', 'https://news.example/b', 'https://news.example/c'];
    await store.recordFeedItems([{ url: a, feed, done: true, reason: null }, { url: b, feed, done: false, reason: 'HTTP 503' }]);
    assert.deepEqual([...(await store.settledUrls([a, b, c], 2))].sort(), [a]);
    await store.recordFeedItems([{ url: b, feed, done: false, reason: 'HTTP 503' }, { url: a, feed, done: false, reason: 'timed out' }]);
    assert.deepEqual([...(await store.settledUrls([a, b, c], 2))].sort(), [a, b]);
    assert.deepEqual([...(await store.settledUrls([a, b, c], 3))].sort(), [a]);
  }));
  test(`${name}: the runs that wrote events are kept oldest first with their version and threshold; the same run twice is kept once`, withStore(async (store) => {
    assert.deepEqual(await store.ingestRuns(), []);
    const first = { at: '2024-04-20T08:00:00.000Z', command: 'ingest', dyad_version: '0.1.0', min_confidence: 0.11 } as const;
    const second = { at: '2024-04-21T08:00:00.000Z', command: 'watch', dyad_version: '0.2.0', min_confidence: 0 } as const;
    await store.recordIngestRun(first);
    await store.recordIngestRun(second);
    await store.recordIngestRun(first);
    assert.deepEqual(await store.ingestRuns(), [first, second]);
  }));
}
