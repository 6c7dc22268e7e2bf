// The article readers behind `dyad code` and `dyad ingest`: files, directories and stdin in, Articles out, problems reported as they come.
//
// The formats and their extensions are listed once, in formats.ts (reference.ts, json.ts and web.ts read them). A
// directory is walked depth first in code-unit order of names, hidden entries and other extensions skipped; `-` is
// standard input, reported as `<stdin>`. Sniffing (.txt, other extensions, stdin): `{` starts JSON Lines, `[` a JSON
// array, `<` a feed or a web page (by their root element), anything else the reference format.
import type { Dirent } from 'node:fs';
import { open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Article, Origin } from '../../document/types.js';
import { readArticleDate } from './article-date.js';
import { contentHash } from './record.js';
import { readJsonDocument, readJsonLines } from './json.js';
import { linesOf, peekFirstContent, type NumberedLine } from './lines.js';
import type { ProblemSeverity, ReadProblem, Report } from './problems.js';
import type { ReadRecord } from './record.js';
import { readReferenceArticle } from './reference.js';
import { looksLikeFeed, readFeed, readHtmlPage } from './web.js';
import { extensionsPhrase, inputKindOf, WALKED_EXTENSIONS } from './formats.js';

export { isValidIsoDate } from './article-date.js';
export { formatProblem, type ProblemSeverity, type ReadProblem } from './problems.js';
export { contentHash, contentId } from './record.js';

export interface ReadOptions {
  /** Date for articles whose input gives none (YYYY-MM-DD or an ISO timestamp); without it they get null, or are skipped in the reference format. */
  defaultDate?: string | null;
  /** What `-` reads; process.stdin when absent. */
  stdin?: NodeJS.ReadableStream;
  /** Articles whose text is longer than this many bytes (UTF-8) are reported and skipped; default 1 MB. */
  maxArticleBytes?: number;
}

export const DEFAULT_MAX_ARTICLE_BYTES = 1_000_000;

export const STDIN_NAME = '<stdin>';


/**
 * Streams articles from each input path, reporting problems and continuing.
 * Throws only for a bad `defaultDate`, which is a usage error rather than bad input.
 */
export async function* readArticles(
  inputs: string[],
  onProblem: (p: ReadProblem) => void,
  options: ReadOptions = {},
): AsyncGenerator<Article> {
  let defaultDate: string | null = null;
  if (options.defaultDate != null) {
    const reading = readArticleDate(options.defaultDate, 'default date');
    if (!reading.ok) throw new RangeError(reading.reason);
    defaultDate = reading.date;
  }
  const ctx: ReadContext = { defaultDate, onProblem, stdin: options.stdin ?? null, stdinRead: false, problems: 0 };
  const maxBytes = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  // Ids are checked across the whole run, not per file, because coded events point back to their article by id alone;
  // contents too, because the store keeps one article per date and text.
  const firstSeen = new Map<string, Origin>();
  const firstContent = new Map<string, { id: string; origin: Origin }>();

  for (const input of inputs) {
    for await (const { article, ownId } of readInput(input, ctx)) {
      const { file, line } = article.origin;
      // A length under a third of the limit cannot reach it in UTF-8, so most articles are never measured.
      const bytes = article.text.length * 3 > maxBytes ? Buffer.byteLength(article.text, 'utf8') : 0;
      if (bytes > maxBytes) {
        onProblem({ file, line, severity: 'error', message: `the article's text is ${megabytes(bytes)}, over the limit of ${megabytes(maxBytes)} (--max-article-bytes); skipped` });
        continue;
      }
      const checked = withWebAddress(article, onProblem);
      const content = contentHash(checked).slice(0, 24);
      const same = firstContent.get(content);
      if (same) {
        const at = `${same.origin.file}:${same.origin.line}`;
        const ids = same.id === checked.id ? '' : ` (id ${JSON.stringify(same.id)}; this one ${JSON.stringify(checked.id)})`;
        onProblem({ file, line, severity: 'warning', duplicate: true, message: `a duplicate: same date and text as the record at ${at}${ids}` });
      } else {
        firstContent.set(content, { id: checked.id, origin: checked.origin });
      }
      const earlier = firstSeen.get(checked.id);
      if (earlier && ownId && !same) {
        onProblem({ file, line, severity: 'warning', message: `duplicate id ${JSON.stringify(checked.id)} (also at ${earlier.file}:${earlier.line}); both records are kept` });
      } else if (!earlier) {
        firstSeen.set(checked.id, checked.origin);
      }
      yield checked;
    }
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 2 : 0)} MB`;
}

/** The article with its url kept only when it is an http(s) address: a javascript:, file: or data: link is dropped, and said so. */
function withWebAddress(article: Article, onProblem: (p: ReadProblem) => void): Article {
  if (article.url === null) return article;
  let protocol = '';
  try {
    protocol = new URL(article.url).protocol;
  } catch {
    // not an absolute URL at all
  }
  if (protocol === 'http:' || protocol === 'https:') return article;
  const shown = article.url.length > 60 ? article.url.slice(0, 57) + '...' : article.url;
  onProblem({ file: article.origin.file, line: article.origin.line, severity: 'warning', message: `url ${JSON.stringify(shown)} is not an http or https address; dropped` });
  return { ...article, url: null };
}

interface ReadContext {
  defaultDate: string | null;
  onProblem: (p: ReadProblem) => void;
  /** Null means process.stdin, touched only when `-` is read: merely accessing it opens the stream. */
  stdin: NodeJS.ReadableStream | null;
  stdinRead: boolean;
  /** Problems reported so far: an input that yields no article and reports nothing is reported as empty. */
  problems: number;
}

function reporterFor(file: string, ctx: ReadContext): Report {
  return (line: number | null, message: string, severity: ProblemSeverity = 'error') => {
    ctx.problems++;
    ctx.onProblem({ file, line, message, severity });
  };
}

/** The records of one input, and a warning when it holds none and no problem said why (an empty file, "[]"). */
async function* saidIfEmpty(records: AsyncIterable<ReadRecord>, file: string, ctx: ReadContext): AsyncGenerator<ReadRecord> {
  const problems = ctx.problems;
  let found = 0;
  for await (const record of records) {
    found++;
    yield record;
  }
  if (found === 0 && ctx.problems === problems) reporterFor(file, ctx)(null, 'holds no articles', 'warning');
}

async function* readInput(input: string, ctx: ReadContext): AsyncGenerator<ReadRecord> {
  if (input === '-') {
    const report = reporterFor(STDIN_NAME, ctx);
    if (ctx.stdinRead) {
      report(null, 'standard input was already read earlier in this run; ignored', 'warning');
      return;
    }
    ctx.stdinRead = true;
    try {
      yield* saidIfEmpty(readSniffed(ctx.stdin ?? process.stdin, STDIN_NAME, ctx), STDIN_NAME, ctx);
    } catch (err) {
      report(null, `cannot read: ${describeFsError(err)}`);
    }
    return;
  }
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(input)).isDirectory();
  } catch (err) {
    reporterFor(input, ctx)(null, `cannot read: ${describeFsError(err)}`);
    return;
  }
  if (!isDirectory) {
    yield* saidIfEmpty(readFileInput(input, ctx), input, ctx);
    return;
  }
  let found = 0;
  for await (const file of walk(input, ctx, new Set())) {
    found += 1;
    yield* saidIfEmpty(readFileInput(file, ctx), file, ctx);
  }
  if (found === 0) {
    reporterFor(input, ctx)(null, `directory holds no ${extensionsPhrase()} files`, 'warning');
  }
}

async function* readFileInput(file: string, ctx: ReadContext): AsyncGenerator<ReadRecord> {
  const report = reporterFor(file, ctx);
  const kind = inputKindOf(extname(file));
  try {
    if (kind === 'json') {
      yield* readJsonDocument(await readFile(file, 'utf8'), file, ctx.defaultDate, report);
      return;
    }
    if (kind === 'feed') {
      const text = await readFile(file, 'utf8');
      if (looksLikeFeed(text)) yield* readFeed(text, file, ctx.defaultDate, report);
      else report(null, 'not an RSS or Atom feed');
      return;
    }
    if (kind === 'page') {
      const record = readHtmlPage(await readFile(file, 'utf8'), file, ctx.defaultDate, report);
      if (record) yield record;
      return;
    }
    // Opening first surfaces a missing or unreadable file here, as one clear problem, before any streaming.
    const handle = await open(file, 'r');
    const stream = handle.createReadStream({ encoding: 'utf8' });
    try {
      if (kind === 'json-lines') yield* readJsonLines(linesOf(stream), file, ctx.defaultDate, report);
      else yield* readSniffed(stream, file, ctx);
    } finally {
      // Also runs when the consumer stops early, so an abandoned file does not hold its descriptor.
      stream.destroy();
    }
  } catch (err) {
    report(null, `cannot read: ${describeFsError(err)}`);
  }
}

/** The whole of what is left, as text (a feed, a page or a JSON document is parsed whole). */
async function wholeText(lines: AsyncIterable<NumberedLine>): Promise<string> {
  const parts: string[] = [];
  for await (const line of lines) parts.push(line.text);
  return parts.join('\n');
}

/** Recognised by the first non-blank character: JSON Lines, a JSON array, a feed or web page, else the reference format. */
async function* readSniffed(input: NodeJS.ReadableStream, file: string, ctx: ReadContext): AsyncGenerator<ReadRecord> {
  const report = reporterFor(file, ctx);
  const { first, replay } = await peekFirstContent(linesOf(input));
  const start = first?.text.trimStart() ?? '';
  if (start.startsWith('{')) {
    yield* readJsonLines(replay, file, ctx.defaultDate, report);
    return;
  }
  if (start.startsWith('[')) {
    yield* readJsonDocument(await wholeText(replay), file, ctx.defaultDate, report);
    return;
  }
  if (start.startsWith('<')) {
    const text = await wholeText(replay);
    if (looksLikeFeed(text)) {
      yield* readFeed(text, file, ctx.defaultDate, report);
      return;
    }
    if (/<(!doctype html|html|head|body|article|main|p)[\s>]/i.test(text)) {
      const record = readHtmlPage(text, file, ctx.defaultDate, report);
      if (record) yield record;
      return;
    }
    const record = await readReferenceArticle((async function* () { yield* text.split('\n').map((t, k) => ({ n: k + 1, text: t })); })(), file, ctx.defaultDate, report);
    if (record) yield record;
    return;
  }
  const record = await readReferenceArticle(replay, file, ctx.defaultDate, report);
  if (record) yield record;
}

/** Files to read below `dir`, depth first, names in code-unit order (locale-independent, so runs agree everywhere). */
async function* walk(dir: string, ctx: ReadContext, visited: Set<string>): AsyncGenerator<string> {
  let entries: Dirent[];
  try {
    // Symlinked directories could loop back on themselves; each real directory is walked once.
    const real = await realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    reporterFor(dir, ctx)(null, `cannot read directory: ${describeFsError(err)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch (err) {
        reporterFor(path, ctx)(null, `cannot follow link: ${describeFsError(err)}`, 'warning');
        continue;
      }
    }
    if (isDirectory) yield* walk(path, ctx, visited);
    else if (isFile && WALKED_EXTENSIONS.has(extname(entry.name).toLowerCase())) yield path;
  }
}

const FS_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a path component is not a directory',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
};

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code && FS_ERRORS[code]) return FS_ERRORS[code];
  return err instanceof Error ? err.message : String(err);
}
