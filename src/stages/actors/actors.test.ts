import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc } from '../../document/doc.js';
import { spanText } from '../../document/doc.js';
import { segment } from '../segment/segment.js';
import { findActors } from './actors.js';
import { actor, smallWorld } from '../../../test/support/test-knowledge.js';

function actorsOf(text: string, date: string | null = '2024-04-20', knowledge = smallWorld()) {
  const doc = findActors(segment(newDoc({ id: 't', date, title: null, text, url: null, source: null, origin: { file: 't', line: 1 } })), knowledge);
  return doc.actors.map((a) => ({ text: spanText(doc, a.tokens), code: a.code, country: a.country, agent: a.agent }));
}

test('a demonym with a role word is the government: "Turkish Foreign Minister" → TURGOV', () => {
  const found = actorsOf('Turkish Foreign Minister Hakan Fidan met Haniyeh in Doha.');
  assert.deepEqual(found[0], { text: 'Turkish Foreign Minister Hakan Fidan', code: 'TURGOV', country: 'TUR', agent: 'GOV' });
});

test('a name the dictionaries do not know is coded from its role and flagged unknown: "Syrian envoy Omar Haddad" → SYRGOV, known false', () => {
  const doc = findActors(segment(newDoc({ id: 't', date: '2024-04-20', title: null, text: 'Turkish Foreign Minister Omar Haddad met Haniyeh.', url: null, source: null, origin: { file: 't', line: 1 } })), smallWorld());
  const [haddad] = doc.actors;
  assert.equal(haddad?.code, 'TURGOV');
  assert.equal(haddad?.name, 'Omar Haddad');
  assert.equal(haddad?.known, false);
});

test('one capitalised word after a role is not taken for a name: "Turkish Foreign Minister Sunday" stays the role', () => {
  assert.equal(actorsOf('The Turkish Foreign Minister Sunday met Haniyeh.')[0]?.text, 'Turkish Foreign Minister');
});

test('the named head of a phrase carries its own code: "Turkish President Tayyip Erdogan" → TURGOV via Erdogan', () => {
  const found = actorsOf('Turkish President Tayyip Erdogan discussed aid to Gaza.');
  assert.equal(found.length, 1);
  assert.equal(found[0]!.text, 'Turkish President Tayyip Erdogan');
  assert.equal(found[0]!.code, 'TURGOV');
});

test('the last name is the head: "NATO member Turkey" is Turkey, not NATO', () => {
  const found = actorsOf('NATO member Turkey denounced the Israeli offensive in Gaza.');
  assert.equal(found[0]!.code, 'TUR');
  assert.equal(found[0]!.text, 'NATO member Turkey');
});

test('a capital used for its government is an actor: "Ankara has also imposed trade restrictions"', () => {
  assert.equal(actorsOf('Ankara has also imposed trade restrictions on Israel.')[0]!.code, 'TURGOV');
});

test('an agent after its country joins it: "Israeli troops" → ISRMIL', () => {
  assert.equal(actorsOf('Israeli troops entered the town.')[0]!.code, 'ISRMIL');
});

test('"the government of Turkey": an agent before "of" and its country → TURGOV', () => {
  assert.equal(actorsOf('The government of Turkey protested.')[0]!.code, 'TURGOV');
});

test('date-restricted codes are chosen by the article date', () => {
  const world = smallWorld();
  world.actors.push(actor(['SEZER_'], 'TURGOV', '2000-05-16', '2007-08-28'));
  assert.equal(actorsOf('Sezer met the press.', '2005-01-01', world)[0]?.code, 'TURGOV');
  assert.equal(actorsOf('Sezer met the press.', '2024-04-20', world).length, 0);
});

test('matching is case-aware: the pronoun "us" is not the United States', () => {
  const world = smallWorld();
  world.actors.push(actor(['US_'], 'USA'));
  assert.equal(actorsOf('They told us nothing.', '2024-04-20', world).length, 0);
  assert.equal(actorsOf('The US imposed sanctions.', '2024-04-20', world)[0]!.code, 'USA');
});

test('a dictionary stem matches longer forms: ISRAELI (no trailing _) matches "Israelis"', () => {
  assert.equal(actorsOf('Israelis voted on Tuesday.')[0]!.code, 'ISR');
});

test('owned role words are not placed by a following "from": "its troops from Iran" are not Iranian troops', () => {
  const actors = actorsOf('Turkey said it would withdraw its troops from Iran.');
  assert.ok(!actors.some((a) => a.code === 'IRNMIL'), JSON.stringify(actors));
  assert.ok(actors.some((a) => a.code === 'IRN'));
});

test('a former office holder is an elite, not the office: "a former Turkish Foreign Minister" → TURELI', () => {
  assert.equal(actorsOf('A former Turkish Foreign Minister met Haniyeh.')[0]?.code, 'TURELI');
});

test('"of" after a country starts another actor: "warned the population of Turkey of Israel" names Turkey and Israel', () => {
  const codes = actorsOf('Iran warned the population of Turkey of Israel.').map((a) => a.code);
  assert.ok(codes.includes('TUR') && codes.includes('ISR'), codes.join(','));
});

test('undated text names a person for the office they last held, not for the out-of-office fallback: Sezer → TURGOV', () => {
  const knowledge = smallWorld();
  knowledge.actors.push({ ...actor(['AHMET_NECDET_SEZER_'], 'TURGOV', '2000-05-16', '2007-08-28'), codes: [{ code: 'TURGOV', from: '2000-05-16', to: '2007-08-28' }, { code: 'TURELI', from: null, to: null }] });
  assert.equal(actorsOf('President Ahmet Necdet Sezer met Haniyeh.', null, knowledge)[0]?.code, 'TURGOV');
});

test('in undated text "former" still takes the person out of office: "former President Ahmet Necdet Sezer" → TURELI', () => {
  const knowledge = smallWorld();
  knowledge.actors.push({ ...actor(['AHMET_NECDET_SEZER_'], 'TURGOV'), codes: [{ code: 'TURGOV', from: '2000-05-16', to: '2007-08-28' }, { code: 'TURELI', from: null, to: null }] });
  assert.equal(actorsOf('Former President Ahmet Necdet Sezer met Haniyeh.', null, knowledge)[0]?.code, 'TURELI');
});

test('a lower-case name particle opens a name: "al-Qaeda" is found like "Al-Qaeda"', () => {
  const knowledge = smallWorld();
  knowledge.actors.push(actor(['AL-QAEDA_', 'AL_QAEDA_'], 'IMGMUSALQ'));
  assert.deepEqual(actorsOf('Leaders of al-Qaeda met Haniyeh.', '2024-04-20', knowledge).map((a) => a.code).includes('IMGMUSALQ'), true);
});

test('a known surname after a given name the person lacks is someone else: "Russian Deputy Prime Minister Yuri Borisov" is no Boyko Borisov', async () => {
  const { loadKnowledge } = await import('../../dictionaries/knowledge.js');
  const builtIns = loadKnowledge();
  const codes = (text: string, date: string) => actorsOf(text, date, builtIns).map((a) => `${a.text} ${a.code}`);
  assert.ok(codes('Russian Deputy Prime Minister Yuri Borisov visited ally Venezuela on Friday.', '2019-03-30').includes('Russian Deputy Prime Minister Yuri Borisov RUSGOV'));
  assert.ok(codes('Four people are arrested, according to New Zealand Police Commissioner Mike Bush.', '2019-03-15').includes('New Zealand Police Commissioner Mike Bush NZLCOP'));
  assert.ok(codes('Brazilian congressman Eduardo Bolsonaro met Trump.', '2019-04-01').includes('Brazilian congressman Eduardo Bolsonaro BRALEG'));
  // The person's own given name still finds them.
  assert.ok(codes('Turkish President Tayyip Erdogan met Haniyeh.', '2024-04-20').includes('Turkish President Tayyip Erdogan TURGOV'));
});

test('a person named once with a role is the same person when the article later gives the surname alone: "Becerra is joined ..."', async () => {
  const { loadKnowledge } = await import('../../dictionaries/knowledge.js');
  const text = '"President Trump treats the rule of law with utter contempt," said California Attorney General Xavier Becerra.\n\nBecerra is joined in this legal action by attorneys general from Maine, New York and Hawaii.';
  const found = actorsOf(text, '2019-02-19', loadKnowledge());
  const again = found.find((a) => a.text === 'Becerra');
  const first = found.find((a) => a.text.endsWith('Xavier Becerra'));
  assert.ok(first && again, JSON.stringify(found));
  assert.equal(again.code, first.code);
});

test('a surname another name shares is no second mention: "Nadia Haddad" is not the envoy Omar Haddad', async () => {
  const { loadKnowledge } = await import('../../dictionaries/knowledge.js');
  const found = actorsOf('Syrian envoy Omar Haddad met Turkish officials in Ankara. Nadia Haddad, a doctor, said the talks went well.', '2024-04-20', loadKnowledge());
  assert.equal(found.filter((a) => a.text.includes('Haddad')).length, 1, JSON.stringify(found));
});
