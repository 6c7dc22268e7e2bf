// Specification of the PETRARCH agent dictionary reader, one behaviour per test, on lines taken from Phoenix.agents.txt and PETR.Validate.agents.txt.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readPetrarchAgents } from './agents.js';

function read(...lines: string[]) {
  return readPetrarchAgents(lines.join('\n'), 'test.agents.txt');
}

function onlyAgent(...lines: string[]) {
  const result = read(...lines);
  assert.deepEqual(result.unsupported, []);
  assert.equal(result.agents.length, 1);
  return result.agents[0]!;
}

describe('agent entries', () => {
  test('"[~CODE]" puts the agent code after the actor\'s', () => {
    const agent = onlyAgent('FOREIGN_MINISTER [~GOVFRM] # jap 4/14/01');
    assert.equal(agent.code, 'GOVFRM');
    assert.equal(agent.position, 'suffix');
    assert.deepEqual(agent.source, { file: 'test.agents.txt', line: 1 });
  });

  test('"[CODE~]" puts it before', () => {
    const agent = onlyAgent('HUMAN_RIGHTS_BODY  [NGO~] # BNL 07 Dec 2001');
    assert.equal(agent.code, 'NGO');
    assert.equal(agent.position, 'prefix');
  });

  test('spaces inside the brackets do not matter', () => {
    assert.equal(onlyAgent('POLICE {} [ ~COP] # JON 2/8/95').code, 'COP');
    assert.equal(onlyAgent('HUMAN_RIGHTS_ORGANIZATION  [  NGO~] # sls 07 Dec 2007').position, 'prefix');
  });

  test('without "{...}" the regular plural of the last word is added', () => {
    assert.deepEqual(onlyAgent('FOREIGN_MINISTER [~GOVFRM] # jap 4/14/01').phrases, [['FOREIGN', 'MINISTER'], ['FOREIGN', 'MINISTERS']]);
    assert.deepEqual(onlyAgent('LARGEST_LEGAL_OPPOSITION_PARTY [~OPP] # mj 28 Apr 2006').phrases[1], ['LARGEST', 'LEGAL', 'OPPOSITION', 'PARTIES']);
    assert.deepEqual(onlyAgent('CONGRESS [~LEG] # pas 14.04.22: check for correct plural formation').phrases[1], ['CONGRESSES']);
  });

  test('"{}" means no plural', () => {
    assert.deepEqual(onlyAgent('POLICE {} [ ~COP] # JON 2/8/95').phrases, [['POLICE']]);
  });

  test('"{PLURAL}" gives the plural', () => {
    assert.deepEqual(onlyAgent('ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV] # mj 05 Jan 2006').phrases, [
      ['ATTORNEY', 'GENERAL'],
      ['ATTORNEYS', 'GENERAL'],
    ]);
  });

  test('a final "_" (exact word) stays on both the phrase and its plural', () => {
    assert.deepEqual(onlyAgent('MINISTRY_  [~GOV]').phrases, [['MINISTRY_'], ['MINISTRIES_']]);
  });

  test('a phrase that is already plural gets no plural', () => {
    assert.deepEqual(onlyAgent('SECURITY_OFFICIALS  [~GOV] # lrp 07 May 2004').phrases, [['SECURITY', 'OFFICIALS']]);
  });

  test('a substitution marker stands for each word of its list, without plurals', () => {
    const agent = onlyAgent('!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON', 'CONGRESS!PERSON! [~LEG] # pas 14.04.22: check for substitution marker');
    assert.deepEqual(agent.phrases, [['CONGRESSMAN'], ['CONGRESSMEN'], ['CONGRESSWOMAN'], ['CONGRESSWOMEN'], ['CONGRESSPERSON']]);
  });

  test('a marker may open a phrase and be followed by words', () => {
    const agent = onlyAgent('!MINST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES', '!MINST!_OF_SILLY_WALKS [~GOV] ');
    assert.deepEqual(agent.phrases[3], ['MINISTRIES', 'OF', 'SILLY', 'WALKS']);
  });

  test('several markers in one line multiply', () => {
    const agent = onlyAgent('!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES', '!MINIST! FOR_TERRITORIAL_AD!MINIST!RATION [~GOV]');
    assert.equal(agent.phrases.length, 16);
  });

  test('an undefined marker is reported', () => {
    const { agents, unsupported } = read('CATTLE!PERSON! [~AGR]');
    assert.deepEqual(agents, []);
    assert.match(unsupported[0]!.reason, /!PERSON! is not defined/);
  });

  test('a line without a code is reported', () => {
    const { agents, unsupported } = read('ISLAMIC_EXTREMIST');
    assert.deepEqual(agents, []);
    assert.match(unsupported[0]!.reason, /without a \[code\]/);
  });

  test('a code without "~" is reported', () => {
    // Phoenix.agents.txt has none; a line taken from an actor file shows the case.
    const { agents, unsupported } = read('HAMAS_GUNMEN [PSEHMSMIL]');
    assert.deepEqual(agents, []);
    assert.match(unsupported[0]!.reason, /needs one "~"/);
  });
});
