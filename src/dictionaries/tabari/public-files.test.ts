// Specification of the actor and agent readers on the public TABARI-era files of 2014: dated codes over time, plurals, prefix and suffix agents, substitutions.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { projectRoot } from '../../paths.js';
import { readDictionaryBytes } from '../load.js';
import { codeOnDate } from '../../stages/actors/actor-index.js';
import type { ActorEntry, AgentEntry } from '../model.js';

const dir = join(projectRoot, 'test', 'fixtures', 'dictionaries', 'petrarch1-2014');
const countries = readDictionaryBytes(readFileSync(join(dir, 'Phoenix.Countries.140227.actors.txt.gz')), 'Phoenix.Countries.140227.actors.txt.gz');
const agents = readDictionaryBytes(readFileSync(join(dir, 'Phoenix.140422.agents.txt')), 'Phoenix.140422.agents.txt').agents;

function actor(phrase: string): ActorEntry {
  const found = countries.actors.find((a) => a.phrases.some((p) => p.join(' ') === phrase));
  assert.ok(found, phrase);
  return found;
}

function agent(phrase: string): AgentEntry {
  const found = agents.find((a) => a.phrases.some((p) => p.join(' ') === phrase));
  assert.ok(found, phrase);
  return found;
}

describe('CountryInfo-derived actors (Phoenix.Countries.140227.actors.txt)', () => {
  test('the gzip-compressed file is read under its own name, and its first comment line is no actor', () => {
    assert.equal(countries.files?.[0]?.file, 'Phoenix.Countries.140227.actors.txt');
    assert.equal(countries.files?.[0]?.format, 'actors');
  });

  test('"HAMID_KARZAI_ ; CountryInfo.txt" with [AFGELI 750101-000101] [AFGGOV >011222] [AFGELI]: the code of the article date', () => {
    const { codes } = actor('HAMID KARZAI_');
    assert.equal(codeOnDate(codes, '1999-03-01'), 'AFGELI');
    assert.equal(codeOnDate(codes, '2005-06-01'), 'AFGGOV');
    // Between his ranges, the undated code serves.
    assert.equal(codeOnDate(codes, '2001-06-01'), 'AFGELI');
  });

  test('"MOHAMMAD_ZAHIR_SHAH_": king (AFGGOV) from 1933 to 1973, elite (AFGELI) before and after', () => {
    const { codes } = actor('MOHAMMAD ZAHIR SHAH_');
    assert.deepEqual(['1932-06-01', '1950-01-01', '1980-01-01'].map((d) => codeOnDate(codes, d)), ['AFGELI', 'AFGGOV', 'AFGELI']);
  });

  test('Armenia: [USRARM <900823] under the Soviet Union, then [ARM >911221]; "+YEREVAN_" is one of its synonyms', () => {
    const { codes, phrases } = actor('ARMENIA_');
    assert.ok(phrases.some((p) => p.join(' ') === 'YEREVAN_'));
    assert.equal(codeOnDate(codes, '1989-01-01'), 'USRARM');
    assert.equal(codeOnDate(codes, '1995-01-01'), 'ARM');
  });
});

describe('agents with plurals, prefixes and substitutions (Phoenix.140422.agents.txt)', () => {
  test('"FISHER!PERSON! [~AGR]" stands for FISHERMAN, FISHERMEN, FISHERWOMAN, FISHERWOMEN and FISHERPERSON', () => {
    assert.deepEqual(agent('FISHERMAN').phrases.map((p) => p.join(' ')), ['FISHERMAN', 'FISHERMEN', 'FISHERWOMAN', 'FISHERWOMEN', 'FISHERPERSON']);
  });

  test('"FOREIGN_!MINST! [~GOV]" gives the minister and the ministry, each with its plural, as a suffix agent', () => {
    const a = agent('FOREIGN MINISTRY');
    assert.deepEqual([a.code, a.position], ['GOV', 'suffix']);
    assert.deepEqual(a.phrases.map((p) => p.join(' ')), ['FOREIGN MINISTER', 'FOREIGN MINISTERS', 'FOREIGN MINISTRY', 'FOREIGN MINISTRIES']);
  });

  test('"CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]": the plural written in braces', () => {
    assert.deepEqual(agent('CHAMBER OF COMMERCE').phrases.map((p) => p.join(' ')), ['CHAMBER OF COMMERCE', 'CHAMBERS OF COMMERCE']);
  });

  test('"PEACEKEEPING_TROOPS {} [IGO~]": no plural, and the agent code goes before the actor\'s', () => {
    const a = agent('PEACEKEEPING TROOPS');
    assert.deepEqual([a.phrases.length, a.code, a.position], [1, 'IGO', 'prefix']);
  });
});
