// Prints how often dyad puts the event of each test sentence in the right place (test/fixtures/places/sentences.jsonl).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeArticle } from '../src/pipeline/pipeline.js';
import { loadKnowledge } from '../src/dictionaries/knowledge.js';
import { loadGazetteer } from '../src/stages/places/gazetteer.js';
import { projectRoot } from '../src/paths.js';
import { predictedPlace, samePlace, type PlaceCase } from '../src/stages/places/accuracy.js';

const file = process.argv[2] ?? join(projectRoot, 'test', 'fixtures', 'places', 'sentences.jsonl');
const cases = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as PlaceCase);
const knowledge = loadKnowledge();
const gazetteer = loadGazetteer();
let right = 0;
const wrong: string[] = [];
for (const c of cases) {
  const doc = codeArticle({ id: c.id, date: c.date, title: null, text: c.text, url: null, source: null, origin: { file, line: 0 } }, { knowledge, gazetteer, placesOfEventlessArticles: true });
  const predicted = predictedPlace(doc);
  if (samePlace(gazetteer, predicted, c)) right++;
  else wrong.push(`${c.id}  expected ${c.place ?? 'none'} (${c.country ?? '-'}), got ${predicted ? `${predicted.name} (${predicted.country ?? '-'})` : 'none'}  — ${c.note ?? ''}`);
}
console.log(`place accuracy ${(right / cases.length).toFixed(3)} (${right} of ${cases.length} sentences)`);
for (const w of wrong) console.log('  ' + w);
