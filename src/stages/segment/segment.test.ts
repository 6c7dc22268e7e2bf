import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from './segment.js';
import { newDoc } from '../../document/doc.js';

const article = (text: string) => ({ id: 't', date: '2024-04-20', title: null, text, url: null, source: null, origin: { file: 'test', line: 1 } });

test('splits a two-sentence report into sentences whose offsets cover their text', () => {
  const text = 'Turkish President Tayyip Erdogan met Hamas leader Ismail Haniyeh in Istanbul on Saturday. Ankara has also imposed trade restrictions on Israel.';
  const doc = segment(newDoc(article(text)));
  assert.equal(doc.sentences.length, 2);
  assert.equal(text.slice(doc.sentences[1]!.start, doc.sentences[1]!.end), 'Ankara has also imposed trade restrictions on Israel.');
});

test('a sentence after a blank line starts at its first word, not at the blank line', () => {
  const text = 'Police arrest five men in Birmingham.\n\nWest Midlands Police arrest five men and a woman in Birmingham.';
  const doc = segment(newDoc(article(text)));
  assert.deepEqual(doc.sentences.map((s) => text.slice(s.start, s.end)), ['Police arrest five men in Birmingham.', 'West Midlands Police arrest five men and a woman in Birmingham.']);
});

test('every token offset points at its own surface text', () => {
  const text = '“Erdogan stressed that Israel should not benefit,” the statement added.';
  const doc = segment(newDoc(article(text)));
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
});

test('tags the verb and gives its lemma: "met" is VERB with lemma "meet"', () => {
  const doc = segment(newDoc(article('Erdogan met Haniyeh in Istanbul.')));
  const met = doc.tokens.find((t) => t.text === 'met')!;
  assert.equal(met.pos, 'VERB');
  assert.equal(met.lemma, 'meet');
});

test('splits the contraction "didn\'t" so its negation "n\'t" is a token of its own', () => {
  const doc = segment(newDoc(article("Israel didn't attack Iran.")));
  assert.ok(doc.tokens.some((t) => t.normal === "n't"));
});

test('a present-tense verb wink reads as a plural noun is retagged: "Israel attacks Iran" → attacks/VERB', () => {
  const doc = segment(newDoc(article('Israel attacks Iran. Turkey plans to denounce Israel.')));
  assert.equal(doc.tokens.find((t) => t.text === 'attacks')?.pos, 'VERB');
  assert.equal(doc.tokens.find((t) => t.text === 'plans')?.pos, 'VERB');
});

test('a plural noun after a name stays a noun when no object follows: "Israel\'s attacks on Iran"', () => {
  const doc = segment(newDoc(article("Israel's attacks on Iran drew criticism.")));
  assert.equal(doc.tokens.find((t) => t.text === 'attacks')?.pos, 'NOUN');
});

test('a plural noun wink reads as a verb right after a verb is retagged: "rejected calls by Kofi Annan" → calls/NOUN', () => {
  const doc = segment(newDoc(article('The US on Thursday rejected calls by Kofi Annan to adopt reforms.')));
  assert.equal(doc.tokens.find((t) => t.text === 'calls')?.pos, 'NOUN');
});

test('letters outside wink\'s tables do not split a word: "Erdoğan", "Nguyễn Phú Trọng" keep their tokens and offsets', () => {
  const text = 'Erdoğan met Nguyễn Phú Trọng in İstanbul.';
  const doc = segment(newDoc({ id: 't', date: null, title: null, text, url: null, source: null, origin: { file: 't', line: 1 } }));
  assert.deepEqual(doc.tokens.map((t) => t.text), ['Erdoğan', 'met', 'Nguyễn', 'Phú', 'Trọng', 'in', 'İstanbul', '.']);
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.equal(doc.tokens[0]!.key, 'ERDOGAN');
});

test('an underscore joins the words of a name in PETRARCH-style input: "Dol_Amroth" is read as "Dol" and "Amroth"', () => {
  const text = 'They warned of the Prince of Dol_Amroth.';
  const doc = segment(newDoc({ id: 't', date: null, title: null, text, url: null, source: null, origin: { file: 't', line: 1 } }));
  assert.deepEqual(doc.tokens.slice(6, 8).map((t) => t.text), ['Dol', 'Amroth']);
});

test('a plural present-tense verb wink reads as an adjective is retagged: "Turkey and Iran welcome a resumption" → welcome/VERB', () => {
  const doc = segment(newDoc(article('Turkey and Iran welcome a resumption of talks with Israel.')));
  assert.equal(doc.tokens.find((t) => t.text === 'welcome')?.pos, 'VERB');
});

test('an "-s" word right after a verb is its object, not a second verb: "Turkey expressed hopes" → hopes/NOUN', () => {
  const doc = segment(newDoc(article('Turkey expressed hopes on Thursday that Israel could be drawn into talks.')));
  assert.equal(doc.tokens.find((t) => t.text === 'hopes')?.pos, 'NOUN');
});

test('an -ing word coordinated with an -ing noun before a noun is a noun too: "a new bombing and shelling offensive"', () => {
  const doc = segment(newDoc(article('Israel launched a new bombing and shelling offensive against Gaza.')));
  assert.equal(doc.tokens.find((t) => t.text === 'shelling')?.pos, 'NOUN');
});

test('a base-form word joined by "and" to an adjective before a noun is an adjective: "awful and cool minister" → cool/ADJ', () => {
  const doc = segment(newDoc(article("Ithilen's awful and cool minister warned of the Prince.")));
  assert.equal(doc.tokens.find((t) => t.text === 'cool')?.pos, 'ADJ');
});

test('a past-tense verb wink reads as a noun between subject and object is retagged: "Rebels abducted two engineers" → abducted/VERB', () => {
  const doc = segment(newDoc(article('Rebels abducted two Turkish engineers. Kurdish armed groups attacked Turkey.')));
  assert.equal(doc.tokens.find((t) => t.text === 'abducted')?.pos, 'VERB');
  assert.notEqual(doc.tokens.find((t) => t.text === 'armed')?.pos, 'VERB');
});

test('a participle glued by a hyphen is a modifier, not a verb: "the Saudi-led coalition" → led/ADJ', () => {
  const doc = segment(newDoc(article('The Saudi-led coalition attacked Houthi rebels in Yemen.')));
  assert.equal(doc.tokens.find((t) => t.text === 'led')?.pos, 'ADJ');
});

test('after "have" an -en word wink reads as a noun is the participle: "forces have retaken a village" → retaken/VERB', () => {
  const doc = segment(newDoc(article('Vietnamese forces have retaken a strategic village.')));
  assert.equal(doc.tokens.find((t) => t.text === 'retaken')?.pos, 'VERB');
});

test('a capitalised word wink reads as a verb after a name is part of the name: "Red Cross officials" → Cross/PROPN', () => {
  const doc = segment(newDoc(article('Red Cross officials suspended aid deliveries in Baghdad on Wednesday.')));
  assert.equal(doc.tokens.find((t) => t.text === 'Cross')?.pos, 'PROPN');
});

test('an irregular past-tense verb wink reads as a noun between subject and object is retagged: "Israeli soldiers shot a Palestinian protester" → shot/VERB', () => {
  const doc = segment(newDoc(article('Israeli soldiers shot a Palestinian protester.')));
  assert.equal(doc.tokens.find((t) => t.text === 'shot')?.pos, 'VERB');
});

test('a day word between subject and verb: "authorities today release an impounded ship" → release/VERB', () => {
  const doc = segment(newDoc(article('French maritime authorities today release an impounded ship.')));
  assert.equal(doc.tokens.find((t) => t.text === 'release')?.pos, 'VERB');
});

test('a day word between subject and verb: "Bosnian Serb forces Tuesday let free six peacekeepers" → forces/NOUN', () => {
  const doc = segment(newDoc(article('Bosnian Serb forces Tuesday let free six French peacekeepers.')));
  assert.equal(doc.tokens.find((t) => t.text === 'forces')?.pos, 'NOUN');
});

test('the first word of a listed noun compound is no verb: "fired tear gas and live ammunition" → tear/ADJ, live/ADJ', () => {
  const doc = segment(newDoc(article('Sudanese security forces fired tear gas and live ammunition at demonstrators.')));
  assert.deepEqual(['tear', 'live'].map((w) => doc.tokens.find((t) => t.text === w)?.pos), ['ADJ', 'ADJ']);
});

test('a past-tense verb before a counted object is a verb: "Boko Haram gunmen abducted more than 200 schoolgirls" → abducted/VERB', () => {
  const doc = segment(newDoc(article('Boko Haram gunmen abducted more than 200 schoolgirls from a school.')));
  assert.equal(doc.tokens.find((t) => t.text === 'abducted')?.pos, 'VERB');
});

test("an article's tokens do not depend on the articles read before it: a possessive wink once read whole stays split elsewhere", () => {
  const later = 'Parliament approved Malta\'s budget on Tuesday.';
  const words = () => segment(newDoc(article(later))).tokens.map((t) => t.text);
  const before = words();
  // Before a comma wink reads "Malta's" as one word and adds it to its vocabulary, which its tokenizer consults.
  segment(newDoc(article("Its surplus is much larger than that of Malta's, and it keeps growing.")));
  assert.deepEqual(words(), before);
  assert.deepEqual(before.slice(2, 4), ['Malta', "'s"]);
});
