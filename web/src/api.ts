// Calls the read-only JSON API of `dyad serve`; the filters travel as the same query parameters as `dyad query` flags.
export interface Actor { text: string; code: string; country: string | null; name: string | null; agent: string | null; unknown?: boolean }
export interface Place { name: string; kind?: string; country: string | null; lat: number | null; lon: number | null }
export interface StoredEvent {
  id: string; article_id: string; sentence: string; sentence_index: number; date: string; cameo: string; cameo_label: string;
  quad_class: number; goldstein: number; source: Actor; target: Actor | null; location: Place | null; modality: string;
  evidence: { trigger: [number, number]; source: [number, number] | null; target: [number, number] | null; location?: [number, number] | null };
  num_mentions: number; num_articles: number; num_sources: number;
}
export interface ArticleEvent extends StoredEvent { event_id: string }
export interface Article { id: string; date: string | null; title: string | null; text: string; url: string | null; source: string | null }
export interface CountRow { period: string; quad_class: number; events: number; mean_goldstein: number }
export interface DyadRow { source: string; target: string; events: number; mean_goldstein: number }
export interface RootRow { root: string; quad_class: number; events: number; mean_goldstein: number }
/** What /api/meta says the recorded ingest runs coded the events with (see src/store/ingest-runs.ts). */
export interface Meta { version: string; runs: number; min_confidence: number | null; dyad_versions: string[] }
export interface PlaceRow { name: string; country: string | null; lat: number; lon: number; quad_class: number; events: number }
export type Period = 'day' | 'week' | 'month' | 'year';
export const PERIODS: readonly Period[] = ['day', 'week', 'month', 'year'];

/** The URL's parameters: the API's filters and each view's own state. */
export type Filters = Record<string, string>;

/** The parameters the API filters by; everything else in the URL is a view's own state. */
export const API_FILTERS = ['from', 'to', 'actor', 'source', 'target', 'country', 'cameo', 'quad', 'place', 'q', 'modality'] as const;

export function apiFilters(params: Filters): Filters {
  const out: Filters = {};
  for (const k of API_FILTERS) if (params[k]) out[k] = params[k]!;
  return out;
}

function query(filters: Filters, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(apiFilters(filters))) params.set(k, v);
  for (const [k, v] of Object.entries(extra)) params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  const body = (await res.json()) as T & { error?: string };
  if (!res.ok) throw new Error(body.error ?? `${res.status} ${res.statusText}`);
  return body;
}

export const api = {
  events: (f: Filters, limit: number, offset: number) => getJson<{ total: number; events: StoredEvent[] }>(`/api/events${query(f, { limit, offset })}`),
  counts: (f: Filters, period: Period) => getJson<{ rows: CountRow[] }>(`/api/counts${query(f, { period })}`),
  dyads: (f: Filters, by: 'country' | 'code') => getJson<{ rows: DyadRow[] }>(`/api/dyads${query(f, { by })}`),
  roots: (f: Filters) => getJson<{ rows: RootRow[] }>(`/api/roots${query(f)}`),
  places: (f: Filters) => getJson<{ rows: PlaceRow[] }>(`/api/places${query(f)}`),
  meta: () => getJson<Meta>('/api/meta'),
  article: (id: string) => getJson<{ article: Article; events: ArticleEvent[] }>(`/api/articles/${encodeURIComponent(id)}`),
};

/** The URL of a download of the filter's events. */
export function exportHref(f: Filters, format: 'csv' | 'gdelt' | 'plover'): string {
  return `/api/export${query(f, { format })}`;
}

export const QUAD_NAMES: Record<number, string> = { 1: 'Verbal cooperation', 2: 'Material cooperation', 3: 'Verbal conflict', 4: 'Material conflict' };
export const QUAD_COLOURS: Record<number, string> = { 1: '#4e79a7', 2: '#59a14f', 3: '#f28e2b', 4: '#e15759' };

/** CAMEO's twenty roots, by name. */
export const ROOT_NAMES: Record<string, string> = {
  '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate', '04': 'Consult', '05': 'Engage in diplomatic cooperation',
  '06': 'Engage in material cooperation', '07': 'Provide aid', '08': 'Yield', '09': 'Investigate', '10': 'Demand', '11': 'Disapprove',
  '12': 'Reject', '13': 'Threaten', '14': 'Protest', '15': 'Exhibit force posture', '16': 'Reduce relations', '17': 'Coerce',
  '18': 'Assault', '19': 'Fight', '20': 'Use unconventional mass violence',
};

/** An actor as the tables show it: its code, or "unknown" for a doer the text does not name. */
export function actorLabel(a: Actor | null): string {
  if (!a) return '—';
  return a.unknown || !a.code ? 'unknown' : a.code;
}

/** Codes that stand for nobody in particular: an unknown doer, or no target. */
export function isNobody(code: string): boolean {
  return code === '' || /^-+$/.test(code);
}
