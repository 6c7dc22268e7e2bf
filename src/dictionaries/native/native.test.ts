import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readNativeDictionary, DictionaryError } from './native.js';

test('an actor with dated codes: a partial date widens to the whole year', () => {
  const k = readNativeDictionary(`actors:
  - name: Hakan Fidan
    aliases: [Fidan]
    codes:
      - { code: TURSPY, from: 2010, to: 2023-06-03 }
      - { code: TURGOV, from: 2023-06-04 }
`, 'people.yaml');
  assert.deepEqual(k.actors[0]!.phrases, [['HAKAN', 'FIDAN'], ['FIDAN']]);
  assert.deepEqual(k.actors[0]!.codes, [
    { code: 'TURSPY', from: '2010-01-01', to: '2023-06-03' },
    { code: 'TURGOV', from: '2023-06-04', to: null },
  ]);
  assert.equal(k.actors[0]!.source.line, 2);
});

test('a schema error names the file, the line of the entry and the field', () => {
  assert.throws(() => readNativeDictionary(`actors:
  - name: Hamas
    codes: []
  - name: Hezbollah
    codes:
      - { code: lbnreb }
`, 'groups.yaml'), (e: unknown) => e instanceof DictionaryError && /groups\.yaml:3: actors\.0\.codes/.test(e.message));
});

test('broken YAML is reported with its line', () => {
  assert.throws(() => readNativeDictionary('actors:\n  - name: [unclosed\n', 'bad.yaml'), (e: unknown) => e instanceof DictionaryError && /^bad\.yaml:\d+:/.test(e.message));
});

test('verb patterns use the PETRARCH syntax and may give a reverse code', () => {
  const k = readNativeDictionary(`verbs:
  - block: MEET
    patterns:
      - { pattern: "* (FOR TALKS)", code: "036", reverse: "036" }
`, 'verbs.yaml');
  const pattern = k.verbBlocks[0]!.patterns[0]!;
  assert.equal(pattern.code, '036');
  assert.equal(pattern.reverseCode, '036');
  assert.equal(pattern.after[0]!.kind, 'prep');
});

test('a native verb gets its regular forms and keeps irregular ones', () => {
  const k = readNativeDictionary(`verbs:
  - block: URGE
    code: "020"
    verbs: ["urge", "speak {spoke spoken}"]
`, 'verbs.yaml');
  const [urge, speak] = k.verbBlocks[0]!.verbs;
  assert.ok(urge!.forms.includes('URGED') && urge!.forms.includes('URGING'));
  assert.ok(speak!.forms.includes('SPOKE') && speak!.forms.includes('SPOKEN'));
  assert.equal(urge!.inheritsBlockCode, true);
});

test('a native verb may carry a code of its own: "reject [120]" in a block without a default', () => {
  const k = readNativeDictionary(`verbs:
  - block: REFUSE
    verbs: ["reject [120]"]
`, 'verbs.yaml');
  const [reject] = k.verbBlocks[0]!.verbs;
  assert.deepEqual(reject!.words, ['REJECT']);
  assert.equal(reject!.code, '120');
  assert.equal(reject!.inheritsBlockCode, undefined);
});

test('unnamed targets name code prefixes and the domestic rule', () => {
  const k = readNativeDictionary(`unnamed_targets:
  - codes: ["14"]
    target: domestic
    except: [GOV]
`, 'unnamed.yaml');
  assert.deepEqual(k.unnamedTargets?.map((u) => [u.codes, u.target, u.except]), [[['14'], 'domestic', ['GOV']]]);
});

test('frames keep their map sorted by longest prefix first', () => {
  const k = readNativeDictionary(`frames:
  - name: intent
    verbs: [agree]
    target: complement
    map: { "07": "033", "072": "0332" }
`, 'frames.yaml');
  assert.deepEqual(k.frames![0]!.map, [['072', '0332'], ['07', '033']]);
});

test('a frame map key that YAML reads as a number is rejected with its line', () => {
  assert.throws(() => readNativeDictionary(`frames:
  - name: intent
    target: complement
    map: { 7: "033" }
`, 'frames.yaml'), (e: unknown) => e instanceof DictionaryError && /frames\.yaml:\d+: frames\.0\.map/.test(e.message));
});

test('nominal events declare their nouns, code and prepositions', () => {
  const k = readNativeDictionary(`nominals:
  - { nouns: [attack], code: "190", target: [on, against] }
`, 'nouns.yaml');
  assert.deepEqual(k.nominals![0]!.targetPrepositions, ['ON', 'AGAINST']);
  assert.equal(k.nominals![0]!.between, false);
});
