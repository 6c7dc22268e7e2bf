// The status lines of long commands: on a terminal only; a heartbeat after the first interval, steps as they start; cleared at the end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { heartbeat, stepLine } from './progress.js';
import { capturedStream } from '../../test/support/captured-stream.js';


test('on a terminal, a command running longer than the interval says what it is doing, and the line is cleared when it ends', async () => {
  const err = capturedStream(true);
  let n = 0;
  const beat = heartbeat(err, () => `dyad code: ${++n} articles coded`, 20);
  await sleep(70);
  beat.stop();
  assert.match(err.said, /dyad code: 1 articles coded/);
  assert.ok(err.said.endsWith('\r\x1b[K'));
});

test('a command that ends within the interval prints nothing', async () => {
  const err = capturedStream(true);
  heartbeat(err, () => 'never', 1000).stop();
  await sleep(10);
  assert.equal(err.said, '');
});

test('a pipe or a log file gets no status line at all', async () => {
  const err = capturedStream(false);
  const beat = heartbeat(err, () => 'noise', 10);
  await sleep(40);
  beat.stop();
  assert.equal(err.said, '');
});

test('on a terminal, a step is said as it starts and wiped before what follows', () => {
  const err = capturedStream(true);
  const step = stepLine(err);
  step.say('dyad ingest: loading the dictionaries…');
  assert.equal(err.said, '\r\x1b[Kdyad ingest: loading the dictionaries…');
  step.clear();
  assert.ok(err.said.endsWith('\r\x1b[K'));
});

test('steps are not said on a pipe, nor with progress turned off', () => {
  const pipe = capturedStream(false);
  stepLine(pipe).say('noise');
  const quiet = capturedStream(true);
  stepLine(quiet, false).say('noise');
  assert.equal(pipe.said + quiet.said, '');
});
