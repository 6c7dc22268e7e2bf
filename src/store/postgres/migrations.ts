// The PostgreSQL schema, as numbered migrations applied in order once each (as src/store/sqlite/migrations.ts does for SQLite).
import type { Migration } from '../sqlite/migrations.js';
import { summariesMigrationSql } from './summaries.js';

/**
 * Text compared and ordered as SQLite does (by code point: COLLATE "C"), so that dates, ids and prefixes sort and
 * page the same in both stores, and LIKE 'TUR%' can use a plain index whatever the database's locale.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'articles, mentions, de-duplicated events and their documents; unique keys on content hash and ids',
    sql: `
      CREATE TABLE articles (
        id text COLLATE "C" PRIMARY KEY,
        content_hash text COLLATE "C" NOT NULL UNIQUE,
        date text COLLATE "C",
        title text,
        url text,
        source text COLLATE "C",
        text text NOT NULL,
        origin text NOT NULL,
        ingested_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE mentions (
        id text COLLATE "C" PRIMARY KEY,
        article_id text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        event_id text COLLATE "C",
        group_key text COLLATE "C" NOT NULL,
        place_key text COLLATE "C",
        date text COLLATE "C" NOT NULL,
        sentence_index integer NOT NULL,
        sentence text NOT NULL,
        data text NOT NULL
      );
      CREATE INDEX mentions_article ON mentions(article_id);
      CREATE INDEX mentions_event ON mentions(event_id);
      CREATE INDEX mentions_group_date ON mentions(group_key, date);
      CREATE TABLE events (
        id text COLLATE "C" PRIMARY KEY,
        group_key text COLLATE "C" NOT NULL,
        date text COLLATE "C" NOT NULL,
        date_precision text NOT NULL,
        cameo text COLLATE "C" NOT NULL,
        root text COLLATE "C" NOT NULL,
        quad_class integer NOT NULL,
        goldstein double precision NOT NULL,
        source_code text COLLATE "C" NOT NULL,
        source_country text COLLATE "C",
        target_code text COLLATE "C",
        target_country text COLLATE "C",
        location_name text COLLATE "C",
        modality text COLLATE "C" NOT NULL,
        num_mentions integer NOT NULL CHECK (num_mentions > 0),
        num_articles integer NOT NULL CHECK (num_articles > 0),
        num_sources integer NOT NULL CHECK (num_sources > 0)
      );
      CREATE INDEX events_date ON events(date, id);
      CREATE INDEX events_root ON events(root, date);
      CREATE INDEX events_cameo ON events(cameo);
      CREATE INDEX events_source ON events(source_code);
      CREATE INDEX events_target ON events(target_code);
      CREATE INDEX events_source_country ON events(source_country);
      CREATE INDEX events_target_country ON events(target_country);
      CREATE INDEX events_group_date ON events(group_key, date);
      CREATE INDEX events_counts ON events(modality, date, quad_class, goldstein);
      CREATE TABLE event_data (id text COLLATE "C" PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE, data text NOT NULL);
    `,
  },
  {
    version: 2,
    description: "full-text search over mention sentences: a generated tsvector ('simple': no stemming, as FTS5's unicode61) and its GIN index",
    sql: `
      ALTER TABLE mentions ADD COLUMN words tsvector GENERATED ALWAYS AS (to_tsvector('simple', sentence)) STORED;
      CREATE INDEX mentions_words ON mentions USING gin (words);
    `,
  },
  {
    version: 3,
    description: 'dyad watch: the validators of each feed (ETag, Last-Modified) and what became of each page a feed named',
    sql: `
      CREATE TABLE feeds (url text COLLATE "C" PRIMARY KEY, etag text, last_modified text, polled_at timestamptz NOT NULL DEFAULT now());
      CREATE TABLE feed_items (url text COLLATE "C" PRIMARY KEY, feed text NOT NULL, done boolean NOT NULL, tries integer NOT NULL, reason text, seen_at timestamptz NOT NULL DEFAULT now());
    `,
  },
  {
    version: 4,
    description: 'ingest runs: the dyad version and confidence threshold each run that wrote events ran with',
    sql: `
      CREATE TABLE ingest_runs (
        id bigserial PRIMARY KEY,
        at text COLLATE "C" NOT NULL,
        command text NOT NULL,
        dyad_version text NOT NULL,
        min_confidence double precision NOT NULL CHECK (min_confidence BETWEEN 0 AND 1),
        UNIQUE (at, command, dyad_version, min_confidence)
      );
    `,
  },
  {
    version: 5,
    description: 'summary tables (events by day and month, by country, CAMEO root and country dyad) kept in step by triggers, folded at commit; indexes that page a country, root or actor in date order',
    sql: `
      ${summariesMigrationSql()}
      DROP INDEX events_source_country;
      DROP INDEX events_target_country;
      DROP INDEX events_source;
      DROP INDEX events_target;
      DROP INDEX events_root;
      CREATE INDEX events_source_country ON events(source_country, modality, date, id);
      CREATE INDEX events_target_country ON events(target_country, modality, date, id);
      CREATE INDEX events_source ON events(source_code, target_code, modality, date);
      CREATE INDEX events_target ON events(target_code, modality, date);
      CREATE INDEX events_root ON events(root, modality, date, id);
    `,
  },
];
