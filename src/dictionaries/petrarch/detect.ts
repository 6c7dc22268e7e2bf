// Tells which PETRARCH or TABARI dictionary format a file is in, from its name or, failing that, from its content.
export type PetrarchFormat = 'verbs' | 'actors' | 'agents' | 'discards' | 'issues' | 'options';

/** TABARI names its files `Levant.verbs`, PETRARCH `PETR.Validate.verbs.txt`: both are recognised. */
const byName: ReadonlyArray<[RegExp, PetrarchFormat]> = [
  [/issue/i, 'issues'],
  [/\.(?:options|project|ini)$/i, 'options'],
  [/\.verbs(?:\.txt)?$/i, 'verbs'],
  [/^cameo.*\.txt$/i, 'verbs'],
  [/\.actors(?:\.txt)?$/i, 'actors'],
  [/\.agents(?:\.txt)?$/i, 'agents'],
  [/\.discards(?:\.txt)?$/i, 'discards'],
];

/** PETRARCH-2 verb files group verbs under `--- NAME [CODE] ---` headers; TABARI and PETRARCH-1 files have none. */
export function hasVerbBlockHeaders(text: string): boolean {
  return /^---+[ \t]+\S.*---[ \t]*$/m.test(text);
}

/**
 * The format of a dictionary file, or null when it is none of them (e.g. Phoenix.prepositions.txt). The file name
 * decides when it follows PETRARCH's or TABARI's conventions; otherwise the content must show it: verb block headers
 * with patterns, synset definitions, or TABARI head verbs with `- ... * ... [CODE]` patterns; `[~CODE]` agent codes
 * or `!MARKER! =` lines; `[CODE]` actor codes; `<ISSUE` tags or `n:`/`v:` issue lines; `[Dictionaries]` or
 * `[Options]` sections of a configuration; or a comment naming discards.
 */
export function detectPetrarchFormat(fileName: string, text: string): PetrarchFormat | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  for (const [pattern, format] of byName) if (pattern.test(base)) return format;

  const has = (pattern: RegExp): boolean => pattern.test(text);
  // Verb files may open with hundreds of synset lines (CAMEO.2.0.txt has its first block on line 707).
  if (has(/^[ \t]*\[(?:Dictionaries|Options|StanfordNLP)\]/m)) return 'options';
  if (has(/^<ISSUE/im) || has(/^[ \t]*[nv]:\S/m)) return 'issues';
  if ((has(/^---+[ \t]+\S.*---[ \t]*$/m) && has(/^-[ \t].*\*.*\[[^\]\n]*\]/m)) || has(/^&[A-Z][A-Z0-9_]*[ \t]*\r?\n\+/m)) return 'verbs';
  // TABARI: a head verb with its code, then patterns.
  if (has(/^[A-Z][^\[\n]*\[[^\]\n~]+\][^\n]*\r?\n-[ \t].*\*.*\[[^\]\n]*\]/m)) return 'verbs';
  if (has(/\[[ \t]*~[^\]\n]+\]|\[[^\]~\n]+~[ \t]*\]/) || has(/^![^!\s]+![ \t]*=/m)) return 'agents';
  if (has(/^[ \t]*\S*[ \t]*\[[A-Z0-9]{3,}[^\]\n]*\]/m)) return 'actors';
  if (has(/^(?:#|<!--).*\bdiscard/im)) return 'discards';
  return null;
}
