// Writes a verb pattern of the model back as PETRARCH pattern text ("$ HOSTING ^ * TABASKI"), the inverse of the pattern parser.
import type { PatternElement, VerbPattern } from '../model.js';

export interface PatternTextOptions {
  /**
   * dyad's YAML: stems are marked "~" ("VIOLAT~") and a whole-word word glued to its next neighbour "=" ("SUGGESTED=_+"),
   * where PETRARCH's "_" would read as the glue. PETRARCH-2 has neither: a stem is written as its word, and a glued
   * word loses its whole-word mark, which its matching does not use.
   */
  dyad: boolean;
}

/** The pattern's elements around `*`, with `_` wherever two neighbours must be adjacent. */
export function patternText(pattern: Pick<VerbPattern, 'before' | 'after'>, options: PatternTextOptions): string {
  const parts: Array<{ text: string; gluedBefore: boolean; gluedAfter: boolean }> = [];
  for (const e of pattern.before) parts.push(part(e, options));
  parts.push({ text: '*', gluedBefore: false, gluedAfter: false });
  for (const e of pattern.after) parts.push(part(e, options));
  let out = '';
  parts.forEach((p, k) => {
    if (k > 0) out += parts[k - 1]!.gluedAfter || p.gluedBefore ? '_' : ' ';
    out += p.text;
  });
  return out;
}

function part(e: PatternElement, options: PatternTextOptions): { text: string; gluedBefore: boolean; gluedAfter: boolean } {
  return { text: elementText(e, options), gluedBefore: e.adjacentToPrevious === true, gluedAfter: e.adjacentToNext === true };
}

function elementText(e: PatternElement, options: PatternTextOptions): string {
  switch (e.kind) {
    case 'word':
      if (e.stem) return options.dyad ? `${e.word}~` : e.word;
      if (!e.exact) return e.word;
      // "WAS_ *": PETRARCH's whole-word mark is a "_" before a blank, which glue to the next element would swallow.
      if (!e.adjacentToNext) return `${e.word}_`;
      return options.dyad ? `${e.word}=` : e.word;
    case 'synset':
      return `&${e.name}`;
    case 'source':
      return '$';
    case 'target':
      return '+';
    case 'compound':
      return '%';
    case 'skip':
      return '^';
    case 'prep':
    case 'np': {
      const inner = patternText({ before: [], after: e.elements }, options).slice(2).replace(/^_/, '');
      return e.kind === 'prep' ? `(${inner})` : `{${inner}}`;
    }
  }
}

/** "032:033", ":173", "---": a code pair as PETRARCH brackets write it. */
export function codeText(code: string | null, reverseCode: string | null): string {
  if (reverseCode === null) return code ?? '---';
  return `${code ?? ''}:${reverseCode}`;
}
