// Small hand-made dictionaries for stage tests, so each test shows one behaviour without loading the full Phoenix files.
import type { ActorEntry, AgentEntry, Knowledge, PatternElement, VerbBlock } from '../../src/dictionaries/model.js';
import { emptyKnowledge } from '../../src/dictionaries/model.js';

const at = { file: 'test', line: 1 };

export function actor(phrases: string[], code: string, from: string | null = null, to: string | null = null): ActorEntry {
  return { phrases: phrases.map((p) => p.split(/[\s_]+/)), codes: [{ code, from, to }], name: phrases[0]!, source: at };
}

export function agent(phrases: string[], code: string, position: 'suffix' | 'prefix' = 'suffix'): AgentEntry {
  return { phrases: phrases.map((p) => p.split(/[\s_]+/)), code, position, source: at };
}

export const word = (w: string): PatternElement => ({ kind: 'word', word: w, exact: false });

export function block(name: string, code: string | null, forms: string[], patterns: Array<{ after?: PatternElement[]; before?: PatternElement[]; code: string; reverse?: string }> = []): VerbBlock {
  return {
    name,
    code,
    reverseCode: null,
    verbs: [{ words: [name], verbIndex: 0, forms, code, reverseCode: null, source: at }],
    patterns: patterns.map((p) => ({ before: p.before ?? [], after: p.after ?? [], code: p.code, reverseCode: p.reverse ?? null, source: at })),
    source: at,
  };
}

/** A world of a few real actors, agents and verbs, enough for the reference article's sentences. */
export function smallWorld(): Knowledge {
  const k = emptyKnowledge();
  k.actors.push(
    actor(['TURKEY_', 'TURKISH_'], 'TUR'),
    actor(['ISRAEL_', 'ISRAELI'], 'ISR'),
    actor(['IRAN_', 'IRANIAN'], 'IRN'),
    actor(['ANKARA_'], 'TURGOV'),
    actor(['NATO_'], 'IGOWSTNAT'),
    actor(['HAMAS_'], 'PSEREBHMS'),
    actor(['ERDOGAN_', 'TAYYIP_ERDOGAN_'], 'TURGOV', '2003-03-14', null),
    actor(['AHMET_NECDET_SEZER_'], 'TURGOV', '2000-05-16', '2007-08-28'),
  );
  k.agents.push(agent(['PRESIDENT'], 'GOV'), agent(['FOREIGN MINISTER'], 'GOV'), agent(['TROOPS'], 'MIL'), agent(['GOVERNMENT'], 'GOV'));
  k.verbBlocks.push(
    block('MEET', '040', ['MEET', 'MET', 'MEETS', 'MEETING']),
    block('DENOUNCE', '111', ['DENOUNCE', 'DENOUNCED', 'DENOUNCES']),
    block('IMPOSE', '170', ['IMPOSE', 'IMPOSED', 'IMPOSES'], [
      { after: [word('RESTRICTIONS')], code: '1721' },
      { after: [word('TRADE'), word('RESTRICTIONS')], code: '163' },
    ]),
    block('ATTACK', '190', ['ATTACK', 'ATTACKED', 'ATTACKS']),
  );
  k.frames = [
    { name: 'intent', verbs: ['AGREE'], adjectives: ['WILLING'], auxiliaries: ['will'], target: 'complement', map: [['04', '036']], fallback: '030', source: at },
    { name: 'appeal', verbs: ['URGE'], adjectives: [], auxiliaries: [], target: 'object', map: [['04', '026']], source: at },
    { name: 'obligation', verbs: [], adjectives: [], auxiliaries: ['must'], target: 'subject', map: [['04', '106']], source: at },
    { name: 'demand', verbs: ['DEMAND'], adjectives: [], auxiliaries: [], target: 'object', map: [['084', '1053'], ['04', '106']], source: at },
    { name: 'denial', verbs: ['DENY', 'FAIL'], adjectives: [], auxiliaries: [], target: 'complement', map: [], modality: 'negated', source: at },
    { name: 'plan', verbs: ['PLAN'], adjectives: [], auxiliaries: [], target: 'complement', map: [], modality: 'planned', source: at },
    { name: 'threat', verbs: ['THREATEN'], adjectives: [], auxiliaries: ['will'], target: 'complement', map: [['19', '138']], source: at },
  ];
  k.verbBlocks.push(block('AGREE', '050', ['AGREE', 'AGREED', 'AGREES']), block('URGE', '020', ['URGE', 'URGED', 'URGES']), block('DEMAND', '100', ['DEMAND', 'DEMANDED', 'DEMANDS']));
  k.nominals = [
    { nouns: ['MEETING', 'TALKS'], code: '040', targetPrepositions: ['WITH'], between: true, clauseSubject: true, source: at },
    { nouns: ['ATTACK'], code: '190', targetPrepositions: ['ON', 'AGAINST'], between: false, clauseSubject: false, source: at },
    { nouns: ['VISIT'], code: '042', targetPrepositions: ['TO'], between: false, clauseSubject: false, source: at },
    { nouns: ['RELEASE'], code: '0841', targetPrepositions: ['OF'], between: false, clauseSubject: false, source: at },
  ];
  return k;
}
