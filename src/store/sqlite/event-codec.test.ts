// A mention's coded event, kept as layout and values, reads back as the same JSON text, whatever its optional fields.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REPORTS, coded } from '../../../test/support/store.contract.js';
import { decodeEvent, encodeEvent, type Dictionary } from './event-codec.js';

/** A dictionary in memory, as the strings table is to the store. */
function memoryDictionary(): Dictionary & { size: () => number } {
  const ids = new Map<string, number>();
  const texts: string[] = [];
  return {
    id: (text) => ids.get(text) ?? (ids.set(text, texts.push(text) - 1), texts.length - 1),
    text: (id) => texts[id]!,
    size: () => texts.length,
  };
}

const [meeting] = coded(REPORTS[0]!).events;

test('a coded event reads back as the same JSON text, key order included', () => {
  const dictionary = memoryDictionary();
  const row = { id: meeting!.id, article_id: meeting!.article_id, sentence: meeting!.sentence };
  const encoded = encodeEvent(meeting!, row, dictionary);
  assert.equal(JSON.stringify(decodeEvent(encoded, row, dictionary)), JSON.stringify(meeting));
});

test('the row\'s own fields and repeated strings are not kept in the values', () => {
  const dictionary = memoryDictionary();
  const row = { id: meeting!.id, article_id: meeting!.article_id, sentence: meeting!.sentence };
  const encoded = encodeEvent(meeting!, row, dictionary);
  assert.ok(!encoded.values.includes(meeting!.sentence));
  assert.ok(!encoded.values.includes(meeting!.source.code));
  assert.ok(encoded.values.length < JSON.stringify(meeting).length / 3, encoded.values);
});

test('a field that differs from the row (a renamed mention keeps its coded id) is kept as it is', () => {
  const dictionary = memoryDictionary();
  const row = { id: `${meeting!.id}~0a1b2c3d`, article_id: meeting!.article_id, sentence: meeting!.sentence };
  const encoded = encodeEvent(meeting!, row, dictionary);
  const decoded = decodeEvent<typeof meeting>(encoded, row, dictionary);
  assert.equal(decoded!.id, meeting!.id);
  assert.equal(JSON.stringify(decoded), JSON.stringify(meeting));
});

test('what JSON would not write (an undefined field) is not kept, and absent fields stay absent', () => {
  const dictionary = memoryDictionary();
  const row = { id: meeting!.id, article_id: meeting!.article_id, sentence: meeting!.sentence };
  const { confidence: _dropped, ...withoutConfidence } = meeting!;
  const event = { ...withoutConfidence, target: null, location: undefined };
  const decoded = decodeEvent<Record<string, unknown>>(encodeEvent(event, row, dictionary), row, dictionary);
  assert.equal(JSON.stringify(decoded), JSON.stringify(event));
  assert.ok(!('confidence' in decoded) && !('location' in decoded));
});
