// The role words of an actor phrase: a role with its modifiers ("acting", "deputy", "ex-"), and how a phrase's code was composed.
import type { Doc, Token } from '../../document/types.js';
import type { AgentEntry } from '../../dictionaries/model.js';
import { lexicon } from '../../text/lexicon.js';
import { matchWord, type PhraseTrie } from '../../text/phrase-trie.js';

/** A role phrase found at a token: its tokens (modifiers included) and its dictionary entry. */
export interface RoleMatch {
  end: number;
  agent: AgentEntry;
}

/** Words that qualify a role without changing it: "acting", "deputy", "interim" (data/lexicon/role-modifiers.txt). */
const MODIFIERS = lexicon('role-modifiers.txt');

/** Words that make a role a former one: "former", "ex" (data/lexicon/former-markers.txt). */
const FORMER_WORDS = lexicon('former-markers.txt');

export function formerWords(): ReadonlySet<string> {
  return FORMER_WORDS;
}

function qualifier(word: string): boolean {
  return MODIFIERS.has(word) || FORMER_WORDS.has(word);
}

function nominal(token: Token): boolean {
  return token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'ADJ' || token.pos === 'NUM' || token.pos === 'X';
}

/**
 * The role phrase at token i, or null. Besides a dictionary role word ("foreign minister"), a qualifier before one
 * belongs to it ("acting prime minister", "deputy foreign minister": not Phoenix's DEPUTY, a police deputy, then a
 * minister), and so does one joined by a hyphen into a single token ("ex-president", "vice-chancellor"), which is
 * first tried whole as the dictionary writes it ("vice president").
 */
export function roleAt(doc: Doc, agents: PhraseTrie<AgentEntry>, words: readonly string[], i: number, end: number): RoleMatch | null {
  const token = doc.tokens[i]!;
  const own = nominal(token) ? agents.longestAt(words, i, end) : null;
  if (qualifier(token.normal) && i + 1 < end) {
    const next = agents.longestAt(words, i + 1, end);
    if (next && (!own || own.end < next.end)) return { end: next.end, agent: last(next.values) };
  }
  if (own) return { end: own.end, agent: last(own.values) };
  const hyphen = token.normal.indexOf('-');
  if (hyphen <= 0 || !nominal(token)) return null;
  const head = token.normal.slice(0, hyphen);
  const rest = token.normal.slice(hyphen + 1);
  if (!qualifier(head) || !/^\p{L}+$/u.test(rest)) return null;
  const after = words.slice(i + 1, end);
  const whole = agents.longestAt([matchWord(head), matchWord(rest), ...after], 0);
  if (whole && whole.end >= 2) return { end: i + whole.end - 1, agent: last(whole.values) };
  const role = agents.longestAt([matchWord(rest), ...after], 0);
  return role ? { end: i + role.end, agent: last(role.values) } : null;
}

function last<T>(values: readonly T[]): T {
  return values[values.length - 1]!;
}

/** A role phrase with "former" or "ex-" in it or right before it: "former foreign minister", "the ex-president". */
export function formerRole(doc: Doc, start: number, end: number): boolean {
  const former = formerWords();
  for (let k = Math.max(0, start - 1); k < end; k++) {
    const normal = doc.tokens[k]!.normal;
    if (former.has(normal)) return true;
    const hyphen = normal.indexOf('-');
    if (hyphen > 0 && former.has(normal.slice(0, hyphen))) return true;
  }
  return false;
}

/** How a phrase's code was composed, for `dyad actors lookup`: the name's entry, the role entries, the modifiers' effect. */
export function compositionRule(base: { code: string; entry: string } | null, agents: readonly AgentEntry[], former: boolean): string {
  const parts: string[] = [];
  if (base) parts.push(`${base.code} (${base.entry})`);
  for (const a of agents) parts.push(`${a.position === 'prefix' ? `${a.code}~` : `~${a.code}`} (${a.source.file}:${a.source.line})`);
  if (former) parts.push('former → ELI');
  return parts.join(' + ');
}
