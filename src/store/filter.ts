// Parses and validates query filters from text (command-line flags, HTTP query parameters), naming the parameter at fault.
import { z } from 'zod';
import type { EventFilter, Period } from './model.js';
import { isValidIsoDate } from '../stages/ingest/dates.js';

const date = z.string().refine((s) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s) && (s.length < 10 || isValidIsoDate(s)), 'a date YYYY-MM-DD (or YYYY-MM, YYYY)');
const code = z.string().regex(/^[A-Za-z-]{1,15}$/, 'an actor code or prefix such as TUR, TURGOV, IGO').transform((s) => s.toUpperCase());
const count = (max: number) => z.string().regex(/^\d+$/, 'a whole number').transform(Number).refine((n) => n <= max, `at most ${max}`);

export const FILTER_SCHEMA = z.object({
  from: date.optional(),
  to: date.optional(),
  actor: code.optional(),
  source: code.optional(),
  target: code.optional(),
  country: z.string().regex(/^[A-Za-z]{3}$/, 'an ISO 3166-1 alpha-3 code such as TUR').transform((s) => s.toUpperCase()).optional(),
  cameo: z.string().regex(/^\d{2,4}$/, 'a CAMEO root or code such as 19, 190, 0256').optional(),
  quad: z.enum(['1', '2', '3', '4'], { message: 'a QuadClass, 1 to 4' }).transform(Number).optional(),
  place: z.string().min(1).max(200).optional(),
  q: z.string().min(1).max(500).optional(),
  modality: z.enum(['asserted', 'negated', 'hypothetical', 'planned', 'all'], { message: 'asserted, negated, hypothetical, planned or all' }).optional(),
  limit: count(1_000_000).optional(),
  offset: count(1_000_000_000).optional(),
}).strict();

export type RawFilter = Partial<Record<keyof z.input<typeof FILTER_SCHEMA>, string>>;

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

/** A period of counts; `parameter` is the name the caller gave it (`count-by` on the command line, `period` over HTTP). */
export function parsePeriod(value: string, parameter: string): Period {
  if (value === 'day' || value === 'week' || value === 'month' || value === 'year') return value;
  throw new FilterError(parameter, 'day, week, month or year');
}
