import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';
import { parseDictionaryDirs } from './knowledge.js';
import { readCompiledKnowledge, writeCompiledKnowledge } from './compiled.js';

const TABARI_SET = join(projectRoot, 'test', 'fixtures', 'dictionaries', 'petrarch1-2014');

test('the 2014 PETRARCH-1 set compiled reads back as parsed, its non-ASCII names and 16,000 patterns included', () => {
  const parsed = parseDictionaryDirs([TABARI_SET]);
  const path = join(mkdtempSync(join(tmpdir(), 'dyad-compiled-')), 'set.json');
  writeCompiledKnowledge(parsed, [TABARI_SET], path);
  // Escaped to ASCII so that it reads as one-byte text: no byte above 0x7f.
  assert.equal(readFileSync(path).some((byte) => byte > 0x7f), false);
  const compiled = readCompiledKnowledge([TABARI_SET], path);
  assert.ok(compiled);
  assert.ok(parsed.actors.some((a) => a.phrases.some((p) => /[^\x00-\x7f]/.test(p.join(' ')))), 'the set has non-ASCII names');
  assert.deepEqual(JSON.parse(JSON.stringify({ ...compiled, synsets: [...compiled.synsets] })), JSON.parse(JSON.stringify({ ...parsed, synsets: [...parsed.synsets] })));
  assert.ok(compiled.verbBlocks.reduce((n, b) => n + b.patterns.length, 0) > 16000);
});

test('a pattern list read from a compiled file is parsed once and can be replaced', () => {
  const parsed = parseDictionaryDirs([join(projectRoot, 'test', 'fixtures', 'dictionaries', 'petr-testbed')]);
  const dir = join(projectRoot, 'test', 'fixtures', 'dictionaries', 'petr-testbed');
  const path = join(mkdtempSync(join(tmpdir(), 'dyad-compiled-')), 'testbed.json');
  writeCompiledKnowledge(parsed, [dir], path);
  const block = readCompiledKnowledge([dir], path)!.verbBlocks.find((b) => b.patterns.length > 0)!;
  assert.equal(block.patterns, block.patterns);
  block.patterns = [];
  assert.deepEqual(block.patterns, []);
});
