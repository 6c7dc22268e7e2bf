// Options shared by several commands, declared once.
import { Option, type Command } from 'commander';
import type { KnowledgeOptions } from '../dictionaries/knowledge.js';
import { DEFAULT_MAX_ARTICLE_BYTES, type ReadOptions } from '../stages/ingest/read.js';
import { inputFormatsHelp } from '../stages/ingest/formats.js';
import { confidenceModel } from '../stages/confidence/model.js';
import { defaultJobs } from '../pipeline/parallel.js';
import type { Article } from '../document/types.js';
import type { ReadProblem } from '../stages/ingest/read.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** An option whose default is printed as the user would type it (`default: 8080`, not `default: "8080"`). */
export function defaulted(flags: string, description: string, value: string | number): Option {
  return new Option(flags, description).default(String(value), String(value));
}

export function addDictionaryOptions(command: Command): Command {
  return command
    .addOption(new Option('--dictionaries <dir>', 'code with the dictionaries in DIR instead of the built-ins (PETRARCH files and dyad YAML; repeatable)').argParser(collect))
    .addOption(new Option('--add-dictionaries <dir>', 'code with the built-ins plus the dictionaries in DIR (repeatable)').argParser(collect));
}

/** What `addDictionaryOptions` adds to a command's options. */
export interface DictionaryOptions {
  dictionaries?: string[];
  addDictionaries?: string[];
}

export function knowledgeOptions(opts: DictionaryOptions): KnowledgeOptions {
  return { dictionaries: opts.dictionaries, addDictionaries: opts.addDictionaries };
}

/** What the `<input...>` argument of the commands that read articles says; the formats follow the options. */
export const INPUTS_HELP = 'files, directories (recursively), or - for standard input; the formats are listed below';

/** The options of commands that read articles (`code`, `ingest`), and the input formats after them in `--help`. */
export function addReadOptions(command: Command): Command {
  return command
    .addHelpText('after', inputFormatsHelp())
    .option('--date <YYYY-MM-DD>', 'article date for records that carry none')
    .addOption(defaulted('--max-article-bytes <n>', 'skip (and report) articles whose text is longer', DEFAULT_MAX_ARTICLE_BYTES));
}

/** What `addReadOptions` adds to a command's options. */
export interface ArticleReadingOptions {
  date?: string;
  maxArticleBytes?: string;
}

/** The reader's options from the command line; a malformed size is a usage error (RangeError), as a bad --date is. */
export function readOptions(opts: ArticleReadingOptions): ReadOptions {
  const maxArticleBytes = opts.maxArticleBytes === undefined ? DEFAULT_MAX_ARTICLE_BYTES : Number(opts.maxArticleBytes);
  if (!Number.isInteger(maxArticleBytes) || maxArticleBytes < 1) throw new RangeError(`--max-article-bytes: a whole number of bytes, got "${opts.maxArticleBytes}"`);
  return { defaultDate: opts.date ?? null, maxArticleBytes };
}

/** "; 2 duplicate records (same date and text as an earlier one)", or nothing. */
export function duplicatesNote(count: number): string {
  return count === 0 ? '' : `; ${count} duplicate record${count === 1 ? '' : 's'} (same date and text as an earlier one)`;
}

/** The confidence below which events are left out by default: the trained model's threshold (0 without a model). */
export function defaultMinConfidence(): number {
  return confidenceModel()?.threshold ?? 0;
}

/** `--min-confidence`, for commands that print, store or score events. */
export function addConfidenceOption(command: Command): Command {
  return command.option('--min-confidence <p>', `leave out events whose confidence is lower (0 keeps all; default: the model's threshold, ${defaultMinConfidence()}, with the built-in dictionaries, else 0)`);
}

/**
 * The value of `--min-confidence`, checked: a RangeError names the flag when it is no probability. The default is the
 * model's threshold with the built-in dictionaries; coding with other dictionaries only (`--dictionaries`), whose
 * patterns the model never saw, it is 0.
 */
export function minConfidence(value: string | undefined, dictionaries?: DictionaryOptions): number {
  if (value === undefined) return dictionaries?.dictionaries?.length ? 0 : defaultMinConfidence();
  const p = Number(value);
  if (!Number.isFinite(p) || p < 0 || p > 1) throw new RangeError(`--min-confidence: a probability from 0 to 1, got "${value}"`);
  return p;
}

/** `--jobs`: how many worker threads code articles (default: one per core). */
export function addJobsOption(command: Command): Command {
  return command.option('--jobs <n>', `worker threads coding articles; the output is the same for any number (default: the cores of this machine, ${defaultJobs()})`);
}

/** The value of `--jobs`, checked: a RangeError names the flag when it is no positive whole number. */
export function jobCount(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new RangeError(`--jobs: a whole number from 1 to 256, got "${value}"`);
  return n;
}

/** The articles that carry a date; one without is reported (it cannot be coded: relative dates need one) and left out. */
export async function* withDates(articles: AsyncIterable<Article>, onProblem: (p: ReadProblem) => void): AsyncGenerator<Article> {
  for await (const article of articles) {
    if (article.date) yield article;
    else onProblem({ file: article.origin.file, line: article.origin.line, message: 'no article date: add a date line or a "date" field, or pass --date', severity: 'error' });
  }
}
