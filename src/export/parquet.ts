// Writes the stored events to a Parquet file (hyparquet-writer), one typed column per event field, row group by row group: memory holds one row group, whatever the store holds.
import { ParquetWriter, fileWriter, type ColumnSource, type SchemaElement } from 'hyparquet-writer';
import type { EventFilter, EventStore, StoredEvent } from '../store/model.js';
import { EXPORT_PAGE, articleUrls, eventPages } from './write.js';

type Kind = 'STRING' | 'INT32' | 'DOUBLE';

interface ParquetColumn {
  name: string;
  kind: Kind;
  /** False for fields every event has: written REQUIRED, so readers type them as non-null. */
  nullable: boolean;
  value: (e: StoredEvent, url: string | null) => string | number | null;
}

const column = (name: string, kind: Kind, nullable: boolean, value: ParquetColumn['value']): ParquetColumn => ({ name, kind, nullable, value });

/** The columns, in order: the event, its actors, its place, GDELT's counts, and where it was read. */
export const PARQUET_COLUMNS: readonly ParquetColumn[] = [
  column('id', 'STRING', false, (e) => e.id),
  column('date', 'STRING', false, (e) => e.date),
  column('date_precision', 'STRING', false, (e) => e.date_precision),
  column('cameo', 'STRING', false, (e) => e.cameo),
  column('cameo_root', 'STRING', false, (e) => e.cameo.slice(0, 2)),
  column('cameo_label', 'STRING', false, (e) => e.cameo_label),
  column('quad_class', 'INT32', false, (e) => e.quad_class),
  column('goldstein', 'DOUBLE', false, (e) => e.goldstein),
  column('plover', 'STRING', false, (e) => e.plover),
  column('plover_mode', 'STRING', true, (e) => e.plover_mode),
  column('modality', 'STRING', false, (e) => e.modality),
  column('confidence', 'DOUBLE', true, (e) => e.confidence ?? null),
  column('source_code', 'STRING', true, (e) => e.source.code || null),
  column('source_name', 'STRING', true, (e) => e.source.name),
  column('source_country', 'STRING', true, (e) => e.source.country),
  column('source_agent', 'STRING', true, (e) => e.source.agent),
  column('source_text', 'STRING', true, (e) => e.source.text || null),
  column('target_code', 'STRING', true, (e) => e.target?.code || null),
  column('target_name', 'STRING', true, (e) => e.target?.name ?? null),
  column('target_country', 'STRING', true, (e) => e.target?.country ?? null),
  column('target_agent', 'STRING', true, (e) => e.target?.agent ?? null),
  column('target_text', 'STRING', true, (e) => e.target?.text || null),
  column('location_name', 'STRING', true, (e) => e.location?.name ?? null),
  column('location_country', 'STRING', true, (e) => e.location?.country ?? null),
  column('location_admin1', 'STRING', true, (e) => e.location?.admin1 ?? null),
  column('location_lat', 'DOUBLE', true, (e) => e.location?.lat ?? null),
  column('location_lon', 'DOUBLE', true, (e) => e.location?.lon ?? null),
  column('location_geonameid', 'INT32', true, (e) => e.location?.geonameid ?? null),
  column('num_mentions', 'INT32', false, (e) => e.num_mentions),
  column('num_articles', 'INT32', false, (e) => e.num_articles),
  column('num_sources', 'INT32', false, (e) => e.num_sources),
  column('article_id', 'STRING', false, (e) => e.article_id),
  column('url', 'STRING', true, (_e, url) => url),
  column('sentence', 'STRING', false, (e) => e.sentence),
];

function schemaOf(columns: readonly ParquetColumn[]): SchemaElement[] {
  return [
    { name: 'root', num_children: columns.length },
    ...columns.map((c): SchemaElement => ({
      name: c.name,
      repetition_type: c.nullable ? 'OPTIONAL' : 'REQUIRED',
      ...(c.kind === 'STRING' ? { type: 'BYTE_ARRAY', converted_type: 'UTF8' } : { type: c.kind }),
    })),
  ];
}

/** Rows per row group: large enough for good compression and fast scans, small enough to hold in memory. */
export const ROW_GROUP = 100_000;

/** Writes every event of the filter to `filename` (replacing it); returns how many. */
export async function writeParquetExport(store: EventStore, filter: EventFilter, filename: string, rowGroup = ROW_GROUP, pageSize = EXPORT_PAGE): Promise<number> {
  const writer = new ParquetWriter({ writer: fileWriter(filename), schema: schemaOf(PARQUET_COLUMNS), createdBy: 'dyad' });
  const urlOf = articleUrls(store);
  let buffered: Array<{ e: StoredEvent; url: string | null }> = [];
  let n = 0;
  const flush = async () => {
    if (buffered.length === 0) return;
    const columnData: ColumnSource[] = PARQUET_COLUMNS.map((c) => ({ name: c.name, data: buffered.map(({ e, url }) => c.value(e, url)) }));
    await writer.write({ columnData, rowGroupSize: rowGroup });
    buffered = [];
  };
  for await (const page of eventPages(store, filter, pageSize)) {
    for (const e of page) {
      buffered.push({ e, url: await urlOf(e.article_id) });
      n++;
      if (buffered.length >= rowGroup) await flush();
    }
  }
  await flush();
  await writer.finish();
  return n;
}
