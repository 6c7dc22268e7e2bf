// The word lists of data/lexicon/, each read once: one entry per line, lower case; "#" lines are comments.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../paths.js';

const lexicons = new Map<string, ReadonlySet<string>>();

export function lexicon(name: string): ReadonlySet<string> {
  let words = lexicons.get(name);
  if (!words) {
    words = new Set(readFileSync(join(dataDir, 'lexicon', name), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#')));
    lexicons.set(name, words);
  }
  return words;
}
