// The dyad view: two actors or countries, their events both ways over time by QuadClass, mean Goldstein, what they did by
// CAMEO root, and the events themselves with the words that carry them.
import { useState } from 'react';
import { api, apiFilters, isNobody, type Filters } from '../api.js';
import { hrefOf, setParams, useLoad } from '../route.js';
import { spanOf } from '../time.js';
import { Status } from '../ui.js';
import { QuadLegend, TimeChart } from '../charts/TimeChart.js';
import { RootBars } from '../charts/RootBars.js';
import { EventTable } from './Events.js';
import { PeriodPicker, periodOf } from './Overview.js';

const LIST = 100;

function DyadForm({ a, b, options }: { a: string; b: string; options: string[] }) {
  const [draft, setDraft] = useState({ a, b });
  return (
    <form className="dyad-form" aria-label="Choose the dyad" onSubmit={(e) => { e.preventDefault(); setParams({ a: draft.a.toUpperCase(), b: draft.b.toUpperCase() }); }}>
      <label>Actor or country A <input name="a" list="dyad-codes" value={draft.a} size={10} onChange={(e) => setDraft({ ...draft, a: e.target.value })} /></label>
      <button type="button" aria-label="Swap A and B" onClick={() => setDraft({ a: draft.b, b: draft.a })}>⇄</button>
      <label>Actor or country B <input name="b" list="dyad-codes" value={draft.b} size={10} onChange={(e) => setDraft({ ...draft, b: e.target.value })} /></label>
      <button type="submit">Show</button>
      <datalist id="dyad-codes">{options.map((o) => <option key={o} value={o} />)}</datalist>
    </form>
  );
}

/** Events from one side to the other: counts by period, roots, and the first page of events. */
function useDirection(f: Filters, source: string, target: string, period: ReturnType<typeof periodOf>, on: boolean) {
  const g = { ...f, source, target };
  const key = [JSON.stringify(f), source, target, period, on];
  return {
    counts: useLoad(() => (on ? api.counts(g, period) : Promise.resolve({ rows: [] })), key),
    roots: useLoad(() => (on ? api.roots(g) : Promise.resolve({ rows: [] })), key),
    events: useLoad(() => (on ? api.events(g, LIST, 0) : Promise.resolve({ total: 0, events: [] })), key),
  };
}

function mean(rows: Array<{ events: number; mean_goldstein: number }>): string {
  const n = rows.reduce((s, r) => s + r.events, 0);
  return n ? (rows.reduce((s, r) => s + r.events * r.mean_goldstein, 0) / n).toFixed(1) : '—';
}

export function DyadView({ filters }: { filters: Filters }) {
  const a = (filters['a'] ?? '').toUpperCase();
  const b = (filters['b'] ?? '').toUpperCase();
  const on = a !== '' && b !== '';
  const period = periodOf(filters);
  // The dyad view chooses its own source and target; the bar's actor filter would contradict them.
  const { source: _s, target: _t, ...f } = apiFilters(filters);
  const options = useLoad(() => api.dyads(f, 'country'), [JSON.stringify(f)]);
  const codes = [...new Set((options.data?.rows ?? []).flatMap((r) => [r.source, r.target]).filter((c) => !isNobody(c)))].sort();
  const ab = useDirection(f, a, b, period, on);
  const ba = useDirection(f, b, a, period, on);
  const span = spanOf(ab.counts.data?.rows ?? [], ba.counts.data?.rows ?? []);
  const events = [...(ab.events.data?.events ?? []), ...(ba.events.data?.events ?? [])];
  const loading = ab.counts.loading || ba.counts.loading;
  const total = (ab.events.data?.total ?? 0) + (ba.events.data?.total ?? 0);
  return (
    <section aria-labelledby="dyad-title">
      <h2 id="dyad-title">Dyad {on ? <>{a} ⇄ {b}</> : null} <small>two actors or countries (codes or prefixes: TUR, PSE, TURGOV), their events both ways</small></h2>
      <DyadForm key={`${a}|${b}`} a={a} b={b} options={codes} />
      {!on ? <p className="status">Choose two actors or countries, or pick a dyad in the Overview or the Network.</p> : (
        <Status loading={loading} error={ab.counts.error ?? ba.counts.error} empty={total === 0}>
          <table className="dyad-summary">
            <thead><tr><th>Direction</th><th className="num">Events</th><th className="num">Mean Goldstein</th></tr></thead>
            <tbody>
              <tr><td>{a} → {b}</td><td className="num">{ab.events.data?.total ?? 0}</td><td className="num">{mean(ab.counts.data?.rows ?? [])}</td></tr>
              <tr><td>{b} → {a}</td><td className="num">{ba.events.data?.total ?? 0}</td><td className="num">{mean(ba.counts.data?.rows ?? [])}</td></tr>
            </tbody>
          </table>
          <h3>Over time <small>by</small> <PeriodPicker period={period} /></h3>
          <div className="dyad-charts">
            <div><h4>{a} → {b}</h4><TimeChart rows={ab.counts.data?.rows ?? []} period={period} span={span} height={150} label={`Events from ${a} to ${b} per ${period}`} goldstein brush selected={{ from: f['from'], to: f['to'] }} className="dyad-ab" /></div>
            <div><h4>{b} → {a}</h4><TimeChart rows={ba.counts.data?.rows ?? []} period={period} span={span} height={150} label={`Events from ${b} to ${a} per ${period}`} goldstein brush selected={{ from: f['from'], to: f['to'] }} className="dyad-ba" /></div>
          </div>
          <QuadLegend />
          <RootBars caption="What each did to the other, by CAMEO root" sides={[{ label: `${a} → ${b}`, rows: ab.roots.data?.rows ?? [] }, { label: `${b} → ${a}`, rows: ba.roots.data?.rows ?? [] }]} />
          <h3>Events <small>{events.length < total ? `the first ${LIST} of each direction, ${total} in all` : `${total} in all`} · <a href={hrefOf('actor', f, a)}>{a}</a> · <a href={hrefOf('actor', f, b)}>{b}</a></small></h3>
          <EventTable events={events} filters={f} evidence />
        </Status>
      )}
    </section>
  );
}
