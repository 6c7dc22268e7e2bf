// Test helper: checks `dyad actors lookup` on dated phrases as the news wrote them, reporting every wrong one at once.
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/dictionaries/knowledge.js';
import { lookupActor } from '../../src/cli/actors.js';

let knowledge: ReturnType<typeof loadKnowledge> | null = null;

/** [phrase as the news wrote it, the article's date, expected code]. */
export type ActorCase = [string, string, string];

export function checkActorCases(cases: readonly ActorCase[]): void {
  knowledge ??= loadKnowledge();
  const wrong = cases
    .map(([phrase, date, code]) => ({ phrase, date, code, got: lookupActor(knowledge!, phrase, date).code }))
    .filter((r) => r.got !== r.code)
    .map((r) => `${r.phrase} (${r.date}): expected ${r.code}, got ${r.got}`);
  assert.deepEqual(wrong, []);
}
