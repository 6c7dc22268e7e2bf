// Agreement of two blind coders on the same records (eval/agreement/): the second scored against the first, with GOLD.md's rules.
// Usage: node dist/scripts/eval-agreement.js [FIRST.jsonl SECOND.jsonl]
import { join } from 'node:path';
import { projectRoot } from '../src/paths.js';
import { readGoldFile, resolveTextRefs } from '../src/eval/gold.js';
import { scoreGold, type GoldEvent, type PredictedEvent } from '../src/eval/score.js';
import { formatEvalReport } from '../src/eval/report.js';

const [firstPath = join(projectRoot, 'eval', 'agreement', 'first-coder.jsonl'), secondPath = join(projectRoot, 'eval', 'agreement', 'second-coder.jsonl')] = process.argv.slice(2);
const corpora = process.env['DYAD_CORPORA'] ?? join(projectRoot, '..', 'shared', 'corpora');
const first = resolveTextRefs(firstPath, readGoldFile(firstPath), corpora);
const second = new Map(resolveTextRefs(secondPath, readGoldFile(secondPath), corpora).map((r) => [r.id, r]));

/** A coder's actor as a prediction: the code it gave (or none), and its words. */
function side(code: string | null | undefined, phrases: string[] | undefined): { code: string; text: string } | null {
  if (code === null) return null;
  return { code: code ?? '', text: (phrases ?? []).join(' ') };
}

const asPredicted = (e: GoldEvent): PredictedEvent => ({ cameo: e.cameo, source: side(e.source, e.source_text), target: side(e.target, e.target_text) });
const report = scoreGold(first.filter((r) => second.has(r.id)).map((gold) => ({ gold, predicted: second.get(gold.id)!.events.map(asPredicted) })));
process.stdout.write(formatEvalReport(report, { json: process.argv.includes('--json') }));
