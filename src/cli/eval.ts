// `dyad eval`: codes each gold record's text and scores the asserted events as spec/GOLD.md defines.
import { Command } from 'commander';
import { codeArticle } from '../pipeline/pipeline.js';
import { codedEvents } from '../document/coded-events.js';
import { loadKnowledge } from '../dictionaries/knowledge.js';
import { readGoldFile, resolveTextRefs } from '../eval/gold.js';
import { resolve } from 'node:path';
import { projectRoot } from '../paths.js';
import { scoreGold, type PredictedEvent } from '../eval/score.js';
import { formatEvalReport } from '../eval/report.js';
import { addDictionaryOptions, knowledgeOptions, minConfidence } from './options.js';
import { reportUnsupported } from './unsupported.js';
import { loadGazetteer } from '../stages/places/gazetteer.js';

interface EvalOptions {
  json?: boolean;
  corpora?: string;
  minConfidence?: string;
  dictionaries?: string[];
  addDictionaries?: string[];
}

export function evalCommand(): Command {
  const command = new Command('eval')
    .description('score dyad against a gold file (spec: GOLD.md): precision, recall, F1, type F1, code accuracy, per-root table, misses')
    .argument('<gold>', 'gold file, JSON Lines')
    .option('--json', 'print the report as JSON')
    .option('--min-confidence <p>', 'score only events at least this confident (default: the model\'s threshold; 0 scores the rules alone)')
    .option('--corpora <dir>', 'where records given by text_ref find their corpus (default: $DYAD_CORPORA, else ../shared/corpora)');
  addDictionaryOptions(command);
  return command.action((gold: string, opts: EvalOptions) => {
    process.exitCode = runEval(gold, opts);
  });
}

export function runEval(goldPath: string, opts: EvalOptions, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): number {
  const knowledge = loadKnowledge(knowledgeOptions(opts));
  reportUnsupported(knowledge, err, [...(opts.dictionaries ?? []), ...(opts.addDictionaries ?? [])]);
  const corpora = opts.corpora ?? process.env['DYAD_CORPORA'] ?? resolve(projectRoot, '..', 'shared', 'corpora');
  const records = resolveTextRefs(goldPath, readGoldFile(goldPath), corpora);
  // Coded as `dyad code` codes, with places: they settle or drop the events that wait for one.
  const gazetteer = loadGazetteer();
  const threshold = minConfidence(opts.minConfidence, opts);
  const coded = records.map((gold, k) => {
    const article = { id: gold.id, date: gold.date ?? null, title: null, text: gold.text, url: null, source: null, origin: { file: goldPath, line: k + 1 } };
    const predicted: Array<PredictedEvent & { confidence: number }> = codedEvents(codeArticle(article, { knowledge, gazetteer }))
      .filter((e) => e.modality === 'asserted')
      .map((e) => ({
        cameo: e.cameo,
        source: e.source.unknown ? null : { code: e.source.code, text: e.source.text },
        target: e.target ? { code: e.target.code, text: e.target.text } : null,
        date: e.date,
        location: e.location ? { name: e.location.name } : null,
        confidence: e.confidence ?? 1,
      }));
    return { gold, predicted };
  });
  const at = (p: number) => coded.map(({ gold, predicted }) => ({ gold, predicted: predicted.filter((e) => e.confidence >= p) }));
  const report = scoreGold(at(threshold));
  // Precision and recall at two more thresholds: what a stricter or a looser user gets.
  const alternatives = [0, 0.5].filter((p) => p !== threshold).map((p) => ({ threshold: p, ...scoreGold(at(p)) }));
  out.write(formatEvalReport(report, { json: opts.json ?? false, threshold, alternatives }));
  return 0;
}
