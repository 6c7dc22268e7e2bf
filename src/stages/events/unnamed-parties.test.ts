// Events with a party the text does not name: violence by an unknown doer, the state behind an arrest or a release,
// and acts with no one as their object. Sentences from Wikipedia's current events and Wikinews.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dyads } from '../../../test/support/code-text.js';

test('violence whose doer the text does not name has an unknown source (no code), the victims as target', () => {
  assert.deepEqual(dyads('At least eight police officers are killed in a suicide bomb attack in Karachi.', '2014-02-13'), ['1831 →PAKCOP']);
  assert.deepEqual(dyads('Eleven people are killed in Helmand province, Uruzgan province, Kandahar province, and Nangarhar province of Afghanistan.', '2010-11-14'), ['190 →AFGPPL']);
  assert.deepEqual(dyads('Two Israeli troops were killed in Hebron on Monday.', '2002-05-13'), ['190 →ISRMIL']);
});

test('a party named beside the victims may be the doer, so no unknown doer is made up: "killed in clashes with Hamas"', () => {
  assert.ok(!dyads('Two Israeli troops were killed in clashes with Hamas in Hebron.', '2002-05-13').some((d) => d.startsWith('190 →')));
});

test('deaths in accidents and disasters are no violence: a fire, a bus crash, a truck that overturns', () => {
  assert.deepEqual(dyads('Twenty-nine people are killed and eight others are injured in a fire at a nightclub under renovation in Istanbul, Turkey.', '2024-04-02'), []);
  assert.deepEqual(dyads('At least 18 people are killed and 16 others injured in a multi-vehicle accident involving a bus near Nahdah in northwestern Oman.', '2016-03-01'), []);
  assert.deepEqual(dyads('Nine Egyptian military personnel are killed or injured when a transport truck carrying ammunition overturns in Sharqia Governorate, Egypt.', '2023-09-18'), []);
});

test('an arrest, a release or a sentence with no named doer is the act of the state that holds the person', () => {
  assert.deepEqual(dyads('Burmese opposition leader Aung San Suu Kyi is released after 15 years of house arrest.', '2010-11-13'), ['084 MMR→MMROPP']);
  assert.deepEqual(dyads('Two people are arrested in New York City for allegedly planning a terrorist attack.', '2011-05-11'), ['173 USA→USAPPL']);
  assert.deepEqual(dyads('Former Thai Prime Minister Yingluck Shinawatra is sentenced to five years in prison in absentia.', '2017-09-27'), ['173 THA→THAELI']);
});

test('a denial, a claim of responsibility and an appeal with no one named as their object are coded with no target', () => {
  assert.deepEqual(dyads('For several days Iran denied the accusation.', '2020-01-14'), ['016 IRN→-']);
  assert.deepEqual(dyads('The Taliban claimed responsibility for the attack.', '2015-06-22'), ['015 AFGREB→-']);
  assert.ok(dyads('NATO member Turkey denounced the Israeli offensive in Gaza following Hamas\' attack on Israel on October 7 and called for an immediate ceasefire.').includes('0256 TUR→-'));
});

test('a coordinated verb has the subject of the last finite verb, not of a participle between them', () => {
  const events = dyads('NATO member Turkey denounced the Israeli offensive in Gaza following Hamas\' attack on Israel on October 7 and called for an immediate ceasefire.');
  assert.ok(events.includes('111 TUR→ISR') && events.includes('0256 TUR→-'), events.join(', '));
});

test('a bare role word in a sentence that names one country is that country\'s: "Opposition parties in Burma accuse the military junta"', () => {
  assert.deepEqual(dyads('Opposition parties in Burma accuse the military junta of cheating.', '2010-11-06'), ['112 MMROPP→MMRGOVMIL']);
});

test('reporters and people told or hurt in passing take no country from the sentence: "The Egyptian president told reporters"', () => {
  assert.deepEqual(dyads('The Egyptian president told reporters on Monday that talks would resume.', '2012-05-01'), []);
});

test('a weapon or an attack as subject is its doer\'s act, coded by the weapon; the doer is who qualifies it, else unknown', () => {
  assert.deepEqual(dyads('A roadside bomb kills four Egyptian Army soldiers near the town of Arish, North Sinai Governorate.', '2017-03-25'), ['1833 →EGYMIL']);
  assert.deepEqual(dyads('A car bomb detonates in the parking lot of a Baghdad police station while police attempt to defuse it, killing six officers and injuring another ten.', '2015-08-28'), ['1832 →IRQGOV']);
  assert.deepEqual(dyads('Iran responded to the US airstrike that killed Iranian general Qasem Soleimani.', '2020-01-08').filter((d) => d.startsWith('19')), ['195 USA→IRN']);
});

test('a party that is itself the subject stays the doer: "A suicide bomber kills 26 people in a Maiduguri mosque"', () => {
  assert.ok(dyads('A suicide bomber kills 26 people in a Maiduguri mosque hours after militants launch an attack.', '2015-05-30').some((d) => d.startsWith('1831 NGA')));
});

test('a resignation is aimed at the own country where the sentence names it apart from the one resigning, else at nobody', () => {
  assert.deepEqual(dyads('Madagascar President Andry Rajoelina resigns in order to run for re-election, in accordance with the country\'s constitution.', '2023-09-09'), ['0831 MDGGOV→-']);
  assert.ok(dyads('Georgian President Eduard Shevardnadze resigned Sunday as the opposition threatened to storm his residence in Tbilisi.', '2003-11-23').some((d) => d.startsWith('0831 GEO') && d.endsWith('→GEO')));
});
