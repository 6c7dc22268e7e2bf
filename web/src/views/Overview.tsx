// Overview: events per period stacked by QuadClass, mean Goldstein over time, top actors and top dyads.
import { api, QUAD_COLOURS, QUAD_NAMES, type CountRow, type Filters } from '../api.js';
import { hrefOf, useLoad } from '../route.js';
import { Status } from '../ui.js';

function byPeriod(rows: CountRow[]): Array<{ period: string; counts: Record<number, number>; total: number; goldstein: number }> {
  const map = new Map<string, { counts: Record<number, number>; total: number; weighted: number }>();
  for (const r of rows) {
    const p = map.get(r.period) ?? { counts: {}, total: 0, weighted: 0 };
    p.counts[r.quad_class] = r.events;
    p.total += r.events;
    p.weighted += r.mean_goldstein * r.events;
    map.set(r.period, p);
  }
  return [...map.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([period, p]) => ({ period, counts: p.counts, total: p.total, goldstein: p.total ? p.weighted / p.total : 0 }));
}

function Timeline({ rows }: { rows: CountRow[] }) {
  const periods = byPeriod(rows);
  const W = 900, H = 220, M = 30;
  const max = Math.max(1, ...periods.map((p) => p.total));
  const bw = Math.max(1, (W - 2 * M) / Math.max(1, periods.length));
  const y = (v: number) => H - M - (v / max) * (H - 2 * M);
  const g = (v: number) => H / 2 - (v / 10) * (H / 2 - M);
  return (
    <div className="charts">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Events per period by QuadClass" className="chart timeline">
        {periods.map((p, k) => {
          let base = 0;
          return [1, 2, 3, 4].map((q) => {
            const v = p.counts[q] ?? 0;
            const rect = v ? <rect key={`${p.period}-${q}`} x={M + k * bw} y={y(base + v)} width={Math.max(1, bw - 1)} height={y(base) - y(base + v)} fill={QUAD_COLOURS[q]}><title>{`${p.period}: ${v} ${QUAD_NAMES[q]}`}</title></rect> : null;
            base += v;
            return rect;
          });
        })}
        <text x={M} y={14} className="axis">{max} events</text>
        <text x={M} y={H - 8} className="axis">{periods[0]?.period}</text>
        <text x={W - M} y={H - 8} className="axis" textAnchor="end">{periods[periods.length - 1]?.period}</text>
      </svg>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Mean Goldstein score over time" className="chart goldstein">
        <line x1={M} x2={W - M} y1={g(0)} y2={g(0)} className="zero" />
        <polyline fill="none" stroke="#333" strokeWidth={1.5} points={periods.map((p, k) => `${M + k * bw + bw / 2},${g(p.goldstein)}`).join(' ')} />
        <text x={M} y={14} className="axis">mean Goldstein (−10 … +10)</text>
      </svg>
      <p className="legend">{[1, 2, 3, 4].map((q) => <span key={q}><i style={{ background: QUAD_COLOURS[q] }} /> {QUAD_NAMES[q]}</span>)}</p>
    </div>
  );
}

export function Overview({ filters }: { filters: Filters }) {
  const period = filters['period'] ?? 'month';
  const { period: _p, ...f } = filters;
  const counts = useLoad(() => api.counts(f, period), [JSON.stringify(filters)]);
  const dyads = useLoad(() => api.dyads(f, 'code'), [JSON.stringify(filters)]);
  const actors = new Map<string, number>();
  for (const r of dyads.data?.rows ?? []) {
    actors.set(r.source, (actors.get(r.source) ?? 0) + r.events);
    if (r.target !== '-') actors.set(r.target, (actors.get(r.target) ?? 0) + r.events);
  }
  const topActors = [...actors.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
  return (
    <section aria-label="Overview">
      <h2>Events over time <small>by <a href={hrefOf('overview', { ...filters, period: 'day' })}>day</a> · <a href={hrefOf('overview', { ...filters, period: 'week' })}>week</a> · <a href={hrefOf('overview', { ...filters, period: 'month' })}>month</a></small></h2>
      <Status loading={counts.loading} error={counts.error} empty={(counts.data?.rows.length ?? 0) === 0}>
        <Timeline rows={counts.data?.rows ?? []} />
      </Status>
      <div className="columns">
        <div>
          <h2>Top actors</h2>
          <Status loading={dyads.loading} error={dyads.error} empty={topActors.length === 0}>
            <table className="top-actors"><tbody>
              {topActors.map(([code, n]) => <tr key={code}><td><a href={hrefOf('events', { ...f, actor: code })}>{code}</a></td><td className="num">{n}</td></tr>)}
            </tbody></table>
          </Status>
        </div>
        <div>
          <h2>Top dyads</h2>
          <Status loading={dyads.loading} error={dyads.error} empty={(dyads.data?.rows.length ?? 0) === 0}>
            <table className="top-dyads"><tbody>
              {(dyads.data?.rows ?? []).slice(0, 12).map((r) => (
                <tr key={`${r.source}>${r.target}`}><td>{r.source} → {r.target}</td><td className="num">{r.events}</td><td className="num">{r.mean_goldstein.toFixed(1)}</td></tr>
              ))}
            </tbody></table>
          </Status>
        </div>
      </div>
    </section>
  );
}
