import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { codeArticle } from '../../pipeline/pipeline.js';
import { loadKnowledge } from '../../dictionaries/knowledge.js';
import { readAll } from '../../../test/support/ingest-fixtures.js';
import { spanText } from '../../document/doc.js';
import { projectRoot } from '../../../test/support/shared-paths.js';
import { loadGazetteer, placesNamed } from './gazetteer.js';

const knowledge = loadKnowledge();
const gazetteer = loadGazetteer();

function code(text: string, date = '2024-04-20') {
  const doc = codeArticle({ id: 't', date, title: null, text, url: null, source: null, origin: { file: 't', line: 1 } }, { knowledge, gazetteer, placesOfEventlessArticles: true });
  return doc.events.map((e) => ({ cameo: e.cameo, source: e.source.code, target: e.target?.code ?? null, trigger: spanText(doc, e.trigger), place: e.location?.name ?? null, country: e.location?.country ?? null, lat: e.location?.lat, lon: e.location?.lon }));
}

test('the reference article: the Erdogan–Haniyeh meeting is in Istanbul, the Fidan meeting in Doha', async () => {
  const { articles } = await readAll([join(projectRoot, 'examples', '2024-04-20-erdogan-haniyeh.txt')]);
  const doc = codeArticle(articles[0]!, { knowledge, gazetteer, placesOfEventlessArticles: true });
  const erdogan = doc.events.find((e) => e.cameo.startsWith('04') && e.source.code === 'TURGOV' && e.sentence === 0);
  assert.equal(erdogan?.location?.name, 'Istanbul');
  assert.equal(erdogan?.location?.country, 'TUR');
  assert.ok(Math.abs(erdogan!.location!.lat - 41.0) < 0.3 && Math.abs(erdogan!.location!.lon - 29.0) < 0.3);
  const fidan = doc.events.find((e) => e.cameo.startsWith('04') && e.date?.value === '2024-04-17');
  assert.equal(fidan?.location?.name, 'Doha');
  assert.equal(fidan?.location?.country, 'QAT');
});

test('a place that belongs to an event noun is not the verb\'s: "denounced the Israeli offensive in Gaza" has no place', () => {
  const denounce = code('NATO member Turkey denounced the Israeli offensive in Gaza.').find((e) => e.cameo === '111');
  assert.ok(denounce);
  assert.equal(denounce.place, null);
});

test('a place before the clause belongs to its verb: "In Istanbul, Erdogan met Haniyeh"', () => {
  const [e] = code('In Istanbul, Turkish President Tayyip Erdogan met Hamas leader Ismail Haniyeh on Saturday.');
  assert.equal(e?.place, 'Istanbul');
});

test('a capital used for its government is an actor, not a place: "Ankara has also imposed trade restrictions on Israel"', () => {
  const [e] = code('Ankara has also imposed trade restrictions on Israel.');
  assert.equal(e?.cameo, '163');
  assert.equal(e?.place, null);
});

test('no place mentioned, no place guessed: "Israel attacked Iran this week" has location null', () => {
  const [e] = code('Israel attacked Iran this week.');
  assert.equal(e?.place, null);
});

test('a dateline is the place of events whose actors are at home there: "DOHA, April 17 (Reuters) - Qatar\'s emir met ..."', () => {
  const [e] = code('DOHA, April 17 (Reuters) - Qatar\'s emir met Hamas leader Ismail Haniyeh on Wednesday.');
  assert.equal(e?.place, 'Doha');
  assert.equal(e?.country, 'QAT');
});

test('a dateline is not the place of events elsewhere: "ISTANBUL (Reuters) - Israel attacked Iran" has no place', () => {
  const [e] = code('ISTANBUL (Reuters) - Israel attacked Iran on Friday, officials said.');
  assert.equal(e?.cameo.slice(0, 2), '19');
  assert.equal(e?.place, null);
});

test('namesakes are decided by the actors: Tripoli is in Libya for Libyan actors, in Lebanon for Lebanese ones', () => {
  assert.equal(code('Libyan Prime Minister Abdul Hamid Dbeibah met Turkish Foreign Minister Hakan Fidan in Tripoli.')[0]?.country, 'LBY');
  assert.equal(code('Lebanese Prime Minister Najib Mikati met Turkish Foreign Minister Hakan Fidan in Tripoli.')[0]?.country, 'LBN');
});

test('a container names the namesake: "in Paris, Texas" is not Paris, France', () => {
  const [e] = code('French President Emmanuel Macron met Turkish President Tayyip Erdogan in Paris, Texas, on Monday.');
  assert.equal(e?.place, 'Paris');
  assert.equal(e?.country, 'USA');
});

test('without context the larger namesake wins: "in Paris" is Paris, France', () => {
  const [e] = code('Turkish President Tayyip Erdogan met Hamas leader Ismail Haniyeh in Paris on Monday.');
  assert.equal(e?.country, 'FRA');
});

test('a month is not a town: "In March, Turkey denounced Israel" has no place', () => {
  const [e] = code('In March, Turkey denounced Israel.');
  assert.equal(e?.cameo, '111');
  assert.equal(e?.place, null);
});

test('a visit happens where it goes: "Haniyeh\'s visit to Turkey" is in Turkey', () => {
  const visit = code("Haniyeh's visit to Turkey came three days after the talks.").find((e) => e.cameo === '042');
  assert.equal(visit?.country, 'TUR');
});

test('the speaker\'s place is the place of what the speaker\'s country does: "Erdogan said in Istanbul that Turkey would ..."', () => {
  const events = code('Speaking in Istanbul, Erdogan said Turkey had imposed trade restrictions on Israel.');
  const sanctions = events.find((e) => e.cameo === '163');
  assert.equal(sanctions?.place, 'Istanbul');
});

test('gazetteer: names are found without their diacritics ("Khan Yunis" for "Khān Yūnis")', () => {
  assert.ok(placesNamed(gazetteer, 'Khan Yunis').some((p) => p.country === 'PSE'));
});

test('gazetteer: countries are places under their common names, at their mainland centroid', () => {
  const [france] = placesNamed(gazetteer, 'France').filter((p) => p.kind === 'country');
  assert.equal(france?.country, 'FRA');
  assert.ok(france!.lat > 42 && france!.lat < 51 && france!.lon > -5 && france!.lon < 8);
  assert.ok(placesNamed(gazetteer, 'Syria').some((p) => p.kind === 'country' && p.country === 'SYR'));
});

test('a light verb\'s event happens where its object does: "carried out the airstrike at Baghdad International Airport"', () => {
  const [e] = code('The United States carried out an airstrike at Baghdad International Airport on Friday.');
  assert.equal(e?.place, 'Baghdad International Airport');
  assert.equal(e?.country, 'IRQ');
});

test('Georgia is decided by the actors: the country for Georgian and Armenian leaders, the US state for American ones', () => {
  assert.equal(code('Georgian Prime Minister Irakli Kobakhidze met Armenian Prime Minister Nikol Pashinyan in Georgia on Monday.', '2024-05-01')[0]?.country, 'GEO');
  assert.equal(code('US President Joe Biden met Israeli officials in Georgia on Monday.', '2024-05-01')[0]?.country, 'USA');
});
