// Finds the main verb wink reads as a noun in the present tense of summaries and headlines ("Syrian Army tanks shell the suburb").
import type { PosTag, Token } from '../../document/types.js';
import { lexicon } from '../../text/lexicon.js';
import { retagged } from './segmented-token.js';

/** What may open the object or complement of a verb: "shell the suburb", "shoots dead three", "summons president X". */
const OBJECT_OPENERS: ReadonlySet<PosTag> = new Set<PosTag>(['DET', 'NUM', 'PROPN', 'PRON', 'ADJ']);

/** Prepositions a present-tense verb takes straight after it ("protesters clash with police", "violence spreads in Kiev"). */
const VERB_PREPOSITIONS = lexicon('headline-verb-prepositions.txt');

/** Tags that end a subject noun phrase: its head noun or name. */
const SUBJECT_ENDS: ReadonlySet<PosTag> = new Set<PosTag>(['NOUN', 'PROPN']);

/**
 * News summaries are written in the present tense ("The Kenyan navy shoots dead three suspected Somali pirates",
 * "Justice and Equality Movement rebels in Darfur release 49 peacekeepers", "The Iranian parliament summons president
 * Mahmoud Ahmadinejad"), and wink, trained on other text, reads many such verbs as plural nouns, leaving the sentence
 * with no verb before its object. In a sentence whose first verb has not come yet, the first lower-case word that the
 * dictionaries know as a verb, standing after the subject's head noun and before what opens an object, is that verb:
 * its "-s" form after a singular subject, its base form after a plural one. A preposition after it makes it a verb only
 * when no verb follows in the sentence ("peace talks in Doha collapse" keeps its noun).
 */
export function retagHeadlineVerbs(tokens: Token[], sentenceStarts: readonly number[], isVerbForm: (key: string) => boolean): void {
  for (let s = 0; s < sentenceStarts.length; s++) {
    const first = sentenceStarts[s]!;
    const end = sentenceStarts[s + 1] ?? tokens.length;
    // Each clause may lack its verb: "Violence spreads in Kiev as protesters clash with police".
    let verbSeen = false;
    for (let i = first + 1; i + 1 < end; i++) {
      const t = tokens[i]!;
      if (CLAUSE_OPENERS.has(t.normal) && (t.pos === 'SCONJ' || t.pos === 'ADP')) verbSeen = false;
      if (t.pos === 'VERB' || t.pos === 'AUX') verbSeen = true;
      if (verbSeen || t.pos !== 'NOUN' || t.text !== t.normal || !/^[a-z]+$/.test(t.normal) || !isVerbForm(t.key)) continue;
      const prev = tokens[i - 1]!;
      const next = tokens[i + 1]!;
      if (!SUBJECT_ENDS.has(prev.pos) || TIME_WORDS.has(next.normal)) continue;
      const thirdPerson = t.normal.endsWith('s') && !t.normal.endsWith('ss');
      // "navy shoots", "parliament summons": a singular head; "tanks shell", "rebels release": a plural one. A name
      // may end either ("rebels in Darfur release 49 peacekeepers"): then only a number or article may follow.
      const plural = prev.pos === 'NOUN' ? (prev.normal.endsWith('s') && !prev.normal.endsWith('ss')) || PLURALS_WITHOUT_S.has(prev.normal) : null;
      if (plural === thirdPerson || (plural === null && !thirdPerson && next.pos !== 'NUM' && next.pos !== 'DET')) continue;
      // "summons president Mahmoud Ahmadinejad": a title before a name opens the object too.
      const object = OBJECT_OPENERS.has(next.pos) || (next.pos === 'NOUN' && tokens[i + 2]?.pos === 'PROPN');
      // "people march peacefully through Tirana": an adverb may stand between the verb and its preposition.
      const afterAdverb = next.pos === 'ADV' && tokens[i + 2] && i + 2 < end ? tokens[i + 2]! : next;
      const preposition = afterAdverb.pos === 'ADP' && VERB_PREPOSITIONS.has(afterAdverb.normal) && !laterVerb(tokens, i + 1, end);
      if (object || preposition) {
        tokens[i] = retagged(t, 'VERB');
        verbSeen = true;
      }
    }
  }
}

/** Plural heads without an "-s" ("people", "police"), after which the verb has its base form. */
const PLURALS_WITHOUT_S = lexicon('plurals-without-s.txt');

/** Words that open a clause of its own, with its own subject and verb. */
const CLAUSE_OPENERS = lexicon('subordinators.txt');

/** Words that often stand between a news subject and its verb ("authorities today release", "forces Tuesday let"). */
export const TIME_WORDS: ReadonlySet<string> = lexicon('time-words.txt');

/**
 * Whether a finite verb follows: a participle or an infinitive ("march through Tirana urging the government to
 * resign") is none.
 */
function laterVerb(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing') && tokens[k - 1]?.normal !== 'to')) return true;
  }
  return false;
}
