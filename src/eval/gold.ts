// Reads a gold file (../shared/spec/GOLD.md): JSON Lines of records, validated with zod, every problem named by file:line.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { formatProblem, type ReadProblem } from '../stages/ingest/problems.js';
import type { GoldEvent, GoldRecord } from './score.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
/** An event's date may be known to the year or month only ("in 2007", "last May"). */
const eventDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date YYYY-MM-DD, YYYY-MM or YYYY');
const nonEmpty = z.string().trim().min(1, 'must not be empty');

const goldEvent = z.object({
  // 3 or 4 digits; PETRARCH's validation suite also has codes such as "174L", which must load to be scored as misses.
  cameo: z.string().regex(/^\d{3}[0-9A-Z]?$/, 'must be a CAMEO code of 3 or 4 digits, e.g. "040" or "0256"'),
  // null: the text does not say who did it (an unclaimed bombing); a prediction matches it with an unknown source.
  source: nonEmpty.nullable().optional(),
  target: nonEmpty.nullable().optional(),
  source_text: z.array(nonEmpty).optional(),
  target_text: z.array(nonEmpty).optional(),
  date: eventDate.optional(),
  location: nonEmpty.optional(),
}) satisfies z.ZodType<GoldEvent>;

/**
 * Where a record's text stands in a corpus that may not be copied into the repository (Reuters-21578): the scorer
 * reads it from `<corpora>/<corpus>.jsonl` and checks it against its hash.
 */
const textRef = z.object({
  corpus: z.string().regex(/^[\w.-]+$/, 'must be a corpus name such as "reuters-21578"'),
  article: nonEmpty,
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be the sha256 of the text, in hex'),
});

export type TextRef = z.infer<typeof textRef>;

// Unknown fields (license, note, ...) are dropped: gold files carry bookkeeping the scorer does not need.
const goldRecord = z
  .object({
    id: nonEmpty,
    text: nonEmpty.optional(),
    text_ref: textRef.optional(),
    date: day.optional(),
    events: z.array(goldEvent),
    dictionaries: nonEmpty.optional(),
    kind: nonEmpty.optional(),
  })
  .refine((r) => r.text !== undefined || r.text_ref !== undefined, { message: 'needs a text (or a text_ref into a corpus)', path: ['text'] });

/** A record as read: its text may still be in a corpus (`resolveTextRefs`). */
export type ReadGoldRecord = Omit<GoldRecord, 'text'> & { text?: string; text_ref?: TextRef; line: number };

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
export function readGoldFile(path: string, options: ReadGoldOptions = {}): ReadGoldRecord[] {
  const warn = options.warn ?? warnOnStderr;
  const records: ReadGoldRecord[] = [];
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
    records.push({ ...parsed.data, line });
  }
  if (problems.length > 0) throw new GoldFileError(problems);
  return records;
}

/**
 * The records with their texts: those given by reference are read from `corporaDir`. A record whose corpus is not
 * there is left out with one warning per corpus (the rest are still scored); a text whose hash differs is an error.
 */
export function resolveTextRefs(path: string, records: readonly ReadGoldRecord[], corporaDir: string, options: ReadGoldOptions = {}): GoldRecord[] {
  const warn = options.warn ?? warnOnStderr;
  const wanted = new Map<string, Set<string>>();
  for (const r of records) if (r.text === undefined && r.text_ref) (wanted.get(r.text_ref.corpus) ?? wanted.set(r.text_ref.corpus, new Set()).get(r.text_ref.corpus)!).add(r.text_ref.article);
  const texts = new Map<string, Map<string, string>>();
  for (const [corpus, articles] of wanted) {
    const file = join(corporaDir, `${corpus}.jsonl`);
    if (!existsSync(file)) continue;
    const found = new Map<string, string>();
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const article = JSON.parse(line) as { id?: unknown; text?: unknown };
      if (typeof article.id === 'string' && articles.has(article.id) && typeof article.text === 'string') found.set(article.id, article.text);
    }
    texts.set(corpus, found);
  }
  const problems: ReadProblem[] = [];
  const resolved: GoldRecord[] = [];
  const missing = new Map<string, number>();
  for (const r of records) {
    const { line, text_ref: ref, text, ...rest } = r;
    if (text !== undefined) {
      resolved.push({ ...rest, text });
      continue;
    }
    const corpus = texts.get(ref!.corpus);
    if (!corpus) {
      missing.set(ref!.corpus, (missing.get(ref!.corpus) ?? 0) + 1);
      continue;
    }
    const slice = corpus.get(ref!.article)?.slice(ref!.start, ref!.end);
    if (slice === undefined || createHash('sha256').update(slice).digest('hex') !== ref!.sha256) {
      problems.push({ file: path, line, message: `text_ref: ${ref!.corpus} ${ref!.article} [${ref!.start}, ${ref!.end}) is not the text this record was written for`, severity: 'error' });
      continue;
    }
    resolved.push({ ...rest, text: slice.replace(/\s+/g, ' ').trim() });
  }
  for (const [corpus, n] of missing) warn({ file: path, line: null, message: `${n} records take their text from ${join(corporaDir, corpus + '.jsonl')}, which is not there: scored without them (--corpora DIR)`, severity: 'warning' });
  if (problems.length > 0) throw new GoldFileError(problems);
  return resolved;
}
