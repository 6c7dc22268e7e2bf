// Specification of the PETRARCH actor dictionary reader, one behaviour per test, on lines taken from the Phoenix and validation actor files.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readPetrarchActors } from './actors.js';

function read(...lines: string[]) {
  return readPetrarchActors(lines.join('\n'), 'test.actors.txt');
}

function onlyActor(...lines: string[]) {
  const result = read(...lines);
  assert.deepEqual(result.unsupported, []);
  assert.equal(result.actors.length, 1);
  return result.actors[0]!;
}

describe('actor entries', () => {
  test('"NAME [CODE]" gives one phrase and one undated code', () => {
    const actor = onlyActor('ISRAEL [ISR]');
    assert.deepEqual(actor.phrases, [['ISRAEL']]);
    assert.deepEqual(actor.codes, [{ code: 'ISR', from: null, to: null }]);
    assert.deepEqual(actor.source, { file: 'test.actors.txt', line: 1 });
  });

  test('"_" and spaces separate words; a trailing "_" (exact word) stays on the last word', () => {
    assert.deepEqual(onlyActor('RADAGAST THE_BROWN  [RAD] # pas 27 Apr 03').phrases, [['RADAGAST', 'THE', 'BROWN']]);
    assert.deepEqual(onlyActor('MOHAMMAD_ZAHIR_SHAH_  # CountryInfo.txt', '\t[AFGELI 320101-331108]').phrases, [['MOHAMMAD', 'ZAHIR', 'SHAH_']]);
  });

  test('the canonical name is the first phrase in title case', () => {
    assert.equal(onlyActor('PRESIDENT_GEORGE_W._BUSH [USAGOV]').name, 'President George W. Bush');
    assert.equal(onlyActor('AL-QAEDA [IMGMOSALQ]').name, 'Al-Qaeda');
    assert.equal(onlyActor('GROUP OF 77  [G77]').name, 'Group of 77');
  });

  test('"+" lines are synonyms of the entry above', () => {
    const actor = onlyActor('AFGHANISTAN_  [AFG]', '+AFGHAN_ ', '+ISLAMIC_REPUBLIC_OF_AFGHANISTAN');
    assert.deepEqual(actor.phrases, [['AFGHANISTAN_'], ['AFGHAN_'], ['ISLAMIC', 'REPUBLIC', 'OF', 'AFGHANISTAN']]);
  });

  test('synonyms are upper-cased', () => {
    const actor = onlyActor('UN_SECRETARY_GENERAL', '+UN_Secy_Gen', '\t[IGOUNO]');
    assert.deepEqual(actor.phrases[1], ['UN', 'SECY', 'GEN']);
  });

  test('codes may sit on indented lines below the synonyms', () => {
    const actor = onlyActor('AFGHAN_NATIONAL_SECURITY_FORCES', '+ANSF', '\t[AFGMIL]');
    assert.deepEqual(actor.codes, [{ code: 'AFGMIL', from: null, to: null }]);
  });

  test('several codes may follow the name on one line', () => {
    const actor = onlyActor('JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# IGOrulers.txt');
    assert.deepEqual(actor.codes, [
      { code: 'IGOUNO', from: '1982-01-01', to: '1991-12-31' },
      { code: 'ELI', from: null, to: null },
    ]);
  });

  test('the name may be followed by a code and by further code lines', () => {
    const actor = onlyActor('HAMFAST GAMGEE [HOB]  # default code', '\t[HOBGOV 20121109-20130119] # PAS 12-Dec-2013');
    assert.deepEqual(actor.codes, [
      { code: 'HOB', from: null, to: null },
      { code: 'HOBGOV', from: '2012-11-09', to: '2013-01-19' },
    ]);
  });

  test('"[---]" is kept as the explicit absence of a code', () => {
    const actor = onlyActor('PRINCE OF DOL AMROTH  ', '\t[--- <950630] ', '\t[DOL]');
    assert.deepEqual(actor.codes, [
      { code: '---', from: null, to: '1995-06-30' },
      { code: 'DOL', from: null, to: null },
    ]);
  });

  test('"A/B/C" codes are kept as written', () => {
    assert.deepEqual(onlyActor('THE_SHIRE  [FRO/BIL/SAM]').codes, [{ code: 'FRO/BIL/SAM', from: null, to: null }]);
  });

  test('name lines following each other without codes share the codes after them', () => {
    const { actors, unsupported } = read(
      'LEONID_BREZHNEV_  # CountryInfo.txt',
      'LEONID_ILYICH_BREZHNEV',
      '\t[RUSELI 19240101-641014]',
      'YURY_ANDROPOV_  # CountryInfo.txt',
      '\t[RUSELI 320101-821112]',
    );
    assert.deepEqual(unsupported, []);
    assert.deepEqual(actors.map((a) => [a.phrases[0]!.join(' '), a.codes.map((c) => c.code).join(' ')]), [
      ['LEONID BREZHNEV_', 'RUSELI'],
      ['LEONID ILYICH BREZHNEV', 'RUSELI'],
      ['YURY ANDROPOV_', 'RUSELI'],
    ]);
  });
});

describe('date restrictions', () => {
  test('"<YYMMDD" ends the code on that date', () => {
    assert.deepEqual(onlyActor('U.S.S.R', '+USSR  ', '\t[USR <911226] ').codes, [{ code: 'USR', from: null, to: '1991-12-26' }]);
  });

  test('">YYMMDD" starts the code on that date', () => {
    assert.deepEqual(onlyActor('GOLLUM', '\t[HOBREB > 990816]').codes, [{ code: 'HOBREB', from: '1999-08-16', to: null }]);
  });

  test('"YYYYMMDD - YYYYMMDD" is an inclusive range, spaces allowed', () => {
    assert.deepEqual(onlyActor('GOLLUM', '\t[HOBGOV 19950601 - 19990815]').codes, [{ code: 'HOBGOV', from: '1995-06-01', to: '1999-08-15' }]);
  });

  test('two-digit years up to 30 are 20YY, later ones 19YY', () => {
    assert.deepEqual(onlyActor('MOHAMMAD_ZAHIR_SHAH_', '\t[AFGELI 730717-070723]').codes, [{ code: 'AFGELI', from: '1973-07-17', to: '2007-07-23' }]);
  });

  test('a date without "<" or ">" starts the code, as PETRARCH reads it', () => {
    assert.deepEqual(onlyActor('MILO_DUKANOVIC_', '\t[MNEGOV 20121204]').codes, [{ code: 'MNEGOV', from: '2012-12-04', to: null }]);
  });

  test('a date of the wrong length is read as PETRARCH reads it, and reported', () => {
    const { actors, unsupported } = read('ARMENIA_', '\t[ARMUNR 9008223-911221]');
    assert.deepEqual(actors[0]!.codes, [{ code: 'ARMUNR', from: '1990-08-22', to: '1991-12-21' }]);
    assert.match(unsupported[0]!.reason, /malformed date "9008223" read as 1990-08-22/);
  });

  test('a range that ends before it starts is kept and reported', () => {
    const { actors, unsupported } = read('KAMAL_GANZOURI_', '\t[EGYGOV 20121207-20120802] # PM pt. 2');
    assert.equal(actors[0]!.codes.length, 1);
    assert.match(unsupported[0]!.reason, /ends before it starts/);
  });
});

describe('comments and stray text', () => {
  test('"<!-- -->" comments may span lines, and "<! --" lines are comments too', () => {
    const { actors } = read('<!-- ', '#\t\t========== IMPORTANT NOTE! ========== ', 'NOT_AN_ACTOR [XXX]', '# -->', '<! -- NEW ACTORS FOR PETRARCH VALIDATION TEST -->', 'TUCKBOROUGH [TOK]');
    assert.deepEqual(actors.map((a) => a.phrases[0]), [['TUCKBOROUGH']]);
  });

  test('a "#" line holding a code is a comment', () => {
    const actor = onlyActor('GOLLUM  # pas 27 Apr 03', '#\t[950601-990815]  incorrect code block check 09.11.18', '\t[HOB < 950601]');
    assert.deepEqual(actor.codes, [{ code: 'HOB', from: null, to: '1995-06-01' }]);
  });

  test('text after the codes is reported and the entry kept', () => {
    const { actors, unsupported } = read('A.H._BELO_CORPORATION_\t[MNCMED]\tNewspapers/Magazines\t$137,000,000');
    assert.deepEqual(actors[0]!.codes, [{ code: 'MNCMED', from: null, to: null }]);
    assert.match(unsupported[0]!.reason, /text after codes/);
  });

  test('a "]" that closes no "[" is a stray key, left out and reported: "+FAEROYENE]_" (Phoenix.Countries line 15346)', () => {
    const { actors, unsupported } = read('FAEROE_ISLANDS_  [DNKFRO]', '+FAEROYENE]_ ');
    assert.deepEqual(actors[0]!.phrases, [['FAEROE', 'ISLANDS_'], ['FAEROYENE_']]);
    assert.deepEqual(unsupported.map((u) => [u.reason, u.kept]), [['a "]" closes no "[": left out', true]]);
  });

  test('an unbalanced bracket is reported and the line ignored: "+FAEROYENE_ [DNK"', () => {
    const { actors, unsupported } = read('FAEROE_ISLANDS_  [DNKFRO]', '+FAEROYENE_ [DNK');
    assert.deepEqual(actors[0]!.phrases, [['FAEROE', 'ISLANDS_']]);
    assert.match(unsupported[0]!.reason, /unbalanced/);
  });
});
