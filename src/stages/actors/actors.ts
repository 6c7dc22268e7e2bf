// The actors stage: finds actor phrases in each sentence and resolves them to CAMEO actor codes (names, countries, agents).
import type { ActorMention, Doc, Token } from '../../document/types.js';
import type { ActorEntry, AgentEntry, Knowledge } from '../../dictionaries/model.js';
import { HOME_STATE_ROLES, splitActorCode, STATE_ROLES } from '../../ontology/actor-codes.js';
import { actorIndex, codeOnDate } from './actor-index.js';
import { lexicon } from '../../text/lexicon.js';
import { capitalised } from '../../text/characters.js';
import { compositionRule, formerRole, roleAt } from './role-grammar.js';

/** A dictionary hit before hits are grouped into actor phrases. */
interface Hit {
  start: number;
  end: number;
  actor: ActorEntry | null;
  agent: AgentEntry | null;
}

/** Tokens that may sit between two dictionary hits of one noun phrase ("Turkish [President] Tayyip Erdogan", "Gondor 's main ..."). */
function joinsNounPhrase(token: Token): boolean {
  switch (token.pos) {
    case 'ADJ': case 'NOUN': case 'PROPN': case 'NUM': case 'DET':
      return true;
    case 'PART':
      return token.normal === "'s" || token.normal === "'";
    case 'PUNCT':
      return token.text === '-' || token.text === "'" || token.text === '’';
    case 'ADP':
      // "the government of Gondor", "officials in Fornost": an agent head with its country after it.
      return token.normal === 'of';
    default:
      return false;
  }
}

function nominal(token: Token): boolean {
  return token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'ADJ' || token.pos === 'NUM' || token.pos === 'X';
}

/** Lower-case particles that open names: "al-Qaeda", "al-Shabaab", "el-Sisi", "bin Salman", "van der Bellen". */
const NAME_PARTICLES = lexicon('name-particles.txt');

/** "al-Qaeda": a name particle before a capitalised word (with or without a hyphen) starts a proper name. */
function particleOfName(doc: Doc, i: number, end: number): boolean {
  const normal = doc.tokens[i]!.normal;
  if (normal.length > 3 || !NAME_PARTICLES.has(normal)) return false;
  const next = doc.tokens[i + 1]?.text === '-' ? i + 2 : i + 1;
  return next < end && capitalised(doc.tokens[next]!.text);
}

export function findActors(doc: Doc, knowledge: Knowledge): Doc {
  const index = actorIndex(knowledge);
  const words = doc.tokens.map((t) => t.key);
  const actors: ActorMention[] = [];
  const date = doc.article.date;
  for (const sentence of doc.sentences) {
    const hits: Hit[] = [];
    let i = sentence.firstToken;
    while (i < sentence.endToken) {
      // "the Shire", "the Hague": a dictionary phrase may open with a lower-case "the" before its capitalised name.
      const named = capitalised(doc.tokens[i]!.text) || (doc.tokens[i]!.normal === 'the' && i + 1 < sentence.endToken && capitalised(doc.tokens[i + 1]!.text)) || particleOfName(doc, i, sentence.endToken);
      const actor = named ? index.actors.longestAt(words, i, sentence.endToken) : null;
      // Role words are nouns ("repatriate" the verb is not the agent REPATRIATE, a returnee), with their modifiers.
      const agent = roleAt(doc, index.agents, words, i, sentence.endToken);
      if (actor && (!agent || actor.end >= agent.end) && !anotherPerson(doc, i, actor.end, actor.values[actor.values.length - 1]!, hits) && !anotherCountrysRole(doc, i, actor.end, actor.values[actor.values.length - 1]!, agent?.end ?? -1, hits, date)) {
        hits.push({ start: i, end: actor.end, actor: actor.values[actor.values.length - 1]!, agent: null });
        i = actor.end;
      } else if (agent) {
        hits.push({ start: i, end: agent.end, actor: null, agent: agent.agent });
        i = agent.end;
      } else {
        i++;
      }
    }
    const resolved: Array<{ mention: ActorMention; leadingRoles: string | null }> = [];
    for (const group of groupHits(doc, hits)) {
      const mention = resolveGroup(doc, sentence.index, group, date);
      if (mention) resolved.push({ mention, leadingRoles: leadingRoles(group) });
    }
    actors.push(...distributeRoles(doc, resolved).map((m) => withUnknownName(doc, m, sentence.endToken, hits)));
  }
  return { ...doc, actors: withSurnamesAgain(doc, actors) };
}

/**
 * "Syrian envoy Omar Haddad met Turkish officials. Haddad later accused Israel": a person the dictionaries do not know,
 * named once with a role, is the same person when the article gives the surname alone later, with the same code.
 * Only within the article, and only a surname no other actor of the article bears.
 */
function withSurnamesAgain(doc: Doc, actors: ActorMention[]): ActorMention[] {
  const bySurname = new Map<string, ActorMention | null>();
  for (const a of actors) {
    if (!a.person || a.known || !a.name) continue;
    const surname = a.name.split(/\s+/).pop()!.toUpperCase();
    const earlier = bySurname.get(surname);
    bySurname.set(surname, earlier === undefined || earlier?.code === a.code ? a : null);
  }
  if (bySurname.size === 0) return actors;
  const covered = new Set<number>();
  for (const a of actors) for (let k = a.tokens.start; k < a.tokens.end; k++) covered.add(k);
  const again: ActorMention[] = [];
  for (let k = 0; k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    const first = bySurname.get(t.key);
    if (!first || covered.has(k) || t.pos !== 'PROPN' || !capitalised(t.text)) continue;
    // Part of a longer name ("Omar Haddad Street", "Nadia Haddad") is someone or something else.
    if (doc.tokens[k - 1]?.pos === 'PROPN' || doc.tokens[k + 1]?.pos === 'PROPN') continue;
    if (first.sentence > t.sentence || (first.sentence === t.sentence && first.tokens.end > k)) continue;
    again.push({ ...first, sentence: t.sentence, tokens: { start: k, end: k + 1 }, entry: `${first.entry} (named in full earlier in the article)` });
  }
  return again.length === 0 ? actors : [...actors, ...again].sort((x, y) => x.tokens.start - y.tokens.start);
}

/**
 * "Russian Deputy Prime Minister Yuri Borisov" is not Boyko Borisov, nor "Police Commissioner Mike Bush" George W.
 * Bush: a one-word name that the dictionaries know as a person's surname, after a given name of the text's that the
 * person's canonical name lacks, is someone else. The phrase is then a role and an unknown name.
 */
function anotherPerson(doc: Doc, start: number, end: number, entry: ActorEntry, hits: readonly Hit[]): boolean {
  // A person: an entry with dated offices (a country or an organisation has none).
  const person = entry.codes.some((c) => c.from !== null || c.to !== null);
  if (!person || end - start !== 1 || start === 0 || !entry.name || !entry.name.includes(' ')) return false;
  const given = doc.tokens[start - 1]!;
  if (!nameWord(given) || hits.some((h) => h.end === start)) return false;
  return !entry.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[\s-]+/).includes(given.normal.normalize('NFD').replace(/\p{M}/gu, ''));
}

/**
 * "the Chilean Senate", "Poland's Senate": a word the dictionaries know both as one country's institution (Phoenix's
 * SENATE, the US Senate) and as a role word (a senate, LEG) is the role when another country's name stands right
 * before it, so the phrase is that country's senate, not the United States'.
 */
function anotherCountrysRole(doc: Doc, start: number, end: number, entry: ActorEntry, roleEnd: number, hits: readonly Hit[], date: string | null): boolean {
  if (roleEnd !== end) return false;
  const prev = hits[hits.length - 1];
  if (!prev?.actor) return false;
  for (let k = prev.end; k < start; k++) if (!/^'s?$|^’s?$/i.test(doc.tokens[k]!.text)) return false;
  const before = codeOnDate(prev.actor.codes, date);
  const own = codeOnDate(entry.codes, date);
  return before !== null && before.length === 3 && own !== null && own.length > 3 && own.slice(0, 3) !== before;
}

/** Longest run of name words taken as a person's or organisation's name after a role ("official Ali Yilmaz"). */
const MAX_NAME_WORDS = 4;

/**
 * "Turkish official Ali Yilmaz", "rebel commander Abu Bakr al-Baghdadi": a name the dictionaries do not know, right
 * after a phrase coded from its country and role, joins that phrase. The code stays what the context gives (TURGOV);
 * the name is kept and the actor flagged unknown, so `dyad actors unknown` can list it for a dictionary.
 */
function withUnknownName(doc: Doc, mention: ActorMention, sentenceEnd: number, hits: Hit[]): ActorMention {
  // Only a phrase that ends in its role word ("Syrian envoy") awaits a name; "President Erdogan" has one.
  const last = hits.find((h) => h.end === mention.tokens.end);
  if (!last || last.agent === null) return mention;
  let end = mention.tokens.end;
  while (end < sentenceEnd && end - mention.tokens.end < MAX_NAME_WORDS && nameWord(doc.tokens[end]!)) end++;
  // One capitalised word is too often a title or a place ("official Reuters", "minister Sunday"); two make a name.
  if (end - mention.tokens.end < 2 || hits.some((h) => h.start < end && mention.tokens.end < h.end)) return mention;
  const name = doc.text.slice(doc.tokens[mention.tokens.end]!.start, doc.tokens[end - 1]!.end);
  return { ...mention, tokens: { start: mention.tokens.start, end }, name, known: false, person: true };
}

function nameWord(token: Token): boolean {
  return token.pos === 'PROPN' && /^[A-Z][\p{L}'’-]*$/u.test(token.text);
}

/** Hits joined only by noun-phrase tokens belong to one actor phrase. */
function groupHits(doc: Doc, hits: Hit[]): Hit[][] {
  const groups: Hit[][] = [];
  let current: Hit[] = [];
  for (const hit of hits) {
    const prev = current[current.length - 1];
    const rolesOnly = current.every((h) => h.actor === null);
    // "the evil Arnor awful Gondor": two names with only adjectives between are two actors, not a head and its modifier.
    const twoNames = prev?.actor && hit.actor && hit.start > prev.end && onlyAdjectives(doc, prev.end, hit.start);
    const placeable = rolesOnly && hit.actor !== null && !ownedRole(doc, current[0]?.start ?? 0);
    // "the population of Gondor of the Prince of Dol Amroth": "of" after a country's name starts another actor; it
    // joins a role or a person to a country ("the government of Gondor", "King Hassan of Morocco").
    const ofAfterName = prev !== undefined && prev.actor !== null && hasOf(doc, prev.end, hit.start) && countryOnly(prev.actor, doc.article.date);
    if (prev && !twoNames && !ofAfterName && gapJoins(doc, prev.end, hit.start, placeable)) current.push(hit);
    else {
      if (current.length) groups.push(current);
      current = [hit];
    }
  }
  if (current.length) groups.push(current);
  return groups;
}

/** Role codes joined once each: "army troops" is MIL, not MILMIL. */
function uniqueRoles(codes: string[]): string {
  const parts: string[] = [];
  for (const code of codes) for (let k = 0; k + 3 <= code.length; k += 3) {
    const part = code.slice(k, k + 3);
    if (!parts.includes(part)) parts.push(part);
  }
  return parts.join('');
}

function onlyAdjectives(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.tokens[k]!.pos !== 'ADJ') return false;
  return true;
}

/** "Lawmakers in Fornost", "soldiers from Gondor": a role word placed by "in"/"from" takes that country. */
const PLACING_PREPOSITIONS = lexicon('placing-prepositions.txt');

/**
 * "its troops from Lebanon", "their forces in Gaza": role words that already have an owner are not placed by a
 * following "in"/"from" phrase, which then says where they are, not whose they are.
 */
function ownedRole(doc: Doc, roleStart: number): boolean {
  const before = doc.tokens[roleStart - 1];
  return before !== undefined && before.pos === 'PRON' && lexicon('possessives.txt').has(before.normal);
}

/** Role words first, then "in"/"from" and the phrase's only name: the roles are placed by that name. */
function placedBy(doc: Doc, group: Hit[]): boolean {
  const first = group.findIndex((h) => h.actor !== null);
  if (first <= 0 || group.slice(first + 1).some((h) => h.actor !== null)) return false;
  for (let k = group[first - 1]!.end; k < group[first]!.start; k++) if (PLACING_PREPOSITIONS.has(doc.tokens[k]!.normal)) return true;
  return false;
}

function countryOnly(entry: ActorEntry, date: string | null): boolean {
  const code = codeOnDate(entry.codes, date);
  return code !== null && code.length === 3;
}

function hasOf(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.tokens[k]!.normal === 'of') return true;
  return false;
}

function gapJoins(doc: Doc, from: number, to: number, roleBeforeName: boolean): boolean {
  if (to - from > 4) return false;
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    // "Ithilen's awful and evil minister": adjectives joined by "and" are one modifier.
    const adjectives = t.pos === 'CCONJ' && doc.tokens[k - 1]?.pos === 'ADJ' && doc.tokens[k + 1]?.pos === 'ADJ';
    if (!joinsNounPhrase(t) && !adjectives && !(roleBeforeName && PLACING_PREPOSITIONS.has(t.normal))) return false;
  }
  return true;
}

/** The role codes of a phrase that opens with role words before its name ("lawmakers in Fornost" → LEG). */
function leadingRoles(group: Hit[]): string | null {
  const firstNamed = group.findIndex((h) => h.actor !== null);
  if (firstNamed <= 0) return null;
  const roles = group.slice(0, firstNamed).filter((h) => h.agent?.position === 'suffix').map((h) => h.agent!.code);
  return roles.length > 0 ? roles.join('') : null;
}

/**
 * "Lawmakers in Fornost and Gondor", "the ambassadors of Arnor, Osgiliath and Gondor": the role words
 * apply to every country of the list, not only the first.
 */
function distributeRoles(doc: Doc, resolved: Array<{ mention: ActorMention; leadingRoles: string | null }>): ActorMention[] {
  const out = resolved.map((r) => r.mention);
  // "Danish media and government": a role word joined to a coded phrase shares its country (DNKMED, DNKGOV).
  for (let j = 1; j < out.length; j++) {
    const prev = out[j - 1]!;
    const next = out[j]!;
    if (!next.code.startsWith('---') || prev.country === null || !conjoinedDirectly(doc, prev.tokens.end, next.tokens.start)) continue;
    const base = prev.code.length > 3 ? prev.code.slice(0, -3) : prev.code;
    out[j] = { ...next, ...splitActorCode(base + next.code.slice(3)), known: prev.known };
  }
  for (let i = 0; i < resolved.length; i++) {
    const roles = resolved[i]!.leadingRoles;
    if (!roles) continue;
    for (let j = i + 1; j < out.length; j++) {
      const prev = out[j - 1]!;
      const next = out[j]!;
      if (!listJoined(doc, prev.tokens.end, next.tokens.start) || next.code.length !== 3) break;
      out[j] = { ...next, ...splitActorCode(next.code + roles) };
    }
  }
  // "Lawmakers and officials in Fornost and Gondor": a bare role word joined by "and" to a placed role shares its
  // places, as one mention coded for each ("FORLEG/GONLEG").
  for (let i = 1; i < resolved.length; i++) {
    const bare = out[i - 1]!;
    if (!resolved[i]!.leadingRoles || bare.country !== null || !bare.code.startsWith('---')) continue;
    if (!conjoinedDirectly(doc, bare.tokens.end, out[i]!.tokens.start)) continue;
    const places = [out[i]!];
    for (let j = i + 1; j < out.length && out[j]!.country !== null && listJoined(doc, out[j - 1]!.tokens.end, out[j]!.tokens.start); j++) places.push(out[j]!);
    const codes = places.filter((p) => p.country !== null).map((p) => p.country! + bare.code.slice(3));
    if (codes.length > 0) out[i - 1] = { ...bare, ...splitActorCode(codes.join('/')), known: out[i]!.known };
  }
  return out;
}

function conjoinedDirectly(doc: Doc, from: number, to: number): boolean {
  return to === from + 1 && doc.tokens[from]!.normal === 'and';
}

function listJoined(doc: Doc, from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false;
  let joiner = false;
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    if (t.text === ',' || t.normal === 'and') joiner = true;
    else if (t.pos !== 'DET') return false;
  }
  return joiner;
}

/**
 * One code for an actor phrase. The last named actor is the phrase's head ("NATO member Turkey" is
 * Turkey); a head that is only a country takes the phrase's agents ("Turkish Foreign Minister" →
 * TUR + GOV), a head with its own role keeps it ("Hamas leader Ismail Haniyeh" → the Haniyeh entry).
 */
function resolveGroup(doc: Doc, sentence: number, group: Hit[], date: string | null): ActorMention | null {
  const named = group.filter((h) => h.actor !== null);
  const agents = group.filter((h) => h.agent !== null).map((h) => h.agent!);
  let head: { code: string; entry: ActorEntry } | null = null;
  for (let k = named.length - 1; k >= 0 && !head; k--) {
    const entry = named[k]!.actor!;
    const code = codeOnDate(entry.codes, date);
    if (code && code !== '---') head = { code, entry };
  }
  // "Ithilen's minister Calimehtar": a possessor country owns the role, whatever country the name alone suggests.
  const possessor = named.find((h) => h !== named[named.length - 1] && /^'s?$|^’s?$/i.test(doc.tokens[h.end]?.text ?? ''));
  const possessorCode = possessor ? codeOnDate(possessor.actor!.codes, date) : null;
  if (head && possessorCode && possessorCode.length === 3 && head.code.length === 3 && agents.length > 0) {
    head = { code: possessorCode, entry: possessor!.actor! };
  }
  const span = { start: group[0]!.start, end: group[group.length - 1]!.end };
  // "demonstrators in Cairo", "police in Cairo": civilian (or police, court) roles placed by a city or an institution
  // take its country only; its own role (a capital stands for its government) is not theirs. "Officials in the White
  // House" are of the government they are in.
  const civilian = agents.length > 0 && agents.every((a) => !STATE_ROLES.has(a.code.slice(0, 3)) || HOME_STATE_ROLES.has(a.code.slice(0, 3)));
  const placeCountry = head && head.code.length > 3 && civilian && placedBy(doc, group) ? splitActorCode(head.code).country : null;
  if (head && placeCountry) head = { code: placeCountry, entry: head.entry };
  if (!head) {
    // Role words alone ("a senior official", "lawmakers") are actors of unknown country, as PETRARCH codes them ("---GOV").
    if (agents.length === 0) return null;
    // "the ex-president", "a former foreign minister": someone who held the role is an elite (ELI), as with a country.
    const former = formerRole(doc, span.start, span.end) && !agents.some((a) => a.code.endsWith('ELI'));
    const code = former ? '---ELI' : '---' + uniqueRoles(agents.map((a) => a.code));
    const rule = compositionRule(null, agents, former);
    return { code, country: null, agent: code.slice(3, 6), sentence, tokens: span, name: null, known: false, entry: `${agents[0]!.source.file}:${agents[0]!.source.line}`, rule };
  }
  let code = head.code;
  // A named person keeps the code of their own record ("former foreign minister Davutoglu" is whatever he is now).
  // (A country whose codes are dated, "Iraq" before and after 2003, is a country: its code on the date is three letters.)
  const person = head.code.length > 3 && head.entry.codes.some((c) => c.from !== null || c.to !== null);
  const former = formerRole(doc, span.start, span.end) && agents.length > 0;
  if (former && person && !date) {
    // Undated text gives a person their latest office; "former President Chirac" says they no longer hold it.
    const outOfOffice = head.entry.codes.find((c) => c.from === null && c.to === null);
    code = outOfOffice?.code ?? `${code.slice(0, 3)}ELI`;
  } else if (former && !person) {
    // "Arnor former security officials", "former Gondor prosecutors": people who held a role are elites (ELI), not
    // the role; a name's own code keeps its roles ("former officials in the White House" → USAGOV + ELI).
    code = code.endsWith('ELI') ? code : code + 'ELI';
  } else if (code.length === 3 && agents.length > 0) {
    const suffix = uniqueRoles(agents.filter((a) => a.position === 'suffix').map((a) => a.code));
    const prefix = uniqueRoles(agents.filter((a) => a.position === 'prefix').map((a) => a.code));
    code = prefix + code + suffix;
  }
  const parts = splitActorCode(code);
  // Listed, not spread: Node 20's V8 builds `{ ...parts, sentence, ... }`, a spread followed by new properties, on a
  // slow path that costs some hundred times a plain literal, and this runs for every actor mention.
  return {
    code: parts.code,
    country: parts.country,
    agent: parts.agent,
    sentence,
    tokens: span,
    name: head.entry.name,
    known: true,
    entry: `${head.entry.source.file}:${head.entry.source.line}`,
    rule: compositionRule({ code: head.code, entry: `${head.entry.source.file}:${head.entry.source.line}` }, code === head.code ? [] : agents, former && code !== head.code),
    ...(person ? { person: true } : {}),
  };
}
