// Writers for the output formats of `dyad code` and `dyad query`: JSON Lines, a JSON array, CSV, TSV and a readable table.
import type { CodedEvent } from '../document/types.js';

export type OutputFormat = 'jsonl' | 'json' | 'csv' | 'tsv' | 'table';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['jsonl', 'json', 'csv', 'tsv', 'table'];

/** Flat columns for spreadsheets, in the order analysts read them. */
export type Column<T> = [string, (e: T) => string | number | null];

const COLUMNS: Array<Column<CodedEvent>> = [
  ['id', (e) => e.id],
  ['article_id', (e) => e.article_id],
  ['date', (e) => e.date],
  ['date_precision', (e) => e.date_precision],
  ['source_code', (e) => e.source.code],
  ['source_country', (e) => e.source.country],
  ['source_agent', (e) => e.source.agent],
  ['source_text', (e) => e.source.text],
  ['cameo', (e) => e.cameo],
  ['cameo_label', (e) => e.cameo_label],
  ['quad_class', (e) => e.quad_class],
  ['goldstein', (e) => e.goldstein],
  ['plover', (e) => e.plover],
  ['target_code', (e) => e.target?.code ?? null],
  ['target_country', (e) => e.target?.country ?? null],
  ['target_agent', (e) => e.target?.agent ?? null],
  ['target_text', (e) => e.target?.text ?? null],
  ['modality', (e) => e.modality],
  ['location_name', (e) => e.location?.name ?? null],
  ['location_country', (e) => e.location?.country ?? null],
  ['location_lat', (e) => e.location?.lat ?? null],
  ['location_lon', (e) => e.location?.lon ?? null],
  ['sentence_index', (e) => e.sentence_index],
  ['trigger', (e) => e.sentence.slice(e.evidence.trigger[0], e.evidence.trigger[1])],
  ['sentence', (e) => e.sentence],
];

function csvCell(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function tsvCell(value: string | number | null): string {
  // TSV has no quoting: tabs and newlines inside a cell become spaces.
  return value === null ? '' : String(value).replace(/[\t\r\n]+/g, ' ');
}

/** What a reader scans an event for, in a terminal: when, what, who to whom, where, and the words. */
const TABLE_COLUMNS: Array<Column<CodedEvent>> = [
  ['date', (e) => e.date],
  ['cameo', (e) => e.cameo],
  ['source', (e) => e.source.code],
  ['target', (e) => e.target?.code ?? '-'],
  ['place', (e) => e.location?.name ?? '-'],
  ['quad', (e) => e.quad_class],
  ['goldstein', (e) => e.goldstein],
  ['words', (e) => e.sentence.slice(e.evidence.trigger[0], e.evidence.trigger[1])],
  ['label', (e) => e.cameo_label],
];

/** Rows of cells in columns as wide as their widest cell, two spaces apart; the last column is not padded. */
export function alignedTable(cells: string[][]): string {
  const widths = cells[0]!.map((_, k) => Math.max(...cells.map((r) => r[k]!.length)));
  return cells.map((r) => r.map((c, k) => (k === r.length - 1 ? c : c.padEnd(widths[k]!))).join('  ')).join('\n') + '\n';
}

/**
 * Streams events in a format: `header`, then `row` per event, then `footer`; `extra` columns follow the standard ones.
 * A table needs every row to size its columns: it is written whole by `footer`.
 */
export function formatter<T extends CodedEvent>(format: OutputFormat, extra: Array<Column<T>> = []): { header: string; row: (e: T, first: boolean) => string; footer: string } {
  const columns: Array<Column<T>> = [...(COLUMNS as Array<Column<T>>), ...extra];
  switch (format) {
    case 'jsonl':
      return { header: '', row: (e) => JSON.stringify(e) + '\n', footer: '' };
    case 'json':
      return { header: '[', row: (e, first) => (first ? '\n' : ',\n') + JSON.stringify(e), footer: '\n]\n' };
    case 'csv':
      return { header: columns.map(([n]) => n).join(',') + '\n', row: (e) => columns.map(([, f]) => csvCell(f(e))).join(',') + '\n', footer: '' };
    case 'tsv':
      return { header: columns.map(([n]) => n).join('\t') + '\n', row: (e) => columns.map(([, f]) => tsvCell(f(e))).join('\t') + '\n', footer: '' };
    case 'table': {
      const rows: string[][] = [TABLE_COLUMNS.map(([n]) => n)];
      const table = {
        header: '',
        row: (e: T) => {
          rows.push(TABLE_COLUMNS.map(([, f]) => tsvCell(f(e))));
          return '';
        },
        get footer() {
          return rows.length > 1 ? alignedTable(rows) : '';
        },
      };
      return table;
    }
  }
}

export { csvCell };
