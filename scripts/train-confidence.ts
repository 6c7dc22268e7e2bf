// `npm run train`: fits the confidence model (logistic regression over event features) to dyad's own annotated sets, deterministically.
// Trains on eval/tune.jsonl and eval/silver.jsonl (never eval/test.jsonl), writes data/models/event-confidence.json (or the file given).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { projectRoot } from '../src/paths.js';
import { readGoldFile } from '../src/eval/gold.js';
import { matchedPredictions, type GoldRecord, type PredictedEvent } from '../src/eval/score.js';
import { codeArticle, STAGES } from '../src/pipeline/pipeline.js';
import { loadKnowledge } from '../src/dictionaries/knowledge.js';
import { loadGazetteer } from '../src/stages/places/gazetteer.js';
import { eventFeatures } from '../src/stages/confidence/features.js';
import { MODEL_FILE, probability } from '../src/stages/confidence/model.js';

const SETS = ['eval/tune.jsonl', 'eval/silver.jsonl'];
const L2 = 0.001;
const ITERATIONS = 1500;
const RATE = 1;
const FOLDS = 5;
/** A feature seen fewer times than this is left out: it would only learn its few examples by heart. */
const MIN_COUNT = 3;

interface Example { features: string[]; label: 0 | 1; record: string }

const knowledge = loadKnowledge();
const gazetteer = loadGazetteer();
// Rules only: the stages up to (not including) confidence, places included: they settle or drop events that wait
// for a place, as in every run.
const rules = STAGES.filter((s) => s.name !== 'confidence');
const examples: Example[] = [];
const goldByRecord = new Map<string, number>();
for (const set of SETS) {
  // Records given by reference (Reuters) are left out, so that the model is the same with or without ../shared.
  for (const record of readGoldFile(join(projectRoot, set)).filter((r): r is typeof r & { text: string } => r.text !== undefined)) {
    const gold = record as GoldRecord;
    goldByRecord.set(`${set}#${gold.id}`, gold.events.length);
    const doc = codeArticle({ id: gold.id, date: gold.date ?? null, title: null, text: gold.text, url: null, source: null, origin: { file: set, line: 0 } }, { knowledge, gazetteer }, rules);
    const asserted = doc.events.filter((e) => e.modality === 'asserted');
    const predicted: PredictedEvent[] = asserted.map((e) => ({ cameo: e.cameo, source: e.source.unknown ? null : { code: e.source.code, text: doc.text.slice(doc.tokens[e.source.tokens.start]?.start ?? 0, doc.tokens[e.source.tokens.end - 1]?.end ?? 0) }, target: e.target ? { code: e.target.code, text: doc.text.slice(doc.tokens[e.target.tokens.start]?.start ?? 0, doc.tokens[e.target.tokens.end - 1]?.end ?? 0) } : null }));
    const labels = matchedPredictions(gold.events, predicted);
    asserted.forEach((e, k) => examples.push({ features: eventFeatures(doc, e), label: labels[k] ? 1 : 0, record: `${set}#${gold.id}` }));
  }
}

function train(data: readonly Example[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const x of data) for (const f of x.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = [...counts.entries()].filter(([f, n]) => n >= MIN_COUNT || f === 'bias').map(([f]) => f).sort();
  const index = new Map(kept.map((f, k) => [f, k]));
  const w = new Float64Array(kept.length);
  const rows = data.map((x) => ({ ids: x.features.map((f) => index.get(f)).filter((k): k is number => k !== undefined), y: x.label }));
  // Full-batch gradient descent: no randomness, the same weights on every machine.
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = new Float64Array(w.length);
    for (const r of rows) {
      let z = 0;
      for (const k of r.ids) z += w[k]!;
      const err = 1 / (1 + Math.exp(-z)) - r.y;
      for (const k of r.ids) grad[k]! += err;
    }
    for (let k = 0; k < w.length; k++) w[k]! -= RATE * (grad[k]! / rows.length + (kept[k] === 'bias' ? 0 : L2 * w[k]!));
  }
  const weights: Record<string, number> = {};
  kept.forEach((f, k) => {
    const v = Math.round(w[k]! * 10000) / 10000;
    if (v !== 0) weights[f] = v;
  });
  return weights;
}

/** The fold of a record, by a hash of its name: the same on every run. */
const foldOf = (record: string) => createHash('sha256').update(record).digest()[0]! % FOLDS;

// Held-out probabilities by cross-validation choose the threshold; the final model is trained on everything.
const heldOut: Array<{ p: number; label: number }> = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const weights = train(examples.filter((x) => foldOf(x.record) !== fold));
  for (const x of examples.filter((e) => foldOf(e.record) === fold)) heldOut.push({ p: probability(weights, x.features), label: x.label });
}
const goldEvents = [...goldByRecord.values()].reduce((a, b) => a + b, 0);
const f1At = (threshold: number) => {
  const kept = heldOut.filter((h) => h.p >= threshold);
  const tp = kept.reduce((n, h) => n + h.label, 0);
  const p = kept.length ? tp / kept.length : 0;
  const r = tp / goldEvents;
  return { threshold, precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const candidates = Array.from({ length: 61 }, (_, k) => k / 100);
const best = candidates.map(f1At).reduce((a, b) => (b.f1 > a.f1 + 1e-9 ? b : a));
const weights = train(examples);
const model = {
  description: `Logistic regression over event features (src/stages/confidence/features.ts), full-batch gradient descent, ${ITERATIONS} iterations, L2 ${L2}, features seen at least ${MIN_COUNT} times; threshold chosen by ${FOLDS}-fold cross-validation. ${examples.length} coded events (${examples.filter((x) => x.label).length} right) of ${goldByRecord.size} records with ${goldEvents} gold events. Cross-validated: all events F1 ${f1At(0).f1.toFixed(3)} (P ${f1At(0).precision.toFixed(3)}, R ${f1At(0).recall.toFixed(3)}); at the threshold F1 ${best.f1.toFixed(3)} (P ${best.precision.toFixed(3)}, R ${best.recall.toFixed(3)}).`,
  trained_on: SETS,
  threshold: best.threshold,
  weights,
};
const output = process.argv[2] ?? MODEL_FILE;
writeFileSync(output, JSON.stringify(model, null, 1) + '\n');
console.log(model.description);
console.log(`threshold ${best.threshold}; ${Object.keys(weights).length} weights written to ${output}`);
