// Small shared pieces: loading, error and empty states, the filter bar, the time brush over every view, and the downloads.
import { useState, type ReactNode } from 'react';
import { api, exportHref, type CountRow, type Filters, type Period } from './api.js';
import { FILTER_NAMES, hrefOf, setParams, useLoad } from './route.js';
import { TimeChart } from './charts/TimeChart.js';

export function Status({ loading, error, empty, children }: { loading: boolean; error: string | null; empty: boolean; children: ReactNode }) {
  if (error) return <p className="status error" role="alert">Could not load: {error}</p>;
  if (loading) return <p className="status" aria-busy="true">Loading…</p>;
  if (empty) return <p className="status empty">No events match these filters.</p>;
  return <>{children}</>;
}

const LABELS: Record<(typeof FILTER_NAMES)[number], string> = {
  from: 'From', to: 'To', actor: 'Actor code', country: 'Country (ISO3)', cameo: 'CAMEO', quad: 'QuadClass', q: 'Text',
};

export function FilterBar({ view, filters, param }: { view: string; filters: Filters; param: string | null }) {
  const [draft, setDraft] = useState<Filters>(filters);
  const apply = (next: Filters) => {
    window.location.hash = view === 'article' ? hrefOf('events', next) : hrefOf(view, next, param);
  };
  return (
    <form className="filters" aria-label="Filters" onSubmit={(e) => { e.preventDefault(); apply(draft); }}>
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
      <Downloads filters={filters} />
    </form>
  );
}

/** Download the events of the current filters, whatever the view, in the field's formats. */
export function Downloads({ filters }: { filters: Filters }) {
  return (
    <span className="downloads" role="group" aria-label="Download the events of these filters">
      Download
      <a href={exportHref(filters, 'csv')} download className="download-csv">CSV</a>
      <a href={exportHref(filters, 'gdelt')} download className="download-gdelt">GDELT</a>
      <a href={exportHref(filters, 'plover')} download className="download-plover">PLOVER</a>
    </span>
  );
}

/** Months, or weeks when the data spans half a year or less: enough bars to brush, few enough to read. */
async function brushCounts(filters: Filters): Promise<{ rows: CountRow[]; period: Period }> {
  const months = await api.counts(filters, 'month');
  if (new Set(months.rows.map((r) => r.period)).size > 6) return { rows: months.rows, period: 'month' };
  return { rows: (await api.counts(filters, 'week')).rows, period: 'week' };
}

/** All the events of the other filters over time; dragging across it sets From and To for every view. */
export function TimeBrush({ filters }: { filters: Filters }) {
  const { from, to, ...rest } = filters;
  const { data } = useLoad(() => brushCounts(rest), [JSON.stringify(rest)]);
  if (!data || data.rows.length === 0) return null;
  return (
    <div className="time-brush">
      <TimeChart rows={data.rows} period={data.period} height={90} label="Events over time: drag across to set From and To" brush selected={{ from, to }} className="brush-chart" />
      <p className="hint">
        Drag across the bars to choose the dates of every view{from || to ? <> · {from ?? '…'} to {to ?? '…'} · <button type="button" className="link" onClick={() => setParams({ from: '', to: '', page: '' })}>all dates</button></> : null}
      </p>
    </div>
  );
}
