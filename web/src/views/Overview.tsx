// Overview: events per week, month or year stacked by QuadClass with mean Goldstein beneath (brush to set the dates), top actors and dyads.
import { api, apiFilters, isNobody, PERIODS, type Filters, type Period } from '../api.js';
import { hrefOf, setParams, useLoad } from '../route.js';
import { autoPeriod } from '../time.js';
import { Status } from '../ui.js';
import { QuadLegend, TimeChart } from '../charts/TimeChart.js';

/** The bucket size in the URL, else one that suits the From/To range. */
export function periodOf(filters: Filters): Period {
  const p = filters['period'];
  return (PERIODS as readonly string[]).includes(p ?? '') ? (p as Period) : autoPeriod(filters['from'], filters['to']);
}

export function PeriodPicker({ period }: { period: Period }) {
  return (
    <span className="period-picker" role="group" aria-label="Bucket size">
      {PERIODS.map((p) => (
        <button key={p} type="button" aria-pressed={p === period} onClick={() => setParams({ period: p })}>{p}</button>
      ))}
    </span>
  );
}

export function Overview({ filters }: { filters: Filters }) {
  const period = periodOf(filters);
  const f = apiFilters(filters);
  const counts = useLoad(() => api.counts(f, period), [JSON.stringify(f), period]);
  const dyads = useLoad(() => api.dyads(f, 'code'), [JSON.stringify(f)]);
  const actors = new Map<string, number>();
  let unknown = 0;
  for (const r of dyads.data?.rows ?? []) {
    if (isNobody(r.source)) unknown += r.events;
    else actors.set(r.source, (actors.get(r.source) ?? 0) + r.events);
    if (!isNobody(r.target) && r.target !== r.source) actors.set(r.target, (actors.get(r.target) ?? 0) + r.events);
  }
  const topActors = [...actors.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
  const topDyads = (dyads.data?.rows ?? []).filter((r) => !isNobody(r.source) && !isNobody(r.target)).slice(0, 12);
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">Events over time <small>by</small> <PeriodPicker period={period} /></h2>
      <Status loading={counts.loading} error={counts.error} empty={(counts.data?.rows.length ?? 0) === 0}>
        <TimeChart rows={counts.data?.rows ?? []} period={period} label={`Events per ${period} by QuadClass`} goldstein brush selected={{ from: f['from'], to: f['to'] }} />
        <QuadLegend />
      </Status>
      <div className="columns">
        <div>
          <h2>Top actors</h2>
          <Status loading={dyads.loading} error={dyads.error} empty={topActors.length === 0}>
            <table className="top-actors"><tbody>
              {topActors.map(([code, n]) => <tr key={code}><td><a href={hrefOf('actor', f, code)}>{code}</a></td><td className="num">{n}</td></tr>)}
            </tbody></table>
            {unknown > 0 && <p className="note">{unknown} event{unknown === 1 ? '' : 's'} with an unknown doer (the text does not say who)</p>}
          </Status>
        </div>
        <div>
          <h2>Top dyads</h2>
          <Status loading={dyads.loading} error={dyads.error} empty={topDyads.length === 0}>
            <table className="top-dyads">
              <thead><tr><th>Dyad</th><th className="num">Events</th><th className="num">Mean Goldstein</th></tr></thead>
              <tbody>
                {topDyads.map((r) => (
                  <tr key={`${r.source}>${r.target}`}><td><a href={hrefOf('dyad', { ...f, a: r.source, b: r.target })}>{r.source} → {r.target}</a></td><td className="num">{r.events}</td><td className="num">{r.mean_goldstein.toFixed(1)}</td></tr>
                ))}
              </tbody>
            </table>
          </Status>
        </div>
      </div>
    </section>
  );
}
