// The SQLite schema, as numbered migrations applied in order once each; a database records the versions it has.

export interface Migration {
  version: number;
  description: string;
  sql: string;
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
];
