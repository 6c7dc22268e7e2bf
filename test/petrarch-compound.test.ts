// PETRARCH-2's reading of a compound actor after the verb: a named subject outside the compound acts on each member.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from './support/shared-paths.js';
import { loadKnowledge } from '../src/dictionaries/knowledge.js';
import { codeArticle } from '../src/pipeline/pipeline.js';
import { codedEvents } from '../src/document/coded-events.js';

const validateDir = join(sharedDir, 'dictionaries', 'petrarch-validate');

// The reference dictionaries live in ../shared: a clone without it skips this (CI has it).
test('"- * WITH % [031]": "Eriador agrees with the Philippines and France" is Eriador agreeing with each, not the two with each other', { skip: !existsSync(validateDir) }, () => {
  const knowledge = loadKnowledge({ dictionaries: [validateDir] });
  const doc = codeArticle({ id: 't', date: '1995-01-03', title: null, text: 'Eriador agrees with the Philippines and France that territorial disputes should be resolved through international arbitration.', url: null, source: null, origin: { file: 't', line: 1 } }, { knowledge, gazetteer: null });
  const events = codedEvents(doc).map((e) => `${e.cameo} ${e.source.code}>${e.target?.code}`).sort();
  assert.deepEqual(events, ['031 ERI>FRA', '031 ERI>PHL']);
});
