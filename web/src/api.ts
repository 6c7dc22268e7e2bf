// Calls the read-only JSON API of `dyad serve`; the filters travel as the same query parameters as `dyad query` flags.
export interface Actor { text: string; code: string; country: string | null; name: string | null; agent: string | null }
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

export type Filters = Record<string, string>;

function query(filters: Filters, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
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
  counts: (f: Filters, period: string) => getJson<{ rows: CountRow[] }>(`/api/counts${query(f, { period })}`),
  dyads: (f: Filters, by: string) => getJson<{ rows: DyadRow[] }>(`/api/dyads${query(f, { by })}`),
  article: (id: string) => getJson<{ article: Article; events: ArticleEvent[] }>(`/api/articles/${encodeURIComponent(id)}`),
};

export const QUAD_NAMES: Record<number, string> = { 1: 'Verbal cooperation', 2: 'Material cooperation', 3: 'Verbal conflict', 4: 'Material conflict' };
export const QUAD_COLOURS: Record<number, string> = { 1: '#4e79a7', 2: '#59a14f', 3: '#f28e2b', 4: '#e15759' };
