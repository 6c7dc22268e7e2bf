// Specifications of the role grammar on the bundled dictionaries: country + role + modifiers, institutions known by name, phrases from news of several years and outlets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../dictionaries/knowledge.js';
import { newDoc, spanText } from '../../document/doc.js';
import { segment } from '../segment/segment.js';
import { findActors } from './actors.js';

const knowledge = loadKnowledge();

function actorsOf(text: string, date: string) {
  const doc = findActors(segment(newDoc({ id: 't', date, title: null, text, url: null, source: null, origin: { file: 't', line: 1 } })), knowledge);
  return doc.actors.map((a) => ({ text: spanText(doc, a.tokens), code: a.code, rule: a.rule ?? null }));
}

/** The actor whose words include `words`. */
function actorWith(text: string, date: string, words: string) {
  const found = actorsOf(text, date).find((a) => a.text.includes(words));
  assert.ok(found, `no actor with "${words}" in: ${JSON.stringify(actorsOf(text, date))}`);
  return found;
}

// [outlet and year, sentence, date, words of the actor, expected code]
const CASES: Array<[string, string, string, string, string]> = [
  // Modifiers: acting, caretaker, deputy, ex-, former: the role stays the role (former: ELI)
  ['Reuters 1987', 'President Amin Gemayel named Sunni Moslem Education Minister Selim Hoss as acting prime minister.', '1987-06-01', 'acting prime minister', '---GOV'],
  ['Wikinews 2020', 'Adil Abdul-Mahdi, the acting Prime Minister of Iraq, spoke out against the strike.', '2020-01-05', 'acting Prime Minister of Iraq', 'IRQGOV'],
  ['Wikinews 2020 (NPR)', 'Adil Abdul-Mahdi, the caretaker Prime Minister, recommended the United States troops leave.', '2020-01-06', 'caretaker Prime Minister', '---GOV'],
  ['Wikinews 2020', 'Multiple Iranian government officials including deputy health minister Iraj Harirchi tested positive.', '2020-02-27', 'deputy health minister', '---GOVHLH'],
  ['Wikinews 2019', 'Nickey Iyambo, former vice-president of Namibia, died on Sunday.', '2019-05-21', 'vice-president of Namibia', 'NAMELI'],
  // A named person keeps the code of his own record on the date: Baker was White House chief of staff from 1987-02-27.
  ['Reuters 1987', 'Donald Regan resigned last week when ex-senator Howard Baker was named as his replacement.', '1987-03-02', 'ex-senator Howard Baker', 'USAGOV'],
  // A country's role word that Phoenix also knows as the US institution
  ['Philstar 2026', 'The Philippine Senate has been in a near-constant state of political turbulence.', '2026-06-17', 'Philippine Senate', 'PHLLEG'],
  // Institutions known by a name of their own
  ['Wikinews 2019', 'The State Department gave its "deepest sympathies" and said immunity cases were rare.', '2019-10-10', 'State Department', 'USAGOV'],
  ['Wikinews 2020', 'Mukherjee was also elected to the Lok Sabha, the lower legislature, for two terms.', '2020-09-01', 'Lok Sabha', 'INDLEG'],
  ['Wikinews 2019', 'Deputy Emergency Situations Minister Alexander Chupriyan told TASS on Wednesday.', '2019-08-07', 'TASS', 'RUSGOVMED'],
  ['Jerusalem Post 2009', 'The Knesset on Wednesday passed the Economic Arrangements Bill in a 67 to 43 vote.', '2009-07-15', 'Knesset', 'ISRLEG'],
  ['DW 2024', 'Pistorius said Monday\'s first deployment was "an important day for the Bundeswehr."', '2024-04-08', 'Bundeswehr', 'DEUMIL'],
  ['Wikinews 2019', 'Even in the face of threats of the People\'s Liberation Army and water cannons, Hong Kong people never back down.', '2019-10-01', "People's Liberation Army", 'CHNMIL'],
  // Demonym + role
  ['Ynetnews 2025', 'A source briefed on recent Doha talks between Qatari mediators and Hamas representatives spoke to the paper.', '2025-09-08', 'Qatari mediators', 'QATGOV'],
  // People by kinship, age or what they were doing: civilians (CVL) of the country that qualifies them
  ['Wikipedia current events 2016', 'France deports twenty Russian football fans including Alexander Shprygin.', '2016-06-18', 'Russian football fans', 'RUSCVL'],
  ['Wikipedia current events 2016', 'A motorcycle bomb kills a father and daughter outside an elementary school in Narathiwat province.', '2016-09-06', 'father', '---CVL'],
  ['Wikipedia current events 2023', 'A Palestinian teenager is shot and killed at a checkpoint in Qalandiya after opening fire on Israeli security forces.', '2023-06-24', 'Palestinian teenager', 'PSECVL'],
  ['Wikipedia current events 2014', 'Israeli Air Force planes carry out a series of air strikes in Syria following an attack on Sunday that caused the death of an Israeli teenager.', '2014-06-22', 'Israeli teenager', 'ISRCVL'],
  // A paramilitary group with a demonym is an armed group outside the state's forces (UAF); paramilitary soldiers
  // and forces are the state's (MIL), as India's and Pakistan's paramilitary police and border forces are.
  ['Reuters 2023', 'Sudan\'s army and a Sudanese paramilitary group have fought for control of Khartoum since April.', '2023-06-10', 'Sudanese paramilitary group', 'SDNUAF'],
  ['AP 2005', 'Colombian paramilitary groups began handing in their weapons under a peace deal with the government.', '2005-02-15', 'Colombian paramilitary groups', 'COLUAF'],
  ['BBC 2019', 'Iraqi paramilitary groups backed by Iran blamed Israel for a series of drone strikes on their bases.', '2019-08-25', 'Iraqi paramilitary groups', 'IRQUAF'],
  ['Hindustan Times 2019', 'Indian paramilitary soldiers were killed when a car bomb hit their convoy in Pulwama.', '2019-02-14', 'Indian paramilitary soldiers', 'INDMIL'],
];

for (const [outlet, sentence, date, words, expected] of CASES) {
  test(`role grammar (${outlet}): "${words}" → ${expected}`, () => {
    const found = actorWith(sentence, date, words);
    assert.equal(found.code, expected, found.rule ?? '');
  });
}

test('"ex-" makes a role without a name a former one: "the ex-president" is ELI', () => {
  assert.equal(actorWith('The ex-president left the country.', '2024-01-10', 'ex-president').code, '---ELI');
});

test('a modifier is part of the role phrase, not a role of its own: "deputy foreign minister" is GOV, not COP + GOV', () => {
  const found = actorWith('The deputy foreign minister arrived in Tehran.', '2024-01-10', 'deputy foreign minister');
  assert.equal(found.code, '---GOV');
});

test('the rule names the country entry and the role entry that composed the code', () => {
  const found = actorWith('Ukrainian soldiers shelled the town.', '2023-05-01', 'Ukrainian soldiers');
  assert.equal(found.code, 'UKRMIL');
  assert.match(found.rule ?? '', /^UKR \(.*countries\.yaml:\d+\) \+ ~MIL \(.+:\d+\)$/);
});

test('a country whose codes are dated is still a country: "former Iraqi officials" are IRQELI, not IRQGOV', () => {
  assert.equal(actorWith('Former Iraqi officials met in Amman.', '2010-01-15', 'Iraqi officials').code, 'IRQELI');
});

test('the US Senate stays the US Senate: "the U.S. Senate" with its own country before it is USA', () => {
  assert.ok(actorWith('The U.S. Senate voted on the bill.', '2019-05-01', 'Senate').code.startsWith('USA'));
});
