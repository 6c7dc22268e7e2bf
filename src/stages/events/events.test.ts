import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc, spanText } from '../../document/doc.js';
import { segment } from '../segment/segment.js';
import { findActors } from '../actors/actors.js';
import { findEvents } from './events.js';
import { actor, block, smallWorld, word } from '../../../test/support/test-knowledge.js';

function eventsOf(text: string) {
  const knowledge = smallWorld();
  const doc = findEvents(findActors(segment(newDoc({ id: 't', date: '2024-04-20', title: null, text, url: null, source: null, origin: { file: 't', line: 1 } })), knowledge), knowledge);
  return doc.events.map((e) => ({ cameo: e.cameo, source: e.source.code, target: e.target?.code ?? null, trigger: spanText(doc, e.trigger), modality: e.modality }));
}

test('subject-verb-object: "NATO member Turkey denounced the Israeli offensive" → 111 TUR→ISR', () => {
  const [e] = eventsOf('NATO member Turkey denounced the Israeli offensive in Gaza.');
  assert.deepEqual(e, { cameo: '111', source: 'TUR', target: 'ISR', trigger: 'denounced', modality: 'asserted' });
});

test('the most specific pattern wins: "imposed trade restrictions" is 163, not the 1721 of bare "restrictions"', () => {
  const [e] = eventsOf('Ankara has also imposed trade restrictions on Israel.');
  assert.equal(e!.cameo, '163');
  assert.equal(e!.source, 'TURGOV');
  assert.equal(e!.target, 'ISR');
});

test('a pattern word may be separated from the verb: "imposed new restrictions" matches "* RESTRICTIONS"', () => {
  assert.equal(eventsOf('Turkey imposed new restrictions on Israel.')[0]!.cameo, '1721');
});

test('without a matching pattern the block default applies: "Erdogan met Haniyeh" → 040', () => {
  const [e] = eventsOf('Turkish President Tayyip Erdogan met Hamas leaders in Istanbul on Saturday.');
  assert.deepEqual(e, { cameo: '040', source: 'TURGOV', target: 'PSEREBHMS', trigger: 'met', modality: 'asserted' });
});

test('passive voice: "Iran was attacked by Israel" has Israel as source', () => {
  const [e] = eventsOf('Iran was attacked by Israel this week.');
  assert.equal(e!.source, 'ISR');
  assert.equal(e!.target, 'IRN');
});

test('compound subjects give one event each: "Turkey and Iran denounced Israel"', () => {
  const events = eventsOf('Turkey and Iran denounced Israel.');
  assert.deepEqual(events.map((e) => [e.source, e.target]), [['TUR', 'ISR'], ['IRN', 'ISR']]);
});

test('a coordinated verb keeps the subject: "Turkey denounced Israel and attacked Iran"', () => {
  const events = eventsOf('Turkey denounced Israel and attacked Iran.');
  assert.deepEqual(events.map((e) => [e.cameo, e.source, e.target]), [['111', 'TUR', 'ISR'], ['190', 'TUR', 'IRN']]);
});

test('an obligation is not an asserted event: "Israel should not attack Iran" is hypothetical', () => {
  assert.notEqual(eventsOf('Erdogan stressed that Israel should not attack Iran.').find((e) => e.cameo === '190')?.modality, 'asserted');
});

test('a negated verb is marked negated: "Turkey did not denounce Israel"', () => {
  assert.equal(eventsOf('Turkey did not denounce Israel.')[0]!.modality, 'negated');
});

test('no actor, no event: "Officials denounced the plan."', () => {
  assert.deepEqual(eventsOf('Officials denounced the plan.'), []);
});

test('a possessor and a prepositional object make a noun an event: "Israel\'s attack on Iran" → 190 ISR→IRN', () => {
  const events = eventsOf("The visit took place amid tensions following Israel's attack on Iran this week.");
  assert.deepEqual(events.map((e) => [e.cameo, e.source, e.target, e.trigger]), [['190', 'ISR', 'IRN', 'attack']]);
});

test('"a meeting between X and Y" is a consultation in both directions', () => {
  const events = eventsOf('It was the first meeting between Erdogan and Hamas since the war began.');
  assert.deepEqual(events.map((e) => [e.cameo, e.source, e.target]), [['040', 'TURGOV', 'PSEREBHMS'], ['040', 'PSEREBHMS', 'TURGOV']]);
});

test('a meeting noun without a possessor takes the clause subject: "Erdogan discussed aid during a meeting with Hamas"', () => {
  const events = eventsOf('Erdogan discussed aid during a meeting with Hamas in Istanbul.');
  assert.ok(events.some((e) => e.cameo === '040' && e.source === 'TURGOV' && e.target === 'PSEREBHMS' && e.trigger === 'meeting'));
});

test('"his" before an event noun refers to the previous subject: "Erdogan arrived; his visit to Iran ..."', () => {
  const events = eventsOf('Erdogan met Israel on Monday, and his visit to Iran followed.');
  assert.ok(events.some((e) => e.cameo === '042' && e.source === 'TURGOV' && e.target === 'IRN'));
});

test('an agreed action is an intent: "Turkey agreed to meet Israel" → 036, not the meeting itself', () => {
  const events = eventsOf('Turkey agreed to meet Israel next month.');
  assert.deepEqual(events.map((e) => [e.cameo, e.source, e.target, e.modality]), [['036', 'TUR', 'ISR', 'asserted']]);
});

test('an agreed action no pattern codes is still an intent: "Turkey agreed to send doctors to Iran" → 030, not agree (050)', () => {
  const [e] = eventsOf('Turkey agreed to send doctors to Iran.');
  assert.deepEqual(e, { cameo: '030', source: 'TUR', target: 'IRN', trigger: 'agreed', modality: 'asserted' });
});

test('a bare agreement keeps the verb\'s own code: "Turkey agreed with Iran" → 050', () => {
  assert.equal(eventsOf('Turkey agreed with Iran on Friday.')[0]?.cameo, '050');
});

test('an appeal takes the object of the appeal as its target: "Iran urged Turkey to meet Israel" → 026 IRN→TUR', () => {
  const events = eventsOf('Iran urged Turkey to meet Israel.');
  assert.deepEqual(events.map((e) => [e.cameo, e.source, e.target]), [['026', 'IRN', 'TUR']]);
});

test('"will attack" is a threat (138), asserted: the threat was made', () => {
  const events = eventsOf('Iran will attack Israel, Erdogan said.');
  assert.deepEqual(events.map((e) => [e.cameo, e.source, e.target, e.modality]), [['138', 'IRN', 'ISR', 'asserted']]);
});

test('"will" with an action no frame covers is planned, not asserted: "Turkey will denounce Israel"', () => {
  assert.equal(eventsOf('Turkey will denounce Israel.')[0]?.modality, 'planned');
});

test('a reported "must" is a demand by the reporter on the clause subject: "Iran said Turkey must meet Israel" → 106 IRN→TUR', () => {
  const events = eventsOf('Iran said on Monday that Turkey must meet Israel.');
  assert.deepEqual(events.map((e) => [e.cameo, e.source, e.target, e.modality]), [['106', 'IRN', 'TUR', 'asserted']]);
});

test('a that-clause after a demand verb names the addressee: "Iran demanded that Turkey meet Israel" → 106 IRN→TUR', () => {
  const events = eventsOf('Iran demanded that Turkey meet Israel.');
  assert.deepEqual(events.map((e) => [e.cameo, e.source, e.target]), [['106', 'IRN', 'TUR']]);
});

test('a frame verb with an action noun as object: "Iran demanded the release of Israeli troops" → 1053 on the released', () => {
  const events = eventsOf('Iran demanded the release of Israeli troops.');
  assert.deepEqual(events.map((e) => [e.cameo, e.source, e.target]), [['1053', 'IRN', 'ISRMIL']]);
});

test('a relative pronoun stands for the phrase before it: "Turkey denounced Israel, which attacked Iran"', () => {
  const events = eventsOf('Turkey denounced Israel, which attacked Iran on Friday.');
  assert.ok(events.some((e) => e.cameo === '190' && e.source === 'ISR' && e.target === 'IRN'));
});

test('only acts done together are reciprocal: "Turkey and Iran met" is, "Turkey and Iran denounced" is not', () => {
  assert.deepEqual(eventsOf('Turkey and Iran met in Ankara.').map((e) => [e.source, e.target]), [['TUR', 'IRN'], ['IRN', 'TUR']]);
  assert.deepEqual(eventsOf('Turkey and Iran denounced the plan.'), []);
});

test('a list inside a prepositional phrase is no subject: "talks in Turkey and Iran ended"', () => {
  assert.deepEqual(eventsOf('Victories in Turkey and Iran met resistance.'), []);
});

test('a pronoun brings back the previous sentence\'s actor, anchored at the pronoun: "Erdogan spoke. He met Israel."', () => {
  const knowledge = smallWorld();
  const doc = findEvents(findActors(segment(newDoc({ id: 't', date: '2024-04-20', title: null, text: 'Erdogan arrived in Doha on Friday. He met Israel on Saturday.', url: null, source: null, origin: { file: 't', line: 1 } })), knowledge), knowledge);
  const met = doc.events.find((e) => e.cameo === '040')!;
  assert.equal(met.source.code, 'TURGOV');
  assert.equal(met.source.sentence, 1);
  assert.equal(spanText(doc, met.source.tokens), 'He');
});

test('"the two sides" are the parties of the last dyad: "Turkey denounced Israel. The two sides met in Doha."', () => {
  const events = eventsOf('Turkey denounced Israel on Monday. The two sides met in Doha on Friday.');
  assert.deepEqual(events.filter((e) => e.cameo === '040').map((e) => [e.source, e.target]), [['TUR', 'ISR'], ['ISR', 'TUR']]);
});

test('a pattern written for one verb of a merged block does not code its synonyms: "soldiers arrested" is 173, not the 192 of "soldiers took"', () => {
  const knowledge = smallWorld();
  const at = { file: 'test', line: 1 };
  knowledge.actors.push(actor(['PALESTINIANS'], 'PSE'));
  knowledge.verbBlocks.push({
    name: 'APPREHEND',
    code: '171',
    reverseCode: null,
    verbs: [
      { words: ['ARREST'], verbIndex: 0, forms: ['ARREST', 'ARRESTED'], code: '173', reverseCode: null, source: at },
      { words: ['TAKE'], verbIndex: 0, forms: ['TAKE', 'TOOK'], code: null, reverseCode: null, inheritsBlockCode: true, source: at },
    ],
    patterns: [{ before: [word('TROOPS')], after: [], code: '192', reverseCode: null, writtenFor: 'TAKE', source: at }],
    source: at,
  });
  const code = (text: string) => findEvents(findActors(segment(newDoc({ id: 't', date: '2024-04-20', title: null, text, url: null, source: null, origin: { file: 't', line: 1 } })), knowledge), knowledge).events[0]?.cameo;
  assert.equal(code('Israeli troops arrested Palestinians on Saturday.'), '173');
  assert.equal(code('Israeli troops took Palestinians on Saturday.'), '192');
});

function withProtests() {
  const knowledge = smallWorld();
  knowledge.actors.push(actor(['NIGERIANS', 'NIGERIAN'], 'NGA'), actor(['LAGOS'], 'NGA'));
  knowledge.agents.push({ phrases: [['PROTESTERS']], code: 'OPP', position: 'suffix', source: { file: 'test', line: 1 } });
  knowledge.verbBlocks.push({ ...block('DEMONSTRATE', '141', ['DEMONSTRATE', 'DEMONSTRATED']) });
  knowledge.unnamedTargets = [{ codes: ['14'], target: 'domestic', except: ['GOV', 'MIL', 'COP', 'JUD', 'SPY'], source: { file: 'test', line: 1 } }];
  return knowledge;
}

function eventsWith(knowledge: ReturnType<typeof smallWorld>, text: string) {
  const doc = findEvents(findActors(segment(newDoc({ id: 't', date: '2024-04-20', title: null, text, url: null, source: null, origin: { file: 't', line: 1 } })), knowledge), knowledge);
  return doc.events.map((e) => ({ cameo: e.cameo, source: e.source.code, target: e.target?.code ?? null, implicit: e.target?.implicit === true }));
}

test('a protest with no named target is aimed at the protesters\' own country: "Nigerians demonstrated on Thursday" → 141 NGA→NGA, implicit', () => {
  assert.deepEqual(eventsWith(withProtests(), 'Nigerians demonstrated on Thursday.'), [{ cameo: '141', source: 'NGA', target: 'NGA', implicit: true }]);
});

test('the own country as target is the sentence\'s place of it when there is one: "Nigerians demonstrated in Lagos" → NGA, named', () => {
  assert.deepEqual(eventsWith(withProtests(), 'Nigerians demonstrated in Lagos on Thursday.'), [{ cameo: '141', source: 'NGA', target: 'NGA', implicit: false }]);
});

test('only the listed codes get an unnamed target: "Turkey denounced on Friday" codes nothing', () => {
  assert.deepEqual(eventsWith(withProtests(), 'Turkey denounced on Friday.'), []);
});

test('a bare role word has no country to protest against: "Protesters demonstrated in the capital" codes nothing', () => {
  assert.deepEqual(eventsWith(withProtests(), 'Protesters demonstrated in the capital on Thursday.'), []);
});

test('after a word of quantity the "of" phrase is the subject: "Thousands of Nigerians demonstrated" has NGA as source', () => {
  assert.equal(eventsWith(withProtests(), 'Thousands of Nigerians demonstrated on Thursday.')[0]?.source, 'NGA');
});

test('a bare role word beside a named party is no party of its own: "Erdogan and a group of protesters met Haniyeh" is one meeting', () => {
  const knowledge = withProtests();
  knowledge.actors.push(actor(['HANIYEH'], 'PSEREBHMS'));
  assert.deepEqual(eventsWith(knowledge, 'Erdogan and a group of protesters met Haniyeh on Saturday.').map((e) => `${e.source}→${e.target}`), ['TURGOV→PSEREBHMS']);
});

test('a role word after a possessive belongs to the party named before it: "Israel said their troops attacked Iran" → ISRMIL', () => {
  assert.equal(eventsOf('Israel said on Tuesday their troops attacked Iran.')[0]?.source, 'ISRMIL');
});

test('"following" opens an adjunct, not a modifier: "strengthened its troops in Lebanon following the attack on Iran" is aimed at Lebanon', () => {
  const knowledge = smallWorld();
  knowledge.actors.push(actor(['LEBANON'], 'LBN'));
  knowledge.verbBlocks.push(block('STRENGTHEN', '154', ['STRENGTHEN', 'STRENGTHENED']));
  assert.deepEqual(eventsWith(knowledge, 'Israel has strengthened its troops in Lebanon following the attack on Iran last week.').map((e) => `${e.cameo} ${e.source}→${e.target}`), ['154 ISR→LBN']);
});

test('a framed action with no party of its own is aimed at the frame verb\'s object: "Turkey agreed with Iran to meet soon" → TUR→IRN', () => {
  assert.deepEqual(eventsOf('Turkey agreed with Iran to meet soon.').map((e) => `${e.source}→${e.target}`), ['TUR→IRN']);
});

test('a word that rounds a number is no preposition: "Up to 1,000 Nigerians demonstrated" has NGA as source', () => {
  assert.equal(eventsWith(withProtests(), 'Up to 1,000 Nigerians demonstrated on Thursday.')[0]?.source, 'NGA');
});

test('a bare civilian role word takes the country where the act happens abroad: "Israeli troops attacked protesters in Gaza" → ISRMIL→PSEOPP', () => {
  const knowledge = withProtests();
  knowledge.actors.push(actor(['GAZA'], 'PSE'));
  assert.deepEqual(eventsWith(knowledge, 'Israeli troops attacked protesters in Gaza on Friday.').map((e) => `${e.source}→${e.target}`), ['ISRMIL→PSEOPP']);
});


function withUnmappedFrames() {
  const knowledge = smallWorld();
  knowledge.verbBlocks.push(block('THREATEN', '130', ['THREATEN', 'THREATENED']));
  knowledge.frames = knowledge.frames!.map((f) => (f.name === 'threat' ? { ...f, fallback: '130', unmapped: 'fallback' as const } : f.name === 'intent' ? { ...f, unmapped: 'planned' as const } : f));
  return knowledge;
}

test('a threat of an act the threat map does not cover is still a threat: "Turkey threatened to denounce Israel" → 130', () => {
  assert.deepEqual(eventsWith(withUnmappedFrames(), 'Turkey threatened to denounce Israel.').map((e) => `${e.cameo} ${e.source}→${e.target}`), ['130 TUR→ISR']);
});

test('an intent the intent map does not cover leaves the act unasserted: "Turkey agreed to attack Iran" is planned', () => {
  const knowledge = withUnmappedFrames();
  const doc = findEvents(findActors(segment(newDoc({ id: 't', date: '2024-04-20', title: null, text: 'Turkey agreed to attack Iran.', url: null, source: null, origin: { file: 't', line: 1 } })), knowledge), knowledge);
  assert.deepEqual(doc.events.map((e) => `${e.cameo} ${e.modality}`), ['190 planned']);
});

test('the executive does not protest at its own country: "The Nigerian government demonstrated in Lagos" gets no unnamed target', () => {
  assert.deepEqual(eventsWith(withProtests(), 'The Nigerian government demonstrated in Lagos on Thursday.').filter((e) => e.implicit), []);
});

test('two named people of one country are two parties: "Erdogan met Sezer" → 040 TURGOV→TURGOV', () => {
  const knowledge = smallWorld();
  knowledge.actors.push(actor(['SEZER_'], 'TURGOV', '2000-05-16', null));
  assert.deepEqual(eventsWith(knowledge, 'Erdogan met Sezer on Saturday.').map((e) => `${e.cameo} ${e.source}→${e.target}`), ['040 TURGOV→TURGOV']);
});

test('an "of" gerund after an accusation is the act accused of, not an act: "Turkey accused Israel of attacking the Iranian embassy" → 1123 TUR→ISR only', () => {
  const knowledge = smallWorld();
  knowledge.verbBlocks.push(block('ACCUSE', '112', ['ACCUSE', 'ACCUSED']), block('ATTACK', '190', ['ATTACKING']));
  knowledge.frames!.push({ name: 'accusation', verbs: ['ACCUSE'], adjectives: [], auxiliaries: [], target: 'object', map: [['19', '1123']], fallback: '112', unmapped: 'fallback', source: { file: 'test', line: 1 } });
  assert.deepEqual(eventsWith(knowledge, 'Turkey accused Israel of attacking the Iranian embassy.').map((e) => `${e.cameo} ${e.source}→${e.target}`), ['1123 TUR→ISR']);
});

test('an appeal to "them" is an appeal to the party the pronoun takes back: "Turkey met Hamas leaders. Israel urged them to meet Turkey" → 026 ISR→Hamas', () => {
  assert.deepEqual(eventsOf('Turkey met Hamas leaders on Saturday. Israel urged them to meet Turkey.').filter((e) => e.cameo === '026').map((e) => `${e.source}→${e.target}`), ['ISR→PSEREBHMS']);
});

test('a place that only says where the addressee is is no addressee: "Turkey urged the Hamas office in Iran to meet Israel" → one appeal, to Hamas', () => {
  assert.deepEqual(eventsOf('Turkey urged Hamas leaders in Iran to meet Israel.').filter((e) => e.cameo === '026').map((e) => `${e.source}→${e.target}`), ['TUR→PSEREBHMS']);
});

test('a modal before a frame adjective frames the whole: "Turkey said Israel must be willing to meet Iran" is a demand on Israel (106)', () => {
  assert.deepEqual(eventsOf('Turkey said Israel must be willing to meet Iran.').map((e) => [e.cameo, e.source, e.target]), [['106', 'TUR', 'ISR']]);
});

test('a verb coordinated with a framed infinitive shares the frame: "Iran urged Turkey to wait and meet Israel" is an appeal, not a meeting', () => {
  assert.deepEqual(eventsOf('Iran urged Turkey to wait and meet Israel.').map((e) => [e.cameo, e.source, e.target, e.modality]), [['026', 'IRN', 'TUR', 'asserted']]);
});

test('a passive whose subject is no party aims the act at its object: "Restrictions were imposed on Iran by Turkey" → TUR→IRN', () => {
  assert.deepEqual(eventsOf('New restrictions were imposed on Iran by Turkey on Monday.').map((e) => [e.cameo, e.source, e.target]), [['170', 'TUR', 'IRN']]);
});

test('a passive frame verb is done by its by-phrase to its subject: "Israel was urged by Iran to meet Turkey" is an appeal by Iran to Israel', () => {
  assert.deepEqual(eventsOf('Israel was urged by Iran to meet Turkey.').map((e) => [e.cameo, e.source, e.target]), [['026', 'IRN', 'ISR']]);
});
