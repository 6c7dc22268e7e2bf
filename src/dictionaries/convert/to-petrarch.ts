// Writes any Knowledge as PETRARCH-2 dictionary files (verbs, actors, agents, discards), and lists what that format cannot say.
import type { ActorEntry, AgentEntry, DatedCode, Knowledge, VerbBlock, VerbEntry } from '../model.js';
import { agentPlural } from '../petrarch/agents.js';
import { regularVerbForms, titleCase } from '../petrarch/syntax.js';
import { codeText, patternText } from './pattern-text.js';
import { transformationText } from './to-native.js';

export interface PetrarchFiles {
  /** File name (`NAME.verbs.txt`, ...) → text; a kind with no entries gets no file. */
  files: Map<string, string>;
  /** What PETRARCH-2's formats cannot express, one line per kind of loss with how many entries it touched. */
  lost: string[];
}

/** The knowledge as PETRARCH-2 files named `NAME.verbs.txt`, `NAME.actors.txt`, `NAME.agents.txt`, `NAME.discards.txt`. */
export function toPetrarchFiles(knowledge: Knowledge, name: string, header: string): PetrarchFiles {
  const lost = new Map<string, number>();
  const lose = (what: string, n = 1): void => {
    if (n > 0) lost.set(what, (lost.get(what) ?? 0) + n);
  };
  const comment = header.split('\n').map((l) => `# ${l}`.trimEnd()).join('\n') + '\n';
  const files = new Map<string, string>();

  const verbs: string[] = [];
  for (const [synset, members] of knowledge.synsets) {
    // "&NAME_": the members are written in full, plurals included, so the reader must generate none.
    verbs.push(`&${synset}_`, ...members.map((m) => `+${m.join(' ')}`), '');
  }
  for (const block of knowledge.verbBlocks) verbs.push(...blockLines(block, lose), '');
  for (const t of knowledge.transformations ?? []) verbs.push(transformationText(t));
  if (verbs.length > 0) files.set(`${name}.verbs.txt`, comment + verbs.join('\n') + '\n');

  const actors = knowledge.actors.flatMap((a) => actorLines(a, lose));
  if (actors.length > 0) files.set(`${name}.actors.txt`, comment + actors.join('\n') + '\n');
  const agents = knowledge.agents.flatMap((a, k) => agentLines(a, k + 1));
  if (agents.length > 0) files.set(`${name}.agents.txt`, comment + agents.join('\n') + '\n');
  const discards = knowledge.discards.map((d) => `${d.scope === 'story' ? '+' : ''}${d.phrase.join(' ')}`);
  if (discards.length > 0) files.set(`${name}.discards.txt`, comment + discards.join('\n') + '\n');

  lose('event nouns (dyad nominals): PETRARCH-2 has no such entries; left out', knowledge.nominals?.length ?? 0);
  lose('frames of intent, appeal, demand, threat and refusal: PETRARCH-2 has no such entries; left out', knowledge.frames?.length ?? 0);
  lose('unnamed-target rules: PETRARCH-2 has no such entries; left out', knowledge.unnamedTargets?.length ?? 0);
  return { files, lost: [...lost].map(([what, n]) => `${n} × ${what}`) };
}

function blockLines(block: VerbBlock, lose: (what: string, n?: number) => void): string[] {
  const lines = [`--- ${block.name} [${codeText(block.code, block.reverseCode)}] ---`];
  for (const verb of block.verbs) lines.push(verbLine(verb, block, lose));
  for (const p of block.patterns) {
    const stems = countStems(p.before) + countStems(p.after);
    lose('pattern words matched as TABARI stems ("VIOLAT" for "violated"): written as words', stems);
    lines.push(`- ${patternText(p, { dyad: false })} [${codeText(p.code, p.reverseCode)}]${p.writtenFor ? `  # ${p.writtenFor}` : ''}`);
  }
  return lines;
}

function countStems(elements: Parameters<typeof patternText>[0]['before']): number {
  return elements.reduce((n, e) => n + (e.kind === 'word' && e.stem ? 1 : e.kind === 'prep' || e.kind === 'np' ? countStems(e.elements) : 0), 0);
}

/**
 * "+ASK_FOR {+ASKED_FOR} [---]": the "+" marks the inflected word when it is not the first; the forms are listed when
 * they are not the regular ones; the code when it is not the block's. A TABARI stem that is the verb itself (ABANDON)
 * is written as its regular forms, the nearest PETRARCH-2 can say; other stems (CRITICI) are lost.
 */
function verbLine(verb: VerbEntry, block: VerbBlock, lose: (what: string, n?: number) => void): string {
  const word = verb.words[verb.verbIndex]!;
  const written = (w: string): string => verb.words.map((x, k) => (k === verb.verbIndex ? (verb.verbIndex > 0 ? '+' : '') + w : x)).join('_');
  const regular = regularVerbForms(word);
  const stemIsWord = verb.stems?.length === 1 && verb.stems[0] === word && verb.forms.length === 1;
  const otherStems = (verb.stems ?? []).filter((s) => !(stemIsWord && s === word));
  if (stemIsWord) lose('verbs matched as TABARI stems: written with the regular forms of the stem, which serve a verb (ABANDON) but not a stem that is none (RATIF)');
  lose('verb stems other than the verb itself (CRITICI): PETRARCH-2 matches no stems; left out', otherStems.length);
  let forms = '';
  if (!stemIsWord && !sameList(verb.forms, regular)) {
    if (!verb.forms.includes(word)) lose('verbs whose forms leave out the verb itself: the reader adds it');
    forms = ` {${verb.forms.filter((f) => f !== word).map(written).join(' ')}}`;
  }
  if (verb.inheritsBlockCode) lose("verbs taking the code of a same-named block in another file: written with their own block's");
  const own = verb.inheritsBlockCode || (verb.code === block.code && verb.reverseCode === block.reverseCode) ? '' : ` [${codeText(verb.code, verb.reverseCode)}]`;
  return `${written(word)}${forms}${own}`;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, k) => x === b[k]);
}

/**
 * "HAMID_KARZAI_" then "+KARZAI_" and one code a line, dates as YYYYMMDD. Whole-word actors (dyad's) get the final
 * "_" that says so; a name other than the phrase's title case, an office and a Wikidata id go in a comment.
 */
function actorLines(actor: ActorEntry, lose: (what: string, n?: number) => void): string[] {
  if (actor.codes.length === 0) {
    // A PETRARCH reader gives a code-less name line the codes of the next entry.
    lose('actors without a code: left out');
    return [];
  }
  const phrase = (words: readonly string[]): string => {
    const text = words.join('_');
    return actor.exact === true && !text.endsWith('_') ? `${text}_` : text;
  };
  // "TIRUCHIR\0PPALLI" (Phoenix.Countries.140227): a control character makes a text file binary, and matches no text.
  const readable = actor.phrases.filter((p) => !p.some((w) => controlCharacter.test(w)));
  lose('actor phrases holding a control character (a NUL byte): left out', actor.phrases.length - readable.length);
  if (readable.length === 0) return [];
  const [first, ...others] = readable;
  const notes: string[] = [];
  if (actor.name && first && actor.name !== titleCase(first)) notes.push(actor.name);
  if (actor.wikidata) notes.push(actor.wikidata);
  if (notes.length > 0) lose('actor names, offices and Wikidata ids: kept as comments only');
  const lines = [`${phrase(first!)}${notes.length > 0 ? `  # ${notes.join(' ')}` : ''}`];
  for (const p of others) lines.push(`+${phrase(p)}`);
  for (const c of actor.codes) {
    if (c.role) lose('actor names, offices and Wikidata ids: kept as comments only');
    lines.push(`    [${datedCodeText(c)}]${c.role ? `  # ${c.role}` : ''}`);
  }
  return lines;
}

const controlCharacter = /[\u0000-\u0008\u000e-\u001f]/;

function datedCodeText(c: DatedCode): string {
  const d = (iso: string): string => iso.replaceAll('-', '');
  if (c.from && c.to) return `${c.code} ${d(c.from)}-${d(c.to)}`;
  if (c.from) return `${c.code} >${d(c.from)}`;
  if (c.to) return `${c.code} <${d(c.to)}`;
  return c.code;
}

/**
 * "MINISTER [~GOV]" when the phrases are the word and its regular plural, "POLICE {} [~COP]" or "MAN {MEN} [~CVL]"
 * otherwise; an agent of more phrases becomes a substitution marker of its own ("!AGENT7! = CATTLEMAN, CATTLEMEN,
 * CATTLEWOMAN" and "!AGENT7! [~AGR]"), which stands for exactly those phrases; phrases holding a comma, which
 * would split the list, are written one line each, as agents of their own with the same code.
 */
function agentLines(agent: AgentEntry, index: number): string[] {
  const code = agent.position === 'suffix' ? `~${agent.code}` : `${agent.code}~`;
  const text = (p: readonly string[]): string => p.join('_');
  const [first, second, ...rest] = agent.phrases;
  if (!first) return [];
  const generated = agentPlural(first);
  if (rest.length > 0 && agent.phrases.some((p) => p.some((w) => w.includes(',')))) {
    // A marker's list is comma-separated: "MINISTER FOR AGRICULTURE, FISHERIES AND FOOD" is written a line a phrase.
    return agent.phrases.map((p) => `${text(p)} {} [${code}]`);
  }
  if (rest.length > 0) {
    return [`!AGENT${index}! = ${agent.phrases.map(text).join(', ')}`, `!AGENT${index}! [${code}]`];
  }
  if (second === undefined) return [`${text(first)}${generated ? ' {}' : ''} [${code}]`];
  if (generated && text(generated) === text(second)) return [`${text(first)} [${code}]`];
  return [`${text(first)} {${text(second)}} [${code}]`];
}
