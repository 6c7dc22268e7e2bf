// Small facts about the characters of a text that several stages ask: non-ASCII, a capital first letter, a line number.

/** Any character outside ASCII: the cheap test before folding diacritics or case the slow way. */
export const NON_ASCII = /[^\x00-\x7f]/;

/** Proper names start with a capital or a digit (or are all caps): "US" the country, not "us" the pronoun; "9/11". */
export function capitalised(text: string): boolean {
  const code = text.charCodeAt(0);
  // Runs on every token: ASCII, where only A-Z change case, is told by its code without a call into the runtime.
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  const c = text.charAt(0);
  return c !== c.toLowerCase() || /^[0-9]/.test(c);
}

/** The 1-based line of a character offset, for messages that point into a file. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let k = 0; k < offset && k < text.length; k++) if (text.charCodeAt(k) === 10) line++;
  return line;
}
