// Maps the events of a coded Doc to the output contract (event.schema.json): labels, QuadClass, Goldstein, PLOVER, evidence offsets, stable ids.
import { createHash } from 'node:crypto';
import type { ActorMention, CodedEvent, Doc, EventMention, OutputActor } from './types.js';
import { sentenceText, spanOffsetsInSentence, spanText } from './doc.js';
import { describeCameo, quadClassOfRoot } from '../ontology/cameo.js';

function outputActor(doc: Doc, actor: ActorMention): OutputActor {
  const named = { text: spanText(doc, actor.tokens), code: actor.code, country: actor.country, name: actor.name, agent: actor.agent, known: actor.known };
  if (actor.unknown) return { ...named, implicit: true, unknown: true };
  return actor.implicit ? { ...named, implicit: true } : named;
}

export function toCodedEvent(doc: Doc, event: EventMention): CodedEvent {
  const sentence = doc.sentences[event.sentence]!;
  const info = describeCameo(event.cameo);
  const source = outputActor(doc, event.source);
  const target = event.target ? outputActor(doc, event.target) : null;
  const evidence = {
    trigger: spanOffsetsInSentence(doc, sentence, event.trigger),
    source: event.source.implicit ? null : spanOffsetsInSentence(doc, sentence, event.source.tokens),
    target: event.target && !event.target.implicit ? spanOffsetsInSentence(doc, sentence, event.target.tokens) : null,
    // The place's words, when they stand in the event's sentence (a dateline or another sentence's place has none here).
    location: event.location && event.location.sentence === event.sentence ? spanOffsetsInSentence(doc, sentence, event.location.tokens) : null,
  };
  const id = createHash('sha256')
    .update([doc.article.id, event.sentence, event.cameo, source.code, target?.code ?? '', evidence.trigger.join('-'), evidence.source?.join('-') ?? '', evidence.target?.join('-') ?? ''].join('|'))
    .digest('hex')
    .slice(0, 20);
  return {
    id,
    article_id: doc.article.id,
    sentence: sentenceText(doc, sentence),
    sentence_index: event.sentence,
    date: event.date?.value ?? doc.article.date ?? '',
    date_precision: event.date?.precision ?? 'day',
    source,
    target,
    cameo: event.cameo,
    cameo_label: info?.label ?? `Code ${event.cameo} (not in the CAMEO table)`,
    // Codes outside the CAMEO table come from users' own dictionaries (PETRARCH's validation set uses 902, 174L):
    // their QuadClass follows the root when it is a CAMEO root, else verbal cooperation, the neutral class.
    quad_class: info?.quadClass ?? quadClassOfRoot(event.cameo.slice(0, 2)) ?? 1,
    goldstein: info?.goldstein ?? 0,
    plover: info?.plover ?? 'UNKNOWN',
    plover_mode: info?.ploverMode ?? null,
    location: event.location
      ? { name: event.location.name, kind: event.location.kind, country: event.location.country, admin1: event.location.admin1, lat: event.location.lat, lon: event.location.lon, geonameid: event.location.geonameid }
      : null,
    modality: event.modality,
    ...(event.confidence !== undefined ? { confidence: event.confidence } : {}),
    evidence,
    provenance: { pattern: event.pattern, source: event.source.entry, target: event.target?.entry ?? null },
  };
}

/** Every event of the Doc in text order, with exact duplicates (same id) removed. */
export function codedEvents(doc: Doc): CodedEvent[] {
  const seen = new Set<string>();
  const out: CodedEvent[] = [];
  for (const e of doc.events) {
    const coded = toCodedEvent(doc, e);
    if (seen.has(coded.id)) continue;
    seen.add(coded.id);
    out.push(coded);
  }
  return out;
}
