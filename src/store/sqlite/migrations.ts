// The SQLite schema, as numbered migrations applied in order once each; a database records the versions it has.

export interface Migration {
  version: number;
  description: string;
  sql: string;
  /** Work SQL alone cannot do (re-encoding rows), run after `sql` in the same transaction. */
  upgrade?: 'compact-columns';
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'articles, mentions, de-duplicated events, full-text search over mention sentences',
    sql: `
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        date TEXT,
        title TEXT,
        url TEXT,
        source TEXT,
        text TEXT NOT NULL,
        origin TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE TABLE mentions (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        event_id TEXT,
        group_key TEXT NOT NULL,
        place_key TEXT,
        date TEXT NOT NULL,
        sentence_index INTEGER NOT NULL,
        sentence TEXT NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX mentions_article ON mentions(article_id);
      CREATE INDEX mentions_event ON mentions(event_id);
      CREATE INDEX mentions_group ON mentions(group_key);
      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        group_key TEXT NOT NULL,
        date TEXT NOT NULL,
        date_precision TEXT NOT NULL,
        cameo TEXT NOT NULL,
        root TEXT NOT NULL,
        quad_class INTEGER NOT NULL,
        goldstein REAL NOT NULL,
        source_code TEXT NOT NULL,
        source_country TEXT,
        target_code TEXT,
        target_country TEXT,
        location_name TEXT,
        modality TEXT NOT NULL,
        num_mentions INTEGER NOT NULL,
        num_articles INTEGER NOT NULL,
        num_sources INTEGER NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX events_date ON events(date);
      CREATE INDEX events_root ON events(root, date);
      CREATE INDEX events_source ON events(source_code);
      CREATE INDEX events_target ON events(target_code);
      CREATE INDEX events_source_country ON events(source_country);
      CREATE INDEX events_target_country ON events(target_country);
      CREATE INDEX events_group ON events(group_key);
      CREATE VIRTUAL TABLE mentions_fts USING fts5(sentence, content='mentions', content_rowid='rowid');
      CREATE TRIGGER mentions_fts_insert AFTER INSERT ON mentions BEGIN
        INSERT INTO mentions_fts(rowid, sentence) VALUES (new.rowid, new.sentence);
      END;
      CREATE TRIGGER mentions_fts_delete AFTER DELETE ON mentions BEGIN
        INSERT INTO mentions_fts(mentions_fts, rowid, sentence) VALUES ('delete', old.rowid, old.sentence);
      END;
    `,
  },
  {
    version: 2,
    description: 'mentions by group and date: re-clustering reads only the affected run of a group',
    sql: `CREATE INDEX mentions_group_date ON mentions(group_key, date);`,
  },
  {
    version: 3,
    description: 'event documents apart from the event rows, so that filters and counts scan small rows; covering index for counts',
    sql: `
      CREATE TABLE event_data (id TEXT PRIMARY KEY, data TEXT NOT NULL);
      INSERT INTO event_data (id, data) SELECT id, data FROM events;
      ALTER TABLE events DROP COLUMN data;
      CREATE INDEX events_counts ON events(modality, date, quad_class, goldstein);
    `,
  },
  {
    version: 4,
    description: 'dyad watch: the validators of each feed (ETag, Last-Modified) and what became of each page a feed named',
    sql: `
      CREATE TABLE feeds (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, polled_at TEXT NOT NULL);
      CREATE TABLE feed_items (url TEXT PRIMARY KEY, feed TEXT NOT NULL, done INTEGER NOT NULL, tries INTEGER NOT NULL, reason TEXT, seen_at TEXT NOT NULL);
    `,
  },
  {
    version: 5,
    description: 'ingest runs: the dyad version and confidence threshold each run that wrote events ran with',
    sql: `
      CREATE TABLE ingest_runs (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        command TEXT NOT NULL,
        dyad_version TEXT NOT NULL,
        min_confidence REAL NOT NULL CHECK (min_confidence BETWEEN 0 AND 1),
        UNIQUE (at, command, dyad_version, min_confidence)
      );
    `,
  },
  {
    version: 6,
    description: 'each fact once: mentions keep their coded event as a layout and values (repeated strings in a dictionary) and their sentence as a slice of the article; events keep columns and point at the mention that speaks for them; contentless full-text index; indexes for the query shapes; daily and monthly counts kept in step by triggers',
    upgrade: 'compact-columns',
    sql: `
      DROP TRIGGER mentions_fts_insert;
      DROP TRIGGER mentions_fts_delete;
      DROP TABLE mentions_fts;
      DROP INDEX mentions_article;
      DROP INDEX mentions_event;
      DROP INDEX mentions_group;
      DROP INDEX mentions_group_date;
      ALTER TABLE mentions RENAME TO mentions_v4;
      DROP TABLE event_data;
      DROP TABLE events;
      CREATE TABLE strings (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
      CREATE TABLE mentions (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        event INTEGER,
        grp INTEGER NOT NULL,
        date TEXT NOT NULL,
        place INTEGER,
        sentence_index INTEGER NOT NULL,
        sentence_at INTEGER,
        sentence_end INTEGER,
        sentence TEXT,
        layout INTEGER NOT NULL,
        vals TEXT NOT NULL
      );
      CREATE INDEX mentions_article ON mentions(article_id);
      CREATE INDEX mentions_event ON mentions(event);
      CREATE INDEX mentions_group_date ON mentions(grp, date);
      CREATE VIRTUAL TABLE mentions_fts USING fts5(sentence, content='', contentless_delete=1);
      CREATE TRIGGER mentions_fts_delete AFTER DELETE ON mentions BEGIN
        DELETE FROM mentions_fts WHERE rowid = old.rowid;
      END;
      CREATE TABLE events (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        grp INTEGER NOT NULL,
        first_mention INTEGER NOT NULL,
        date TEXT NOT NULL,
        cameo TEXT NOT NULL,
        root TEXT NOT NULL,
        quad_class INTEGER NOT NULL,
        goldstein REAL NOT NULL,
        gold_err INTEGER NOT NULL,
        source_code TEXT NOT NULL,
        source_country TEXT,
        target_code TEXT,
        target_country TEXT,
        location_name TEXT,
        location_country TEXT,
        lat REAL,
        lon REAL,
        modality INTEGER NOT NULL,
        num_mentions INTEGER NOT NULL,
        num_articles INTEGER NOT NULL,
        num_sources INTEGER NOT NULL
      );
      CREATE INDEX events_date ON events(date);
      CREATE INDEX events_group ON events(grp, date);
      CREATE INDEX events_root ON events(root, modality, date);
      CREATE INDEX events_source ON events(source_code, target_code, modality, date);
      CREATE INDEX events_target ON events(target_code, modality, date);
      CREATE INDEX events_source_country ON events(source_country, modality, date);
      CREATE INDEX events_target_country ON events(target_country, modality, date);
      CREATE INDEX events_place ON events(location_name COLLATE NOCASE);
      CREATE TABLE counts_by_day (modality INTEGER, date TEXT, quad_class INTEGER, events INTEGER NOT NULL, gold10 INTEGER NOT NULL, gold_err INTEGER NOT NULL,
        PRIMARY KEY (modality, date, quad_class)) WITHOUT ROWID;
      CREATE TABLE counts_by_root_day (root TEXT, modality INTEGER, date TEXT, quad_class INTEGER, events INTEGER NOT NULL, gold10 INTEGER NOT NULL, gold_err INTEGER NOT NULL,
        PRIMARY KEY (root, modality, date, quad_class)) WITHOUT ROWID;
      CREATE TABLE counts_by_country_day (country TEXT, modality INTEGER, date TEXT, quad_class INTEGER, events INTEGER NOT NULL, gold10 INTEGER NOT NULL, gold_err INTEGER NOT NULL,
        PRIMARY KEY (country, modality, date, quad_class)) WITHOUT ROWID;
      CREATE TABLE counts_by_dyad_month (modality INTEGER, month TEXT, source TEXT, target TEXT, events INTEGER NOT NULL, gold10 INTEGER NOT NULL, gold_err INTEGER NOT NULL,
        PRIMARY KEY (modality, month, source, target)) WITHOUT ROWID;
      ${countTriggers()}
    `,
  },
];

/** The same summary row changed by one event, up on insert and down on delete (and gone at zero). */
function countTriggers(): string {
  // A month key that keeps what a date filter selects: a day's month as its first day, a date known only to the month or year as it is.
  // Goldstein sums are kept exact (goldstein-sum.ts): whole tenths, and the error of each score's double against them.
  const tenths = (e: string) => `CAST(round(${e}.goldstein * 10) AS INTEGER)`;
  const month = (e: string) => `CASE WHEN length(${e}.date) = 10 THEN substr(${e}.date, 1, 8) || '01' ELSE ${e}.date END`;
  const tables: Array<{ table: string; keys: (e: string) => Array<[string, string]>; when?: (e: string) => string }> = [
    { table: 'counts_by_day', keys: (e) => [['modality', `${e}.modality`], ['date', `${e}.date`], ['quad_class', `${e}.quad_class`]] },
    { table: 'counts_by_root_day', keys: (e) => [['root', `${e}.root`], ['modality', `${e}.modality`], ['date', `${e}.date`], ['quad_class', `${e}.quad_class`]] },
    // An event counts once for each country it involves: on either side, or both when they differ.
    { table: 'counts_by_country_day', keys: (e) => [['country', `${e}.source_country`], ['modality', `${e}.modality`], ['date', `${e}.date`], ['quad_class', `${e}.quad_class`]], when: (e) => `${e}.source_country IS NOT NULL` },
    { table: 'counts_by_country_day', keys: (e) => [['country', `${e}.target_country`], ['modality', `${e}.modality`], ['date', `${e}.date`], ['quad_class', `${e}.quad_class`]], when: (e) => `${e}.target_country IS NOT NULL AND ${e}.target_country IS NOT ${e}.source_country` },
    { table: 'counts_by_dyad_month', keys: (e) => [['modality', `${e}.modality`], ['month', month(e)], ['source', `coalesce(${e}.source_country, substr(${e}.source_code, 1, 3))`], ['target', `coalesce(${e}.target_country, substr(${e}.target_code, 1, 3), '-')`]] },
  ];
  const up = tables.map(({ table, keys, when }) => {
    const k = keys('new');
    return `INSERT INTO ${table} (${k.map(([c]) => c).join(', ')}, events, gold10, gold_err) SELECT ${k.map(([, v]) => v).join(', ')}, 1, ${tenths('new')}, new.gold_err WHERE ${when ? when('new') : 'true'}
        ON CONFLICT DO UPDATE SET events = events + 1, gold10 = gold10 + excluded.gold10, gold_err = gold_err + excluded.gold_err;`;
  });
  const down = tables.map(({ table, keys, when }) => {
    const k = keys('old');
    const match = k.map(([c, v]) => `${c} = ${v}`).join(' AND ');
    const guard = when ? ` AND ${when('old')}` : '';
    return `UPDATE ${table} SET events = events - 1, gold10 = gold10 - ${tenths('old')}, gold_err = gold_err - old.gold_err WHERE ${match}${guard};
        DELETE FROM ${table} WHERE ${match} AND events = 0${guard};`;
  });
  return `CREATE TRIGGER events_counted AFTER INSERT ON events BEGIN
        ${up.join('\n        ')}
      END;
      CREATE TRIGGER events_uncounted AFTER DELETE ON events BEGIN
        ${down.join('\n        ')}
      END;`;
}
