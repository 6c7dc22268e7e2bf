// Round trips of `dyad dictionaries convert` on real dictionaries: what is written reads back as the same knowledge.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { projectRoot } from '../../paths.js';
import { loadAnyDictionaryDir } from '../knowledge.js';
import type { Knowledge, VerbBlock } from '../model.js';
import { convertDictionaries, type ConvertTarget } from './convert.js';
import { patternText } from './pattern-text.js';

const fixtures = join(projectRoot, 'test', 'fixtures', 'dictionaries');
const testBed = join(fixtures, 'petr-testbed');
const tabari2014 = join(fixtures, 'petrarch1-2014');
const phoenix = join(projectRoot, 'data', 'dictionaries', 'phoenix');
const dyadYaml = join(projectRoot, 'data', 'dictionaries', 'dyad');

function convert(dir: string, target: ConvertTarget): { knowledge: Knowledge; out: string; lost: string[] } {
  const out = mkdtempSync(join(tmpdir(), `dyad-convert-${target}-`));
  const { lost } = convertDictionaries([dir], target, out);
  return { knowledge: loadAnyDictionaryDir(out), out, lost };
}

/** What the coder uses: everything but where each entry was read from (and no list is as good as an empty one). */
function used(value: unknown): unknown {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return undefined;
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'source' ? undefined : v instanceof Map ? [...v] : v)));
}

const parts = ['actors', 'agents', 'discards', 'verbBlocks', 'synsets', 'transformations', 'frames', 'nominals', 'unnamedTargets'] as const;

function assertSameKnowledge(read: Knowledge, original: Knowledge): void {
  for (const part of parts) assert.deepEqual(used(read[part]), used(original[part]), part);
}

describe('dyad dictionaries convert --to dyad: everything the coder uses, in one YAML file', () => {
  test('the PETRARCH-1 test bed (TABARI verbs: stems, { A | B } alternatives, [###] discards, dual codes)', () => {
    const { knowledge, out } = convert(testBed, 'dyad');
    assertSameKnowledge(knowledge, loadAnyDictionaryDir(testBed));
    // Line 4, "- SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS [111]": one pattern per alternative, a
    // stem marked "~", a whole word glued to its next neighbour "=".
    assert.match(readFileSync(join(out, 'petr-testbed.yaml'), 'utf8'), /pattern: SUGGESTED=_\+ \* DEMAND=_GENEVA=_CONVENTIONS~\n/);
  });

  test('the 2014 PETRARCH-1 set: CAMEO.091003.master.verbs, the CountryInfo-derived dated actors, agents, discards', () => {
    const { knowledge } = convert(tabari2014, 'dyad');
    assertSameKnowledge(knowledge, loadAnyDictionaryDir(tabari2014));
  });

  test("dyad's own YAML: frames, event nouns, unnamed-target rules, offices and Wikidata ids", () => {
    const { knowledge } = convert(dyadYaml, 'dyad');
    assertSameKnowledge(knowledge, loadAnyDictionaryDir(dyadYaml));
  });
});

/** Agents phrase by phrase, in order: PETRARCH-2 may write one agent as several lines with the same code. */
function agentPhrases(k: Knowledge): string[] {
  return k.agents.flatMap((a) => a.phrases.map((p) => `${p.join(' ')} [${a.position === 'suffix' ? '~' : ''}${a.code}${a.position === 'prefix' ? '~' : ''}]`));
}

/** A verb block without TABARI's stems: each verb's words and codes, each pattern as PETRARCH-2 writes it. */
function withoutStems(b: VerbBlock): unknown {
  return {
    name: b.name,
    code: [b.code, b.reverseCode],
    verbs: b.verbs.map((v) => [v.words.join(' '), v.verbIndex, v.code, v.reverseCode]),
    patterns: b.patterns.map((p) => [patternText(p, { dyad: false }), p.code, p.reverseCode, p.writtenFor ?? null]),
  };
}

describe('dyad dictionaries convert --to petrarch2: what PETRARCH-2 files can say', () => {
  test('the bundled Phoenix set reads back the same, but for two phrases holding a control character', () => {
    const original = loadAnyDictionaryDir(phoenix);
    const { knowledge, lost } = convert(phoenix, 'petrarch2');
    for (const part of ['discards', 'verbBlocks', 'synsets', 'transformations'] as const) assert.deepEqual(used(knowledge[part]), used(original[part]), part);
    assert.deepEqual(agentPhrases(knowledge), agentPhrases(original));
    // "LIAMINE_Z\x1aROUAL_": a control character makes a text file binary (and matches no text), so it is left out.
    const readable = original.actors.filter((a) => !a.phrases.some((p) => p.some((w) => /[\u0000-\u0008\u000e-\u001f]/.test(w))));
    assert.deepEqual(used(knowledge.actors), used(readable));
    assert.deepEqual(lost, ['2 × actor phrases holding a control character (a NUL byte): left out']);
  });

  test('the 2014 PETRARCH-1 set: the same actors, agents, discards, verbs, codes and patterns; its stems are listed as lost', () => {
    const original = loadAnyDictionaryDir(tabari2014);
    const { knowledge, lost } = convert(tabari2014, 'petrarch2');
    assert.deepEqual(agentPhrases(knowledge), agentPhrases(original));
    assert.deepEqual(used(knowledge.discards), used(original.discards));
    assert.deepEqual(knowledge.verbBlocks.map(withoutStems), original.verbBlocks.map(withoutStems));
    assert.equal(knowledge.actors.length, original.actors.length - 2);
    assert.deepEqual(lost, [
      '1055 × verbs matched as TABARI stems: written with the regular forms of the stem, which serve a verb (ABANDON) but not a stem that is none (RATIF)',
      '25392 × pattern words matched as TABARI stems ("VIOLAT" for "violated"): written as words',
      '3 × actor phrases holding a control character (a NUL byte): left out',
    ]);
  });

  test("dyad's own frames, event nouns and unnamed-target rules are listed as left out", () => {
    const { lost } = convert(dyadYaml, 'petrarch2');
    assert.ok(lost.some((l) => /^10 × frames of intent/.test(l)), lost.join('\n'));
    assert.ok(lost.some((l) => /^40 × event nouns/.test(l)), lost.join('\n'));
    assert.ok(lost.some((l) => /^5 × unnamed-target rules/.test(l)), lost.join('\n'));
  });
});
