// The query filter, defined once: each parameter's schema (from text), meaning and flag placeholder, from which the
// command-line flags, the HTTP parameters and the OpenAPI description are derived; errors name the parameter at fault.
import { z } from 'zod';
import type { EventFilter, Period } from './model.js';
import { isValidIsoDate } from '../stages/ingest/article-date.js';

const DATE = 'a date YYYY-MM-DD (or YYYY-MM, YYYY)';
const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, DATE).refine((s) => s.length < 10 || isValidIsoDate(s), DATE);
const code = z.string().regex(/^[A-Za-z-]{1,15}$/, 'an actor code or prefix such as TUR, TURGOV, IGO').transform((s) => s.toUpperCase());
const count = (max: number) => z.string().regex(/^\d+$/, 'a whole number').transform(Number).refine((n) => n <= max, `at most ${max}`);

/** An optional parameter with what it means and the placeholder its command-line flag shows (`--from <date>`). */
const parameter = <T extends z.ZodType>(schema: T, placeholder: string, description: string) => schema.optional().meta({ description, placeholder });

export const FILTER_SCHEMA = z.object({
  from: parameter(date, '<date>', 'events on or after this date (YYYY-MM-DD, YYYY-MM or YYYY)'),
  to: parameter(date, '<date>', 'events on or before this date'),
  actor: parameter(code, '<code>', 'actor code or prefix on either side (TUR, TURGOV, IGO)'),
  source: parameter(code, '<code>', 'source actor code or prefix'),
  target: parameter(code, '<code>', 'target actor code or prefix'),
  country: parameter(z.string().regex(/^[A-Za-z]{3}$/, 'an ISO 3166-1 alpha-3 code such as TUR').transform((s) => s.toUpperCase()), '<ISO3>', 'ISO 3166-1 alpha-3 country of either actor'),
  cameo: parameter(z.string().regex(/^\d{2,4}$/, 'a CAMEO root or code such as 19, 190, 0256'), '<code>', 'CAMEO root or code prefix (19, 190, 0256)'),
  quad: parameter(z.enum(['1', '2', '3', '4'], { message: 'a QuadClass, 1 to 4' }).transform(Number), '<n>', 'QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict'),
  place: parameter(z.string().min(1).max(200), '<name>', 'place name of the event'),
  q: parameter(z.string().min(1).max(500), '<text>', 'full-text search in the sentences of the events (SQLite: FTS5 syntax; PostgreSQL: web search syntax)'),
  modality: parameter(z.enum(['asserted', 'negated', 'hypothetical', 'planned', 'all'], { message: 'asserted, negated, hypothetical, planned or all' }), '<m>', 'asserted (default), negated, hypothetical, planned, or all'),
  limit: parameter(count(1_000_000), '<n>', 'at most n events (default: all)'),
  offset: parameter(count(1_000_000_000), '<n>', 'skip the first n events'),
}).strict();

export type FilterName = keyof z.input<typeof FILTER_SCHEMA>;
export type RawFilter = Partial<Record<FilterName, string>>;

/** One filter parameter as a command-line flag or an HTTP parameter shows it. */
export interface FilterParameter {
  name: FilterName;
  placeholder: string;
  description: string;
}

/** The filter's parameters in their order, with what each means (from the schema's metadata). */
export const FILTER_PARAMETERS: readonly FilterParameter[] = Object.entries(FILTER_SCHEMA.shape).map(([name, schema]) => {
  const meta = schema.meta() ?? {};
  return { name: name as FilterName, placeholder: String(meta['placeholder']), description: String(meta.description) };
});

/** The JSON Schema (OpenAPI 3.0 flavour) of each parameter as text, the form a query string gives it. */
export function filterParameterSchemas(): Record<FilterName, Record<string, unknown>> {
  const document = z.toJSONSchema(FILTER_SCHEMA, { io: 'input', target: 'openapi-3.0' }) as { properties: Record<FilterName, Record<string, unknown>> };
  // The placeholder belongs to the command line and the description to the parameter, not to its schema.
  return Object.fromEntries(Object.entries(document.properties).map(([name, { placeholder: _p, description: _d, ...schema }]) => [name, schema])) as Record<FilterName, Record<string, unknown>>;
}

/** A filter parameter that is malformed or unknown, named as the caller wrote it. */
export class FilterError extends Error {
  constructor(readonly parameter: string, message: string) {
    super(`${parameter}: ${message}`);
  }
}

/** Validates raw filter values; modality defaults to asserted (as `dyad code` prints), "all" lifts it. */
export function parseFilter(raw: Record<string, string | undefined>): EventFilter {
  const defined = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  const parsed = FILTER_SCHEMA.safeParse(defined);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : [];
    throw new FilterError(keys[0] ?? String(issue.path[0] ?? 'query'), keys.length > 0 ? 'unknown parameter' : issue.message);
  }
  const { modality, ...rest } = parsed.data;
  return { ...rest, ...(modality === 'all' ? {} : { modality: modality ?? 'asserted' }) };
}

/**
 * The filter among named values (a query string's parameters, a command's options): the caller's own names (`own`)
 * are set apart in `rest`, unset values are skipped, and any other name that is no filter parameter is refused.
 */
export function filterOf<V>(values: Iterable<readonly [string, V | undefined]>, own: readonly string[] = []): { filter: EventFilter; rest: Record<string, V> } {
  const raw: Record<string, string> = {};
  const rest: Record<string, V> = {};
  for (const [name, value] of values) {
    if (value === undefined) continue;
    // defineProperty, not assignment: a parameter named "__proto__" must stay a key, to be refused as unknown.
    if (own.includes(name)) Object.defineProperty(rest, name, { value, enumerable: true });
    else Object.defineProperty(raw, name, { value: String(value), enumerable: true });
  }
  return { filter: parseFilter(raw), rest };
}

/** A period of counts; `parameter` is the name the caller gave it (`count-by` on the command line, `period` over HTTP). */
export function parsePeriod(value: string, parameter: string): Period {
  if (value === 'day' || value === 'week' || value === 'month' || value === 'year') return value;
  throw new FilterError(parameter, 'day, week, month or year');
}
