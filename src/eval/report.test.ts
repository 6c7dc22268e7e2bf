// Tests of the eval report's layout: what people read first, and the summary lines a hook reads with `tail -4`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatEvalReport } from './report.js';
import { scoreGold } from './score.js';

const report = scoreGold([
  {
    gold: {
      id: 'ex-001',
      text: 'Turkish President Tayyip Erdogan met Hamas leader Ismail Haniyeh in Istanbul on Saturday.',
      events: [{ cameo: '040', source: 'TUR', target: 'PSE' }],
    },
    predicted: [
      { cameo: '043', source: { code: 'TURGOV', text: 'Erdogan' }, target: { code: 'PSEHMS', text: 'Haniyeh' } },
      { cameo: '112', source: { code: 'TUR', text: 'Turkish' }, target: null },
    ],
  },
]);

test('the last four lines of the text report are the summary figures', () => {
  const lines = formatEvalReport(report, { json: false }).trimEnd().split('\n');
  assert.deepEqual(lines.slice(-4), [
    'events: 1 gold, 2 predicted, 1 matched, in 1 records',
    'precision 0.500  recall 1.000  F1 0.667',
    'type F1 0.667  (precision 0.500  recall 1.000)',
    'code accuracy 0.000 (0 of 1)',
  ]);
});

test('records with misses come first, with the spurious prediction spelled out', () => {
  const text = formatEvalReport(report, { json: false });
  assert.ok(text.startsWith('Records with misses: 1 of 1'));
  assert.match(text, /^ {2}spurious {2}112 {3}TUR "Turkish" → none$/m);
});

test('--json gives the report itself', () => {
  assert.deepEqual(JSON.parse(formatEvalReport(report, { json: true })), JSON.parse(JSON.stringify(report)));
});
