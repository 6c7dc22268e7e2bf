// Loads every shared PETRARCH dictionary and checks entry counts per file against counts taken independently with grep/awk.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { sharedDir } from '../../test/support/shared-paths.js';
import { loadDictionaryDir, mergeKnowledge } from './load.js';
import type { Knowledge } from './model.js';
import { emptyKnowledge } from './model.js';

const phoenixDir = join(sharedDir, 'dictionaries', 'phoenix');
const validateDir = join(sharedDir, 'dictionaries', 'petrarch-validate');

interface FileCounts {
  actors?: number;
  actorPhrases?: number;
  actorCodes?: number;
  agents?: number;
  agentPhrases?: number;
  prefixAgents?: number;
  discards?: number;
  storyDiscards?: number;
  blocks?: number;
  verbs?: number;
  patterns?: number;
  synsets?: number;
  transformations?: number;
  unsupported: number;
}

/**
 * How the expected numbers were taken (from the shared files, without dyad):
 * - blocks `grep -c '^---'`; synsets `grep -c '^&'`; transformations `grep -c '^~'`.
 * - verbs: lines after the first block starting with a letter, plus "+" lines inside blocks (CAMEO: 1688 + 129; the
 *   validation file: 265 + 4), plus 3 entries for the WIRE_TAP forms whose "+" sits on another word.
 * - patterns: `grep '^-' | grep -vc '^---'` (CAMEO 4668, validation 474); CAMEO loses 4 unreadable lines and gains 11
 *   from "A/B" alternatives (lines 5256, 5451, 7771, 8447, 8448, 8991, 9018, 9022 one each, 8452 three).
 * - actors: non-comment lines neither starting with "+" nor "["; phrases add the "+" lines (Countries: 7527, less the
 *   "+FAEROYENE]_", read without its stray "]"); codes count "[...]" groups (Countries 28389, International 7896, MilNonState 1021,
 *   validation 138), plus the codes shared with name lines that have none (Countries 114, International 3), counted
 *   by a separate script applying the same rule.
 * - agents: lines with a closed "[...]" once "#" comments are cut; prefix agents: codes ending in "~";
 *   phrases by a separate script applying the plural and substitution rules.
 * - discards: `grep -vc '^\s*$\|^#'`; story discards: lines starting with "+".
 */
const expected: Record<string, FileCounts> = {
  'phoenix/CAMEO.2.0.txt': { blocks: 397, verbs: 1820, patterns: 4675, synsets: 40, transformations: 8, unsupported: 4 },
  'phoenix/Phoenix.Countries.actors.txt': { actors: 18390, actorPhrases: 25917, actorCodes: 28503, unsupported: 7 },
  'phoenix/Phoenix.International.actors.txt': { actors: 7841, actorPhrases: 7907, actorCodes: 7899, unsupported: 4 },
  'phoenix/Phoenix.MilNonState.actors.txt': { actors: 1021, actorPhrases: 1793, actorCodes: 1021, unsupported: 0 },
  'phoenix/Phoenix.agents.txt': { agents: 2243, agentPhrases: 5130, prefixAgents: 3, unsupported: 2 },
  'phoenix/Phoenix.discards.txt': { discards: 506, storyDiscards: 64, unsupported: 0 },
  'phoenix/Phoenix.prepositions.txt': { unsupported: 1 },
  'petrarch-validate/PETR.Validate.verbs.txt': { blocks: 261, verbs: 269, patterns: 474, synsets: 17, transformations: 0, unsupported: 1 },
  'petrarch-validate/PETR.Validate.actors.txt': { actors: 128, actorPhrases: 161, actorCodes: 138, unsupported: 0 },
  'petrarch-validate/PETR.Validate.agents.txt': { agents: 88, agentPhrases: 164, prefixAgents: 3, unsupported: 0 },
  'petrarch-validate/PETR.Validate.discards.txt': { discards: 9, storyDiscards: 4, unsupported: 0 },
};

function countsOf(knowledge: Knowledge, file: string): FileCounts {
  const mine = <T extends { source: { file: string } }>(list: T[]): T[] => list.filter((e) => e.source.file === file);
  const actors = mine(knowledge.actors);
  const agents = mine(knowledge.agents);
  const discards = mine(knowledge.discards);
  const blocks = mine(knowledge.verbBlocks);
  const counts: FileCounts = { unsupported: mine(knowledge.unsupported).length };
  if (actors.length > 0) {
    counts.actors = actors.length;
    counts.actorPhrases = actors.reduce((n, a) => n + a.phrases.length, 0);
    counts.actorCodes = actors.reduce((n, a) => n + a.codes.length, 0);
  }
  if (agents.length > 0) {
    counts.agents = agents.length;
    counts.agentPhrases = agents.reduce((n, a) => n + a.phrases.length, 0);
    counts.prefixAgents = agents.filter((a) => a.position === 'prefix').length;
  }
  if (discards.length > 0) {
    counts.discards = discards.length;
    counts.storyDiscards = discards.filter((d) => d.scope === 'story').length;
  }
  if (blocks.length > 0) {
    counts.blocks = blocks.length;
    counts.verbs = blocks.reduce((n, b) => n + b.verbs.length, 0);
    counts.patterns = blocks.reduce((n, b) => n + b.patterns.length, 0);
    counts.synsets = knowledge.synsets.size;
    counts.transformations = mine(knowledge.transformations ?? []).length;
  }
  return counts;
}

// The reference dictionaries live in ../shared: a clone without it skips these counts (CI has it).
describe('loadDictionaryDir on the shared dictionaries', { skip: !existsSync(phoenixDir) || !existsSync(validateDir) }, () => {
  const loaded = new Map<string, Knowledge>([
    ['phoenix', loadDictionaryDir(phoenixDir)],
    ['petrarch-validate', loadDictionaryDir(validateDir)],
  ]);

  test('every file of both directories is expected (LICENSE is skipped as a companion file)', () => {
    const files = ['phoenix', 'petrarch-validate'].flatMap((dir) =>
      readdirSync(join(sharedDir, 'dictionaries', dir))
        .filter((f) => f !== 'LICENSE')
        .map((f) => `${dir}/${f}`),
    );
    assert.deepEqual(files.sort(), Object.keys(expected).sort());
  });

  for (const [path, counts] of Object.entries(expected)) {
    test(`${path}: entry and unsupported counts`, () => {
      const [dir, file] = path.split('/') as [string, string];
      assert.deepEqual(countsOf(loaded.get(dir)!, file), counts);
    });
  }

  test('the unsupported constructs of the Phoenix files are the known ones', () => {
    const reasons = loaded.get('phoenix')!.unsupported.map((u) => `${u.source.file}:${u.source.line}: ${u.reason.replace(/".*$/, '').trim()}`);
    assert.deepEqual(reasons, [
      'CAMEO.2.0.txt:2374: unbalanced',
      'CAMEO.2.0.txt:7606: unbalanced',
      'CAMEO.2.0.txt:8443: synset &WEATHER is not defined',
      'CAMEO.2.0.txt:8444: synset &DEMONSTRATION is not defined',
      'Phoenix.Countries.actors.txt:2039: malformed date',
      'Phoenix.Countries.actors.txt:14190: date range 2012-12-07 to 2012-08-02 ends before it starts, so the code never applies',
      'Phoenix.Countries.actors.txt:15346: a',
      'Phoenix.Countries.actors.txt:18010: malformed date',
      'Phoenix.Countries.actors.txt:22508: malformed date',
      'Phoenix.Countries.actors.txt:22519: malformed date',
      'Phoenix.Countries.actors.txt:43613: malformed date',
      'Phoenix.International.actors.txt:40: malformed date',
      'Phoenix.International.actors.txt:3696: text after codes ignored',
      'Phoenix.International.actors.txt:3726: text after codes ignored',
      'Phoenix.International.actors.txt:6605: text after codes ignored',
      'Phoenix.agents.txt:544: agent line must hold one [code]; line ignored',
      'Phoenix.agents.txt:1927: agent without a [code]; line ignored',
      'Phoenix.prepositions.txt:1: not a PETRARCH or TABARI verbs, actors, agents, discards, issues or options file; file ignored',
    ]);
  });

});

describe('mergeKnowledge', () => {
  test('appends b after a and pools synsets of the same name', () => {
    const a = emptyKnowledge();
    a.synsets.set('CURRENCY', [['MONEY']]);
    a.discards.push({ phrase: ['1914'], scope: 'sentence', source: { file: 'a', line: 1 } });
    const b = emptyKnowledge();
    b.synsets.set('CURRENCY', [['MONEY'], ['EURO']]);
    b.discards.push({ phrase: ['BASEBALL'], scope: 'sentence', source: { file: 'b', line: 1 } });
    const merged = mergeKnowledge(a, b);
    assert.deepEqual(merged.synsets.get('CURRENCY'), [['MONEY'], ['EURO']]);
    assert.deepEqual(merged.discards.map((d) => d.source.file), ['a', 'b']);
    assert.deepEqual(a.synsets.get('CURRENCY'), [['MONEY']]);
  });
});
