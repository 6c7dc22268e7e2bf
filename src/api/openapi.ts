// The OpenAPI 3 description of dyad's HTTP API, built from the same filter schema the API validates with.
import { DEFAULT_LIMIT, MAX_LIMIT } from './limits.js';
import { FILTER_PARAMETERS, filterParameterSchemas } from '../store/filter.js';
import { VERSION } from '../version.js';

interface Parameter { name: string; description: string; schema: Record<string, unknown> }

const SCHEMAS = filterParameterSchemas();
/** Every filter parameter, from the filter's one definition; `limit` and `offset` cut an export as they cut a query. */
const FILTER_AND_CUT: Parameter[] = FILTER_PARAMETERS.map(({ name, description }) => ({ name, description, schema: SCHEMAS[name] }));
const FILTERS = FILTER_AND_CUT.filter((p) => p.name !== 'limit' && p.name !== 'offset');
/** /api/events pages: its limit has a default and a ceiling of its own. */
const PAGE: Parameter[] = FILTER_AND_CUT.filter((p) => p.name === 'limit' || p.name === 'offset')
  .map((p) => (p.name === 'limit' ? { ...p, description: `events per page (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT})` } : p));

const param = (p: Parameter) => ({ in: 'query', required: false, ...p });
const error = { description: 'a malformed or unknown parameter, named in `parameter`', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const json = (description: string, schema: Record<string, unknown> = { type: 'object' }) => ({ description, content: { 'application/json': { schema } } });

export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: { title: 'dyad event API', version: VERSION, description: 'Read-only access to a dyad event database: CAMEO-coded events, de-duplicated across articles, with the words that carry them.' },
    paths: {
      '/api/events': { get: { summary: 'events matching the filters, paged', parameters: [...FILTERS, ...PAGE].map(param), responses: { 200: json('{total, limit, offset, events}'), 400: error } } },
      '/api/events/{id}': { get: { summary: 'one event and its mentions', parameters: [{ in: 'path', name: 'id', required: true, schema: { type: 'string' } }], responses: { 200: json('{event, mentions}'), 404: json('no such event') } } },
      '/api/counts': { get: { summary: 'event counts and mean Goldstein by period and QuadClass', parameters: [...FILTERS, { name: 'period', description: 'day (default), week, month or year', schema: { type: 'string', enum: ['day', 'week', 'month', 'year'] } }].map(param), responses: { 200: json('{period, rows}'), 400: error } } },
      '/api/dyads': { get: { summary: 'the dyad matrix: events and mean Goldstein by source and target', parameters: [...FILTERS, { name: 'by', description: 'country (default) or code', schema: { type: 'string', enum: ['country', 'code'] } }].map(param), responses: { 200: json('{by, rows}'), 400: error } } },
      '/api/roots': { get: { summary: 'event counts and mean Goldstein by CAMEO root and QuadClass', parameters: FILTERS.map(param), responses: { 200: json('{rows: [{root, quad_class, events, mean_goldstein}]}'), 400: error } } },
      '/api/places': { get: { summary: 'every located event of the filter, counted by place and QuadClass (the map)', parameters: FILTERS.map(param), responses: { 200: json('{rows: [{name, country, lat, lon, quad_class, events}]}'), 400: error } } },
      '/api/export': { get: { summary: 'every event of the filter as a file: CSV (default), GDELT 2.0 event table, PLOVER JSON Lines or JSON Lines', parameters: [...FILTER_AND_CUT, { name: 'format', description: 'csv (default), gdelt, plover or jsonl', schema: { type: 'string', enum: ['csv', 'gdelt', 'plover', 'jsonl'] } }].map(param), responses: { 200: { description: 'the events, as an attachment', content: { 'text/csv': {}, 'text/tab-separated-values': {}, 'application/x-ndjson': {} } }, 400: error } } },
      '/api/articles/{id}': { get: { summary: 'an article\'s text and every event coded from it', parameters: [{ in: 'path', name: 'id', required: true, schema: { type: 'string' } }], responses: { 200: json('{article, events}'), 404: json('no such article') } } },
      '/api/stats': { get: { summary: 'how many articles, events and mentions the database holds', responses: { 200: json('{articles, events, mentions}') } } },
      '/api/meta': { get: { summary: 'the version of dyad serving, and what the recorded ingest runs coded the events with: min_confidence, the lowest threshold any run kept events at (0: all kept; null: no run recorded), the dyad versions, the last run', responses: { 200: json('{version, runs, min_confidence, dyad_versions, last: {at, command, dyad_version, min_confidence} | null}') } } },
    },
    components: { schemas: { Error: { type: 'object', properties: { error: { type: 'string' }, parameter: { type: 'string' } }, required: ['error'] } } },
  };
}
