// Small shared pieces: loading, error and empty states, and the filter bar.
import { useState, type ReactNode } from 'react';
import type { Filters } from './api.js';
import { FILTER_NAMES, hrefOf } from './route.js';

export function Status({ loading, error, empty, children }: { loading: boolean; error: string | null; empty: boolean; children: ReactNode }) {
  if (error) return <p className="status error" role="alert">Could not load: {error}</p>;
  if (loading) return <p className="status" aria-busy="true">Loading…</p>;
  if (empty) return <p className="status empty">No events match these filters.</p>;
  return <>{children}</>;
}

const LABELS: Record<(typeof FILTER_NAMES)[number], string> = {
  from: 'From', to: 'To', actor: 'Actor code', country: 'Country (ISO3)', cameo: 'CAMEO', quad: 'QuadClass', q: 'Text',
};

export function FilterBar({ view, filters }: { view: string; filters: Filters }) {
  const [draft, setDraft] = useState<Filters>(filters);
  const apply = (next: Filters) => {
    window.location.hash = hrefOf(view === 'article' ? 'events' : view, next);
  };
  return (
    <form className="filters" onSubmit={(e) => { e.preventDefault(); apply(draft); }}>
      {FILTER_NAMES.map((name) =>
        name === 'quad' ? (
          <label key={name}>{LABELS[name]}
            <select name={name} value={draft[name] ?? ''} onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}>
              <option value="">any</option>
              <option value="1">1 verbal cooperation</option>
              <option value="2">2 material cooperation</option>
              <option value="3">3 verbal conflict</option>
              <option value="4">4 material conflict</option>
            </select>
          </label>
        ) : (
          <label key={name}>{LABELS[name]}
            <input name={name} type={name === 'from' || name === 'to' ? 'date' : 'text'} value={draft[name] ?? ''} size={name === 'q' ? 16 : 9}
              onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} />
          </label>
        ),
      )}
      <button type="submit">Apply</button>
      <button type="button" onClick={() => { setDraft({}); apply({}); }}>Clear</button>
    </form>
  );
}
