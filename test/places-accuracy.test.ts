// The places test set (test/fixtures/places/sentences.jsonl): 80 newswire sentences, most from Wikinews, with the traps
// of issue 5 (meetings about other places, datelines, capitals as actors, namesakes, seas, words that are towns).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeArticle } from '../src/pipeline/pipeline.js';
import { loadKnowledge } from '../src/dictionaries/knowledge.js';
import { loadGazetteer } from '../src/stages/places/gazetteer.js';
import { predictedPlace, samePlace, type PlaceCase } from '../src/stages/places/accuracy.js';
import { projectRoot } from '../src/paths.js';

const file = join(projectRoot, 'test', 'fixtures', 'places', 'sentences.jsonl');
const cases = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as PlaceCase);

test('the places test set has at least 40 sentences, and dyad places at least 80% of them right (npm run places:accuracy lists the misses)', () => {
  assert.ok(cases.length >= 40);
  const knowledge = loadKnowledge();
  const gazetteer = loadGazetteer();
  let right = 0;
  for (const c of cases) {
    const doc = codeArticle({ id: c.id, date: c.date, title: null, text: c.text, url: null, source: null, origin: { file, line: 0 } }, { knowledge, gazetteer, placesOfEventlessArticles: true });
    if (samePlace(gazetteer, predictedPlace(doc), c)) right++;
  }
  assert.ok(right / cases.length >= 0.8, `place accuracy ${(right / cases.length).toFixed(3)}`);
});
