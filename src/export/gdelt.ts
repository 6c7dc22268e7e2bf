// Writes stored events as rows of the GDELT 2.0 event table (61 tab-separated columns, no header); docs/export.md gives the mapping of each column.
import type { OutputActor } from '../document/types.js';
import type { StoredEvent } from '../store/model.js';
import { isRoleCode } from '../ontology/actor-codes.js';
import { actorGeoCells, geoCells } from './gdelt-geo.js';

/** The GDELT 2.0 event table's columns, in order. */
export const GDELT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'), ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
];

function actorColumns(p: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((c) => p + c);
}

function geoColumns(p: string): string[] {
  return ['_Type', '_FullName', '_CountryCode', '_ADM1Code', '_ADM2Code', '_Lat', '_Long', '_FeatureID'].map((c) => p + c);
}

/** GDELT's ids are integers: the first 52 bits of dyad's event id, stable as the id itself. */
export function numericEventId(id: string): number {
  return Number.parseInt(id.replace(/^ev-/, '').slice(0, 13), 16);
}

/** The role codes and the group code of a CAMEO actor code past its root: PSEREBHMS → types [REB], group HMS. */
function actorParts(code: string): { types: string[]; group: string } {
  const types: string[] = [];
  let group = '';
  for (let k = 3; k + 3 <= code.length; k += 3) {
    const part = code.slice(k, k + 3);
    if (isRoleCode(part)) types.push(part);
    else if (!group) group = part;
  }
  // Transnational roots (IGO, NGO, IMG, ...) name the group in their second part: IGOUNO → UNO.
  return { types, group };
}

function actorCells(a: OutputActor | null): string[] {
  if (!a || a.unknown || !a.code) return ['', '', '', '', '', '', '', '', '', ''];
  const { types, group } = actorParts(a.code);
  return [a.code, (a.name ?? a.text).toUpperCase(), a.country ?? '', group, '', '', '', types[0] ?? '', types[1] ?? '', types[2] ?? ''];
}

function fractionDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const start = Date.UTC(y!, 0, 1);
  const day = Math.floor((Date.UTC(y!, (m ?? 1) - 1, d ?? 1) - start) / 86_400_000);
  return (y! + day / 365).toFixed(4);
}

/** One GDELT row; `url` is the first mention's article URL when the article has one. */
export function gdeltRow(e: StoredEvent, url: string | null): string {
  // A date known to the year or month stands on its first day, as GDELT has no partial dates.
  const [y, m, d] = e.date.split('-');
  const compact = `${y}${m ?? '01'}${d ?? '01'}`;
  const cells = [
    String(numericEventId(e.id)), compact, compact.slice(0, 6), compact.slice(0, 4), fractionDate(e.date),
    ...actorCells(e.source), ...actorCells(e.target),
    e.sentence_index === 0 ? '1' : '0', e.cameo, e.cameo.slice(0, 3), e.cameo.slice(0, 2), String(e.quad_class), e.goldstein.toFixed(1),
    String(e.num_mentions), String(e.num_sources), String(e.num_articles), '',
    ...actorGeoCells(e.source, e.location), ...actorGeoCells(e.target, e.location), ...geoCells(e.location),
    compact + '000000', url ?? '',
  ];
  return cells.map((c) => c.replace(/[\t\r\n]+/g, ' ')).join('\t');
}
