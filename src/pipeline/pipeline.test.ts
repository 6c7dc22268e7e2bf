import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STAGES, checkStageOrder, type Stage } from './pipeline.js';

test('the declared stages run in an order where every input is assigned before it is read', () => {
  assert.doesNotThrow(() => checkStageOrder(STAGES));
  assert.deepEqual(STAGES.map((s) => s.name), ['segment', 'discards', 'actors', 'events', 'dates', 'places', 'confidence']);
});

test('a stage that reads what no earlier stage writes is refused, naming the stage and the field', () => {
  const events = STAGES.find((s) => s.name === 'events')!;
  const broken: Stage[] = [events, ...STAGES.filter((s) => s !== events)];
  assert.throws(() => checkStageOrder(broken), /stage "events" requires Doc\.tokens/);
});
