// JSON inputs: JSON Lines read record by record, and .json files holding one record or an array of records.
import { isBlank, splitLines, type NumberedLine } from './lines.js';
import type { Report } from './problems.js';
import { recordToArticle, type ReadRecord } from './record.js';
import { lineAt } from '../../text/characters.js';

/** One `{id, date?, title?, text, url?, source?}` per line; blank lines are skipped, bad lines reported and skipped. */
export async function* readJsonLines(
  lines: AsyncIterable<NumberedLine>,
  file: string,
  defaultDate: string | null,
  report: Report,
): AsyncGenerator<ReadRecord> {
  for await (const { n, text } of lines) {
    const record = readJsonLine(n, text, file, defaultDate, report);
    if (record) yield record;
  }
}

function readJsonLine(n: number, text: string, file: string, defaultDate: string | null, report: Report): ReadRecord | null {
  if (isBlank(text)) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    report(n, `broken JSON (${errorMessage(err)}); record skipped`);
    return null;
  }
  const result = recordToArticle(value, { file, line: n }, defaultDate);
  if (result.ok) return result.record;
  report(n, `${result.reasons.join('; ')}; record skipped`);
  return null;
}

/**
 * A whole .json document: an array of records, or a single record. Such files are parsed in one piece, so
 * large corpora belong in JSON Lines; a .json file that turns out to hold JSON Lines is read as such.
 */
export function* readJsonDocument(
  content: string,
  file: string,
  defaultDate: string | null,
  report: Report,
): Generator<ReadRecord> {
  const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    if (looksLikeJsonLines(text)) {
      yield* readJsonLinesSync(text, file, defaultDate, report);
      return;
    }
    report(positionLine(text, err), `broken JSON (${errorMessage(err)}); file skipped`);
    return;
  }
  const lines = Array.isArray(value) ? topLevelElementLines(text) : [lineOfFirstContent(text)];
  const records: unknown[] = Array.isArray(value) ? value : [value];
  for (const [i, record] of records.entries()) {
    const line = lines[i] ?? 1;
    const result = recordToArticle(record, { file, line }, defaultDate);
    if (result.ok) yield result.record;
    else report(line, `${result.reasons.join('; ')}; record skipped`);
  }
}

function* readJsonLinesSync(text: string, file: string, defaultDate: string | null, report: Report): Generator<ReadRecord> {
  for (const [i, line] of splitLines(text).entries()) {
    const record = readJsonLine(i + 1, line, file, defaultDate, report);
    if (record) yield record;
  }
}

// JSON Lines saved under .json is common enough to accept: several lines, the first of which is a JSON object.
function looksLikeJsonLines(text: string): boolean {
  const lines = splitLines(text).filter((l) => !isBlank(l));
  if (lines.length < 2 || !lines[0]!.trimStart().startsWith('{')) return false;
  try {
    JSON.parse(lines[0]!);
    return true;
  } catch {
    return false;
  }
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The line V8 points at in a JSON.parse error ("... at position 123"), or null when it gives none. */
function positionLine(text: string, err: unknown): number | null {
  const m = /position (\d+)/.exec(errorMessage(err));
  if (!m) return null;
  return lineAt(text, Number(m[1]));
}

function lineOfFirstContent(text: string): number {
  const i = text.search(/\S/);
  return i < 0 ? 1 : lineAt(text, i);
}

/**
 * The starting line of each element of a top-level JSON array, found by a scan that tracks strings and
 * nesting depth; JSON.parse gives no positions, and error messages should point at the record itself.
 * Only called on text JSON.parse has accepted, so the scan need not handle malformed input.
 */
function topLevelElementLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let escaped = false;
  let expectingElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectingElement && c !== ']' && c !== ',' && !/\s/.test(c)) {
      lines.push(line);
      expectingElement = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expectingElement = c === '[';
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectingElement = true;
  }
  return lines;
}
