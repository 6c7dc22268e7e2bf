import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from './segment.js';
import { newDoc } from '../../document/doc.js';

const article = (text: string) => ({ id: 't', date: '1987-04-20', title: null, text, url: null, source: null, origin: { file: 'test', line: 1 } });

/** The tag of the first token written `word` in `text`. */
function tagOf(text: string, word: string, nth = 0): string {
  return segment(newDoc(article(text))).tokens.filter((t) => t.text === word)[nth]!.pos;
}

test('"cast" between subject and object is the past tense wink reads as a noun: "Less than 48 pct of voters cast a ballot" → cast/VERB', () => {
  assert.equal(tagOf('Less than 48 pct of voters cast a ballot, a record low turnout.', 'cast'), 'VERB');
});

test('"cast" after "had" is the participle: "the Marines spy case had cast a heavy shadow over his talks" → cast/VERB', () => {
  assert.equal(tagOf('Shultz said the Marines spy case had cast a heavy shadow over his scheduled talks in Moscow.', 'cast'), 'VERB');
});

test('"cast" stays a noun where it names one: "the cast of the sitcom", "votes cast in Monday\'s election"', () => {
  assert.equal(tagOf('The cast of the sitcom had a panel in a room for 700 people.', 'cast'), 'NOUN');
  assert.equal(tagOf("The party took 75 pct of the seven mln votes cast in Monday's general election.", 'cast'), 'NOUN');
});

test('the verb of a listed verb-object idiom is a verb: "volatility shut down trading today and cast doubt on the new issue calendar" → cast/VERB', () => {
  assert.equal(tagOf('Dealers said volatility shut down trading today and cast doubt on the new issue calendar.', 'cast'), 'VERB');
});
