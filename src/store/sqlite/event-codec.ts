// A coded event as the SQLite store keeps a mention of it: its layout (keys, their order, nesting) once in the string dictionary, its values as a short array in which repeated strings are dictionary ids.

/** The mention row's own columns, which the stored values leave out when the event holds the same text. */
export interface RowFields {
  id: string;
  article_id: string;
  sentence: string;
}

/** Markers of a layout's leaves: a value kept as it is, a string kept as a dictionary id, a field of the row. */
const AS_IS = 0;
const INTERNED = 1;
const FROM_ROW = 2;

/** Strings unlike any other (what a sentence names an actor; the row's own fields) are kept as they are: a dictionary entry would cost more than it saves. */
const UNIQUE_KEYS = new Set(['text', 'sentence', 'id', 'article_id']);

type Layout = number | Layout[] | { [key: string]: Layout };

/** Interns a string in the dictionary, giving its id; `text` gives a string back from its id. */
export interface Dictionary {
  id(text: string): number;
  text(id: number): string;
}

export interface EncodedEvent {
  /** The layout, JSON text: every leaf replaced by how its value is kept. */
  layout: string;
  /** The values in the layout's order, JSON text. */
  values: string;
}

/** Encodes a coded event (any JSON object); `decodeEvent` gives back an object that serialises to the same JSON text. */
export function encodeEvent(event: object, row: RowFields, dictionary: Dictionary): EncodedEvent {
  const values: unknown[] = [];
  // What JSON.stringify would write: no field of undefined (or a function), null for undefined in an array and for NaN.
  const skipped = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';
  const layoutOf = (value: unknown, key: string, top: boolean): Layout => {
    if (top && key in row && value === row[key as keyof RowFields]) return FROM_ROW;
    if (Array.isArray(value)) return value.map((v) => layoutOf(skipped(v) ? null : v, key, false));
    if (value !== null && typeof value === 'object') {
      const layout: { [key: string]: Layout } = {};
      for (const [k, v] of Object.entries(value)) if (!skipped(v)) layout[k] = layoutOf(v, k, false);
      return layout;
    }
    if (typeof value === 'string' && !UNIQUE_KEYS.has(key)) {
      values.push(dictionary.id(value));
      return INTERNED;
    }
    values.push(typeof value === 'number' && !Number.isFinite(value) ? null : value);
    return AS_IS;
  };
  const layout: { [key: string]: Layout } = {};
  for (const [k, v] of Object.entries(event)) if (!skipped(v)) layout[k] = layoutOf(v, k, true);
  return { layout: JSON.stringify(layout), values: JSON.stringify(values) };
}

/** Parsed layouts by their text: a store has few (events with and without a target, a place, a confidence). */
const parsedLayouts = new Map<string, Layout>();

export function decodeEvent<T>(encoded: EncodedEvent, row: RowFields, dictionary: Dictionary): T {
  let layout = parsedLayouts.get(encoded.layout);
  if (layout === undefined) {
    layout = JSON.parse(encoded.layout) as Layout;
    if (parsedLayouts.size > 10_000) parsedLayouts.clear();
    parsedLayouts.set(encoded.layout, layout);
  }
  const values = JSON.parse(encoded.values) as unknown[];
  let next = 0;
  const build = (l: Layout, key: string): unknown => {
    if (l === FROM_ROW) return row[key as keyof RowFields];
    if (l === INTERNED) return dictionary.text(values[next++] as number);
    if (l === AS_IS) return values[next++];
    if (Array.isArray(l)) return l.map((x) => build(x, key));
    const object: Record<string, unknown> = {};
    for (const k of Object.keys(l as object)) object[k] = build((l as { [key: string]: Layout })[k]!, k);
    return object;
  };
  return build(layout, '') as T;
}
