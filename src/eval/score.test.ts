// Tests of the gold scorer, one rule of GOLD.md each, on the example record of GOLD.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorWords, scoreGold, type GoldEvent, type GoldRecord, type PredictedEvent } from './score.js';

const text = 'Turkish President Tayyip Erdogan met Hamas leader Ismail Haniyeh in Istanbul on Saturday.';

function record(events: GoldEvent[], id = 'ex-001'): GoldRecord {
  return { id, date: '2024-04-20', text, events };
}

const meeting: GoldEvent = { cameo: '040', source: 'TUR', target: 'PSE' };

function predicted(cameo: string, source: string, target: string | null, extra: Partial<PredictedEvent> = {}): PredictedEvent {
  return {
    cameo,
    source: { code: source, text: 'Turkish President Tayyip Erdogan' },
    target: target === null ? null : { code: target, text: 'Hamas leader Ismail Haniyeh' },
    ...extra,
  };
}

test('a prediction with the same code and actors matching the prefixes is a full match', () => {
  const r = scoreGold([{ gold: record([meeting]), predicted: [predicted('040', 'TURGOV', 'PSEHMS')] }]);
  assert.deepEqual([r.matched, r.precision, r.recall, r.f1], [1, 1, 1, 1]);
  assert.equal(r.codeAccuracy.value, 1);
  assert.deepEqual(r.misses, []);
});

test('a different code under the same root still matches, but lowers code accuracy', () => {
  const r = scoreGold([{ gold: record([meeting]), predicted: [predicted('043', 'TURGOV', 'PSE')] }]);
  assert.equal(r.f1, 1);
  assert.deepEqual(r.codeAccuracy, { correct: 0, total: 1, value: 0 });
});

test('the gold source is a prefix of the predicted source code', () => {
  const r = scoreGold([{ gold: record([meeting]), predicted: [predicted('040', 'PSEHMS', 'TUR')] }]);
  assert.equal(r.matched, 0);
});

test('PETRARCH\'s literal prefixes such as "---GOV" are compared as written', () => {
  const gold = record([{ cameo: '040', source: '---GOV', target: 'PSE' }]);
  assert.equal(scoreGold([{ gold, predicted: [predicted('040', '---GOV', 'PSE')] }]).matched, 1);
  assert.equal(scoreGold([{ gold, predicted: [predicted('040', 'TURGOV', 'PSE')] }]).matched, 0);
});

test('without a code, source_text matches when the predicted text shares a word, case and curly apostrophes aside', () => {
  const gold = record([{ cameo: '040', source_text: ['Turkish President Tayyip Erdogan'] }]);
  const p = predicted('040', 'TURGOV', 'PSE');
  p.source!.text = 'ERDOGAN’s';
  assert.equal(scoreGold([{ gold, predicted: [p] }]).matched, 1);
});

test('"the", "of" and punctuation are not shared words', () => {
  const gold = record([{ cameo: '040', source_text: ['the Government of Turkey'] }]);
  const p = predicted('040', 'TURGOV', 'PSE');
  p.source!.text = 'the office of the Prime Minister, Ankara';
  assert.equal(scoreGold([{ gold, predicted: [p] }]).matched, 0);
});

test('a possessive is the word without its s, so two possessives share nothing by it', () => {
  assert.deepEqual([...actorWords('South Korea’s defense ministry')], ['south', 'korea', 'defense', 'ministry']);
  assert.deepEqual([...actorWords('U.S. officials')], ['us', 'officials']);
  assert.deepEqual([...actorWords('Erdoğan')], ['erdogan']);
});

test('a gold target of null demands a prediction without a target', () => {
  const gold = record([{ cameo: '040', source: 'TUR', target: null }]);
  assert.equal(scoreGold([{ gold, predicted: [predicted('040', 'TURGOV', 'PSE')] }]).matched, 0);
  assert.equal(scoreGold([{ gold, predicted: [predicted('040', 'TURGOV', null)] }]).matched, 1);
});

test('matching is one-to-one: two identical gold events and one prediction give recall 0.5', () => {
  const r = scoreGold([{ gold: record([meeting, meeting]), predicted: [predicted('040', 'TURGOV', 'PSE')] }]);
  assert.equal(r.recall, 0.5);
  assert.equal(r.precision, 1);
  assert.equal(r.misses[0]?.missed.length, 1);
});

test('a prediction for a record with no gold events makes precision 0', () => {
  const r = scoreGold([{ gold: record([]), predicted: [predicted('040', 'TURGOV', 'PSE')] }]);
  assert.equal(r.precision, 0);
  assert.equal(r.recall, null);
  assert.equal(r.misses[0]?.spurious.length, 1);
});

test('type F1 counts root codes only, so an actor error lowers F1 but not type F1', () => {
  const r = scoreGold([{ gold: record([meeting]), predicted: [predicted('040', 'ISRGOV', 'PSE')] }]);
  assert.equal(r.f1, 0);
  assert.equal(r.type.f1, 1);
});

test('the per-root table gives support, predictions and matches of each root', () => {
  const gold = record([meeting, { cameo: '112', source: 'TUR', target: 'ISR' }]);
  const r = scoreGold([{ gold, predicted: [predicted('040', 'TURGOV', 'PSE'), predicted('190', 'TURMIL', 'PSE')] }]);
  assert.deepEqual(
    r.perRoot.map((x) => [x.root, x.support, x.predicted, x.matched, x.precision, x.recall]),
    [
      ['04', 1, 1, 1, 1, 1],
      ['11', 1, 0, 0, null, 0],
      ['19', 0, 1, 0, 0, null],
    ],
  );
});

test('date accuracy counts the matched pairs whose gold event gives a date', () => {
  const dated: GoldEvent = { ...meeting, date: '2024-04-20' };
  const r = scoreGold([
    { gold: record([dated], 'a'), predicted: [predicted('040', 'TURGOV', 'PSE', { date: '2024-04-20' })] },
    { gold: record([dated], 'b'), predicted: [predicted('040', 'TURGOV', 'PSE', { date: '2024-04-13' })] },
    { gold: record([meeting], 'c'), predicted: [predicted('040', 'TURGOV', 'PSE', { date: '1999-01-01' })] },
  ]);
  assert.deepEqual(r.dateAccuracy, { correct: 1, total: 2, value: 0.5 });
});

test('location accuracy compares place names regardless of case', () => {
  const gold = record([{ ...meeting, location: 'Istanbul' }]);
  const r = scoreGold([{ gold, predicted: [predicted('040', 'TURGOV', 'PSE', { location: { name: 'ISTANBUL' } })] }]);
  assert.deepEqual(r.locationAccuracy, { correct: 1, total: 1, value: 1 });
});
