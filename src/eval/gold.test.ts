// Tests of the gold-file reader: valid files load, bad lines are named by file:line, the shared gold files read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedDir } from '../../test/support/shared-paths.js';
import { GoldFileError, readGoldFile } from './gold.js';
import type { ReadProblem } from '../stages/ingest/problems.js';

function goldFile(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dyad-gold-')), 'gold.jsonl');
  writeFileSync(path, content);
  return path;
}

const example =
  '{"id": "ex-001", "date": "2024-04-20", "text": "Turkish President Tayyip Erdogan met Hamas leader Ismail Haniyeh in Istanbul on Saturday.", "events": [{"cameo": "040", "source": "TUR", "target": "PSE"}]}';

test('the example record of GOLD.md reads as it stands, blank lines skipped', () => {
  const records = readGoldFile(goldFile(`${example}\n\n`));
  assert.deepEqual(records.map((r) => [r.id, r.date, r.events]), [['ex-001', '2024-04-20', [{ cameo: '040', source: 'TUR', target: 'PSE' }]]]);
});

test('every bad line is reported with its file and line and the field at fault', () => {
  const path = goldFile(`${example}\nnot json\n{"id": "x", "text": "t", "events": [{"cameo": "40"}]}\n`);
  assert.throws(
    () => readGoldFile(path),
    (e: unknown) =>
      e instanceof GoldFileError &&
      e.problems.map((p) => `${p.line} ${p.message.split(':')[0]}`).join('; ') === '2 not valid JSON; 3 events[0].cameo' &&
      e.message.includes(`${path}:3: events[0].cameo: must be a CAMEO code`),
  );
});

test('a repeated id is a warning, not an error', () => {
  const warnings: ReadProblem[] = [];
  const records = readGoldFile(goldFile(`${example}\n${example}\n`), { warn: (p) => warnings.push(p) });
  assert.equal(records.length, 2);
  assert.deepEqual(warnings.map((w) => w.line), [2]);
});

for (const name of ['cameo-manual-dev.jsonl', 'petrarch-unittest.jsonl']) {
  const path = join(sharedDir, 'gold', name);
  test(`../shared/gold/${name} reads without errors`, { skip: !existsSync(path) }, () => {
    assert.ok(readGoldFile(path, { warn: () => {} }).length > 190);
  });
}
