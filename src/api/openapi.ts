// The OpenAPI 3 description of dyad's HTTP API, built from the same filter schema the API validates with.
import { DEFAULT_LIMIT, MAX_LIMIT } from './limits.js';

const FILTERS: Array<{ name: string; description: string; schema: Record<string, unknown> }> = [
  { name: 'from', description: 'events on or after this date (YYYY-MM-DD)', schema: { type: 'string', format: 'date' } },
  { name: 'to', description: 'events on or before this date', schema: { type: 'string', format: 'date' } },
  { name: 'actor', description: 'actor code or prefix on either side (TUR, TURGOV, IGO)', schema: { type: 'string' } },
  { name: 'source', description: 'source actor code or prefix', schema: { type: 'string' } },
  { name: 'target', description: 'target actor code or prefix', schema: { type: 'string' } },
  { name: 'country', description: 'ISO 3166-1 alpha-3 country of either actor', schema: { type: 'string', pattern: '^[A-Za-z]{3}$' } },
  { name: 'cameo', description: 'CAMEO root or code prefix (19, 190, 0256)', schema: { type: 'string', pattern: '^\\d{2,4}$' } },
  { name: 'quad', description: 'QuadClass 1-4', schema: { type: 'integer', minimum: 1, maximum: 4 } },
  { name: 'place', description: 'place name of the event', schema: { type: 'string' } },
  { name: 'q', description: 'full-text search in the sentences of the events (SQLite FTS5 syntax)', schema: { type: 'string' } },
  { name: 'modality', description: 'asserted (default), negated, hypothetical, planned, or all', schema: { type: 'string', enum: ['asserted', 'negated', 'hypothetical', 'planned', 'all'] } },
];

const PAGE = [
  { name: 'limit', description: `events per page (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT})`, schema: { type: 'integer', minimum: 0, maximum: MAX_LIMIT } },
  { name: 'offset', description: 'events to skip', schema: { type: 'integer', minimum: 0 } },
];

/** An export is not paged: limit and offset only cut it. */
const PAGE_EXPORT = [
  { name: 'limit', description: 'at most this many events (default: all)', schema: { type: 'integer', minimum: 0, maximum: 1_000_000 } },
  { name: 'offset', description: 'events to skip', schema: { type: 'integer', minimum: 0 } },
];

const param = (p: { name: string; description: string; schema: Record<string, unknown> }) => ({ in: 'query', required: false, ...p });
const error = { description: 'a malformed or unknown parameter, named in `parameter`', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const json = (description: string, schema: Record<string, unknown> = { type: 'object' }) => ({ description, content: { 'application/json': { schema } } });

export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: { title: 'dyad event API', version: '0.1.0', description: 'Read-only access to a dyad event database: CAMEO-coded events, de-duplicated across articles, with the words that carry them.' },
    paths: {
      '/api/events': { get: { summary: 'events matching the filters, paged', parameters: [...FILTERS, ...PAGE].map(param), responses: { 200: json('{total, limit, offset, events}'), 400: error } } },
      '/api/events/{id}': { get: { summary: 'one event and its mentions', parameters: [{ in: 'path', name: 'id', required: true, schema: { type: 'string' } }], responses: { 200: json('{event, mentions}'), 404: json('no such event') } } },
      '/api/counts': { get: { summary: 'event counts and mean Goldstein by period and QuadClass', parameters: [...FILTERS, { name: 'period', description: 'day (default), week, month or year', schema: { type: 'string', enum: ['day', 'week', 'month', 'year'] } }].map(param), responses: { 200: json('{period, rows}'), 400: error } } },
      '/api/dyads': { get: { summary: 'the dyad matrix: events and mean Goldstein by source and target', parameters: [...FILTERS, { name: 'by', description: 'country (default) or code', schema: { type: 'string', enum: ['country', 'code'] } }].map(param), responses: { 200: json('{by, rows}'), 400: error } } },
      '/api/roots': { get: { summary: 'event counts and mean Goldstein by CAMEO root and QuadClass', parameters: FILTERS.map(param), responses: { 200: json('{rows: [{root, quad_class, events, mean_goldstein}]}'), 400: error } } },
      '/api/places': { get: { summary: 'every located event of the filter, counted by place and QuadClass (the map)', parameters: FILTERS.map(param), responses: { 200: json('{rows: [{name, country, lat, lon, quad_class, events}]}'), 400: error } } },
      '/api/export': { get: { summary: 'every event of the filter as a file: CSV (default), GDELT 2.0 event table, PLOVER JSON Lines or JSON Lines', parameters: [...FILTERS, ...PAGE_EXPORT, { name: 'format', description: 'csv (default), gdelt, plover or jsonl', schema: { type: 'string', enum: ['csv', 'gdelt', 'plover', 'jsonl'] } }].map(param), responses: { 200: { description: 'the events, as an attachment', content: { 'text/csv': {}, 'text/tab-separated-values': {}, 'application/x-ndjson': {} } }, 400: error } } },
      '/api/articles/{id}': { get: { summary: 'an article\'s text and every event coded from it', parameters: [{ in: 'path', name: 'id', required: true, schema: { type: 'string' } }], responses: { 200: json('{article, events}'), 404: json('no such article') } } },
      '/api/stats': { get: { summary: 'how many articles, events and mentions the database holds', responses: { 200: json('{articles, events, mentions}') } } },
    },
    components: { schemas: { Error: { type: 'object', properties: { error: { type: 'string' }, parameter: { type: 'string' } }, required: ['error'] } } },
  };
}
