import { lexicon } from '../text/lexicon.js';
// Scores predicted events against a gold file exactly as ../shared/spec/GOLD.md defines it; pure, no I/O.

export interface GoldEvent {
  cameo: string;
  source?: string | null;
  target?: string | null;
  source_text?: string[];
  target_text?: string[];
  date?: string;
  location?: string;
}

export interface GoldRecord {
  id: string;
  text: string;
  date?: string;
  events: GoldEvent[];
  dictionaries?: string;
  /** The kind of text (wire, summary, ...): the report scores each kind apart too. */
  kind?: string;
}

export interface PredictedEvent {
  cameo: string;
  /** Null when the doer is unknown (an unclaimed bombing): it matches a gold `source: null`. */
  source: { code: string; text: string } | null;
  target: { code: string; text: string } | null;
  date?: string;
  location?: { name: string } | null;
}

/** A share of a count; `value` is null when there was nothing to count. */
export interface Share {
  correct: number;
  total: number;
  value: number | null;
}

export interface Scores {
  /** Matched pairs: each is one gold event and one prediction. */
  matched: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface RootScore {
  root: string;
  /** Gold events with this root. */
  support: number;
  predicted: number;
  matched: number;
  precision: number | null;
  recall: number | null;
}

export interface RecordMisses {
  id: string;
  text: string;
  missed: GoldEvent[];
  spurious: PredictedEvent[];
}

export interface EvalReport extends Scores {
  records: number;
  goldEvents: number;
  predictedEvents: number;
  /** The same scores when only root codes have to agree. */
  type: Scores;
  /** Among matched pairs, those with the same full code. */
  codeAccuracy: Share;
  /** Among matched pairs whose gold event gives a date, those with the same day. */
  dateAccuracy: Share;
  /** Among matched pairs whose gold event gives a location, those with the same place name. */
  locationAccuracy: Share;
  perRoot: RootScore[];
  /**
   * Which root a gold event got instead, most frequent first: events left over after matching roots are paired in
   * text order, within their record; `-` stands for no event (a miss, or a false alarm).
   */
  confusion: RootConfusion[];
  /** The same scores for each kind of text, when records say their kind. */
  perKind: KindScore[];
  /** Records with an unmatched gold event or prediction, in file order. */
  misses: RecordMisses[];
}

export interface RootConfusion {
  gold: string;
  predicted: string;
  count: number;
}

export interface KindScore extends Scores {
  kind: string;
  records: number;
  type: Scores;
}

function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

function f1(p: number | null, r: number | null): number | null {
  if (p === null || r === null) return null;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function scores(matched: number, gold: number, predicted: number): Scores {
  const precision = ratio(matched, predicted);
  const recall = ratio(matched, gold);
  return { matched, precision, recall, f1: f1(precision, recall) };
}

function rootOf(cameo: string): string {
  return cameo.slice(0, 2);
}

const IGNORED_WORDS = lexicon('eval-ignored-words.txt');

/**
 * The words of an actor phrase, for "shares a word": lower-cased, accents dropped (Erdoğan = Erdogan), possessive 's
 * dropped (Europe’s = Europe: otherwise every possessive would share the word "s"), apostrophes and dots removed
 * inside words (U.S. = US), then split on anything that is not a letter or digit.
 */
export function actorWords(phrase: string): Set<string> {
  const flat = phrase
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘ʼ`]s(?![\p{L}\p{N}])/gu, '')
    .replace(/['’‘ʼ`.]/gu, '');
  return new Set(flat.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '' && !IGNORED_WORDS.has(w)));
}

function sharesWord(text: string, phrases: string[]): boolean {
  const words = actorWords(text);
  return phrases.some((p) => [...actorWords(p)].some((w) => words.has(w)));
}

/** Condition 2 of GOLD.md for one side; `code` and `phrases` are the gold event's, `actor` the prediction's. */
function actorMatches(code: string | null | undefined, phrases: string[] | undefined, actor: { code: string; text: string } | null): boolean {
  if (code === null) return actor === null;
  // PETRARCH's gold uses literal prefixes such as "---GOV" or a quoted name; they are compared as written.
  if (code !== undefined) return actor !== null && actor.code.startsWith(code);
  if (phrases && phrases.length > 0) return actor !== null && sharesWord(actor.text, phrases);
  return true;
}

function eventMatches(g: GoldEvent, p: PredictedEvent): boolean {
  return (
    rootOf(g.cameo) === rootOf(p.cameo) &&
    actorMatches(g.source, g.source_text, p.source) &&
    actorMatches(g.target, g.target_text, p.target)
  );
}

/** Greedy one-to-one matching in file order: each gold event takes the first unmatched prediction that matches. */
function greedyMatch(gold: GoldEvent[], predicted: PredictedEvent[], matches: (g: GoldEvent, p: PredictedEvent) => boolean): Array<number | null> {
  const taken = new Set<number>();
  return gold.map((g) => {
    const j = predicted.findIndex((p, k) => !taken.has(k) && matches(g, p));
    if (j < 0) return null;
    taken.add(j);
    return j;
  });
}

/** Which predictions of a record match a gold event, as the scorer pairs them: the labels a model learns from. */
export function matchedPredictions(gold: readonly GoldEvent[], predicted: readonly PredictedEvent[]): boolean[] {
  const pairs = greedyMatch([...gold], [...predicted], eventMatches);
  const matched = predicted.map(() => false);
  for (const j of pairs) if (j !== null) matched[j] = true;
  return matched;
}

function sameDay(g: GoldEvent, p: PredictedEvent): boolean {
  return p.date === g.date;
}

function samePlace(g: GoldEvent, p: PredictedEvent): boolean {
  const norm = (s: string): string => s.normalize('NFC').trim().toLowerCase();
  return p.location != null && g.location !== undefined && norm(p.location.name) === norm(g.location);
}

export function scoreGold(records: Array<{ gold: GoldRecord; predicted: PredictedEvent[] }>): EvalReport {
  let goldEvents = 0;
  let predictedEvents = 0;
  let matched = 0;
  let typeMatched = 0;
  const code: Share = { correct: 0, total: 0, value: null };
  const date: Share = { correct: 0, total: 0, value: null };
  const location: Share = { correct: 0, total: 0, value: null };
  const roots = new Map<string, { support: number; predicted: number; matched: number }>();
  const root = (r: string) => {
    let s = roots.get(r);
    if (!s) roots.set(r, (s = { support: 0, predicted: 0, matched: 0 }));
    return s;
  };
  const misses: RecordMisses[] = [];
  const confused = new Map<string, number>();
  const confuse = (g: string, p: string) => confused.set(`${g} ${p}`, (confused.get(`${g} ${p}`) ?? 0) + 1);

  for (const { gold, predicted } of records) {
    goldEvents += gold.events.length;
    predictedEvents += predicted.length;
    for (const g of gold.events) root(rootOf(g.cameo)).support++;
    for (const p of predicted) root(rootOf(p.cameo)).predicted++;

    const pairs = greedyMatch(gold.events, predicted, eventMatches);
    const used = new Set<number>();
    for (const [i, j] of pairs.entries()) {
      if (j === null) continue;
      const g = gold.events[i]!;
      const p = predicted[j]!;
      used.add(j);
      matched++;
      root(rootOf(g.cameo)).matched++;
      code.total++;
      if (g.cameo === p.cameo) code.correct++;
      if (g.date !== undefined) {
        date.total++;
        if (sameDay(g, p)) date.correct++;
      }
      if (g.location !== undefined) {
        location.total++;
        if (samePlace(g, p)) location.correct++;
      }
    }
    const typePairs = greedyMatch(gold.events, predicted, (g, p) => rootOf(g.cameo) === rootOf(p.cameo));
    typeMatched += typePairs.filter((j) => j !== null).length;
    const goldLeft = gold.events.filter((_, i) => typePairs[i] === null).map((g) => rootOf(g.cameo));
    const predictedLeft = predicted.filter((_, j) => !typePairs.includes(j)).map((p) => rootOf(p.cameo));
    for (let k = 0; k < Math.max(goldLeft.length, predictedLeft.length); k++) confuse(goldLeft[k] ?? '-', predictedLeft[k] ?? '-');

    const missed = gold.events.filter((_, i) => pairs[i] === null);
    const spurious = predicted.filter((_, j) => !used.has(j));
    if (missed.length > 0 || spurious.length > 0) misses.push({ id: gold.id, text: gold.text, missed, spurious });
  }

  for (const s of [code, date, location]) s.value = ratio(s.correct, s.total);
  const perRoot = [...roots.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([r, s]) => ({ root: r, ...s, precision: ratio(s.matched, s.predicted), recall: ratio(s.matched, s.support) }));

  return {
    records: records.length,
    goldEvents,
    predictedEvents,
    ...scores(matched, goldEvents, predictedEvents),
    type: scores(typeMatched, goldEvents, predictedEvents),
    codeAccuracy: code,
    dateAccuracy: date,
    locationAccuracy: location,
    perRoot,
    confusion: [...confused.entries()].map(([pair, count]) => ({ gold: pair.split(' ')[0]!, predicted: pair.split(' ')[1]!, count })).sort((a, b) => b.count - a.count || (a.gold + a.predicted < b.gold + b.predicted ? -1 : 1)),
    perKind: kindsOf(records),
    misses,
  };
}

/** Scores per kind of text; none when no record names its kind. */
function kindsOf(records: Array<{ gold: GoldRecord; predicted: PredictedEvent[] }>): KindScore[] {
  const kinds = [...new Set(records.map((r) => r.gold.kind).filter((k): k is string => k !== undefined))].sort();
  if (kinds.length === 0) return [];
  return kinds.map((kind) => {
    const subset = records.filter((r) => r.gold.kind === kind).map((r) => ({ gold: { ...r.gold, kind: undefined }, predicted: r.predicted }));
    const report = scoreGold(subset);
    return { kind, records: subset.length, matched: report.matched, precision: report.precision, recall: report.recall, f1: report.f1, type: report.type };
  });
}
