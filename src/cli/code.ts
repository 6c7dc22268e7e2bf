// `dyad code`: reads articles, codes them, prints their events; bad records are reported and skipped, never fatal for the rest.
import { Command, Option } from 'commander';
import { readArticles, formatProblem, type ReadProblem } from '../stages/ingest/read.js';
import { codeArticle } from '../pipeline/pipeline.js';
import { codedEvents } from '../output/coded-events.js';
import { loadKnowledge } from '../dictionaries/knowledge.js';
import { formatter, OUTPUT_FORMATS, type OutputFormat } from './format.js';
import { addConfidenceOption, addDictionaryOptions, addReadOptions, duplicatesNote, knowledgeOptions, minConfidence, readOptions, type ArticleReadingOptions } from './options.js';
import { reportUnsupported } from './unsupported.js';
import { loadGazetteer } from '../stages/places/gazetteer.js';

interface CodeOptions extends ArticleReadingOptions {
  format: OutputFormat;
  minConfidence?: string;
  allModalities?: boolean;
  /** False with --no-places. */
  places?: boolean;
  dictionaries?: string[];
  addDictionaries?: string[];
}

export function codeCommand(): Command {
  const command = new Command('code')
    .description('code dated news articles into CAMEO events and print them')
    .argument('<input...>', 'reference-format .txt files, JSON Lines files, directories (recursively), or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('jsonl'))
    .option('--all-modalities', 'also print negated, hypothetical and planned events (default: asserted only)')
    .option('--no-places', 'do not locate events (skips loading the gazetteer; every location is null)');
  addReadOptions(command);
  addConfidenceOption(command);
  addDictionaryOptions(command);
  return command.action(async (inputs: string[], opts: CodeOptions) => {
    process.exitCode = await runCode(inputs, opts);
  });
}

export async function runCode(inputs: string[], opts: CodeOptions, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const knowledge = loadKnowledge(knowledgeOptions(opts));
  reportUnsupported(knowledge, err, [...(opts.dictionaries ?? []), ...(opts.addDictionaries ?? [])]);
  const gazetteer = opts.places === false ? null : loadGazetteer();
  const fmt = formatter(opts.format);
  let threshold: number;
  try {
    threshold = minConfidence(opts.minConfidence, opts);
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
  try {
    for await (const article of readArticles(inputs, onProblem, readOptions(opts))) {
      if (!article.date) {
        onProblem({ file: article.origin.file, line: article.origin.line, message: 'no article date: add a date line or a "date" field, or pass --date', severity: 'error' });
        continue;
      }
      let events;
      try {
        events = codedEvents(codeArticle(article, { knowledge, gazetteer }));
      } catch (e) {
        onProblem({ file: article.origin.file, line: article.origin.line, message: `could not code article ${article.id}: ${(e as Error).message}`, severity: 'error' });
        continue;
      }
      coded++;
      for (const event of events) {
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
  }
  out.write(fmt.footer);
  err.write(`dyad code: ${coded} article${coded === 1 ? '' : 's'} coded, ${eventCount} event${eventCount === 1 ? '' : 's'} printed, ${skipped} record${skipped === 1 ? '' : 's'} skipped${duplicatesNote(duplicates)}\n`);
  return coded === 0 && skipped > 0 ? 1 : 0;
}
