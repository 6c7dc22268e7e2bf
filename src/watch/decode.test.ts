// Specifications of decoding: pages and feeds in the charsets the web sends them in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBody } from './decode.js';
import { retryAfterMs } from './polite-fetch.js';

const latin1 = (s: string) => Buffer.from(s, 'latin1');

test('the charset of the Content-Type header wins', () => {
  assert.equal(decodeBody(latin1('Besançon'), 'text/html; charset=ISO-8859-1').text, 'Besançon');
});

test('an HTML meta charset is read when the header names none', () => {
  assert.equal(decodeBody(latin1('<html><head><meta charset="windows-1252"></head><p>Besançon</p>'), 'text/html').text.includes('Besançon'), true);
});

test('an XML declaration names the charset of a feed', () => {
  assert.match(decodeBody(latin1('<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Besançon</title></rss>'), 'application/rss+xml').text, /Besançon/);
});

test('without a declaration the bytes are UTF-8', () => {
  assert.deepEqual(decodeBody(Buffer.from('Erdoğan'), null), { text: 'Erdoğan', charset: 'utf-8', note: null });
});

test('an unknown charset is read as UTF-8, with a note saying so', () => {
  assert.equal(decodeBody(Buffer.from('Erdoğan'), 'text/html; charset=x-made-up').note, 'unknown charset "x-made-up", read as UTF-8');
});

test('Retry-After is seconds or an HTTP date', () => {
  assert.equal(retryAfterMs('120'), 120_000);
  assert.equal(retryAfterMs('Sat, 20 Apr 2024 10:01:00 GMT', Date.parse('Sat, 20 Apr 2024 10:00:00 GMT')), 60_000);
  assert.equal(retryAfterMs('soon'), null);
});
