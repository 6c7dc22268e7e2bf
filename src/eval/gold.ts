// Reads a gold file (../shared/spec/GOLD.md): JSON Lines of records, validated with zod, every problem named by file:line.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { formatProblem, type ReadProblem } from '../stages/ingest/problems.js';
import type { GoldEvent, GoldRecord } from './score.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const nonEmpty = z.string().trim().min(1, 'must not be empty');

const goldEvent = z.object({
  // 3 or 4 digits; PETRARCH's validation suite also has codes such as "174L", which must load to be scored as misses.
  cameo: z.string().regex(/^\d{3}[0-9A-Z]?$/, 'must be a CAMEO code of 3 or 4 digits, e.g. "040" or "0256"'),
  source: nonEmpty.optional(),
  target: nonEmpty.nullable().optional(),
  source_text: z.array(nonEmpty).optional(),
  target_text: z.array(nonEmpty).optional(),
  date: day.optional(),
  location: nonEmpty.optional(),
}) satisfies z.ZodType<GoldEvent>;

// Unknown fields (license, category, ...) are dropped: gold files carry bookkeeping the scorer does not need.
const goldRecord = z.object({
  id: nonEmpty,
  text: nonEmpty,
  date: day.optional(),
  events: z.array(goldEvent),
  dictionaries: nonEmpty.optional(),
}) satisfies z.ZodType<GoldRecord>;

/** `events[0].cameo`, as one would write it in JavaScript. */
function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return 'record';
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i > 0 ? '.' : ''}${String(k)}`)).join('');
}

export class GoldFileError extends Error {
  constructor(readonly problems: ReadProblem[]) {
    const shown = problems.slice(0, 20).map(formatProblem);
    if (problems.length > shown.length) shown.push(`... and ${problems.length - shown.length} more`);
    super(`invalid gold file (see ../shared/spec/GOLD.md for the format):\n${shown.join('\n')}`);
    this.name = 'GoldFileError';
  }
}

export interface ReadGoldOptions {
  /** Where warnings go (default: stderr); they do not stop the reading. */
  warn?: (problem: ReadProblem) => void;
}

const warnOnStderr = (p: ReadProblem): void => void process.stderr.write(formatProblem(p) + '\n');

/**
 * Every record of the file, or a GoldFileError listing every bad line; blank lines are skipped. A repeated id is
 * only a warning: PETRARCH's own suite repeats two, and the scorer pairs events within a record, not across ids.
 */
export function readGoldFile(path: string, options: ReadGoldOptions = {}): GoldRecord[] {
  const warn = options.warn ?? warnOnStderr;
  const records: GoldRecord[] = [];
  const problems: ReadProblem[] = [];
  const firstLineOfId = new Map<string, number>();
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [i, text] of lines.entries()) {
    const line = i + 1;
    if (text.trim() === '') continue;
    const report = (message: string): void => void problems.push({ file: path, line, message, severity: 'error' });
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      report(`not valid JSON: ${(e as Error).message}`);
      continue;
    }
    const parsed = goldRecord.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report(`${fieldPath(issue.path)}: ${issue.message}`);
      continue;
    }
    const seen = firstLineOfId.get(parsed.data.id);
    if (seen === undefined) firstLineOfId.set(parsed.data.id, line);
    else warn({ file: path, line, message: `id "${parsed.data.id}" is also the id of line ${seen}; GOLD.md wants ids unique`, severity: 'warning' });
    records.push(parsed.data);
  }
  if (problems.length > 0) throw new GoldFileError(problems);
  return records;
}
