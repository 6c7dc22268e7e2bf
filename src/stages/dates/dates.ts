// The dates stage: each event gets the date it happened, from the time expression that governs it, an anchor to another event, or the article date.
import type { Doc, EventDate, EventMention, Sentence } from '../../document/types.js';
import { addDays, findTimeExpressions, type TimeExpression } from './time-expressions.js';
import { lexicon } from '../../text/lexicon.js';

/** How far (in characters) after "three days after" the anchored event's word may stand: "after his meeting with …". */
const ANCHOR_REACH = 40;

export function resolveEventDates(doc: Doc): Doc {
  const articleDate = doc.article.date;
  if (!articleDate) return doc;
  const bySentence = new Map<number, EventMention[]>();
  for (const e of doc.events) {
    const list = bySentence.get(e.sentence);
    if (list) list.push(e);
    else bySentence.set(e.sentence, [e]);
  }
  const dated = new Map<EventMention, EventDate>();
  for (const [index, events] of bySentence) {
    const sentence = doc.sentences[index]!;
    const text = doc.text.slice(sentence.start, sentence.end);
    const expressions = findTimeExpressions(text, articleDate);
    assignSentenceDates(doc, sentence, events, expressions, articleDate, dated);
  }
  return {
    ...doc,
    // "the first meeting ... since Israel launched its military offensive in the Gaza Strip": what a "since" clause
    // names is background, not the news of the article's day; with no date of its own it is not coded at all.
    events: doc.events.filter((e) => dated.get(e)?.basis === 'text' || !sinceClause(doc, e)).map((e) => {
      const date = dated.get(e) ?? { value: articleDate, precision: 'day', basis: 'article', span: null };
      // "leaves for Washington tomorrow": an event after the article's date is a plan, whatever its tense.
      // Compared at the date's own precision: "2025" is after an article of 2024-04-20, "2024-04" is not.
      const future = date.value > articleDate.slice(0, date.value.length);
      return { ...e, date, modality: future && e.modality === 'asserted' ? 'planned' : e.modality };
    }),
  };
}

const CLAUSE_OPENERS = lexicon('date-clause-openers.txt');

/** Whether a word opening a subordinate clause ("when", "because") stands between two character offsets of a sentence. */
function clauseBetween(doc: Doc, sentence: Sentence, from: number, to: number): boolean {
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    const t = doc.tokens[k]!;
    if (t.start >= to) break;
    if (t.start >= from && (t.pos === 'SCONJ' || CLAUSE_OPENERS.has(t.normal))) return true;
  }
  return false;
}

/** A trigger inside a clause or phrase opened by "since", back to the start of its sentence or a comma before it. */
function sinceClause(doc: Doc, e: EventMention): boolean {
  const sentence = doc.sentences[e.sentence]!;
  for (let k = e.trigger.start - 1; k >= sentence.firstToken; k--) {
    const t = doc.tokens[k]!;
    if (t.normal === 'since') return true;
    if (t.text === ',' || t.text === ';') return false;
  }
  return false;
}

/** Whether "and", "but" or "or" stands between two character offsets of a sentence. */
function coordinationBetween(doc: Doc, sentence: Sentence, from: number, to: number): boolean {
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    const t = doc.tokens[k]!;
    if (t.start >= to) break;
    if (t.start >= from && t.pos === 'CCONJ') return true;
  }
  return false;
}

function triggerOffset(doc: Doc, sentence: Sentence, e: EventMention): number {
  return doc.tokens[e.trigger.start]!.start - sentence.start;
}

/**
 * Each time expression dates the event whose trigger is nearest to it (every event sharing that trigger); an
 * anchored expression dates the event named right after it, relative to the other events of the sentence;
 * events left over take the article date.
 */
function assignSentenceDates(doc: Doc, sentence: Sentence, events: EventMention[], expressions: TimeExpression[], articleDate: string, dated: Map<EventMention, EventDate>): void {
  const span = (x: TimeExpression): [number, number] => [sentence.start + x.start, sentence.start + x.end];
  const anchored: Array<{ x: TimeExpression; events: EventMention[] }> = [];
  for (const x of expressions) {
    if (x.anchor) {
      // "three days after his meeting with Fidan": the anchored event is a noun right after the phrase. In "a day
      // before the vote, police arrested ...", what follows is no event noun, and nothing is anchored.
      const after = events.filter((e) => {
        const at = triggerOffset(doc, sentence, e);
        return at >= x.end && at - x.end <= ANCHOR_REACH && doc.tokens[e.trigger.start]!.pos === 'NOUN';
      });
      const first = after.reduce<EventMention | null>((best, e) => (!best || e.trigger.start < best.trigger.start ? e : best), null);
      if (first) anchored.push({ x, events: after.filter((e) => e.trigger.start === first.trigger.start) });
      continue;
    }
    let nearest: EventMention | null = null;
    let distance = Infinity;
    for (const e of events) {
      const at = triggerOffset(doc, sentence, e);
      const d = at < x.start ? x.start - at : at - x.end;
      // "Arnor believes Gondor can cope when the dam is filled next month": a subordinate clause keeps its time.
      if (clauseBetween(doc, sentence, sentence.start + Math.min(at, x.start), sentence.start + Math.max(at, x.end))) continue;
      // "following Hamas' attack on Israel on October 7 and called for a ceasefire": a time after its event does not
      // reach across "and" to the next verb, which is another act.
      if (at > x.end && coordinationBetween(doc, sentence, sentence.start + x.end, sentence.start + at)) continue;
      if (d < distance) {
        nearest = e;
        distance = d;
      }
    }
    if (!nearest) continue;
    for (const e of events) {
      if (e.trigger.start === nearest.trigger.start && !dated.has(e)) dated.set(e, { value: x.value!, precision: x.precision, basis: 'text', span: span(x) });
    }
  }
  for (const { x, events: targets } of anchored) {
    // The anchor is the date of the sentence's other events ("the visit came three days after the meeting").
    const others = events.filter((e) => !targets.includes(e));
    const base = others.map((e) => dated.get(e)).find((d) => d && d.precision === 'day')?.value ?? articleDate;
    const value = addDays(base, x.anchor!.offsetDays);
    // News reports the past: an anchor that lands after the article is misread, and the article date stands.
    if (value > articleDate) continue;
    for (const e of targets) dated.set(e, { value, precision: 'day', basis: 'anchor', span: span(x) });
  }
}
