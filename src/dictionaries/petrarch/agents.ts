// Reads a PETRARCH agent dictionary (*.agents.txt): role words such as MINISTER [~GOV] that combine with a country actor.
import type { AgentEntry, Phrase, UnsupportedConstruct } from '../model.js';
import { dictionaryLines, phraseFromText, phrasePlural, splitBrackets, type DictionaryLine } from './syntax.js';

export interface PetrarchAgents {
  agents: AgentEntry[];
  unsupported: UnsupportedConstruct[];
}

/** At most this many phrases from one line's substitution markers (a line with two !MINIST! markers gives 16). */
const MAX_SUBSTITUTIONS = 256;

/**
 * Reads every agent line `PHRASE {PLURAL} [~CODE]`. The code's "~" says where the agent code goes: `[~GOV]` after the
 * actor's (TUR + GOV = TURGOV), `[NGO~]` before it; spaces inside the brackets ("[ ~COP]") do not matter. Without
 * "{...}" the regular plural of the last word is added; "{PLURAL}" gives the plural instead, and "{}" none (POLICE).
 * A final "_" (exact word) stays on the singular and the generated plural.
 * `!NAME! = A, B, C` defines a substitution marker: a line using !NAME! stands for one phrase per listed word, and
 * gets no generated plural (the list spells out the forms, as in !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON).
 */
export function readPetrarchAgents(text: string, file: string): PetrarchAgents {
  const agents: AgentEntry[] = [];
  const unsupported: UnsupportedConstruct[] = [];
  // `kept`: the entry was still read (a malformed date read as PETRARCH reads it, a stray note after a code).
  const report = (line: DictionaryLine, reason: string, kept = false): void => {
    unsupported.push({ source: { file, line: line.line }, text: line.text, reason, ...(kept ? { kept } : {}) });
  };
  const markers = new Map<string, string[]>();

  for (const line of dictionaryLines(text, { semicolonComments: true })) {
    const definition = /^!([^!\s]+)!\s*=(.*)$/.exec(line.text);
    if (definition) {
      markers.set(definition[1]!, definition[2]!.split(',').map((w) => w.trim()).filter(Boolean));
      continue;
    }
    const { brackets, unclosed } = splitBrackets(line.text);
    if (unclosed || brackets.length !== 1) {
      report(line, brackets.length === 0 && !unclosed ? 'agent without a [code]; line ignored' : 'agent line must hold one [code]; line ignored');
      continue;
    }
    const bracket = brackets[0]!;
    if (line.text.slice(bracket.end).trim().length > 0) report(line, 'text after the code ignored', true);
    const code = bracket.content.replace(/\s+/g, '');
    let position: AgentEntry['position'];
    let agentCode: string;
    if (code.startsWith('~') && code.length > 1 && !code.endsWith('~')) {
      position = 'suffix';
      agentCode = code.slice(1);
    } else if (code.endsWith('~') && code.length > 1 && !code.startsWith('~')) {
      position = 'prefix';
      agentCode = code.slice(0, -1);
    } else {
      report(line, `agent code "[${bracket.content}]" needs one "~" before or after it; line ignored`);
      continue;
    }

    let phraseText = line.text.slice(0, bracket.start);
    let plural: Phrase | null | undefined;
    const open = phraseText.indexOf('{');
    if (open >= 0) {
      const close = phraseText.indexOf('}', open);
      if (close < 0 || phraseText.slice(close + 1).trim().length > 0) {
        report(line, 'plural must be one "{...}" after the phrase; line ignored');
        continue;
      }
      const written = phraseFromText(phraseText.slice(open + 1, close));
      plural = written.length > 0 ? written : null;
      phraseText = phraseText.slice(0, open);
    }

    const phrases: Phrase[] = [];
    if (phraseText.includes('!')) {
      const expanded = substitute(phraseText, markers);
      if ('error' in expanded) {
        report(line, expanded.error + '; line ignored');
        continue;
      }
      phrases.push(...expanded.texts.map(phraseFromText));
      if (plural) phrases.push(plural);
    } else {
      const phrase = phraseFromText(phraseText);
      if (phrase.length === 0) {
        report(line, 'agent without a phrase; line ignored');
        continue;
      }
      phrases.push(phrase);
      const generated = plural === undefined ? agentPlural(phrase) : plural;
      if (generated) phrases.push(generated);
    }
    agents.push({ phrases: dedupe(phrases.filter((p) => p.length > 0)), code: agentCode, position, source: { file, line: line.line } });
  }
  return { agents, unsupported };
}

/**
 * The regular plural of an agent phrase. Unlike synset members, an agent's final "_" only stops stemming (the file's
 * header: "most nouns are stopped rather than stemmed", with plurals generated), so MINISTRY_ still gets MINISTRIES_.
 */
export function agentPlural(phrase: Phrase): Phrase | null {
  const last = phrase[phrase.length - 1]!;
  if (!last.endsWith('_')) return phrasePlural(phrase);
  const plural = phrasePlural([...phrase.slice(0, -1), last.replace(/_+$/, '')]);
  if (plural) plural[plural.length - 1] += '_';
  return plural;
}

/** Every phrase a line's markers stand for; several markers in one line multiply ("!MINIST! FOR_AD!MINIST!RATION"). */
function substitute(text: string, markers: ReadonlyMap<string, string[]>): { texts: string[] } | { error: string } {
  let texts = [text];
  while (texts[0]!.includes('!')) {
    const match = /!([^!\s]+)!/.exec(texts[0]!);
    if (!match) return { error: 'unpaired "!" in a substitution marker' };
    const words = markers.get(match[1]!);
    if (!words) return { error: `substitution marker !${match[1]}! is not defined` };
    texts = texts.flatMap((t) => words.map((w) => t.replace(match[0], w)));
    if (texts.length > MAX_SUBSTITUTIONS) return { error: `more than ${MAX_SUBSTITUTIONS} substitutions` };
  }
  return { texts };
}

function dedupe(phrases: Phrase[]): Phrase[] {
  const seen = new Set<string>();
  return phrases.filter((p) => {
    const key = p.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
