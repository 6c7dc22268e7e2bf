// The one shape of every token the segment stage makes, its retagged copies included.
import type { PosTag, Token } from '../../document/types.js';

/**
 * A token as the segment stage makes it. A class, not an object literal: V8 pretenures a literal's allocation site
 * once it sees its objects survive scavenges, as the first article's tokens do while that article builds the
 * dictionary indexes; from then on every token of every article is allocated in the old generation and lives on there
 * as garbage until a full collection. Instances of a class are allocated young. Its fields are Token's, in order.
 */
export class SegmentedToken implements Token {
  constructor(
    public i: number,
    public start: number,
    public end: number,
    public text: string,
    public normal: string,
    public lemma: string,
    public key: string,
    public lemmaKey: string,
    public pos: PosTag,
    public sentence: number,
  ) {}
}

/**
 * The token with another tag, as a new token (a token is never changed in place). Made as the class, not as
 * `{ ...token, pos }`: a spread copy has a shape of its own, and every stage that reads tokens would then see two
 * shapes where it saw one, which makes each of its property reads slower.
 */
export function retagged(t: Token, pos: PosTag): Token {
  return new SegmentedToken(t.i, t.start, t.end, t.text, t.normal, t.lemma, t.key, t.lemmaKey, pos, t.sentence);
}
