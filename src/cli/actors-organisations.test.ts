// `dyad actors lookup` on central bankers, armed forces chiefs, parties and news outlets, as the news of their year named them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../dictionaries/knowledge.js';
import { lookupActor } from './actors.js';
import { checkActorCases as check } from '../../test/support/actor-cases.js';

const knowledge = loadKnowledge();

test('a central bank governor is his country\'s government in business (GOVBUS) while in office', () => {
  check([
    ['Fed Chair Jerome Powell', '2022-06-15', 'USAGOVBUS'],
    ['Bank of Japan Governor Kazuo Ueda', '2024-03-19', 'JPNGOVBUS'],
    ['Reserve Bank of India Governor Shaktikanta Das', '2020-03-27', 'INDGOVBUS'],
    ['central bank governor Hafize Gaye Erkan', '2023-06-22', 'TURGOVBUS'],
    ['Elvira Nabiullina', '2022-03-18', 'RUSGOVBUS'],
    ['Gabriel Galípolo', '2025-06-18', 'BRAGOVBUS'],
    ['Olayemi Cardoso', '2024-02-27', 'NGAGOVBUS'],
  ]);
});

test('a governor who moved on is coded by the office of the article\'s year', () => {
  check([
    ['Bank of England Governor Mark Carney', '2016-06-24', 'GBRGOVBUS'],
    ['Mark Carney', '2025-04-29', 'CANGOV'],
    ['Mugur Isarescu', '2000-06-01', 'ROUGOV'],
    ['Mugur Isarescu', '2020-03-30', 'ROUGOVBUS'],
  ]);
});

test('the head of a country\'s armed forces is its military (MIL) in office, and the same name can be another person later', () => {
  check([
    ['Indian Army chief General Upendra Dwivedi', '2025-05-12', 'INDMIL'],
    ['General Bipin Rawat', '2021-12-08', 'INDMIL'],
    ['Chief of the Defence Staff Jennie Carignan', '2024-07-18', 'CANMIL'],
    ['General Carsten Breuer', '2024-01-20', 'DEUMIL'],
    ['Lebanese army commander Rodolphe Haykal', '2025-08-05', 'LBNMIL'],
    ['David Johnston', '2014-06-03', 'AUSGOVMIL'],
    ['Admiral David Johnston', '2025-02-21', 'AUSMIL'],
  ]);
});

test('a party is its country\'s party (PTY), named in full or by its acronym', () => {
  check([
    ['Likud', '2019-04-09', 'ISRPTY'],
    ['the Awami League', '2024-08-05', 'BGDPTY'],
    ['PML-N', '2024-02-08', 'PAKPTY'],
    ['Fidesz', '2022-04-03', 'HUNPTY'],
    ['Law and Justice', '2023-10-15', 'POLPTY'],
    ['the Sweden Democrats', '2022-09-11', 'SWEPTY'],
    ['the Kuomintang', '2024-01-13', 'TWNPTY'],
    ['Georgian Dream', '2024-10-26', 'GEOPTY'],
    ['UMNO', '2018-05-09', 'MYSPTY'],
    ['the National League for Democracy', '2015-11-08', 'MMRPTY'],
    ['Ennahda', '2021-07-26', 'TUNPTY'],
  ]);
});

test('a movement that fought before it stood in elections is a rebel group before that date and a party after', () => {
  check([
    ['ZANU-PF', '1979-09-10', 'SAFREB'],
    ['ZANU-PF', '2018-07-30', 'ZWEPTY'],
    ['the FMLN', '1989-11-12', 'SLVREB'],
    ['the FMLN', '2009-03-15', 'SLVPTY'],
    ['the Patriotic Union of Kurdistan', '1996-08-31', 'IRQREB'],
    ['the PUK', '2017-10-16', 'IRQPTY'],
  ]);
});

test('a news outlet is its country\'s media (MED), a state-owned one its government\'s (GOVMED)', () => {
  check([
    ['Al Arabiya', '2019-09-16', 'SAUMED'],
    ['the Times of Israel', '2023-10-09', 'ISRMED'],
    ['Kommersant', '2014-03-04', 'RUSMED'],
    ['Deutsche Welle', '2022-02-24', 'DEUMED'],
    ['the South China Morning Post', '2019-06-12', 'HKGMED'],
    ['Al-Ahram', '2013-07-04', 'EGYGOVMED'],
  ]);
});

test('a name that also means something else is left out: "PTI" (also the Press Trust of India) and "APC" (an armoured vehicle) name no party', () => {
  assert.notEqual(lookupActor(knowledge, 'PTI', '2023-05-09').code, 'PAKPTY');
  assert.notEqual(lookupActor(knowledge, 'an APC', '2023-02-25').code, 'NGAPTY');
});
