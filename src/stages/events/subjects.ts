// Who does it: a verb's subject across asides, participles, infinitives, relative clauses and pronouns.
import type { ActorMention, Doc } from '../../document/types.js';
import { beforeWindow, reducedRelative, SUBORDINATORS, type VerbGroup } from './clause.js';
import { roleOnly } from './placement.js';
import type { SentenceContext } from './context.js';
import { actorList, placeLike, precedingWord } from './parties.js';
import { lexicon } from '../../text/lexicon.js';

/**
 * The subject of a verb group: the actor phrase (or list of them) closest before the verb in its
 * clause. A comma ends the search once a noun phrase stands between it and the verb (", a senior
 * official said" has no named subject, whatever came before the comma). A clause whose subject is a
 * pronoun, or a verb coordinated by "and", continues the previous clause's subject.
 */
export function subjectOf(ctx: SentenceContext, group: VerbGroup, previous: ActorMention[]): ActorMention[] {
  // Within the sentence a subject carries over as it is; from an earlier sentence only through a pronoun here.
  const inSentence = previous.filter((a) => a.sentence === ctx.sentence.index);
  const before = ctx.doc.tokens[group.start - 1];
  if (before && before.pos === 'CCONJ' && inSentence.length > 0) return inSentence;
  // "Rebels shelled Juba on Sunday, killing 20 people": a participle after a comma continues the clause's subject,
  // not the last noun before it.
  const head = ctx.doc.tokens[group.head]!;
  if (before?.text === ',' && group.start === group.head && head.pos === 'VERB' && head.normal.endsWith('ing')) {
    if (inSentence.length > 0) return inSentence;
  }
  // "have written to President Bush urging him to send troops": a participle whose object pronoun takes back the noun
  // before it does not modify that noun; it goes with the clause's subject.
  if (group.start === group.head && head.normal.endsWith('ing') && OBJECT_PRONOUNS.has(ctx.doc.tokens[group.head + 1]?.normal ?? '') && (before?.pos === 'PROPN' || before?.pos === 'NOUN') && inSentence.length > 0) return inSentence;
  const window = beforeWindow(ctx.doc, ctx.sentence, group);
  let sawNoun = false;
  let pronoun = -1;
  for (let k = window.end - 1; k >= window.start; k--) {
    const t = ctx.doc.tokens[k]!;
    const actor = ctx.actors.find((a) => a.tokens.start <= k && k < a.tokens.end);
    // "killed in a port in Livorno, Italy, killing two people": a country closing a place phrase is where, no subject.
    if (actor && placeLike(ctx, actor)) {
      k = actor.tokens.start;
      sawNoun = true;
      continue;
    }
    // An actor inside a prepositional phrase ("Haniyeh's visit to Turkey came ...", "victories in Arizona,
    // Florida and Illinois left ...") is not the subject, nor is a list that such a phrase opens.
    if (actor && (!governedByPreposition(ctx, actor) || subordinateSubject(ctx, actor, group))) {
      const list = actorList(ctx, actor, -1);
      // "Mitsotakis telephoned Erdogan to offer condolences": the object of a verb that does not hand it the act is no
      // subject of the infinitive; the clause's subject does it.
      if (inSentence.length > 0 && objectOfPurpose(ctx, list[0]!, group)) return inSentence;
      if (!governedByPreposition(ctx, list[0]!) || list[0] === actor) return list;
      k = list[0]!.tokens.start;
      sawNoun = true;
      continue;
    }
    if (actor) { k = actor.tokens.start; sawNoun = true; continue; }
    if (t.text === ',' && sawNoun) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') sawNoun = true;
    if (t.pos === 'PRON' && !sawNoun) {
      // "Macedonia, which is preparing an offensive": a relative pronoun stands for the phrase right before it.
      if (RELATIVE.has(t.normal)) {
        const antecedent = ctx.actors.find((a) => a.tokens.end === k || (a.tokens.end === k - 1 && ctx.doc.tokens[k - 1]!.text === ','));
        if (antecedent) return [antecedent];
        // "victims of the earthquake that struck Port-au-Prince": the phrase before is no party, so neither is the subject.
        if (ctx.doc.tokens[k - 1]?.pos === 'NOUN') return [];
      }
      // "he", "it", "they" continue an actor; "I", "we", "you" are a quoted speaker nobody has named yet.
      // A pronoun right before its verb is the subject; nouns before it belong to an earlier clause ("killed 23
      // people when they blew themselves up").
      if (THIRD_PERSON.has(t.normal)) {
        pronoun = k;
        break;
      }
      sawNoun = true;
    }
  }
  if (pronoun >= 0) return inSentence.length > 0 ? inSentence : previous.slice(0, 1).map((a) => coreferent(a, ctx.sentence.index, pronoun));
  // "Arnor is inching nearer to accord with Gondor": an infinitive with no noun before it has its governing clause's subject.
  const infinitive = ctx.doc.tokens[group.start]?.normal === 'to' && !sawNoun;
  return window.start === window.end || infinitive ? inSentence : [];
}

/**
 * An actor met again as a pronoun: its codes and entry, at the pronoun's place, so the event's evidence stays in
 * its own sentence ("He met Haniyeh" → the "He" of this sentence, coded as Erdoğan).
 */
export const OBJECT_PRONOUNS = lexicon('third-person-object-pronouns.txt');

/** How many sentences back an object pronoun may find its antecedent. */
const OBJECT_REACH = 2;

/** The latest named actor before `token`, in this sentence or the two before, that is not the source itself. */
export function objectAntecedent(ctx: SentenceContext, token: number, sources: ActorMention[]): ActorMention | null {
  const earliest = ctx.sentence.index - OBJECT_REACH;
  let found: ActorMention | null = null;
  for (const a of ctx.doc.actors) {
    if (a.tokens.start >= token || a.sentence < earliest) continue;
    if (!a.known || roleOnly(a) || sources.some((s) => s.code === a.code)) continue;
    // A possessor ("Lebanon's new President Elias Hrawi") modifies a party; it is no party a pronoun takes back.
    if (/^['’]s?$/.test(ctx.doc.tokens[a.tokens.end]?.text ?? '')) continue;
    if (!found || a.tokens.start > found.tokens.start) found = a;
  }
  return found;
}

export function coreferent(antecedent: ActorMention, sentence: number, token: number): ActorMention {
  return { ...antecedent, sentence, tokens: { start: token, end: token + 1 } };
}

/** A verb group that makes a clause of its own: not a bare participle ("following", "backed by") nor an infinitive. */
export function finite(doc: Doc, group: VerbGroup): boolean {
  const head = doc.tokens[group.head]!;
  if (group.start !== group.head) return doc.tokens[group.start]!.normal !== 'to';
  return !head.normal.endsWith('ing') && !reducedRelative(doc, group.head);
}

const RELATIVE = lexicon('relative-pronouns.txt');

export const THIRD_PERSON = lexicon('third-person-pronouns.txt');

/**
 * Verbs whose object does the infinitive after it ("allowed Iran to enrich", "sent troops to fight"), besides the
 * verbs of frames aimed at their object ("urged Uganda to repatriate"), which objectOfPurpose reads from the frames.
 */
const OBJECT_CONTROL = lexicon('object-control-verbs.txt');

/** An infinitive's nearest actor is the object of a verb that does not hand it the act ("telephoned Erdogan to offer"). */
function objectOfPurpose(ctx: SentenceContext, actor: ActorMention, group: VerbGroup): boolean {
  if (ctx.doc.tokens[group.start]?.normal !== 'to' || actor.tokens.end > group.start) return false;
  // "said Israel must be willing to meet Iran": a verb or adjective between makes the actor a clause's subject.
  for (let k = actor.tokens.end; k < group.start; k++) if (['VERB', 'AUX', 'ADJ'].includes(ctx.doc.tokens[k]!.pos)) return false;
  const verb = ctx.doc.tokens[precedingWord(ctx, actor)];
  if (!verb || verb.pos !== 'VERB' || OBJECT_CONTROL.has(verb.lemma)) return false;
  return !(ctx.knowledge.frames ?? []).some((f) => f.target === 'object' && f.verbs.includes(verb.lemmaKey));
}

/** "as Israel attacked Iran", "after rebels shelled the town": a name right after a subordinator and right before the verb is its subject. */
function subordinateSubject(ctx: SentenceContext, actor: ActorMention, group: VerbGroup): boolean {
  return actor.tokens.end === group.start && SUBORDINATORS.has(ctx.doc.tokens[precedingWord(ctx, actor)]?.normal ?? '');
}

function governedByPreposition(ctx: SentenceContext, actor: ActorMention): boolean {
  let counted = false;
  for (let k = actor.tokens.start - 1; k >= ctx.sentence.firstToken; k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'NUM') counted = true;
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM') continue;
    // "Up to 1,000 ethnic Turks began", "more than 100 Palestinians": words that round a number are no preposition.
    if (counted && APPROXIMATORS.has(t.normal)) return false;
    if (t.pos !== 'ADP') return false;
    // "Thousands of Nigerians demonstrated", "a group of Yoruba leaders announced", "a member of the Syrian parliament
    // started": after a word of quantity or membership the "of" phrase is what the clause is about.
    const head = ctx.doc.tokens[k - 1];
    return !(t.normal === 'of' && head !== undefined && (QUANTITY_HEADS.has(head.normal) || head.pos === 'NUM'));
  }
  return false;
}

const APPROXIMATORS = lexicon('approximators.txt');

export const QUANTITY_HEADS = lexicon('quantity-heads.txt');

/** Participles that make the actor glued before them a go-between, not a party: "a U.S.-brokered agreement". */
const BROKERING = lexicon('brokering-participles.txt');

/** "Israel and the UAE signed a U.S.-brokered agreement": the broker is no party to the signing. */
export function brokerOnly(ctx: SentenceContext, actor: ActorMention): boolean {
  return ctx.doc.tokens[actor.tokens.end]?.text === '-' && BROKERING.has(ctx.doc.tokens[actor.tokens.end + 1]?.normal ?? '');
}
