// The word lists of data/lexicon/ as data: each says what it holds, each entry once, and each is read by the product.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, projectRoot } from '../paths.js';
import { lexicon } from './lexicon.js';

const DIR = join(dataDir, 'lexicon');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.txt'));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [readFileSync(join(dir, e.name), 'utf8')] : []));
}

test('every list opens with a comment saying what its words are and what reads them', () => {
  for (const file of FILES) assert.match(readFileSync(join(DIR, file), 'utf8'), /^# \S/, file);
});

test('every entry is written once, in lower case, with no space around it', () => {
  for (const file of FILES) {
    const lines = readFileSync(join(DIR, file), 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    assert.equal(new Set(lines).size, lines.length, `${file} repeats an entry`);
    for (const line of lines) assert.ok(line === line.trim() && line === line.toLowerCase(), `${file}: "${line}"`);
    assert.equal(lexicon(file).size, lines.length, file);
  }
});

test('every list is read by the product: no list is left behind when the code stops using it', () => {
  const code = sources(join(projectRoot, 'src')).join('\n');
  for (const file of FILES) assert.ok(code.includes(`'${file}'`), `${file} is read nowhere in src/`);
});

test('a list keeps the order of its file, which the code may rely on when it walks it', () => {
  assert.deepEqual([...lexicon('articles.txt')], ['a', 'an', 'the']);
});
