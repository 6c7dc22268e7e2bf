// `dyad code`: reads articles, codes them, prints their events; bad records are reported and skipped, never fatal for the rest.
import { Command, Option } from 'commander';
import { readArticles, formatProblem, type ReadProblem } from '../stages/ingest/read.js';
import { loadKnowledge } from '../dictionaries/knowledge.js';
import { formatter, OUTPUT_FORMATS, type OutputFormat } from './format.js';
import { INPUTS_HELP, addConfidenceOption, addDictionaryOptions, addJobsOption, addReadOptions, duplicatesNote, jobCount, knowledgeOptions, minConfidence, readOptions, withDates, type ArticleReadingOptions } from './options.js';
import { codeArticles } from '../pipeline/parallel.js';
import { reportUnsupported } from './unsupported.js';
import { heartbeat } from './progress.js';

interface CodeOptions extends ArticleReadingOptions {
  format: OutputFormat;
  minConfidence?: string;
  jobs?: string;
  allModalities?: boolean;
  /** False with --no-places. */
  places?: boolean;
  dictionaries?: string[];
  addDictionaries?: string[];
}

export function codeCommand(): Command {
  const command = new Command('code')
    .description('code dated news articles into CAMEO events and print them')
    .argument('<input...>', INPUTS_HELP)
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('jsonl'))
    .option('--all-modalities', 'also print negated, hypothetical and planned events (default: asserted only)')
    .option('--no-places', 'do not locate events (skips loading the gazetteer; every location is null)');
  addReadOptions(command);
  addConfidenceOption(command);
  addJobsOption(command);
  addDictionaryOptions(command);
  return command.action(async (inputs: string[], opts: CodeOptions) => {
    process.exitCode = await runCode(inputs, opts);
  });
}

export async function runCode(inputs: string[], opts: CodeOptions, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  reportUnsupported(loadKnowledge(knowledgeOptions(opts)), err, [...(opts.dictionaries ?? []), ...(opts.addDictionaries ?? [])]);
  const fmt = formatter(opts.format);
  let threshold: number;
  let jobs: number;
  try {
    threshold = minConfidence(opts.minConfidence, opts);
    jobs = jobCount(opts.jobs);
  } catch (e) {
    err.write(`dyad code: ${(e as Error).message}\n`);
    return 2;
  }
  let skipped = 0;
  let coded = 0;
  let eventCount = 0;
  let duplicates = 0;
  const onProblem = (p: ReadProblem) => {
    err.write(formatProblem(p) + '\n');
    if (p.severity !== 'warning') skipped++;
    if (p.duplicate) duplicates++;
  };
  out.write(fmt.header);
  let first = true;
  const beat = heartbeat(err, () => `dyad code: ${coded} article${coded === 1 ? '' : 's'} coded, ${eventCount} event${eventCount === 1 ? '' : 's'}…`);
  try {
    const articles = withDates(readArticles(inputs, onProblem, readOptions(opts)), onProblem);
    for await (const { article, result } of codeArticles(articles, { jobs, knowledge: knowledgeOptions(opts), places: opts.places !== false })) {
      if ('error' in result) {
        onProblem({ file: article.origin.file, line: article.origin.line, message: `could not code article ${article.id}: ${result.error}`, severity: 'error' });
        continue;
      }
      coded++;
      for (const event of result.events) {
        if (!opts.allModalities && event.modality !== 'asserted') continue;
        if ((event.confidence ?? 1) < threshold) continue;
        out.write(fmt.row(event, first));
        first = false;
        eventCount++;
      }
    }
  } catch (e) {
    if (e instanceof RangeError) {
      err.write(`dyad code: ${e.message}\n`);
      return 2;
    }
    throw e;
  } finally {
    beat.stop();
  }
  out.write(fmt.footer);
  err.write(`dyad code: ${coded} article${coded === 1 ? '' : 's'} coded, ${eventCount} event${eventCount === 1 ? '' : 's'} printed, ${skipped} record${skipped === 1 ? '' : 's'} skipped${duplicatesNote(duplicates)}\n`);
  return coded === 0 && skipped > 0 ? 1 : 0;
}
