// Checks on the data of dyad's own actor files (data/dictionaries/dyad): written by several hands, they must not
// contradict each other where they meet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../paths.js';
import { readNativeDictionary } from './native.js';
import type { ActorEntry } from '../model.js';

const dir = join(dataDir, 'dictionaries', 'dyad');
const actors: ActorEntry[] = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .flatMap((f) => readNativeDictionary(readFileSync(join(dir, f), 'utf8'), `data/dictionaries/dyad/${f}`).actors);

function overlaps(a: { from: string | null; to: string | null }, b: { from: string | null; to: string | null }): boolean {
  return (a.from ?? '0000') <= (b.to ?? '9999') && (b.from ?? '0000') <= (a.to ?? '9999');
}

test('no phrase of the native actor files names two countries at once (a later file may only refine a phrase, not move it abroad)', () => {
  const byPhrase = new Map<string, ActorEntry[]>();
  for (const a of actors) for (const p of a.phrases) byPhrase.set(p.join(' '), [...(byPhrase.get(p.join(' ')) ?? []), a]);
  const clashes: string[] = [];
  for (const [phrase, entries] of byPhrase) {
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        const a = entries[i]!;
        const b = entries[j]!;
        for (const ca of a.codes) {
          for (const cb of b.codes) {
            if (ca.from === null && ca.to === null) continue; // undated fallbacks yield to any dated code
            if (cb.from === null && cb.to === null) continue;
            if (ca.code.slice(0, 3) !== cb.code.slice(0, 3) && overlaps(ca, cb)) clashes.push(`${phrase}: ${a.source.file}:${a.source.line} ${ca.code} vs ${b.source.file}:${b.source.line} ${cb.code}`);
          }
        }
      }
    }
  }
  assert.deepEqual(clashes, []);
});

test('the office-holder files cover heads of state or government in every region, with dated codes', () => {
  const dated = actors.filter((a) => a.codes.some((c) => c.role && (c.from || c.to)));
  const countries = new Set(dated.flatMap((a) => a.codes.map((c) => c.code.slice(0, 3))));
  for (const c of ['TUR', 'USA', 'BRA', 'NGA', 'ZAF', 'IND', 'CHN', 'JPN', 'AUS', 'DEU', 'RUS', 'UKR', 'EGY', 'IRN', 'ISR', 'PSE', 'MEX', 'IDN']) assert.ok(countries.has(c), c);
  assert.ok(dated.length > 3000, `${dated.length} dated entries`);
});
