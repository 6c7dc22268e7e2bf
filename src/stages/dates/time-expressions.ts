// Finds time expressions in a sentence and resolves them against the article date, with the past bias of news: chrono-node parses, dyad's refiners correct.
import { lexicon } from '../../text/lexicon.js';
import * as chrono from 'chrono-node';

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

/** A time expression of the text: where it is, and what it says. */
export interface TimeExpression {
  /** Character offsets [start, end) in the text given to `findTimeExpressions`. */
  start: number;
  end: number;
  text: string;
  /** The resolved date, YYYY-MM-DD / YYYY-MM / YYYY by precision; null for an anchored expression not yet resolved. */
  value: string | null;
  precision: DatePrecision;
  /** "three days after …": the date is `offsetDays` from the event the anchor phrase names. */
  anchor: { offsetDays: number } | null;
}

const DAY_MS = 86_400_000;

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return isoDay(new Date(Date.parse(day + 'T00:00:00Z') + n * DAY_MS));
}

/** Moves a date to its form at a precision: 2024-03-20 at month precision is "2024-03". */
export function atPrecision(day: string, precision: DatePrecision): string {
  if (precision === 'year') return day.slice(0, 4);
  if (precision === 'month') return day.slice(0, 7);
  return day;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30,
};
const UNIT_DAYS: Record<string, number> = { day: 1, days: 1, week: 7, weeks: 7, month: 30, months: 30 };

/** "three days after", "two weeks before", "a day after": offsets from another event, resolved later. */
const ANCHORED = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|\d{1,2})\s+(days?|weeks?|months?)\s+(after|before)\b/gi;

/** Bare years ("in 2007", "since 2014") that chrono leaves alone. */
const BARE_YEAR = /\b(?:in|since|during|until|by|from|of)\s+((?:19|20)\d{2})\b(?![-/]\d)/g;

/** "this week", "last week", "next week": a week, as precise as the text is. */
const WEEK = /\b(this|last|next|earlier this|later this)\s+week\b/gi;

/** Times of day say nothing about the date and cost the most to find: chrono runs without those parsers. */
const TIME_OF_DAY_PARSERS = new Set(['ENTimeExpressionParser', 'ENCasualTimeParser', 'ENTimeUnitWithinFormatParser', 'ENEndOfCurrentMonthParser']);
const PARSER = chrono.casual.clone();
PARSER.parsers = PARSER.parsers.filter((p) => !TIME_OF_DAY_PARSERS.has(p.constructor.name));

/** The month names in full: one written in lower case and nothing else ("march") is no date. */
const MONTH_NAMES = lexicon('month-names.txt');

const MONTH = `(?:${[...MONTH_NAMES].join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thur?s?|fri|sat|sun)';

/**
 * What chrono could read: a month, a weekday, a relative day, "N days ago", a numeric date.
 * Bare numbers ("1.5 mln dlrs") are not enough, which spares chrono most sentences of economic news.
 */
const MAY_HOLD_DATE_SOURCE =
  `\\b(?:${MONTH}|${WEEKDAY}|today|tonight|yesterday|tomorrow|weekend|ago)\\b|\\b\\d{1,4}[-/.]\\d{1,2}(?:[-/.]\\d{2,4})?\\b|\\b(?:last|next|this|past|coming)\\s+(?:week|month|year|${WEEKDAY})`;
const MAY_HOLD_DATE_ALL = new RegExp(MAY_HOLD_DATE_SOURCE, 'gi');

/**
 * Time expressions of `text`, resolved against `articleDate` (YYYY-MM-DD). News reports what happened, so an
 * expression whose year or week chrono guessed (a bare weekday, "October 7") takes the latest such date on or before
 * the article date; stated years and explicit future words ("next week") are kept as written.
 */
export function findTimeExpressions(text: string, articleDate: string): TimeExpression[] {
  const found: TimeExpression[] = [];
  const taken = (start: number, end: number) => found.some((f) => start < f.end && f.start < end);

  for (const m of text.matchAll(ANCHORED)) {
    const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
    const days = n * UNIT_DAYS[m[2]!.toLowerCase()]!;
    const sign = m[3]!.toLowerCase() === 'after' ? -1 : 1;
    // "X came three days after Y": Y is three days before X.
    found.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], value: null, precision: 'day', anchor: { offsetDays: sign * days } });
  }
  for (const m of text.matchAll(WEEK)) {
    if (taken(m.index!, m.index! + m[0].length)) continue;
    const which = m[1]!.toLowerCase();
    const shift = which === 'last' ? -7 : which === 'next' ? 7 : 0;
    found.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], value: addDays(articleDate, shift), precision: 'week', anchor: null });
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    const start = m.index! + m[0].length - m[1]!.length;
    if (taken(start, start + 4)) continue;
    found.push({ start, end: start + 4, text: m[1]!, value: m[1]!, precision: 'year', anchor: null });
  }

  // chrono is the costliest step of coding: it reads only short windows around the words it could use.
  const reference = new Date(articleDate + 'T12:00:00Z');
  for (const [from, to] of dateWindows(text)) {
    for (const r of PARSER.parse(text.slice(from, to), { instant: reference, timezone: 'UTC' })) {
      const start = from + r.index;
      const end = start + r.text.length;
      // "Thousands of farmers march through Paris": English writes its months capitalised; a month name in lower case
      // is the verb or the noun.
      if (taken(start, end) || MONTH_NAMES.has(r.text)) continue;
      const resolved = refine(r.start, articleDate);
      if (resolved) found.push({ start, end, text: r.text, ...resolved, anchor: null });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Whether characters [start, end) of `text` may lie inside one of its time expressions: inside a match of the
 * patterns read without chrono, or inside a window chrono reads (every expression lies inside one of these). False
 * means `findTimeExpressions` finds none that holds the span, told without running chrono.
 */
export function mayLieInTimeExpression(text: string, start: number, end: number): boolean {
  for (const pattern of [ANCHORED, WEEK, BARE_YEAR]) {
    for (const m of text.matchAll(pattern)) if (m.index! <= start && end <= m.index! + m[0].length) return true;
  }
  return dateWindows(text).some(([from, to]) => from <= start && end <= to);
}

/** How much context chrono gets on either side of a date word: enough for "on the morning of Tuesday, March 3, 1987". */
const WINDOW_REACH = 24;

/** Windows of `text` around each date word, merged where they overlap, cut at word boundaries. */
function dateWindows(text: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  for (const m of text.matchAll(MAY_HOLD_DATE_ALL)) {
    let from = Math.max(0, m.index! - WINDOW_REACH);
    let to = Math.min(text.length, m.index! + m[0].length + WINDOW_REACH);
    while (from > 0 && /\S/.test(text[from - 1]!)) from--;
    while (to < text.length && /\S/.test(text[to]!)) to++;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

/** Applies the past bias and decides the precision from what the text stated (chrono's known values). */
function refine(component: chrono.ParsedComponents, articleDate: string): { value: string; precision: DatePrecision } | null {
  const known = (c: chrono.Component) => component.isCertain(c);
  let day = isoDay(component.date());
  if (known('weekday') && !known('day')) {
    // "on Saturday": the article's Saturday or the last one before it.
    const target = component.get('weekday')!;
    const articleWeekday = new Date(articleDate + 'T00:00:00Z').getUTCDay();
    day = addDays(articleDate, -((articleWeekday - target + 7) % 7));
    return { value: day, precision: 'day' };
  }
  if (known('day') && known('month') && !known('year') && day > articleDate) {
    // "on October 7" in an article of April 2024 is the October 7 that has passed.
    day = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
  }
  if (known('day')) return { value: day, precision: 'day' };
  if (known('month')) {
    if (!known('year') && day.slice(0, 7) > articleDate.slice(0, 7)) day = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
    return { value: atPrecision(day, 'month'), precision: 'month' };
  }
  if (known('year')) return { value: atPrecision(day, 'year'), precision: 'year' };
  // Times of day alone ("at noon") say nothing about the date.
  return null;
}
