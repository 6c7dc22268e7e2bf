// Specifications from the PETRARCH-1 test bed: each sentence exercises one line of PETR.Testbed.verbs.txt and must get the code that line states.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../src/paths.js';
import { loadKnowledge } from '../src/dictionaries/knowledge.js';
import { codeArticle } from '../src/pipeline/pipeline.js';
import { codedEvents } from '../src/document/coded-events.js';
import { convertDictionaries } from '../src/dictionaries/convert/convert.js';

/**
 * The test bed's files state the codes (`ARRIVE [032:033]`) but hold no sentences: each sentence here is written for
 * one line, with the test bed's own actors (PETR.Testbed.actors.txt: HAMAS, ISRAEL, ISRAELI_TROOPS, HAMAS_GUNMEN,
 * PRESIDENT_GEORGE_W._BUSH, GAZA_CITY). `events` are the events the line's code means, source>target, and the event
 * must come from that line. `todo` marks what dyad does not code yet, and why; they count against the pass rate.
 */
interface Case {
  line: number;
  sentence: string;
  events: string[];
  todo?: string;
}

const cases: Case[] = [
  { line: 1, sentence: 'Israel abandoned Hamas.', events: ['345 ISR>PSEREBHMS'] },
  { line: 2, sentence: 'Israel abandoned the effort with Hamas.', events: ['987 ISR>PSEREBHMS'] },
  { line: 52, sentence: 'Israeli troops arrested Hamas gunmen.', events: ['212 ISRMIL>PSEHMSMIL'] },
  { line: 53, sentence: 'Hamas arrived in Israel.', events: ['032 PSEREBHMS>ISR', '033 ISR>PSEREBHMS'] },
  { line: 54, sentence: 'Israel asked Hamas about the attack.', events: ['090 ISR>PSEREBHMS'] },
  { line: 55, sentence: 'Israel asked for a total boycott of Hamas.', events: ['172 ISR>PSEREBHMS'] },
  { line: 56, sentence: 'Israel asked Hamas to reconsider.', events: ['102 ISR>PSEREBHMS'] },
  { line: 60, sentence: 'Israel attacked Hamas.', events: ['223 ISR>PSEREBHMS'] },
  { line: 62, sentence: 'Hamas attended talks with Israel.', events: ['031! PSEREBHMS>ISR'] },
  { line: 70, sentence: 'Israel banned Hamas.', events: ['191 ISR>PSEREBHMS'] },
  { line: 72, sentence: 'Hamas bargained for asylum with Israel.', events: ['174K PSEREBHMS>ISR'] },
  { line: 86, sentence: 'Hamas blamed Israel.', events: ['121 PSEREBHMS>ISR'] },
  { line: 45, sentence: 'Hamas appreciated the Israeli position.', events: ['042 PSEREBHMS>ISR'] },
  { line: 110, sentence: 'Hamas gunmen burned down an Israeli embassy.', events: ['222 PSEHMSMIL>ISR'] },
  { line: 118, sentence: 'Israel called on Hamas to stop.', events: ['095 ISR>PSEREBHMS'] },
  { line: 119, sentence: 'Israel called upon Hamas to stop.', events: ['097 ISR>PSEREBHMS'] },
  { line: 126, sentence: 'Israel cast doubt on Hamas.', events: ['141 ISR>PSEREBHMS'] },
  { line: 129, sentence: 'Israel celebrated Eid at the embassy with Hamas.', events: ['043 ISR>PSEREBHMS'] },
  { line: 142, sentence: 'Israeli troops clamped a curfew on Gaza City.', events: ['212 ISRMIL>PSEGZA'] },
  { line: 163, sentence: 'Israel contributed dollars to Hamas.', events: ['071 ISR>PSEREBHMS'] },
  { line: 167, sentence: 'Israel cooperated with Hamas.', events: ['073 ISR>PSEREBHMS'] },
  { line: 170, sentence: 'Israel criticized Hamas.', events: ['121 ISR>PSEREBHMS'] },
  { line: 170, sentence: 'Israel criticises Hamas.', events: ['121 ISR>PSEREBHMS'] },
  { line: 207, sentence: 'Israel deported Hamas gunmen.', events: ['201 ISR>PSEHMSMIL'] },
  { line: 224, sentence: 'Israel dropped support for Hamas.', events: ['111 ISR>PSEREBHMS'] },
  { line: 232, sentence: 'Israeli troops exchanged fire with Hamas gunmen.', events: ['223 ISRMIL>PSEHMSMIL'] },
  { line: 238, sentence: 'Israel plans to expel Hamas.', events: ['201 ISR>PSEREBHMS'] },
  { line: 241, sentence: 'Israel expressed support for Hamas.', events: ['042 ISR>PSEREBHMS'] },
  { line: 254, sentence: 'Israel financed Hamas.', events: ['071 ISR>PSEREBHMS'] },
  { line: 275, sentence: 'Hamas hailed Israel.', events: ['041 PSEREBHMS>ISR'] },
  { line: 281, sentence: 'Israel will have nothing to do with Hamas.', events: ['022 ISR>PSEREBHMS'], todo: 'wink tags the main verb "have" (and "has") as an auxiliary, which is no verb of a pattern. Retagging it as a verb when an object and no verb follow ("the strike had nothing to do with subversion") codes this line, but makes "have" a clause verb that ends the words of the verb before it: PETRARCH-2\'s unit gold loses DATE-11 ("has begun to question whether he really has much of a future with the Morgul Orcs") and COMPOUND-28; "have" must be a verb candidate that does not end other verbs\' clauses' },
  { line: 285, sentence: 'Israel and Hamas held talks.', events: ['031 ISR>PSEREBHMS', '031 PSEREBHMS>ISR'] },
  { line: 289, sentence: 'Israeli troops killed Hamas gunmen in a shootout.', events: ['223 ISRMIL>PSEHMSMIL'] },
  { line: 294, sentence: 'Hamas lashed out at Israel.', events: ['122 PSEREBHMS>ISR'] },
  { line: 311, sentence: 'Hamas left Israel.', events: ['032 PSEREBHMS>ISR', '033 ISR>PSEREBHMS'] },
  { line: 343, sentence: 'Israel met Hamas.', events: ['031 ISR>PSEREBHMS', '032 PSEREBHMS>ISR'] },
  { line: 344, sentence: 'Israel and Hamas met.', events: ['031 ISR>PSEREBHMS', '031 PSEREBHMS>ISR'] },
  { line: 440, sentence: 'Israel and Hamas renewed diplomatic ties.', events: ['064 ISR>PSEREBHMS', '064 PSEREBHMS>ISR'] },
  { line: 252, sentence: 'Gunmen were fighting between Israel and Hamas.', events: ['223 ISR>PSEREBHMS', '223 PSEREBHMS>ISR'] },
  { line: 345, sentence: 'Israel opposes Hamas.', events: ['112 ISR>PSEREBHMS'] },
  { line: 386, sentence: 'Israel promised raids against Hamas.', events: ['173 ISR>PSEREBHMS'] },
  { line: 399, sentence: 'Israel ratified the treaty with Hamas.', events: ['042 ISR>PSEREBHMS'] },
  { line: 400, sentence: 'Israel reached agreement with Hamas.', events: ['081 ISR>PSEREBHMS'] },
  { line: 406, sentence: 'Israel rebuilt ties with Hamas.', events: ['065 ISR>PSEREBHMS'] },
  { line: 421, sentence: "Hamas refused Israel's offer.", events: ['112 PSEREBHMS>ISR'] },
  { line: 437, sentence: 'Hamas rejected accusations from Israel.', events: ['141 PSEREBHMS>ISR'] },
  { line: 450, sentence: 'Hamas reported an attack by Israel.', events: ['025? PSEREBHMS>ISR'] },
  { line: 459, sentence: 'Israel restored diplomatic ties with Hamas.', events: ['064 ISR>PSEREBHMS'] },
  { line: 467, sentence: 'Israel resumed ties with Hamas.', events: ['064 ISR>PSEREBHMS'] },
  { line: 474, sentence: 'Israel ruled out talks with Hamas.', events: ['111 ISR>PSEREBHMS'] },
  { line: 476, sentence: 'Israel said Hamas was weak.', events: ['023? ISR>PSEREBHMS'] },
  { line: 481, sentence: 'Israel said there was no evidence against Hamas.', events: ['141 ISR>PSEREBHMS'] },
  { line: 500, sentence: 'Israeli troops seized Hamas gunmen.', events: ['210 ISRMIL>PSEHMSMIL'] },
  { line: 513, sentence: 'Hamas was shot by Israeli troops.', events: ['223 ISRMIL>PSEREBHMS'] },
  { line: 569, sentence: 'Israel did not stop Hamas.', events: ['042 ISR>PSEREBHMS'] },
  { line: 583, sentence: 'President George W. Bush travelled to Israel.', events: ['032 USAGOV>ISR', '032 ISR>USAGOV'] },
  { line: 604, sentence: 'President George W. Bush visited Israel.', events: ['032 USAGOV>ISR', '032 ISR>USAGOV'] },
  { line: 613, sentence: 'Israel vowed to crush Hamas.', events: ['170 ISR>PSEREBHMS'] },
  { line: 614, sentence: 'Hamas vowed to resist Israel until hell freezes over.', events: ['113 PSEREBHMS>ISR'], todo: 'a pattern naming the infinitive "resist" reaches into its clause, but that clause ends at "until", which opens another: "* RESIST" (line 617, 112) matches and "* RESIST { ... | UNTIL HELL FREEZES OVER }" cannot; no pattern reaches past a subordinator' },
  { line: 617, sentence: 'Hamas vowed to resist Israel.', events: ['112 PSEREBHMS>ISR'] },
  { line: 621, sentence: 'Israel warned Hamas.', events: ['160 ISR>PSEREBHMS'] },
  { line: 627, sentence: 'Israel in a statement warned Hamas.', events: ['163 ISR>PSEREBHMS'] },
  { line: 628, sentence: 'Israel welcomed Hamas.', events: ['041 ISR>PSEREBHMS'] },
  { line: 677, sentence: 'Israel withheld support from Hamas.', events: ['193 ISR>PSEREBHMS'] },
  { line: 683, sentence: 'Hamas gunmen were wounded by Israeli troops.', events: ['223 ISRMIL>PSEHMSMIL'] },
  { line: 36, sentence: 'Israel allowed Hamas the neatest place.', events: ['027 ISR>PSEREBHMS'] },
  { line: 39, sentence: 'Israel recently allowed Hamas in.', events: ['025 ISR>PSEREBHMS'] },
];

/** Sentences holding a [###] word of the test bed: nothing is coded from them. */
const discarded: Array<{ line: number; sentence: string }> = [
  { line: 256, sentence: 'Israel criticized Hamas after the football match.' },
  { line: 180, sentence: 'Israel criticized Hamas during the Davis Cup.' },
];

/**
 * What PETRARCH-2 cannot say, for it matches no stems: verbs whose stem is no verb (line 170 CRITICI: "criticized",
 * "criticises"; 399 RATIF: "ratified"; 406 REBUIL: "rebuilt"; 675 WITHH: "withheld") and a stem in a pattern (39,
 * "- RECENT~_* [025]": "recently").
 */
const PETRARCH2_DIFFERS = [
  'Israel criticized Hamas.',
  'Israel criticises Hamas.',
  'Israel ratified the treaty with Hamas.',
  'Israel rebuilt ties with Hamas.',
  'Israel withheld support from Hamas.',
  'Israel recently allowed Hamas in.',
];

const dir = join(projectRoot, 'test', 'fixtures', 'dictionaries', 'petr-testbed');
const file = readFileSync(join(dir, 'PETR.Testbed.verbs.txt'), 'utf8').split('\n');
const knowledge = loadKnowledge({ dictionaries: [dir] });

function code(sentence: string) {
  const article = { id: 'testbed', date: '2003-07-15', title: null, text: sentence, url: null, source: null, origin: { file: 'testbed', line: 1 } };
  return codedEvents(codeArticle(article, { knowledge, gazetteer: null }));
}

describe('PETR.Testbed.verbs.txt: each line codes what it states', () => {
  for (const c of cases) {
    const written = file[c.line - 1]!.replace(/\s*;.*$/, '').trim();
    test(`"${c.sentence}" by line ${c.line} "${written}": ${c.events.join(', ')}`, c.todo ? { todo: c.todo } : {}, () => {
      const events = code(c.sentence);
      assert.deepEqual(events.map((e) => `${e.cameo} ${e.source.code}>${e.target?.code ?? '-'}`).sort(), [...c.events].sort());
      for (const e of events) assert.equal(e.provenance?.pattern, `PETR.Testbed.verbs.txt:${c.line}`);
    });
  }
  for (const c of discarded) {
    test(`"${c.sentence}" is discarded by line ${c.line} "${file[c.line - 1]!.replace(/\s*;.*$/, '').trim()}"`, () => {
      assert.deepEqual(code(c.sentence), []);
    });
  }
});

/**
 * Converted, the test bed codes the same: to dyad's YAML every sentence (the todo ones too: they are coded the same
 * wrong way); to PETRARCH-2, which has no stems, every sentence but those listed in PETRARCH2_DIFFERS.
 */
describe('PETR.Testbed converted with dyad dictionaries convert', () => {
  const events = (k: typeof knowledge, sentence: string) => {
    const article = { id: 'testbed', date: '2003-07-15', title: null, text: sentence, url: null, source: null, origin: { file: 'testbed', line: 1 } };
    return codedEvents(codeArticle(article, { knowledge: k, gazetteer: null })).map((e) => `${e.cameo} ${e.source.code}>${e.target?.code ?? '-'}`).sort();
  };
  for (const target of ['dyad', 'petrarch2'] as const) {
    const out = mkdtempSync(join(tmpdir(), `dyad-testbed-${target}-`));
    convertDictionaries([dir], target, out);
    const converted = loadKnowledge({ dictionaries: [out] });
    const differs = target === 'petrarch2' ? PETRARCH2_DIFFERS : [];
    test(`--to ${target}: ${differs.length === 0 ? 'every sentence is coded the same' : `the same but for ${differs.length} sentences whose words only TABARI's stems match`}`, () => {
      for (const c of [...cases, ...discarded]) {
        if (differs.includes(c.sentence)) assert.notDeepEqual(events(converted, c.sentence), events(knowledge, c.sentence), c.sentence);
        else assert.deepEqual(events(converted, c.sentence), events(knowledge, c.sentence), c.sentence);
      }
    });
  }
});
