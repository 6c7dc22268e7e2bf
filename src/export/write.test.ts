// Exports page through the store by date and id: whatever the page size, every format writes every event once, in order, as one page would.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodedArticle, EventStore } from '../store/model.js';
import { REPORTS, coded } from '../../test/support/store.contract.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { openPostgresStore } from '../store/postgres/postgres-store.js';
import { testPostgres } from '../../test/support/throwaway-postgres.js';
import { contentHash } from '../stages/ingest/read.js';
import { EXPORT_FORMATS, eventPages, writeExport } from './write.js';
import { writeParquetExport } from './parquet.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-export-pages-'));
const server = await testPostgres();
after(() => server.stop());

function later(date: string, days: number): string {
  return new Date(Date.parse(date + 'T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The reports and 24 copies, the k-th moved k days on under new ids: copies of different events fall on the same
 * days (the attack of one copy on the day of another's meeting), so many events share a date and only their ids
 * order them, which is where paging by date alone would skip or repeat events.
 */
const ARTICLES: CodedArticle[] = REPORTS.map(coded).flatMap((original) => Array.from({ length: 25 }, (_, k) => {
  const article = { ...original.article, id: `${original.article.id}~${k}`, date: later(original.article.date!, k) };
  return {
    article,
    contentHash: contentHash({ date: article.date, text: `${k}\n${article.text}` }),
    events: original.events.map((e) => ({ ...e, id: `${e.id}~${k}`, article_id: article.id, date: later(e.date, k) })),
  };
}));

const stores: Array<{ name: string; skip: string | false; open: () => Promise<EventStore> }> = [
  { name: 'sqlite', skip: false, open: async () => openSqliteStore(join(dir, 'pages.db')) },
  { name: 'postgres', skip: server.skip, open: async () => openPostgresStore(await server.newDatabase()) },
];

const exportOf = async (store: EventStore, format: (typeof EXPORT_FORMATS)[number], pageSize: number) => {
  let text = '';
  await writeExport(store, {}, format, (chunk) => void (text += chunk), pageSize);
  return text;
};

for (const { name, skip, open } of stores) {
  test(`${name}: an export in pages of 7 events is every event once, in date and id order, identical to one page in every format`, { skip }, async () => {
    const store = await open();
    try {
      await store.ingest(ARTICLES);
      const all = await store.query({});
      assert.ok(all.length > 3 * 7, `${all.length} events: more than three pages`);
      assert.ok(new Set(all.map((e) => e.date)).size < all.length, 'events that share a date');
      const paged = [];
      for await (const page of eventPages(store, {}, 7)) {
        assert.ok(page.length <= 7);
        paged.push(...page);
      }
      assert.deepEqual(paged.map((e) => e.id), all.map((e) => e.id));
      const keys = paged.map((e) => [e.date, e.id] as const);
      for (let k = 1; k < keys.length; k++) assert.ok(keys[k - 1]! < keys[k]!, `${keys[k - 1]} before ${keys[k]}`);
      for (const format of EXPORT_FORMATS) assert.equal(await exportOf(store, format, 7), await exportOf(store, format, 1_000_000), format);
      const [small, one] = [join(dir, `${name}-small.parquet`), join(dir, `${name}-one.parquet`)];
      assert.equal(await writeParquetExport(store, {}, small, 10, 7), all.length);
      await writeParquetExport(store, {}, one, 10, 1_000_000);
      assert.ok(readFileSync(small).equals(readFileSync(one)), 'the same Parquet bytes');
    } finally {
      await store.close();
    }
  });

  test(`${name}: an export's offset and limit cut the same events in pages as in one query`, { skip }, async () => {
    const store = await open();
    try {
      if ((await store.stats()).articles === 0) await store.ingest(ARTICLES);
      const cut = await store.query({ offset: 5, limit: 23 });
      const paged = [];
      for await (const page of eventPages(store, { offset: 5, limit: 23 }, 4)) paged.push(...page);
      assert.equal(paged.length, 23);
      assert.deepEqual(paged.map((e) => e.id), cut.map((e) => e.id));
    } finally {
      await store.close();
    }
  });
}
