// Writes any Knowledge as one dyad YAML dictionary that reads back to the same knowledge (what the coder uses), each entry noting the file:line it came from.
import { stringify } from 'yaml';
import type { Knowledge, TransformationEvent, VerbTransformation } from '../model.js';
import { patternText } from './pattern-text.js';

/** A phrase as written in the model (["MOHAMMAD","ZAHIR","SHAH_"]) as one string the readers split the same way. */
const phrase = (words: readonly string[]): string => words.join(' ');
const where = (source: { file: string; line: number }): string => `${source.file}:${source.line}`;

/**
 * The YAML text of `knowledge`. Everything the coder uses is kept: actor phrases with PETRARCH's stem rule and every
 * dated code, agents with all their forms, discards, synsets, verb blocks with each verb's forms, stems and own codes,
 * patterns with their stems (`VIOLAT~`), joins, codes and the verb they serve, transformations, event nouns, frames
 * and unnamed-target rules. What it does not keep: line numbers (each entry's `note` names its original file:line)
 * and the unsupported constructs of the sources, which `dyad dictionaries check` lists.
 */
export function toNativeYaml(knowledge: Knowledge, header: string): string {
  const doc: Record<string, unknown> = {};
  if (knowledge.synsets.size > 0) doc['synsets'] = [...knowledge.synsets].map(([name, members]) => ({ name, members: members.map(phrase) }));
  if (knowledge.transformations?.length) doc['transformations'] = knowledge.transformations.map(transformationText);
  if (knowledge.actors.length > 0) {
    doc['actors'] = knowledge.actors.map((a) => ({
      name: a.name ?? phrase(a.phrases[0] ?? []),
      phrases: a.phrases.map(phrase),
      ...(a.exact === true ? {} : { exact: false }),
      codes: a.codes.map((c) => ({ code: c.code, ...(c.from ? { from: c.from } : {}), ...(c.to ? { to: c.to } : {}), ...(c.role ? { role: c.role } : {}) })),
      ...(a.wikidata ? { wikidata: a.wikidata } : {}),
      note: where(a.source),
    }));
  }
  if (knowledge.agents.length > 0) doc['agents'] = knowledge.agents.map((a) => ({ phrases: a.phrases.map(phrase), code: a.code, position: a.position }));
  if (knowledge.discards.length > 0) doc['discards'] = knowledge.discards.map((d) => ({ phrase: phrase(d.phrase), scope: d.scope }));
  if (knowledge.verbBlocks.length > 0) {
    doc['verbs'] = knowledge.verbBlocks.map((b) => ({
      block: b.name,
      code: b.code,
      ...(b.reverseCode !== null ? { reverse: b.reverseCode } : {}),
      verbs: b.verbs.map((v) => ({
        words: phrase(v.words),
        ...(v.verbIndex !== 0 ? { verb_index: v.verbIndex } : {}),
        forms: v.forms,
        ...(v.stems ? { stems: v.stems } : {}),
        code: v.code,
        ...(v.reverseCode !== null ? { reverse: v.reverseCode } : {}),
        ...(v.inheritsBlockCode ? { inherits: true } : {}),
        note: where(v.source),
      })),
      patterns: b.patterns.map((p) => ({
        pattern: patternText(p, { dyad: true }),
        code: p.code ?? '---',
        ...(p.reverseCode !== null ? { reverse: p.reverseCode } : {}),
        ...(p.writtenFor ? { written_for: p.writtenFor } : {}),
        note: where(p.source),
      })),
    }));
  }
  if (knowledge.nominals?.length) {
    doc['nominals'] = knowledge.nominals.map((n) => ({ nouns: n.nouns.map((w) => w.toLowerCase()), code: n.code, target: n.targetPrepositions.map((w) => w.toLowerCase()), between: n.between, clause_subject: n.clauseSubject }));
  }
  if (knowledge.frames?.length) {
    doc['frames'] = knowledge.frames.map((f) => ({
      name: f.name,
      verbs: f.verbs.map((w) => w.toLowerCase()),
      adjectives: f.adjectives.map((w) => w.toLowerCase()),
      auxiliaries: f.auxiliaries,
      ...(f.nouns ? { nouns: f.nouns.map((w) => w.toLowerCase()) } : {}),
      target: f.target,
      map: Object.fromEntries(f.map),
      ...(f.modality ? { modality: f.modality } : {}),
      ...(f.fallback ? { fallback: f.fallback } : {}),
      ...(f.unmapped ? { unmapped: f.unmapped } : {}),
    }));
  }
  if (knowledge.unnamedTargets?.length) doc['unnamed_targets'] = knowledge.unnamedTargets.map((u) => ({ codes: u.codes, target: u.target, except: u.except }));
  const comment = header.split('\n').map((l) => `# ${l}`.trimEnd()).join('\n');
  return `${comment}\n${stringify(doc, { lineWidth: 0 })}`;
}

function eventText(e: TransformationEvent): string {
  return `${e.source} ${typeof e.target === 'string' ? e.target : `(${eventText(e.target)})`} ${e.verb}`;
}

export function transformationText(t: VerbTransformation): string {
  return `~ ${eventText(t.pattern)} = ${t.result.source} ${t.result.target} ${t.result.code}`;
}
