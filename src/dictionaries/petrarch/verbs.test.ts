// Specification of the PETRARCH verb dictionary reader, one behaviour per test, on lines taken from CAMEO.2.0.txt and PETR.Validate.verbs.txt.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { UnsupportedConstruct, VerbBlock } from '../model.js';
import { parsePatternLine, readPetrarchVerbs } from './verbs.js';

function read(...lines: string[]) {
  return readPetrarchVerbs(lines.join('\n'), 'test.verbs.txt');
}

function onlyBlock(...lines: string[]): VerbBlock {
  const result = read(...lines);
  assert.deepEqual(result.unsupported, []);
  assert.equal(result.blocks.length, 1);
  return result.blocks[0]!;
}

function onlyPattern(patternLine: string, ...synsetLines: string[]) {
  const block = onlyBlock(...synsetLines, '---  ACCELERATE   [---]  ---', 'ACCELERATE', patternLine);
  assert.equal(block.patterns.length, 1);
  return block.patterns[0]!;
}

describe('verb blocks', () => {
  test('dashes glued to the code close the header: "---  DELAY   [120]---  ---" is block DELAY', () => {
    const block = onlyBlock('---  DELAY   [120]---  ---', 'POSTPONE ');
    assert.equal(block.name, 'DELAY');
    assert.equal(block.code, '120');
  });

  test('"[---]" gives a block without a default code', () => {
    const block = onlyBlock('---  ACCELERATE   [---]  ---', 'ACCELERATE ');
    assert.equal(block.name, 'ACCELERATE');
    assert.equal(block.code, null);
    assert.equal(block.reverseCode, null);
  });

  test('"CODE:CODE" gives the code and the reverse code', () => {
    const block = onlyBlock('--- ARRIVE  [032:033]  ---', 'ARRIVE    # -PAS 95.12.18');
    assert.equal(block.code, '032');
    assert.equal(block.reverseCode, '033');
  });

  test('":CODE" gives only the reverse code, and the block\'s verbs inherit it', () => {
    const block = onlyBlock('---  OFFEND   [:110]  ---', 'APPALL  # jap 25 Ju 2003');
    assert.equal(block.code, null);
    assert.equal(block.reverseCode, '110');
    assert.equal(block.verbs[0]!.code, null);
    assert.equal(block.verbs[0]!.reverseCode, '110');
  });

  test('a comment inside the header does not hide the code', () => {
    const block = onlyBlock('--- TROUBLED  [---] # NOUN ---', 'TROUBLED   # NOUN');
    assert.equal(block.name, 'TROUBLED');
    assert.equal(block.code, null);
  });

  test('a second header code is reported, the first one kept', () => {
    const result = read('--- DELAY [120]  [031:031]  ---', 'DELAY');
    assert.equal(result.blocks[0]!.code, '120');
    assert.equal(result.unsupported.length, 1);
    assert.match(result.unsupported[0]!.reason, /second block code \[031:031\]/);
  });

  test('every block, verb and pattern keeps its 1-based line', () => {
    const block = onlyBlock('', '---  ADD   [---]  ---', 'ADD  # OY 14 Mar 2006', '- * SANCTIONS [163]');
    assert.deepEqual(block.source, { file: 'test.verbs.txt', line: 2 });
    assert.deepEqual(block.verbs[0]!.source, { file: 'test.verbs.txt', line: 3 });
    assert.deepEqual(block.patterns[0]!.source, { file: 'test.verbs.txt', line: 4 });
  });

  test('a verb before any block is reported', () => {
    const result = read('ACCELERATE ');
    assert.equal(result.blocks.length, 0);
    assert.match(result.unsupported[0]!.reason, /verb outside a verb block/);
  });
});

describe('verbs and their forms', () => {
  test('a verb without "{...}" gets the regular forms', () => {
    const verb = onlyBlock('---  ACCELERATE   [---]  ---', 'EXPEDITE ').verbs[0]!;
    assert.deepEqual(verb.words, ['EXPEDITE']);
    assert.deepEqual(verb.forms, ['EXPEDITE', 'EXPEDITES', 'EXPEDITED', 'EXPEDITING']);
  });

  test('a one-syllable verb ending consonant-vowel-consonant doubles its last letter', () => {
    const verb = onlyBlock('--- CLOSE [---] ---', 'SLAM').verbs[0]!;
    assert.deepEqual(verb.forms, ['SLAM', 'SLAMS', 'SLAMMED', 'SLAMMING']);
  });

  test('a longer verb ending consonant-vowel-consonant gets both spellings', () => {
    const verb = onlyBlock('--- CLOSE [---] ---', 'DEVELOP').verbs[0]!;
    assert.deepEqual(verb.forms, ['DEVELOP', 'DEVELOPS', 'DEVELOPPED', 'DEVELOPPING', 'DEVELOPED', 'DEVELOPING']);
  });

  test('a verb ending consonant+Y takes -IES and -IED', () => {
    const verb = onlyBlock('--- ALTER [---] ---', 'MODIFY ').verbs[0]!;
    assert.deepEqual(verb.forms, ['MODIFY', 'MODIFIES', 'MODIFIED', 'MODIFYING']);
  });

  test('a verb ending in CH takes -ES', () => {
    const verb = onlyBlock('--- REACH [---] ---', 'REACH').verbs[0]!;
    assert.deepEqual(verb.forms, ['REACH', 'REACHES', 'REACHED', 'REACHING']);
  });

  test('a verb ending in EE keeps its E before -ING', () => {
    const verb = onlyBlock('--- AGREE [081] ---', 'AGREE ').verbs[0]!;
    assert.deepEqual(verb.forms, ['AGREE', 'AGREES', 'AGREED', 'AGREEING']);
  });

  test('irregular forms in "{...}" replace the regular ones', () => {
    const verb = onlyBlock('---  ACCELERATE   [---]  ---', 'HURRY {HURRIES HURRYING HURRIED }').verbs[0]!;
    assert.deepEqual(verb.forms, ['HURRY', 'HURRIES', 'HURRYING', 'HURRIED']);
  });

  test('"{}" leaves the base form only', () => {
    const verb = onlyBlock('---  ANGER   [---]  ---', '+ANGERED_BY {}').verbs[0]!;
    assert.deepEqual(verb.words, ['ANGERED', 'BY']);
    assert.deepEqual(verb.forms, ['ANGERED']);
  });

  test('a verb without its own code takes the block code', () => {
    const verb = onlyBlock('--- AGREE [081] ---', 'AGREE ').verbs[0]!;
    assert.equal(verb.code, '081');
  });

  test('a multi-word verb marks its inflected word with "+" and may carry its own code', () => {
    const verb = onlyBlock('---  ASK   [---]  ---', '+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]').verbs[0]!;
    assert.deepEqual(verb.words, ['ASK', 'FOR']);
    assert.equal(verb.verbIndex, 0);
    assert.deepEqual(verb.forms, ['ASK', 'ASKED', 'ASKING', 'ASKS']);
    assert.equal(verb.code, '020');
  });

  test('the "+" may sit on the last word, and regular forms are made for that word', () => {
    const verb = onlyBlock('--- ABANDON  [345]  ---', 'KLM_NOP_+RST [002]').verbs[0]!;
    assert.deepEqual(verb.words, ['KLM', 'NOP', 'RST']);
    assert.equal(verb.verbIndex, 2);
    assert.deepEqual(verb.forms, ['RST', 'RSTS', 'RSTED', 'RSTING']);
    assert.equal(verb.code, '002');
  });

  test('forms may be separated by commas', () => {
    const verb = onlyBlock('--- DECIDE [---] ---', '+IS_DETERMINED {+WAS_DETERMINED , +BE_DETERMINED , +ARE_DETERMINED} [030]').verbs[0]!;
    assert.deepEqual(verb.forms, ['IS', 'WAS', 'BE', 'ARE']);
  });

  test('a listed form whose other words differ becomes an entry of its own', () => {
    const verbs = onlyBlock('--- LISTEN [---] ---', '+WIRE_TAP {+WIRE_TAPS +WIRE_TAPPED +WIRE_TAPPING }').verbs;
    assert.deepEqual(
      verbs.map((v) => [v.words.join(' '), v.verbIndex, v.forms.join(' ')]),
      [['WIRE TAP', 0, 'WIRE'], ['WIRE TAPS', 0, 'WIRE'], ['WIRE TAPPED', 0, 'WIRE'], ['WIRE TAPPING', 0, 'WIRE']],
    );
  });

  test('a multi-word verb written with a space and no "+" inflects its first word', () => {
    const verb = onlyBlock('--- LASH OUT  [122] ---', 'LASH OUT  ').verbs[0]!;
    assert.deepEqual(verb.words, ['LASH', 'OUT']);
    assert.equal(verb.verbIndex, 0);
    assert.deepEqual(verb.forms, ['LASH', 'LASHES', 'LASHED', 'LASHING']);
  });

  test('";" ends a verb line, as in TABARI files', () => {
    const verb = onlyBlock('--- CANCEL [---] ---', 'SCRAP {SCRAPPING SCRAPS SCRAPPED };shan   8/30/93').verbs[0]!;
    assert.deepEqual(verb.forms, ['SCRAP', 'SCRAPPING', 'SCRAPS', 'SCRAPPED']);
  });
});

describe('the verb a pattern was written for', () => {
  const merged = ['---  APPREHEND   [171]  ---', 'ARREST [173]', 'TAKE {TAKES TAKING TOOK TAKEN}'];

  test('a comment naming a verb of the block ("# TAKE") ties the pattern to that verb', () => {
    const block = onlyBlock(...merged, '- &MILITARY *  [192]  # TAKE', '&MILITARY', '+SOLDIERS');
    assert.equal(block.patterns[0]!.writtenFor, 'TAKE');
  });

  test('the comment may name the verb inflected: "# THREW" ties the pattern to THROW', () => {
    const block = onlyBlock('---  THROW   [---]  ---', 'THROW {THROWS THREW THROWN THROWING}', 'HURL', '- * STONES  [145]  # THREW');
    assert.equal(block.patterns[0]!.writtenFor, 'THROW');
  });

  test('a comment with initials and a date ("# pas 3/2/02") leaves the pattern to every verb', () => {
    const block = onlyBlock(...merged, '- * HOSTAGES  [181]  # pas 3/2/02');
    assert.equal(block.patterns[0]!.writtenFor, undefined);
  });

  test('a comment naming a verb of another block leaves the pattern to every verb', () => {
    const block = onlyBlock(...merged, '- * CONTROL  [192]  # SEIZE');
    assert.equal(block.patterns[0]!.writtenFor, undefined);
  });
});

describe('synsets', () => {
  test('members get regular plurals, except those ending in "_"', () => {
    const { synsets } = read('&CURRENCY', '# <14.06.08: some of these are probably already plural', '+MONEY', '+CASH_');
    assert.deepEqual(synsets.get('CURRENCY'), [['MONEY'], ['MONEYS'], ['CASH_']]);
  });

  test('a label ending in "_" turns plurals off and is named without it', () => {
    const { synsets } = read('&AUXVERB1_', '+WAS', '+WERE');
    assert.deepEqual(synsets.get('AUXVERB1'), [['WAS'], ['WERE']]);
  });

  test('members may hold several words, joined by spaces or "_"', () => {
    const { synsets } = read('&CURRENCY ', '+AUSTRIAN FLORIN', '+GOLDEN_GOBLIN_GALLEONS');
    assert.deepEqual(synsets.get('CURRENCY'), [['AUSTRIAN', 'FLORIN'], ['AUSTRIAN', 'FLORINS'], ['GOLDEN', 'GOBLIN', 'GALLEONS']]);
  });

  test('a member may name another synset, defined before or after', () => {
    const { synsets, unsupported } = read('&ACCORDSYN  # this is a whacky one', '+&TIETYPES', '+CLOSER', '', '&TIETYPES', '+MILITARY');
    assert.deepEqual(unsupported, []);
    assert.deepEqual(synsets.get('ACCORDSYN'), [['&TIETYPES'], ['CLOSER'], ['CLOSERS']]);
  });

  test('a member naming an undefined synset is reported and left out', () => {
    const { synsets, unsupported } = read('&ACCORDSYN', '+&TIETYPES', '+CLOSER');
    assert.deepEqual(synsets.get('ACCORDSYN'), [['CLOSER'], ['CLOSERS']]);
    assert.match(unsupported[0]!.reason, /synset &TIETYPES is not defined/);
  });
});

describe('patterns', () => {
  test('"(...)" is a prepositional phrase and "CODE:CODE" gives both codes', () => {
    const pattern = onlyPattern('- * (TO)                                              [042:043]     # RUSH');
    assert.deepEqual(pattern.before, []);
    assert.deepEqual(pattern.after, [{ kind: 'prep', elements: [{ kind: 'word', word: 'TO', exact: false }] }]);
    assert.equal(pattern.code, '042');
    assert.equal(pattern.reverseCode, '043');
  });

  test('"{...}" is a noun phrase, also inside a prepositional phrase', () => {
    const pattern = onlyPattern('- * (TO LIST) (OF {BANNED PARTIES}) [1722]');
    assert.deepEqual(pattern.after, [
      { kind: 'prep', elements: [{ kind: 'word', word: 'TO', exact: false }, { kind: 'word', word: 'LIST', exact: false }] },
      {
        kind: 'prep',
        elements: [
          { kind: 'word', word: 'OF', exact: false },
          { kind: 'np', elements: [{ kind: 'word', word: 'BANNED', exact: false }, { kind: 'word', word: 'PARTIES', exact: false }] },
        ],
      },
    ]);
  });

  test('"&NAME" before the verb refers to a synset', () => {
    const pattern = onlyPattern('- &MILITARY *                                         [154]         # RUSH', '&MILITARY', '+ARMY');
    assert.deepEqual(pattern.before, [{ kind: 'synset', name: 'MILITARY' }]);
    assert.deepEqual(pattern.after, []);
  });

  test('":CODE" gives only the reverse code', () => {
    const pattern = onlyPattern('- * (BEFORE COURT)                                    [:173]        # APPEAR');
    assert.equal(pattern.code, null);
    assert.equal(pattern.reverseCode, '173');
  });

  test('"[---]" gives a pattern that codes nothing', () => {
    const pattern = onlyPattern('- PEACE-KEEPING *  [---]');
    assert.deepEqual(pattern.before, [{ kind: 'word', word: 'PEACE-KEEPING', exact: false }]);
    assert.equal(pattern.code, null);
    assert.equal(pattern.reverseCode, null);
  });

  test('codes outside CAMEO are kept as written', () => {
    assert.equal(onlyPattern('- * ASYLUM  [174L]  #  pattern CONNECT-15,16').code, '174L');
    assert.equal(onlyPattern('- * DIPLXMATIC  [###]  # -PAS 95.12.18').code, '###');
  });

  test('"$", "+", "^" and "%" mark source, target, a skipped noun phrase and a compound actor', () => {
    const pattern = onlyPattern('- + HOSTING * TABASKI ^ $ [042]  # pas  3/2/02');
    assert.deepEqual(pattern.before, [{ kind: 'target' }, { kind: 'word', word: 'HOSTING', exact: false }]);
    assert.deepEqual(pattern.after, [{ kind: 'word', word: 'TABASKI', exact: false }, { kind: 'skip' }, { kind: 'source' }]);
    assert.deepEqual(onlyPattern('- % * [030:030]  # pas 14.09.18').before, [{ kind: 'compound' }]);
  });

  test('"_" glues a word to the verb', () => {
    assert.deepEqual(onlyPattern('- IN_*  [075]  # pas 2 May 2005').before, [{ kind: 'word', word: 'IN', exact: false, adjacentToNext: true }]);
    assert.deepEqual(onlyPattern('- *_OUT [074]').after, [{ kind: 'word', word: 'OUT', exact: false, adjacentToPrevious: true }]);
  });

  test('"_" followed by a space marks an exact word, not adjacency', () => {
    assert.deepEqual(onlyPattern('- IN_ *  [075A]  # pas 2 May 2005').before, [{ kind: 'word', word: 'IN', exact: true }]);
  });

  test('"_" chains words on both sides of the verb', () => {
    const pattern = onlyPattern('- SO IN_AND_*_OUT_AGAIN NOW [074] #  pas 11.07.28');
    assert.deepEqual(pattern.before, [
      { kind: 'word', word: 'SO', exact: false },
      { kind: 'word', word: 'IN', exact: false, adjacentToNext: true },
      { kind: 'word', word: 'AND', exact: false, adjacentToPrevious: true, adjacentToNext: true },
    ]);
    assert.deepEqual(pattern.after, [
      { kind: 'word', word: 'OUT', exact: false, adjacentToPrevious: true, adjacentToNext: true },
      { kind: 'word', word: 'AGAIN', exact: false, adjacentToPrevious: true },
      { kind: 'word', word: 'NOW', exact: false },
    ]);
  });

  test('a synset may be glued to words', () => {
    const pattern = onlyPattern('- * NEW_&TIETYPES_RELATIONS [903] #  -PAS 12.01.12', '&TIETYPES', '+MILITARY');
    assert.deepEqual(pattern.after, [
      { kind: 'word', word: 'NEW', exact: false, adjacentToNext: true },
      { kind: 'synset', name: 'TIETYPES', adjacentToPrevious: true, adjacentToNext: true },
      { kind: 'word', word: 'RELATIONS', exact: false, adjacentToPrevious: true },
    ]);
  });

  test('a glued synset reference takes the longest defined name', () => {
    const synsets = ['&FIGHT', '+WAR', '&FIGHT_OF_WORDS', '+DEBATE'];
    assert.deepEqual(onlyPattern('- * &FIGHT_GAMES IN +  [062:062]  # START', ...synsets).after.slice(0, 2), [
      { kind: 'synset', name: 'FIGHT', adjacentToNext: true },
      { kind: 'word', word: 'GAMES', exact: false, adjacentToPrevious: true },
    ]);
    assert.deepEqual(onlyPattern('- * &FIGHT_OF_WORDS [111]', ...synsets).after, [{ kind: 'synset', name: 'FIGHT_OF_WORDS' }]);
  });

  test('"A/B" alternatives give one pattern each, from the same line', () => {
    const block = onlyBlock('--- ASSEMBLE [---] ---', 'ASSEMBLE', '- * (TO/FOR PROTEST)                                  [141]');
    assert.deepEqual(
      block.patterns.map((p) => [(p.after[0] as { elements: Array<{ word: string }> }).elements[0]!.word, p.source.line]),
      [['TO', 3], ['FOR', 3]],
    );
  });

  test('a pattern naming an undefined synset is reported and left out', () => {
    const result = read('--- HURT [---] ---', 'HURT', '-  * (IN &WEATHER) [---]');
    assert.deepEqual(result.blocks[0]!.patterns, []);
    assert.deepEqual(result.unsupported, [{ source: { file: 'test.verbs.txt', line: 3 }, text: '-  * (IN &WEATHER) [---]', reason: 'synset &WEATHER is not defined' }]);
  });

  test('an unbalanced parenthesis is reported', () => {
    const result = read('--- VENTURE [---] ---', 'VENTURE', '- * VENTURE (WITH VISIT)                              VISIT)[042:043]  ');
    assert.deepEqual(result.blocks[0]!.patterns, []);
    assert.match(result.unsupported[0]!.reason, /unbalanced "\)"/);
  });
});

describe('transformations', () => {
  test('"~" lines become nested events and a resulting event', () => {
    const { transformations, unsupported } = read('~ a (a b ATTACK) SAY = a b 015');
    assert.deepEqual(unsupported, []);
    assert.deepEqual(transformations, [
      {
        pattern: { source: 'a', target: { source: 'a', target: 'b', verb: 'ATTACK' }, verb: 'SAY' },
        result: { source: 'a', target: 'b', code: '015' },
        source: { file: 'test.verbs.txt', line: 1 },
      },
    ]);
  });
});

describe('parsePatternLine (for dyad\'s own dictionaries)', () => {
  test('reads a pattern without a synset table, taking a glued run as the synset name', () => {
    const unsupported: UnsupportedConstruct[] = [];
    const pattern = parsePatternLine('- * &FIGHT_OF_WORDS [111]', { file: 'x.yaml', line: 4 }, unsupported);
    assert.deepEqual(unsupported, []);
    assert.deepEqual(pattern, { before: [], after: [{ kind: 'synset', name: 'FIGHT_OF_WORDS' }], code: '111', reverseCode: null });
  });

  test('refuses "A/B" alternatives, which its callers write as separate patterns', () => {
    const unsupported: UnsupportedConstruct[] = [];
    assert.equal(parsePatternLine('- * (BY/WITH SANCTIONS) [163]', { file: 'x.yaml', line: 4 }, unsupported), null);
    assert.match(unsupported[0]!.reason, /alternatives/);
  });
});
