// Every event carries a confidence from the trained model; the bundled model is what `npm run train` makes of the current rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeArticle } from '../../pipeline/pipeline.js';
import { loadKnowledge } from '../../dictionaries/knowledge.js';
import { eventFeatures } from './features.js';
import { MODEL_FILE, probability } from './model.js';
import { projectRoot } from '../../paths.js';

const knowledge = loadKnowledge();
const code = (text: string, date = '2024-04-20') => codeArticle({ id: 't', date, title: null, text, url: null, source: null, origin: { file: 't', line: 1 } }, { knowledge });

test('every event gets a confidence between 0 and 1', () => {
  const doc = code('NATO member Turkey denounced the Israeli offensive in Gaza and called for an immediate ceasefire. Ankara has also imposed trade restrictions on Israel.');
  assert.ok(doc.events.length >= 3);
  for (const e of doc.events) assert.ok(e.confidence !== undefined && e.confidence >= 0 && e.confidence <= 1, JSON.stringify(e.confidence));
});

test('an event\'s features are the same whatever else the article says after it', () => {
  const alone = code('Ankara has imposed trade restrictions on Israel.');
  const more = code('Ankara has imposed trade restrictions on Israel. The weather was fine.');
  assert.deepEqual(eventFeatures(more, more.events[0]!), eventFeatures(alone, alone.events[0]!));
});

test('the probability grows with the weight of a feature the event has', () => {
  assert.ok(probability({ bias: 0, 'root:19': 2 }, ['bias', 'root:19']) > probability({ bias: 0, 'root:19': 1 }, ['bias', 'root:19']));
  assert.equal(probability({}, ['bias']), 0.5);
});

test('the bundled model is what npm run train makes from the current rules and annotated sets, byte for byte', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'dyad-train-')), 'model.json');
  const r = spawnSync(process.execPath, [join(projectRoot, 'dist', 'scripts', 'train-confidence.js'), out], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(readFileSync(out, 'utf8'), readFileSync(MODEL_FILE, 'utf8'), 'run npm run train after changing the coding rules');
});
