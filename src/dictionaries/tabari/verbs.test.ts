// Specification of the TABARI / PETRARCH-1 verb reader, one behaviour per test, on lines of PETR.Testbed.verbs.txt and CAMEO.091003.master.verbs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, test } from 'node:test';
import type { PatternElement, VerbBlock } from '../model.js';
import { projectRoot } from '../../paths.js';
import { readTabariVerbs } from './verbs.js';

function read(...lines: string[]) {
  return readTabariVerbs(lines.join('\n'), 'test.verbs');
}

function block(name: string, ...lines: string[]): VerbBlock {
  const result = read(...lines);
  assert.deepEqual(result.unsupported, []);
  const found = result.blocks.find((b) => b.name === `${name} (TEST.VERBS)`);
  assert.ok(found, `block ${name}`);
  return found;
}

/** A pattern's elements as text: stems end in "~", "_" joins adjacent elements. */
function show(elements: readonly PatternElement[]): string {
  return elements
    .map((e) => {
      const text = e.kind === 'word' ? e.word + (e.stem ? '~' : '') : e.kind === 'synset' ? `&${e.name}` : { source: '$', target: '+', compound: '%', skip: '^' }[e.kind as string] ?? e.kind;
      return (e.adjacentToPrevious ? '_' : ' ') + text;
    })
    .join('')
    .trim();
}

describe('head verbs', () => {
  test('"ABANDON  [345] ;pas 15 Jul 2003" is a verb with its own code; ";" starts a comment', () => {
    const verb = block('ABANDON', 'ABANDON  [345] ;pas 15 Jul 2003').verbs[0]!;
    assert.deepEqual(verb.words, ['ABANDON']);
    assert.equal(verb.code, '345');
  });

  test('an unmarked verb is a stem: "CRITICI  [121]" takes "criticised", "criticizing"', () => {
    assert.deepEqual(block('CRITICI', 'CRITICI  [121] ;pas  3/1/91').verbs[0]!.stems, ['CRITICI']);
  });

  test('"ACT_ [100]" is the word ACT only, and "{ ACTING_ ACTXD_ ACTUALITY }" adds its forms (ACTUALITY a stem)', () => {
    const verb = block('ACT', 'ACT_ [100]', '{ ACTING_ ACTXD_ ACTUALITY  }').verbs[0]!;
    assert.deepEqual(verb.forms, ['ACT', 'ACTING', 'ACTXD', 'ACTUALITY']);
    assert.deepEqual(verb.stems, ['ACTUALITY']);
  });

  test('"BAN= [191]": "=" cancels stems and endings', () => {
    assert.equal(block('BAN', 'BAN= [191] ;tony  4/23/91').verbs[0]!.stems, undefined);
  });

  test('"CALLED_ON  [094]" is a verb of two words that stand together, in the block of CALLED', () => {
    const verbs = block('CALLED', 'CALLED  [010]', 'CALLED_ON  [094] ;jw   10/8/91').verbs;
    assert.deepEqual(verbs.map((v) => [v.words.join(' '), v.code]), [['CALLED', '010'], ['CALLED ON', '094']]);
  });

  test('"APPRECIATE POSITION  [042]": the words after a blank are a pattern of the bare verb, which codes nothing alone', () => {
    const b = block('APPRECIATE', 'APPRECIATE POSITION  [042]');
    assert.equal(b.verbs[0]!.code, null);
    assert.deepEqual(b.patterns.map((p) => [show(p.after), p.code]), [['POSITION~', '042']]);
  });

  test('codes with "?", "!" and letters are kept as written: "SAID  [023?]", "ATTEND  [031!]", "- * ASYLUM  [174L]"', () => {
    const result = read('SAID  [023?]', 'ATTEND  [031!]', 'BARGAIN  [031]', '- * ASYLUM  [174L]');
    assert.deepEqual(result.blocks.map((b) => b.verbs[0]!.code), ['023?', '031!', '031']);
    assert.equal(result.blocks[2]!.patterns[0]!.code, '174L');
  });

  test('a dual code "ARRIVE  [032:033]" gives the reverse direction its own code', () => {
    const verb = block('ARRIVE', 'ARRIVE  [032:033] ;-PAS 95.12.18').verbs[0]!;
    assert.deepEqual([verb.code, verb.reverseCode], ['032', '033']);
  });

  test('"FOOTBALL  [###]" discards the sentence that holds it, as TABARI did; it is no verb', () => {
    const result = read('FOOTBALL  [###] ;jw   10/18/91', 'DAVIS_CUP  [###] ;JW   10/17/91');
    assert.deepEqual(result.blocks, []);
    assert.deepEqual(result.discards.map((d) => [d.phrase.join(' '), d.scope]), [['FOOTBALL', 'sentence'], ['DAVIS CUP', 'sentence']]);
  });

  test('a verb entered twice keeps the first entry, and the second one and its patterns are reported, as TABARI does', () => {
    const result = read('SHOT  [223]', '- + WAS * DEAD  [224]', 'SHOT  [223]', '- + WAS * DEAD IN $ [224]');
    assert.equal(result.blocks[0]!.patterns.length, 1);
    assert.deepEqual(result.unsupported.map((u) => u.source.line), [3, 4]);
  });

  test('a line starting with "~" ends the dictionary ("~~FINISH 15:23 CST Tue 30 Dec 2008"); lines after it are reported', () => {
    const result = read('XYZ1  [000] ;pas 25 Jan 2002', '~~FINISH 15:23 CST Tue 30 Dec 2008', 'ZZZ [010]');
    assert.equal(result.blocks.length, 1);
    assert.match(result.unsupported[0]!.reason, /end-of-dictionary/);
  });
});

describe('patterns', () => {
  const patterns = (...lines: string[]): Array<[string, string, string | null]> =>
    block(/^(\S+?)[_ =[]/.exec(lines[0]!)![1]!, ...lines).patterns.map((p) => [show(p.before), show(p.after), p.code]);

  test('"IN_*", "IN_ *" and "IN *" differ: IN right before the verb, the word IN anywhere before it, and a short stem', () => {
    assert.deepEqual(patterns('ACCORD  [---]', '- IN_*  [075]', '- IN_ *  [075A]', '- IN *  [072]'), [
      ['IN', '', '075'],
      ['IN', '', '075A'],
      ['IN', '', '072'],
    ]);
    const b = block('ACCORD', 'ACCORD  [---]', '- IN_*  [075]', '- IN_ *  [075A]');
    assert.equal(b.patterns[0]!.before[0]!.adjacentToNext, true);
    assert.equal(b.patterns[1]!.before[0]!.adjacentToNext, undefined);
  });

  test('"~_" joins a stem to the next word: "- * THE_NEAT~_PLACE  [027]"', () => {
    assert.deepEqual(patterns('ALLOW  [060]', '- * THE_NEAT~_PLACE  [027] ;CONNECT-26, 27; pas 8-May-05'), [['', 'THE_NEAT~_PLACE~', '027']]);
  });

  test('"{ A | B }" alternatives give one pattern each, glued by "_{" and "}_": "- * FOR { ECONOMIC_SANCTIONS | EMBARGO }  [172]"', () => {
    assert.deepEqual(patterns('ASK  [090]', '- * FOR { ECONOMIC_SANCTIONS | TOTAL_BOYCOTT | EMBARGO }  [172] ;pas 2 Mar 2002'), [
      ['', 'FOR ECONOMIC_SANCTIONS~', '172'],
      ['', 'FOR TOTAL_BOYCOTT~', '172'],
      ['', 'FOR EMBARGO~', '172'],
    ]);
    assert.deepEqual(patterns('ACCORD  [---]', '- SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS  [111] ; used to test blank padding of {|}'), [
      ['SUGGESTED_+', 'DEMAND_GENEVA_CONVENTIONS~', '111'],
      ['SUGGESTED_+', 'DEMAND_INTERNATIONAL_CONVENTIONS~', '111'],
    ]);
  });

  test('"$", "+", "%" and "^" keep their meanings: "- $ HOSTING ^ * TABASKI  [042]", "- % HAVE *  [032]"', () => {
    assert.deepEqual(patterns('CELEBRATE  [181]', '- $ HOSTING ^ * TABASKI  [042] ;pas  3/2/02'), [['$ HOSTING~ ^', 'TABASKI~', '042']]);
    assert.deepEqual(patterns('ATTEND  [031!]', '- % HAVE *  [032]'), [['% HAVE~', '', '032']]);
  });

  test('patterns of "CALLED_ON" serve that verb only, not the bare "CALLED"', () => {
    const b = block('CALLED', 'CALLED  [010]', '- * FOR  [095]', 'CALLED_ON  [094]', '- $ *  [095] ; MARK-00 to 05; PAS 9-May-05');
    assert.deepEqual(b.patterns.map((p) => p.writtenFor), ['CALLED', 'CALLED_ON']);
  });

  test('patterns of "APPRECIATE POSITION" keep the head\'s words after the verb', () => {
    assert.deepEqual(patterns('APPRECIATE POSITION  [042]', '- * FHFHF  [123] ;-PAS 96.1.3'), [
      ['', 'POSITION~', '042'],
      ['', 'POSITION~ FHFHF~', '123'],
    ]);
  });

  test('a hyphen is a word of its own: "- PEACE-KEEPING *  [---]"', () => {
    assert.deepEqual(patterns('FORCE  [220]', '- PEACE-KEEPING *  [---]'), [['PEACE_-_KEEPING~', '', null]]);
  });

  test('a "]" that closes "{ WILL | WOULD ]" is read as "}" and reported as repaired (CAMEO.091003.master.verbs line 14919)', () => {
    const result = read('TAKE  [---]', '- { WILL | WOULD ] * ANY ACTION NECESSARY  [138]');
    assert.equal(result.blocks[0]!.patterns.length, 2);
    assert.equal(result.unsupported[0]!.kept, true);
  });

  test('a pattern with two "*" is left out as PETRARCH-1 leaves it (its second "*" a word no text holds): "- * COMMIT * AID [033]"', () => {
    const result = read('TAKE  [---]', '- * COMMIT * AID [033]');
    assert.deepEqual(result.blocks[0]!.patterns, []);
    assert.deepEqual(result.unsupported.map((u) => [u.source.line, u.leftOutBy]), [[2, 'PETRARCH-1']]);
  });

  test('a "}" that closes no "{" is left out and reported as a repair: "- * FIRE TO_HIMSELF IN_ PROTEST }  [145]" (line 13707)', () => {
    const result = read('SET  [---]', '- * FIRE TO_HIMSELF IN_ PROTEST }  [145]');
    assert.deepEqual(result.blocks[0]!.patterns.map((p) => show(p.after)), ['FIRE~ TO_HIMSELF~ IN PROTEST~']);
    assert.deepEqual(result.unsupported.map((u) => [u.reason, u.kept]), [['a "}" closes no "{": left out', true]]);
  });
});

describe('public TABARI-era verb files', () => {
  const fixtures = join(projectRoot, 'test', 'fixtures', 'dictionaries');

  test('PETR.Testbed.verbs.txt is read with no line left unexplained', () => {
    const result = readTabariVerbs(readFileSync(join(fixtures, 'petr-testbed', 'PETR.Testbed.verbs.txt'), 'utf8'), 'PETR.Testbed.verbs.txt');
    assert.deepEqual(result.unsupported, []);
    assert.equal(result.blocks.length, 275);
  });

  test('CAMEO.091003.master.verbs: every line is read but 2 patterns with two "*", which PETRARCH-1 never matches either', () => {
    const text = gunzipSync(readFileSync(join(fixtures, 'petrarch1-2014', 'CAMEO.091003.master.verbs.gz'))).toString('utf8');
    const result = readTabariVerbs(text, 'CAMEO.091003.master.verbs');
    assert.deepEqual(
      result.unsupported.filter((u) => !u.kept).map((u) => [u.source.line, u.leftOutBy]),
      [[10190, 'PETRARCH-1'], [16331, 'PETRARCH-1']],
    );
  });
});
