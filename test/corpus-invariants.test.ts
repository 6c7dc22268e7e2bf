// Invariants every coded event must keep, checked over a real corpus (Wikinews 2019–2020, in ../shared).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from './support/shared-paths.js';
import { loadKnowledge } from '../src/dictionaries/knowledge.js';
import { codeArticle } from '../src/pipeline/pipeline.js';
import { codedEvents } from '../src/document/coded-events.js';

const CORPORA: Array<[string, number]> = [
  [join(sharedDir, 'corpora', 'wikinews-2019-2020.jsonl'), Infinity],
  // Reuters-21578 is for research use: read here, never bundled.
  [join(sharedDir, 'corpora', 'reuters-21578.jsonl'), 1500],
];

for (const [corpus, limit] of CORPORA) test(`over ${corpus.split('/').pop()}, every event's evidence points at its own words and its date is not after the article`, { skip: !existsSync(corpus) }, () => {
  const knowledge = loadKnowledge();
  let events = 0;
  for (const line of readFileSync(corpus, 'utf8').split('\n').filter(Boolean).slice(0, limit)) {
    const r = JSON.parse(line) as { id: string; date: string; text: string };
    const doc = codeArticle({ id: r.id, date: r.date, title: null, text: r.text, url: null, source: null, origin: { file: corpus, line: 1 } }, { knowledge });
    for (const e of codedEvents(doc)) {
      events++;
      const [ts, te] = e.evidence.trigger;
      assert.ok(ts >= 0 && te <= e.sentence.length && ts < te, `${r.id}: trigger ${ts}-${te}`);
      if (e.source.implicit) {
        // Unidentified attackers where violence struck have no words in the sentence either.
        assert.equal(e.evidence.source, null, `${r.id}: implicit source with evidence`);
        assert.equal(e.source.text, '', `${r.id}: implicit source with text`);
      } else assert.equal(e.sentence.slice(...e.evidence.source!), e.source.text, `${r.id}: source evidence`);
      if (e.target?.implicit) {
        // An unnamed party (a protest's own country) has no words in the sentence.
        assert.equal(e.evidence.target, null, `${r.id}: implicit target with evidence`);
        assert.equal(e.target.text, '', `${r.id}: implicit target with text`);
      } else if (e.target) {
        assert.equal(e.sentence.slice(...e.evidence.target!), e.target.text, `${r.id}: target evidence`);
        // Identical codes only for two different named people ("Putin offered to negotiate with Maskhadov"), or for a
        // domestic act aimed at the own country the sentence names ("Thousands of Britons marched in London").
        const domestic = e.provenance.pattern.includes('unnamed-targets.yaml');
        if (e.source.code === e.target.code && !domestic) assert.ok(e.source.name && e.target.name && e.source.name !== e.target.name, `${r.id}: identical codes`);
      }
      if (e.modality === 'asserted') assert.ok(e.date <= r.date, `${r.id}: asserted event on ${e.date}, after the article (${r.date})`);
    }
  }
  assert.ok(events > 50, `only ${events} events coded`);
});
